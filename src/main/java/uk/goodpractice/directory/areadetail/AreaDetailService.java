package uk.goodpractice.directory.areadetail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.area.AreaPages;
import uk.goodpractice.directory.area.AreaRef;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.contact.Contact;
import uk.goodpractice.directory.contact.ContactView;
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.initiative.InitiativeVisibility;
import java.util.function.Function;

/**
 * An area's page, composed above the features it draws on: the area and the areas within it
 * (area), its published initiatives (initiative) and its public contacts (contact). Those features
 * point at area, so the area feature cannot list them without a loop.
 */
@ApplicationScoped
public class AreaDetailService implements AreaPages {

    private final EntityManager em;

    AreaDetailService(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AreaDetail findAreaBySlug(String slug) {
        Area area = Area.<Area>find("slug = ?1 and deletedAt is null", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("area", slug));
        return details(List.of(area), area).get(0);
    }

    /**
     * Every live area's detail, as {@link #findAreaBySlug} answers it, in name order: three queries
     * however many areas there are (the published snapshot builds them all at each rebuild).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaDetail> findAllAreaDetails() {
        return details(Area.list("deletedAt is null order by name, slug"), null);
    }

    /**
     * The details of {@code areas}: children (live, by name), the published initiatives linked to the
     * area itself (by title) and its public contacts (by name). {@code only} narrows the queries to one
     * area; null reads them for every area at once.
     */
    private List<AreaDetail> details(List<Area> areas, Area only) {
        String one = only == null ? "" : " and a = :only";
        Map<Long, List<AreaRef>> children = byArea("select p.id, a from Area a join a.parent p where a.deletedAt is null"
                + (only == null ? "" : " and p = :only") + " order by a.name, a.slug", only, AreaRef::from);
        Map<Long, List<InitiativeRef>> initiatives = byArea("select a.id, i from Initiative i join i.areas a where "
                + InitiativeVisibility.PUBLIC.formatted("i") + one + " order by i.title, i.slug", only, InitiativeRef::from);
        Map<Long, List<ContactView>> contacts = byArea("select a.id, c from Contact c join c.areas a where " + Contact.isPublic("c") + one
                + " order by c.name, c.slug", only, ContactView::from);
        return areas.stream().map(a -> new AreaDetail(a.slug, a.name, a.type, AreaRef.from(a.parent),
                children.getOrDefault(a.id, List.of()), initiatives.getOrDefault(a.id, List.of()),
                contacts.getOrDefault(a.id, List.of()), a.updatedAt)).toList();
    }

    /** Runs a query of (area id, record) rows and lists each area's records as views, in the query's order. */
    @SuppressWarnings("unchecked")
    private <E, V> Map<Long, List<V>> byArea(String select, Area only, Function<E, V> view) {
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
