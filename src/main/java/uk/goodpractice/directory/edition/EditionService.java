package uk.goodpractice.directory.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.initiative.InitiativeVisibility;
import uk.goodpractice.directory.initiative.Appearance;

@ApplicationScoped
public class EditionService {

    private final EntityManager em;
    private final MatrixTicks ticks;

    public EditionService(EntityManager em, MatrixTicks ticks) {
        this.em = em;
        this.ticks = ticks;
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
        Map<Long, EditionViews.Counts> counts = counts(statuses.contains(PublicationStatus.DRAFT));
        return Paged.of(editions.stream().map(e -> EditionViews.Summary.from(e, counts.getOrDefault(e.id, EditionViews.Counts.NONE))).toList(), page, total);
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

    /** An edition and the initiatives its delay-driver matrix has as columns, in printed order. */
    public record MatrixColumns(Edition edition, List<Appearance> columns) {
    }

    /**
     * The columns of the edition's delay-driver matrix (a draft edition and draft initiatives only when
     * {@code includeDrafts}); 404 when there is no such edition or it prints no matrix. The rows and
     * ticks are the delay-driver feature's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MatrixColumns findMatrixColumns(String slug, boolean includeDrafts) {
        Edition e = visible(slug, includeDrafts);
        List<Appearance> columns = matrixColumns(e, appearances(e, includeDrafts));
        if (columns.isEmpty()) {
            throw new ApiException.NotFound("The edition '" + slug + "' prints no delay-driver matrix");
        }
        return new MatrixColumns(e, columns);
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

    /** The matrix columns: initiatives with a printed matrix header, or with a tick in this edition's matrix. */
    private List<Appearance> matrixColumns(Edition e, List<Appearance> appearances) {
        if (appearances.stream().allMatch(a -> a.matrixTitle != null)) {
            return appearances;
        }
        Set<String> ticked = ticks.tickedInitiatives(e);
        return appearances.stream().filter(a -> a.matrixTitle != null || ticked.contains(a.initiative.slug)).toList();
    }

    /** Per-edition counts in two grouped statements, whatever the number of editions. */
    private Map<Long, EditionViews.Counts> counts(boolean includeDrafts) {
        Map<Long, EditionViews.Counts> counts = new HashMap<>();
        em.createQuery("select a.edition.id, count(a), count(a.matrixTitle) from Appearance a"
                + " where a.initiative.status in :p and a.initiative.deletedAt is null group by a.edition.id", Object[].class)
                .setParameter("p", statuses(includeDrafts)).getResultList()
                .forEach(r -> counts.put((Long) r[0], new EditionViews.Counts((Long) r[1], 0, (Long) r[2] > 0)));
        // an edition made in the directory has a matrix once it has a tick, printed header or not
        ticks.editionsWithTicks().forEach(id -> counts.computeIfPresent(id, (k, c) -> new EditionViews.Counts(c.initiatives(), c.upcoming(), true)));
        em.createQuery("select u.edition.id, count(u) from UpcomingItem u group by u.edition.id", Object[].class).getResultList()
                .forEach(r -> counts.merge((Long) r[0], new EditionViews.Counts(0, (Long) r[1], false),
                        (a, b) -> new EditionViews.Counts(a.initiatives(), b.upcoming(), a.hasMatrix())));
        return counts;
    }
}
