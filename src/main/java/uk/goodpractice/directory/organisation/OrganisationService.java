package uk.goodpractice.directory.organisation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.TextSearch;
import uk.goodpractice.directory.common.Refs.OrganisationRef;

@ApplicationScoped
public class OrganisationService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<OrganisationRef> listOrganisations(String q, PageRequest page) {
        var query = Organisation.<Organisation>find("lower(name) like :q order by name, slug",
                Parameters.with("q", TextSearch.containing(q == null ? "" : q)));
        long total = query.count();
        return Paged.of(query.page(page.page() - 1, page.pageSize()).list().stream().map(OrganisationRef::from).toList(), page, total);
    }
}
