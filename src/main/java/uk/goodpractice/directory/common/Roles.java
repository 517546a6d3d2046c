package uk.goodpractice.directory.common;

/** The roles the service knows. Reading needs none. */
public final class Roles {
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
