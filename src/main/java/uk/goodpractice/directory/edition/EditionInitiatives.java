package uk.goodpractice.directory.edition;

import java.util.List;
import uk.goodpractice.directory.common.PublicationStatus;

/**
 * The initiatives an edition presents, as the edition's editing reads, orders and publishes them. An
 * appearance is the initiative feature's record (it points at the edition), so that feature
 * implements this.
 */
public interface EditionInitiatives {

    /** A live initiative the edition presents, at its printed position. */
    record LiveEntry(int position, String slug, String title, PublicationStatus status) {
    }

    /** The live initiatives the edition presents (drafts too), in printed order. */
    List<LiveEntry> live(Edition edition);

    /**
     * Sets the printed order: {@code slugs} names every live initiative of the edition once (the caller
     * checks it); deleted ones keep a place after the live ones.
     */
    void reorder(Edition edition, List<String> slugs);

    /** Publishes the edition's draft initiatives, and so their mappings and contacts, in the caller's transaction. */
    void publishDraftsIn(Edition edition);
}
