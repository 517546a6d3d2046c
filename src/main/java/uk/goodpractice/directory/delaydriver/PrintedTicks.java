package uk.goodpractice.directory.delaydriver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.MatrixTicks;

/** The printed ticks, for the editions: live mappings of provenance {@link MappingProvenance#PRINTED_MATRIX}. */
@ApplicationScoped
class PrintedTicks implements MatrixTicks {

    private final EntityManager em;

    PrintedTicks(EntityManager em) {
        this.em = em;
    }

    /** "driver-slug|initiative-slug" of every live tick in the edition's matrix. */
    Set<String> ticks(Edition e) {
        return new HashSet<>(em.createQuery("select concat(m.driver.slug, '|', m.initiative.slug) from DriverMapping m"
                + " where m.edition = :e and m.provenance = :printed and m.deletedAt is null", String.class)
                .setParameter("e", e).setParameter("printed", MappingProvenance.PRINTED_MATRIX).getResultList());
    }

    /** The slugs of the initiatives with a live printed tick in the edition's matrix. */
    Set<String> tickedInitiatives(Edition e) {
        Set<String> ticked = new HashSet<>();
        ticks(e).forEach(t -> ticked.add(t.substring(t.indexOf('|') + 1)));
        return ticked;
    }

    @Override
    public Set<Long> editionsWithTicks() {
        return new HashSet<>(em.createQuery("select distinct m.edition.id from DriverMapping m where m.provenance = :printed and m.deletedAt is null",
                Long.class).setParameter("printed", MappingProvenance.PRINTED_MATRIX).getResultList());
    }
}
