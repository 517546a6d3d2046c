package uk.goodpractice.directory.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.PublicationStatus;
import java.time.OffsetDateTime;

@ApplicationScoped
public class EditionService {

    private final MatrixTicks ticks;
    private final EditionContents contents;

    public EditionService(MatrixTicks ticks, EditionContents contents) {
        this.ticks = ticks;
        this.contents = contents;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<EditionViews.Summary> listEditions(List<PublicationStatus> statuses, PageRequest page) {
        return listEditions(statuses, null, page);
    }

    /** @param since only those whose own last edit is at or after this, where given (an editor's list; the public one is the snapshot's) */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<EditionViews.Summary> listEditions(List<PublicationStatus> statuses, OffsetDateTime since, PageRequest page) {
        OffsetDateTime from = since == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : since;
        long total = Edition.count("status in ?1 and deletedAt is null and updatedAt >= ?2", statuses, from);
        List<Edition> editions = Edition.find("status in ?1 and deletedAt is null and updatedAt >= ?2 order by position", statuses, from)
                .page(page.page() - 1, page.pageSize()).list();
        Map<Long, EditionViews.Counts> counts = counts(statuses.contains(PublicationStatus.DRAFT));
        return Paged.of(editions.stream().map(e -> EditionViews.Summary.from(e, counts.getOrDefault(e.id, EditionViews.Counts.NONE))).toList(), page, total);
    }

    /**
     * One published edition's list entry, as {@link #listEditions} gives it to the public (the published
     * snapshot makes again only the editions whose rows changed).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionViews.Summary findPublishedEditionSummary(String slug) {
        Edition e = findVisibleEdition(slug, false);
        return EditionViews.Summary.from(e, counts(false).getOrDefault(e.id, EditionViews.Counts.NONE));
    }

    /** The edition with this slug, a draft one only when {@code includeDrafts}; 404 when there is none or it is deleted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Edition findVisibleEdition(String slug, boolean includeDrafts) {
        return Edition.<Edition>find("slug = ?1 and status in ?2 and deletedAt is null", slug, statuses(includeDrafts)).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("edition", slug));
    }

    /** The statuses a reader sees: every one for an editor asking for drafts, else only published. */
    public static List<PublicationStatus> statuses(boolean includeDrafts) {
        return includeDrafts ? List.of(PublicationStatus.values()) : List.of(PublicationStatus.PUBLISHED);
    }

    /** Per-edition counts in three grouped statements, whatever the number of editions. */
    private Map<Long, EditionViews.Counts> counts(boolean includeDrafts) {
        Map<Long, EditionViews.Counts> counts = new HashMap<>();
        contents.presented(statuses(includeDrafts))
                .forEach((id, p) -> counts.put(id, new EditionViews.Counts(p.initiatives(), 0, p.withMatrixTitle() > 0)));
        // an edition made in the directory has a matrix once it has a tick, printed header or not
        ticks.editionsWithTicks().forEach(id -> counts.computeIfPresent(id, (k, c) -> new EditionViews.Counts(c.initiatives(), c.upcoming(), true)));
        contents.announced().forEach((id, n) -> counts.merge(id, new EditionViews.Counts(0, n, false),
                (a, b) -> new EditionViews.Counts(a.initiatives(), b.upcoming(), a.hasMatrix())));
        return counts;
    }
}
