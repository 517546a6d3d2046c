package uk.goodpractice.directory.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import uk.goodpractice.directory.organisation.PublicNaming;

/** A public initiative names its lead organisation and its partners. */
@ApplicationScoped
class InitiativesNameOrganisations implements PublicNaming {

    @Override
    public String namesPublicly(String organisation) {
        String visible = InitiativeVisibility.PUBLIC.formatted("i");
        return "exists (select 1 from Initiative i where i.leadOrganisation = " + organisation + " and " + visible + ")"
                + " or exists (select 1 from Initiative i join i.partners p where p = " + organisation + " and " + visible + ")";
    }
}
