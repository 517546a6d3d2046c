package uk.goodpractice.directory.edition;

import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.PublicationStatus;

/**
 * What the edition list counts of an edition's contents. The initiatives it presents and the items
 * it announces are the initiative feature's records (they point at the edition), so that feature
 * implements this.
 */
public interface EditionContents {

    /** How many initiatives an edition presents, and how many of them print a matrix column header. */
    record Presented(long initiatives, long withMatrixTitle) {
    }

    /** Per edition id, the live initiatives with one of {@code statuses} that it presents; in two grouped statements at most. */
    Map<Long, Presented> presented(List<PublicationStatus> statuses);

    /** Per edition id, how many items it announces for a later edition. */
    Map<Long, Long> announced();
}
