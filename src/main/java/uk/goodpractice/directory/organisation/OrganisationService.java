package uk.goodpractice.directory.organisation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.TextSearch;
import uk.goodpractice.directory.contact.Contact;

@ApplicationScoped
class OrganisationService {

    /** Editors see every organisation; anyone else only those something published names (as the published snapshot lists them). */
    private static final String NAMED_PUBLICLY = " and (exists (select 1 from Initiative i where i.leadOrganisation = o"
            + " and i.status = uk.goodpractice.directory.common.PublicationStatus.PUBLISHED and i.deletedAt is null)"
            + " or exists (select 1 from Initiative i join i.partners p where p = o"
            + " and i.status = uk.goodpractice.directory.common.PublicationStatus.PUBLISHED and i.deletedAt is null)"
            + " or exists (select 1 from Contact c where c.organisation = o and " + Contact.isPublic("c") + "))";

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<OrganisationRef> listOrganisations(String q, PageRequest page, boolean includeDrafts) {
        var query = Organisation.<Organisation>find("from Organisation o where lower(o.name) like :q" + (includeDrafts ? "" : NAMED_PUBLICLY)
                + " order by o.name, o.slug", Parameters.with("q", TextSearch.containing(q == null ? "" : q)));
        long total = query.count();
        return Paged.of(query.page(page.page() - 1, page.pageSize()).list().stream().map(OrganisationRef::from).toList(), page, total);
    }
}
