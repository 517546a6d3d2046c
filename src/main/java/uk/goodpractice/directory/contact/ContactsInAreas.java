package uk.goodpractice.directory.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.area.AreaUsers;
import uk.goodpractice.directory.initiative.Initiative;

/** What the area feature asks of the contacts for an area: the links are the contact's. */
@ApplicationScoped
class ContactsInAreas implements AreaUsers {

    private final EntityManager em;

    ContactsInAreas(EntityManager em) {
        this.em = em;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public String name() {
        return "area contacts";
    }

    @Override
    public List<String> liveSlugsUsing(Area area) {
        return em.createQuery("select c.slug from Contact c join c.areas a where a = :area and c.deletedAt is null order by c.slug",
                String.class).setParameter("area", area).getResultList();
    }

    /** An initiative shows its contacts' areas. */
    @Override
    public void areaShownChanged(Area area) {
        em.createQuery("select i from Contact c join c.initiatives i join c.areas a where a = :area", Initiative.class)
                .setParameter("area", area).getResultList().forEach(Initiative::newVersion);
    }
}
