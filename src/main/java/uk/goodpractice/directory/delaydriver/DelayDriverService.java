package uk.goodpractice.directory.delaydriver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.initiative.InitiativeVisibility;
import uk.goodpractice.directory.edition.EditionRef;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.EditionVisibility;
import java.time.OffsetDateTime;

@ApplicationScoped
public class DelayDriverService {

    private final EntityManager em;

    public DelayDriverService(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<DelayDriverViews.Summary> listDelayDrivers(PageRequest page) {
        return listDelayDrivers(null, page);
    }

    /** @param since only those whose own last edit is at or after this, where given (before the snapshot is built; then it answers) */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<DelayDriverViews.Summary> listDelayDrivers(OffsetDateTime since, PageRequest page) {
        OffsetDateTime from = since == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : since;
        long total = DelayDriver.count("updatedAt >= ?1", from);
        List<DelayDriver> drivers = DelayDriver.find("updatedAt >= ?1 order by position", from).page(page.page() - 1, page.pageSize()).list();
        Map<Long, Long> counts = counts(null);
        return Paged.of(drivers.stream().map(d -> DelayDriverViews.Summary.from(d, counts.getOrDefault(d.id, 0L))).toList(), page, total);
    }

    /**
     * One driver's list entry, as {@link #listDelayDrivers} gives it, counted for that driver alone
     * (the published snapshot makes again only the drivers whose rows changed).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DelayDriverViews.Summary findDelayDriverSummaryBySlug(String slug) {
        DelayDriver d = DelayDriver.<DelayDriver>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("delay driver", slug));
        return DelayDriverViews.Summary.from(d, counts(d).getOrDefault(d.id, 0L));
    }

    /** Published initiatives mapped in a published edition, per driver; of {@code only} alone where given. */
    private Map<Long, Long> counts(DelayDriver only) {
        Map<Long, Long> counts = new HashMap<>();
        var query = em.createQuery("select m.driver.id, count(distinct m.initiative.id) from DriverMapping m"
                + " where " + InitiativeVisibility.PUBLIC.formatted("m.initiative") + " and m.deletedAt is null and " + EditionVisibility.PUBLIC.formatted("m.edition")
                + (only == null ? "" : " and m.driver = :only") + " group by m.driver.id", Object[].class);
        if (only != null) {
            query.setParameter("only", only);
        }
        query.getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DelayDriverViews.Detail findDelayDriverBySlug(String slug) {
        DelayDriver d = DelayDriver.<DelayDriver>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("delay driver", slug));
        // the columns shown, not the entities: a driver can have thousands of mapped initiatives
        List<Object[]> rows = em.createQuery("select e, i.slug, i.title, m.provenance, m.rationale from DriverMapping m join m.initiative i join m.edition e,"
                + " Appearance a where a.initiative = i and a.edition = e and m.driver = :driver and " + InitiativeVisibility.PUBLIC.formatted("i")
                + " and m.deletedAt is null and " + EditionVisibility.PUBLIC.formatted("e")
                + " order by e.position, a.position", Object[].class)
                .setParameter("driver", d).getResultList();
        Map<Edition, List<DelayDriverViews.MappedInitiative>> byEdition = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byEdition.computeIfAbsent((Edition) row[0], k -> new ArrayList<>())
                    .add(new DelayDriverViews.MappedInitiative((String) row[1], (String) row[2], (MappingProvenance) row[3], (String) row[4]));
        }
        List<DelayDriverViews.EditionGroup> groups = byEdition.entrySet().stream()
                .map(e -> new DelayDriverViews.EditionGroup(EditionRef.from(e.getKey()), e.getValue())).toList();
        return new DelayDriverViews.Detail(d.slug, d.label, d.shortLabel, d.description, d.position, groups, d.updatedAt);
    }
}
