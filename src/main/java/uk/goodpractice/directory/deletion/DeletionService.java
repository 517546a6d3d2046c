package uk.goodpractice.directory.deletion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.edition.EditionVisibility;
import uk.goodpractice.directory.common.PublicationStatus;

/**
 * What the public could once read and editors have since deleted, so mirrors can drop it too.
 * Never lists a record that was only ever a draft; lists a published initiative that went back to
 * draft (unpublished) as gone too, at the time it was unpublished. Deletions are rare, so the three kinds are
 * merged in memory after one bounded statement each.
 */
@ApplicationScoped
public class DeletionService {

    private static final int MAX_ROWS = 10_000;
    private final EntityManager em;

    public DeletionService(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<DeletionView> listDeletions(OffsetDateTime since, PageRequest page) {
        OffsetDateTime from = since == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : since;
        List<DeletionView> all = new ArrayList<>();
        all.addAll(rows("initiative", "select i.slug, i.deletedAt from Initiative i where i.deletedAt >= :since"
                + " and i.status = uk.goodpractice.directory.common.PublicationStatus.PUBLISHED", from));
        // a published initiative that went back to draft has gone from the public's view just as surely
        all.addAll(rows("initiative", "select i.slug, i.unpublishedAt from Initiative i where i.unpublishedAt >= :since"
                + " and i.status <> uk.goodpractice.directory.common.PublicationStatus.PUBLISHED", from));
        all.addAll(rows("area-contact", "select c.slug, c.deletedAt from Contact c where c.deletedAt >= :since and "
                + EditionVisibility.PUBLIC.formatted("c.edition"), from));
        all.addAll(rows("area", "select a.slug, a.deletedAt from Area a where a.deletedAt >= :since", from));
        all.sort(Comparator.comparing(DeletionView::deletedAt).thenComparing(DeletionView::type).thenComparing(DeletionView::slug));
        List<DeletionView> slice = all.stream().skip(page.offset()).limit(page.pageSize()).toList();
        return Paged.of(slice, page, all.size());
    }

    private List<DeletionView> rows(String type, String jpql, OffsetDateTime since) {
        return em.createQuery(jpql, Object[].class).setParameter("since", since).setMaxResults(MAX_ROWS).getResultList().stream()
                .map(r -> new DeletionView(type, (String) r[0], (OffsetDateTime) r[1])).toList();
    }
}
