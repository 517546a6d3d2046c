package uk.goodpractice.directory.area;

import java.util.Map;
import java.util.Set;

/**
 * The published initiatives linked to each live area, for the area list's {@code initiativeCount}:
 * the initiative feature owns the links and implements this.
 */
public interface PublishedAreaLinks {

    /** Per live area id, the ids of the published initiatives linked to that area itself. */
    Map<Long, Set<Long>> publishedInitiativesByArea();
}
