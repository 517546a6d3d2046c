package uk.goodpractice.directory.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.area.AreaUsers;
import uk.goodpractice.directory.area.PublishedAreaLinks;

/** What the area feature asks of the initiatives linked to an area: the links are the initiative's. */
@ApplicationScoped
class InitiativesInAreas implements AreaUsers, PublishedAreaLinks {

    private final EntityManager em;

    InitiativesInAreas(EntityManager em) {
        this.em = em;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String name() {
        return "initiatives";
    }

    @Override
    public List<String> liveSlugsUsing(Area area) {
        return em.createQuery("select i.slug from Initiative i join i.areas a where a = :area and i.deletedAt is null order by i.slug",
                String.class).setParameter("area", area).getResultList();
    }

    /** An initiative shows its areas' names and types. */
    @Override
    public void areaShownChanged(Area area) {
        em.createQuery("select i from Initiative i join i.areas a where a = :area", Initiative.class)
                .setParameter("area", area).getResultList().forEach(Initiative::newVersion);
    }

    @Override
    public Map<Long, Set<Long>> publishedInitiativesByArea() {
        Map<Long, Set<Long>> byArea = new HashMap<>();
        em.createQuery("select ar.id, i.id from Initiative i join i.areas ar where ar.deletedAt is null"
                + " and " + InitiativeVisibility.PUBLIC.formatted("i"), Object[].class).getResultList()
                .forEach(r -> byArea.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        return byArea;
    }
}
