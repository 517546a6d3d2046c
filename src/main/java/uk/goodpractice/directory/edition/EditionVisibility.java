package uk.goodpractice.directory.edition;

import uk.goodpractice.directory.common.PublicationStatus;

/**
 * Who sees what an edition holds. The public sees published, live editions only — and so none of a
 * draft edition's appearances, driver mappings or contacts; editors see every live edition.
 * The JPQL conditions take the path of the edition ({@code %1$s}).
 */
public final class EditionVisibility {

    public static final String PUBLIC = "(%1$s.status = uk.goodpractice.directory.common.PublicationStatus.PUBLISHED and %1$s.deletedAt is null)";
    public static final String EDITOR = "(%1$s.deletedAt is null)";

    private EditionVisibility() {
    }

    public static boolean publicCanSee(Edition e) {
        return e.status == PublicationStatus.PUBLISHED && e.deletedAt == null;
    }

    public static boolean editorCanSee(Edition e) {
        return e.deletedAt == null;
    }
}
