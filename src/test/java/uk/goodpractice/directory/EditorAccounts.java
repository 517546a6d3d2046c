package uk.goodpractice.directory;

import static uk.goodpractice.directory.Api.api;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Assertions;

/** The accounts editing tests act as: the test profile's first admin, and an editor it creates. */
public final class EditorAccounts {

    public static final String ADMIN = "test-admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String EDITOR = "test-editor";
    public static final String EDITOR_PASSWORD = "editor-password-123";

    private EditorAccounts() {
    }

    /** Creates the editor account unless it exists; call from @BeforeEach, once Quarkus is up. */
    public static void ensureEditor() {
        int status = asAdmin().contentType("application/json")
                .body("{\"username\":\"" + EDITOR + "\",\"password\":\"" + EDITOR_PASSWORD + "\",\"roles\":[\"editor\"]}")
                .post("/api/v1/accounts").statusCode();
        Assertions.assertTrue(status == 201 || status == 409, "editor account created (or already there): " + status);
    }

    public static RequestSpecification asAdmin() {
        return api().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification asEditor() {
        return api().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD);
    }
}
