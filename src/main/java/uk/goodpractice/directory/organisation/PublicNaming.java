package uk.goodpractice.directory.organisation;

/**
 * A feature whose public records can name an organisation. The public sees an organisation while
 * something public names it; each feature that names organisations says so with its own "is public"
 * rule, so this package knows none of those features (they point at organisations, not the reverse).
 */
public interface PublicNaming {

    /** A JPQL condition that something public of this feature names the organisation at the path {@code organisation}. */
    String namesPublicly(String organisation);
}
