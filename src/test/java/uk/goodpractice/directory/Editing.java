package uk.goodpractice.directory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the editing tests share: the accounts they sign in with, fresh records of their own so that
 * no test depends on another, and the audit trail. Use with {@link EditingProfile}.
 */
public final class Editing {

    public static final String ADMIN = "test-admin";
    public static final String EDITOR = "test-editor";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String EDITOR_PASSWORD = "editor-password-123";
    private static final String NON_EDITOR = "test-admin-only";
    private static final String NON_EDITOR_PASSWORD = "admin-only-password-123";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static boolean accountsCreated;

    private Editing() {
    }

    /**
     * Creates the editor and a signed-in account without the editor role, once. Call it from
     * {@code @BeforeEach}: REST Assured points at the test instance only once Quarkus has started.
     */
    public static void accounts() {
        if (accountsCreated) {
            return;
        }
        account(EDITOR, EDITOR_PASSWORD, "editor");
        account(NON_EDITOR, NON_EDITOR_PASSWORD, "admin");
        accountsCreated = true;
    }

    private static void account(String username, String password, String role) {
        int status = asAdmin().contentType("application/json")
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]}")
                .post("/api/v1/accounts").statusCode();
        assertTrue(status == 201 || status == 409, username + " account created (or already there): " + status);
    }

    public static RequestSpecification asAdmin() {
        return api().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification asEditor() {
        return api().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD);
    }

    /** Signed in, but without the editor role. */
    public static RequestSpecification asNonEditor() {
        return api().auth().preemptive().basic(NON_EDITOR, NON_EDITOR_PASSWORD);
    }

    /** A slug no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + COUNTER.incrementAndGet();
    }

    /** The ETag an editor gets for a read. */
    public static String etag(String path) {
        return asEditor().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The audit entries of one record, newest first. */
    public static Response audit(String entityType, String slug) {
        return asAdmin().queryParam("entityType", entityType).queryParam("slug", slug).get("/api/v1/audit");
    }

    /** A new draft initiative, created through the API; returns its slug. */
    public static String draftInitiative() {
        String slug = unique("test-initiative");
        asEditor().contentType("application/json").body("{\"slug\":\"" + slug + "\",\"title\":\"A test initiative\"}")
                .post("/api/v1/initiatives").then().statusCode(201);
        return slug;
    }

    /** A new draft edition, created through the API as an editor would; returns its slug. */
    public static String draftEdition() {
        String slug = unique("test-edition");
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Test edition\",\"series\":\"Test series\",\"label\":\"" + slug + "\"}")
                .post("/api/v1/editions").then().statusCode(201);
        return slug;
    }

    /** Makes the initiative appear in the edition through the API (a merge patch of its appearances), so it can be mapped to drivers there. */
    public static void appearance(String initiative, String edition) {
        String path = "/api/v1/initiatives/" + initiative;
        Response editable = asEditor().get(path + "/editable");
        List<Object> appearances = new ArrayList<>(editable.then().statusCode(200).extract().jsonPath().getList("appearances"));
        appearances.add(Map.of("edition", edition, "title", "A test initiative", "location", "Slide 1",
                "sections", List.of(), "links", List.of(), "figures", List.of(), "references", List.of()));
        asEditor().contentType("application/merge-patch+json").header("If-Match", editable.header("ETag"))
                .body(Map.of("appearances", appearances)).patch(path).then().statusCode(200);
    }
}
