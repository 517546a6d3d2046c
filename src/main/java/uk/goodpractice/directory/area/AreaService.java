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
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.common.TextSearch;
import uk.goodpractice.directory.contact.Contact;
import uk.goodpractice.directory.contact.ContactView;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.initiative.InitiativeVisibility;

@ApplicationScoped
public class AreaService {

    private final EntityManager em;
    private final KnownSlugs knownSlugs;

    public AreaService(EntityManager em, KnownSlugs knownSlugs) {
        this.em = em;
        this.knownSlugs = knownSlugs;
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
        Map<Long, java.util.Set<Long>> within = new HashMap<>();
        em.createQuery("select ar.id, i.id from Initiative i join i.areas ar where ar.deletedAt is null"
                + " and " + InitiativeVisibility.PUBLIC.formatted("i"), Object[].class).getResultList()
                .forEach(r -> {
                    java.util.Set<Long> seen = new java.util.HashSet<>();
                    for (Long at = (Long) r[0]; at != null && seen.add(at); at = parentOf.get(at)) {
                        within.computeIfAbsent(at, k -> new java.util.HashSet<>()).add((Long) r[1]);
                    }
                });
        Map<Long, Long> counts = new HashMap<>();
        within.forEach((area, initiatives) -> counts.put(area, (long) initiatives.size()));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AreaViews.Detail findAreaBySlug(String slug) {
        Area area = Area.<Area>find("slug = ?1 and deletedAt is null", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("area", slug));
        return details(List.of(area), area).get(0);
    }

    /**
     * Every live area's detail, as {@link #findAreaBySlug} answers it, in name order: three queries
     * however many areas there are (the published snapshot builds them all at each rebuild).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaViews.Detail> findAllAreaDetails() {
        return details(Area.list("deletedAt is null order by name, slug"), null);
    }

    /**
     * The details of {@code areas}: children (live, by name), the published initiatives linked to the
     * area itself (by title) and its public contacts (by name). {@code only} narrows the queries to one
     * area; null reads them for every area at once.
     */
    private List<AreaViews.Detail> details(List<Area> areas, Area only) {
        String one = only == null ? "" : " and a = :only";
        Map<Long, List<AreaRef>> children = byArea("select p.id, a from Area a join a.parent p where a.deletedAt is null"
                + (only == null ? "" : " and p = :only") + " order by a.name, a.slug", only, AreaRef::from);
        Map<Long, List<InitiativeRef>> initiatives = byArea("select a.id, i from Initiative i join i.areas a where "
                + InitiativeVisibility.PUBLIC.formatted("i") + one + " order by i.title, i.slug", only, InitiativeRef::from);
        Map<Long, List<ContactView>> contacts = byArea("select a.id, c from Contact c join c.areas a where " + Contact.isPublic("c") + one
                + " order by c.name, c.slug", only, ContactView::from);
        return areas.stream().map(a -> new AreaViews.Detail(a.slug, a.name, a.type, AreaRef.from(a.parent),
                children.getOrDefault(a.id, List.of()), initiatives.getOrDefault(a.id, List.of()),
                contacts.getOrDefault(a.id, List.of()), a.updatedAt)).toList();
    }

    /** Runs a query of (area id, record) rows and lists each area's records as views, in the query's order. */
    @SuppressWarnings("unchecked")
    private <E, V> Map<Long, List<V>> byArea(String select, Area only, java.util.function.Function<E, V> view) {
        jakarta.persistence.TypedQuery<Object[]> query = em.createQuery(select, Object[].class);
        if (only != null) {
            query.setParameter("only", only);
        }
        Map<Long, List<V>> out = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(view.apply((E) row[1]));
        }
        return out;
    }
}
