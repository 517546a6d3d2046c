package uk.goodpractice.directory.initiativeapi;

import uk.goodpractice.directory.initiative.Initiative;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.KnownSlugs;
import uk.goodpractice.directory.common.KnownSlugs.Filter;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.delaydriver.DriverMapping;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.TextSearch;
import uk.goodpractice.directory.edition.EditionVisibility;

/** Finds initiatives. Reads only: a list costs the same handful of statements whatever the page size. */
@ApplicationScoped
public class InitiativeService {

    private final KnownSlugs knownSlugs;

    public InitiativeService(KnownSlugs knownSlugs) {
        this.knownSlugs = knownSlugs;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<InitiativeSummary> listInitiatives(InitiativeFilter f, List<PublicationStatus> statuses, PageRequest page) {
        boolean drafts = statuses.contains(PublicationStatus.DRAFT);
        String editionVisible = drafts ? EditionVisibility.EDITOR : EditionVisibility.PUBLIC;
        knownSlugs.require(
                new Filter("driver", f.driver, "DelayDriver").publicOnly(!drafts),
                new Filter("edition", f.edition, "Edition", editionVisible.formatted("e")).publicOnly(!drafts),
                new Filter("area", f.area, "Area", "e.deletedAt is null").publicOnly(!drafts),
                new Filter("organisation", f.organisation, "Organisation").publicOnly(!drafts),
                new Filter("theme", f.theme, "Theme").publicOnly(!drafts));
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("i.status in :statuses and i.deletedAt is null");
        params.put("statuses", statuses);
        if (present(f.edition)) {
            where.add("exists (select 1 from Appearance a where a.initiative = i and a.edition.slug in :editions)");
            params.put("editions", f.edition);
        }
        if (present(f.driver)) {
            where.add("exists (select 1 from DriverMapping m where m.initiative = i and m.driver.slug in :drivers"
                    + " and m.deletedAt is null and " + editionVisible.formatted("m.edition")
                    + (present(f.edition) ? " and m.edition.slug in :editions)" : ")"));
            params.put("drivers", f.driver);
        }
        if (present(f.area)) {
            where.add("exists (select 1 from Initiative i2 join i2.areas ar left join ar.parent p1 left join p1.parent p2"
                    + " where i2 = i and (ar.slug in :areas or p1.slug in :areas or p2.slug in :areas))");
            params.put("areas", f.area);
        }
        if (present(f.organisation)) {
            where.add("(exists (select 1 from Organisation o where o = i.leadOrganisation and o.slug in :orgs)"
                    + " or exists (select 1 from Initiative i3 join i3.partners po where i3 = i and po.slug in :orgs))");
            params.put("orgs", f.organisation);
        }
        if (present(f.theme)) {
            where.add("exists (select 1 from Appearance a2 join a2.theme t left join t.parent tp"
                    + " where a2.initiative = i and (t.slug in :themes or tp.slug in :themes))");
            params.put("themes", f.theme);
        }
        if (f.since() != null) {
            // an editor's list: each record's own last edit (the public list is the snapshot's, by its stamps)
            where.add("i.updatedAt >= :since");
            params.put("since", f.since());
        }
        int n = 0;
        for (String pattern : TextSearch.likePatterns(f.q)) {
            where.add("i.searchText like :q" + n);
            params.put("q" + n++, pattern);
        }
        PanacheQuery<Initiative> query = Initiative.find("from Initiative i where " + String.join(" and ", where), sort(f.sort), params);
        long total = query.count();
        List<Initiative> results = query.page(Page.of(page.page() - 1, page.pageSize())).list();
        Map<Long, List<DriverMapping>> mappings = DriverMapping.ofInitiatives(results.stream().map(i -> i.id).toList());
        return Paged.of(results.stream().map(i -> InitiativeSummary.from(i, mappings.getOrDefault(i.id, List.of()),
                drafts ? EditionVisibility::editorCanSee : EditionVisibility::publicCanSee)).toList(), page, total);
    }

    private static Sort sort(String sort) {
        String s = sort == null ? "title" : sort;
        boolean descending = s.startsWith("-");
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        if (s.replace("-", "").equals("updated")) {
            return Sort.by("updatedAt", direction).and("slug", direction);
        }
        // as people read a list: "Active…" before "AI…", whatever the capitals
        return Sort.by("lower(title)", direction).and("slug", direction).disableEscaping();
    }

    private static boolean present(List<String> values) {
        return values != null && !values.isEmpty();
    }
}
