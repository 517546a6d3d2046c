package uk.goodpractice.directory.initiativeapi;

import uk.goodpractice.directory.initiative.Appearance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.EditionContents;
import uk.goodpractice.directory.edition.EditionInitiatives;

/** What the edition feature asks of the initiatives an edition presents and the items it announces: both are this feature's records. */
@ApplicationScoped
class InitiativesInEditions implements EditionInitiatives, EditionContents {

    private final EntityManager em;
    private final InitiativeEditingService editing;

    InitiativesInEditions(EntityManager em, InitiativeEditingService editing) {
        this.em = em;
        this.editing = editing;
    }

    @Override
    public List<LiveEntry> live(Edition edition) {
        return liveAppearances(edition).stream().map(a -> new LiveEntry(a.position, a.initiative.slug, a.title, a.initiative.status)).toList();
    }

    @Override
    public void reorder(Edition edition, List<String> slugs) {
        List<Appearance> live = liveAppearances(edition);
        List<Appearance> all = Appearance.list("edition = ?1 order by position", edition);
        List<Appearance> ordered = new ArrayList<>();
        slugs.forEach(s -> live.stream().filter(a -> a.initiative.slug.equals(s)).findFirst().ifPresent(ordered::add));
        all.stream().filter(a -> !ordered.contains(a)).forEach(ordered::add); // deleted initiatives keep a place after the live ones
        // positions are unique within an edition: move everything out of the way first
        for (int k = 0; k < ordered.size(); k++) {
            ordered.get(k).position = -(k + 1);
        }
        em.flush();
        for (int k = 0; k < ordered.size(); k++) {
            ordered.get(k).position = k + 1;
        }
    }

    @Override
    public void publishDraftsIn(Edition edition) {
        editing.publishDraftsIn(edition);
    }

    @Override
    public Map<Long, Presented> presented(List<PublicationStatus> statuses) {
        Map<Long, Presented> presented = new HashMap<>();
        em.createQuery("select a.edition.id, count(a), count(a.matrixTitle) from Appearance a"
                + " where a.initiative.status in :p and a.initiative.deletedAt is null group by a.edition.id", Object[].class)
                .setParameter("p", statuses).getResultList()
                .forEach(r -> presented.put((Long) r[0], new Presented((Long) r[1], (Long) r[2])));
        return presented;
    }

    @Override
    public Map<Long, Long> announced() {
        Map<Long, Long> announced = new HashMap<>();
        em.createQuery("select u.edition.id, count(u) from UpcomingItem u group by u.edition.id", Object[].class).getResultList()
                .forEach(r -> announced.put((Long) r[0], (Long) r[1]));
        return announced;
    }

    private static List<Appearance> liveAppearances(Edition e) {
        return Appearance.list("select a from Appearance a join fetch a.initiative i where a.edition = ?1 and i.deletedAt is null"
                + " order by a.position", e);
    }
}
