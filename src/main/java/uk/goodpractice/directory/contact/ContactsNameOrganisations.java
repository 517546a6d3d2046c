package uk.goodpractice.directory.contact;

import jakarta.enterprise.context.ApplicationScoped;
import uk.goodpractice.directory.organisation.PublicNaming;

/** A public contact names the organisation it works for. */
@ApplicationScoped
class ContactsNameOrganisations implements PublicNaming {

    @Override
    public String namesPublicly(String organisation) {
        return "exists (select 1 from Contact c where c.organisation = " + organisation + " and " + Contact.isPublic("c") + ")";
    }
}
