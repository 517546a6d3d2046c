package uk.goodpractice.directory.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.KnownSlugs;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.TextSearch;
import java.util.HashSet;
import java.util.Set;

@ApplicationScoped
public class AreaService {

    private final EntityManager em;
    private final KnownSlugs knownSlugs;
    private final PublishedAreaLinks links;

    public AreaService(EntityManager em, KnownSlugs knownSlugs, PublishedAreaLinks links) {
        this.em = em;
        this.knownSlugs = knownSlugs;
        this.links = links;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<AreaViews.Summary> listAreas(AreaFilter f, PageRequest page) {
        knownSlugs.require(new KnownSlugs.Filter("parent", f.parent, "Area", "e.deletedAt is null").publicOnly(true));
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("a.deletedAt is null");
        if (f.type != null && !f.type.isEmpty()) {
            where.add("a.type in :types");
            params.put("types", f.type.stream().map(AreaType::valueOf).toList());
        }
        if (f.parent != null && !f.parent.isEmpty()) {
            where.add("exists (select 1 from Area p where p = a.parent and p.slug in :parents)");
            params.put("parents", f.parent);
        }
        if (f.since() != null) {
            // only where the snapshot is not built yet: public lists are the snapshot's, by its stamps
            where.add("a.updatedAt >= :since");
            params.put("since", f.since());
        }
        if (f.q != null && !f.q.isBlank()) {
            where.add("lower(a.name) like :q");
            params.put("q", TextSearch.containing(f.q));
        }
        var query = Area.<Area>find("from Area a where " + String.join(" and ", where) + " order by a.name, a.slug", params);
        long total = query.count();
        List<Area> areas = query.page(page.page() - 1, page.pageSize()).list();
        Map<Long, Long> counts = areas.isEmpty() ? Map.of() : initiativesWithin();
        return Paged.of(areas.stream().map(a -> new AreaViews.Summary(a.slug, a.name, a.type, AreaRef.from(a.parent),
                counts.getOrDefault(a.id, 0L), a.updatedAt)).toList(), page, total);
    }

    /**
     * What the initiative list's area filter finds, per area: published initiatives linked to the
     * area or to an area within it, at any depth. Counted in memory from the links and the area
     * tree (two plain queries), not with a join per area, so it stays fast as the directory grows.
     */
    private Map<Long, Long> initiativesWithin() {
        Map<Long, Long> parentOf = new HashMap<>();
        em.createQuery("select a.id, a.parent.id from Area a left join a.parent", Object[].class).getResultList()
                .forEach(r -> parentOf.put((Long) r[0], (Long) r[1]));
        Map<Long, Set<Long>> within = new HashMap<>();
        links.publishedInitiativesByArea().forEach((area, initiatives) -> {
            Set<Long> seen = new HashSet<>();
            for (Long at = area; at != null && seen.add(at); at = parentOf.get(at)) {
                within.computeIfAbsent(at, k -> new HashSet<>()).addAll(initiatives);
            }
        });
        Map<Long, Long> counts = new HashMap<>();
        within.forEach((area, initiatives) -> counts.put(area, (long) initiatives.size()));
        return counts;
    }
}
