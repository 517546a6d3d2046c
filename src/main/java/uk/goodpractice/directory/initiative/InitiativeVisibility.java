package uk.goodpractice.directory.initiative;

import uk.goodpractice.directory.common.PublicationStatus;

/**
 * The one rule for an initiative the public may see: published and not deleted. The JPQL
 * condition takes the path of the initiative ({@code %1$s}); {@link #publicCanSee} is the same
 * rule for an initiative already loaded.
 */
public final class InitiativeVisibility {

    public static final String PUBLIC = "(%1$s.status = uk.goodpractice.directory.common.PublicationStatus.PUBLISHED and %1$s.deletedAt is null)";

    private InitiativeVisibility() {
    }

    public static boolean publicCanSee(Initiative i) {
        return publicCanSee(i.status, i.deletedAt);
    }

    /** The same rule for an initiative's columns read without loading it. */
    public static boolean publicCanSee(PublicationStatus status, Object deletedAt) {
        return status == PublicationStatus.PUBLISHED && deletedAt == null;
    }
}
