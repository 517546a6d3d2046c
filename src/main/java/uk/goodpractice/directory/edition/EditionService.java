package uk.goodpractice.directory.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.delaydriver.DriverRef;
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.initiative.InitiativeVisibility;
import uk.goodpractice.directory.delaydriver.DelayDriver;
import uk.goodpractice.directory.delaydriver.MappingProvenance;
import uk.goodpractice.directory.initiative.Appearance;

@ApplicationScoped
public class EditionService {

    private final EntityManager em;

    public EditionService(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<EditionViews.Summary> listEditions(List<PublicationStatus> statuses, PageRequest page) {
        return listEditions(statuses, null, page);
    }

    /** @param since only those whose own last edit is at or after this, where given (an editor's list; the public one is the snapshot's) */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<EditionViews.Summary> listEditions(List<PublicationStatus> statuses, java.time.OffsetDateTime since, PageRequest page) {
        java.time.OffsetDateTime from = since == null ? java.time.OffsetDateTime.parse("1970-01-01T00:00:00Z") : since;
        long total = Edition.count("status in ?1 and deletedAt is null and updatedAt >= ?2", statuses, from);
        List<Edition> editions = Edition.find("status in ?1 and deletedAt is null and updatedAt >= ?2 order by position", statuses, from)
                .page(page.page() - 1, page.pageSize()).list();
        Map<Long, EditionViews.Counts> counts = counts(statuses.contains(PublicationStatus.DRAFT), null);
        return Paged.of(editions.stream().map(e -> EditionViews.Summary.from(e, counts.getOrDefault(e.id, EditionViews.Counts.NONE))).toList(), page, total);
    }

    /**
     * One published edition's list entry, as {@link #listEditions} gives it to the public, counted for
     * that edition alone (the published snapshot makes again only the editions whose rows changed).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionViews.Summary findPublishedEditionSummary(String slug) {
        Edition e = visible(slug, false);
        return EditionViews.Summary.from(e, counts(false, e).getOrDefault(e.id, EditionViews.Counts.NONE));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionViews.Detail findEditionBySlug(String slug, boolean includeDrafts) {
        Edition e = visible(slug, includeDrafts);
        List<Theme> themes = Theme.list("edition = ?1 order by position", e);
        List<EditionViews.ThemeView> themeViews = themes.stream().filter(t -> t.parent == null)
                .map(t -> new EditionViews.ThemeView(t.slug, t.title,
                        themes.stream().filter(s -> s.parent == t).map(ThemeRef::from).toList()))
                .toList();
        List<Appearance> appearances = appearances(e, includeDrafts);
        List<EditionViews.EditionInitiative> initiatives = appearances.stream().map(a -> new EditionViews.EditionInitiative(
                a.position, a.initiative.slug, a.title, a.matrixTitle, a.summary,
                a.theme == null ? null : ThemeRef.from(a.theme.parent == null ? a.theme : a.theme.parent),
                a.theme == null || a.theme.parent == null ? null : ThemeRef.from(a.theme),
                a.citation)).toList();
        List<UpcomingItem> upcoming = UpcomingItem.list("edition = ?1 order by position", e);
        List<EditionViews.Upcoming> upcomingViews = upcoming.stream().map(u -> new EditionViews.Upcoming(u.position, u.title, u.text,
                u.initiative == null || !InitiativeVisibility.publicCanSee(u.initiative) ? null : InitiativeRef.from(u.initiative))).toList();
        boolean hasMatrix = !matrixColumns(e, appearances).isEmpty();
        return new EditionViews.Detail(e.slug, e.title, e.subtitle, e.series, e.label, e.publicationDate, e.publisher, e.theme,
                e.sourceFile, e.status, e.publishedAt, initiatives.size(), upcomingViews.size(), hasMatrix, e.introduction,
                e.suggestionsEmail == null ? null : new EditionViews.SuggestionsContact(e.suggestionsText, e.suggestionsEmail),
                themeViews, initiatives, upcomingViews, e.version, e.updatedAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionViews.Matrix findMatrixByEditionSlug(String slug, boolean includeDrafts) {
        Edition e = visible(slug, includeDrafts);
        List<Appearance> columns = matrixColumns(e, appearances(e, includeDrafts));
        if (columns.isEmpty()) {
            throw new ApiException.NotFound("The edition '" + slug + "' prints no delay-driver matrix");
        }
        Set<String> ticks = ticks(e);
        List<DelayDriver> drivers = DelayDriver.list("order by position");
        return new EditionViews.Matrix(EditionRef.from(e),
                columns.stream().map(a -> new EditionViews.MatrixColumn(a.position, a.initiative.slug,
                        a.matrixTitle != null ? a.matrixTitle : a.title)).toList(),
                drivers.stream().map(d -> new EditionViews.MatrixRow(DriverRef.from(d),
                        columns.stream().map(a -> ticks.contains(d.slug + "|" + a.initiative.slug)).toList())).toList());
    }

    private Edition visible(String slug, boolean includeDrafts) {
        return Edition.<Edition>find("slug = ?1 and status in ?2 and deletedAt is null", slug, statuses(includeDrafts)).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("edition", slug));
    }

    private static List<PublicationStatus> statuses(boolean includeDrafts) {
        return includeDrafts ? List.of(PublicationStatus.values()) : List.of(PublicationStatus.PUBLISHED);
    }

    private List<Appearance> appearances(Edition e, boolean includeDrafts) {
        return Appearance.list("select a from Appearance a join fetch a.initiative i left join fetch a.theme t left join fetch t.parent"
                + " where a.edition = ?1 and i.status in ?2 and i.deletedAt is null order by a.position", e, statuses(includeDrafts));
    }

    /** "driver-slug|initiative-slug" of every live tick in the edition's matrix. */
    private Set<String> ticks(Edition e) {
        return new HashSet<>(em.createQuery("select concat(m.driver.slug, '|', m.initiative.slug) from DriverMapping m"
                + " where m.edition = :e and m.provenance = :printed and m.deletedAt is null", String.class)
                .setParameter("e", e).setParameter("printed", MappingProvenance.PRINTED_MATRIX).getResultList());
    }

    /** The matrix columns: initiatives with a printed matrix header, or with a tick in this edition's matrix. */
    private List<Appearance> matrixColumns(Edition e, List<Appearance> appearances) {
        if (appearances.stream().allMatch(a -> a.matrixTitle != null)) {
            return appearances;
        }
        Set<String> ticked = new HashSet<>();
        ticks(e).forEach(t -> ticked.add(t.substring(t.indexOf('|') + 1)));
        return appearances.stream().filter(a -> a.matrixTitle != null || ticked.contains(a.initiative.slug)).toList();
    }

    /** Per-edition counts in three grouped statements, whatever the number of editions; of {@code only} alone where given. */
    private Map<Long, EditionViews.Counts> counts(boolean includeDrafts, Edition only) {
        Map<Long, EditionViews.Counts> counts = new HashMap<>();
        String a = only == null ? "" : " and a.edition = :only";
        String m = only == null ? "" : " and m.edition = :only";
        String u = only == null ? "" : " where u.edition = :only";
        only(em.createQuery("select a.edition.id, count(a), count(a.matrixTitle) from Appearance a"
                + " where a.initiative.status in :p and a.initiative.deletedAt is null" + a + " group by a.edition.id", Object[].class), only)
                .setParameter("p", statuses(includeDrafts)).getResultList()
                .forEach(r -> counts.put((Long) r[0], new EditionViews.Counts((Long) r[1], 0, (Long) r[2] > 0)));
        // an edition made in the directory has a matrix once it has a tick, printed header or not
        only(em.createQuery("select distinct m.edition.id from DriverMapping m where m.provenance = :printed and m.deletedAt is null" + m,
                Long.class), only)
                .setParameter("printed", MappingProvenance.PRINTED_MATRIX).getResultList()
                .forEach(id -> counts.computeIfPresent(id, (k, c) -> new EditionViews.Counts(c.initiatives(), c.upcoming(), true)));
        only(em.createQuery("select u.edition.id, count(u) from UpcomingItem u" + u + " group by u.edition.id", Object[].class), only)
                .getResultList()
                .forEach(r -> counts.merge((Long) r[0], new EditionViews.Counts(0, (Long) r[1], false),
                        (x, y) -> new EditionViews.Counts(x.initiatives(), y.upcoming(), x.hasMatrix())));
        return counts;
    }

    private static <T> jakarta.persistence.TypedQuery<T> only(jakarta.persistence.TypedQuery<T> query, Edition only) {
        return only == null ? query : query.setParameter("only", only);
    }
}
