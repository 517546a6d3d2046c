package uk.goodpractice.directory.organisation;

import io.quarkus.arc.All;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.TextSearch;

@ApplicationScoped
class OrganisationService {

    /** Editors see every organisation; anyone else only those something published names (as the published snapshot lists them). */
    private final String namedPublicly;

    OrganisationService(@All List<PublicNaming> namers) {
        this.namedPublicly = namers.stream().map(n -> "(" + n.namesPublicly("o") + ")")
                .sorted().collect(Collectors.joining(" or ", " and (", ")"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<OrganisationRef> listOrganisations(String q, PageRequest page, boolean includeDrafts) {
        var query = Organisation.<Organisation>find("from Organisation o where lower(o.name) like :q" + (includeDrafts ? "" : namedPublicly)
                + " order by o.name, o.slug", Parameters.with("q", TextSearch.containing(q)));
        long total = query.count();
        return Paged.of(query.page(page.page() - 1, page.pageSize()).list().stream().map(OrganisationRef::from).toList(), page, total);
    }
}
