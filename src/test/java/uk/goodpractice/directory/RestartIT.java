package uk.goodpractice.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service, run as a real process on a file-mode H2 database, keeps every edit across a
 * restart and does not load the shipped data set a second time. Runs in {@code ./mvnw verify}
 * (failsafe, after {@code package} has built {@code target/quarkus-app}).
 */
class RestartIT {

    private static final String SEEDED = "/api/v1/initiatives/lifelong-links";
    private static final Pattern SEED_LOADED = Pattern.compile("Loaded \\d+ editions");

    @TempDir
    Path work;

    @Test
    void publishedAndDraftChanges_versionsAndAudit_surviveARestart_andTheSeedIsNotReloaded() throws Exception {
        Path dataDir = work.resolve("data").toAbsolutePath();
        String draftSlug = "restart-draft-" + System.nanoTime();

        Map<String, Object> before;
        Map<String, String> browserCookies;
        try (PackagedService service = start(dataDir, work.resolve("first.log"))) {
            assertTrue(SEED_LOADED.matcher(service.log()).find(), "the first start loads the data set:\n" + service.log());
            int publishedAtStart = service.api().get("/api/v1/initiatives").then().statusCode(200).extract().path("paging.totalResults");

            // a draft, and a published change to a seeded initiative
            service.admin().contentType("application/json")
                    .body("{\"slug\":\"" + draftSlug + "\",\"title\":\"Kept across restarts\",\"summary\":\"A draft\"}")
                    .post("/api/v1/initiatives").then().statusCode(201);
            String etag = service.admin().get(SEEDED).then().statusCode(200).extract().header("ETag");
            service.admin().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"summary\":\"Summary edited before the restart\"}").patch(SEEDED).then().statusCode(200);
            // a change made through the web pages' sign-in, with its CSRF token
            PackagedService.Session browser = service.signIn();
            browserCookies = browser.cookies();
            String draftEtag = service.admin().get("/api/v1/initiatives/" + draftSlug).then().extract().header("ETag");
            browser.request().contentType("application/merge-patch+json")
                    .header("If-Match", draftEtag).body("{\"title\":\"Kept across restarts, edited in a browser\"}")
                    .patch("/api/v1/initiatives/" + draftSlug).then().statusCode(200);
            // single sign-on is off until configured: a bearer token is refused
            service.api().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/me").then().statusCode(401)
                    .contentType("application/problem+json");

            before = snapshot(service, draftSlug);
            assertEquals(publishedAtStart, before.get("published"), "a draft is not published");
        }

        try (PackagedService service = start(dataDir, work.resolve("second.log"))) {
            assertTrue(service.log().contains("Data set already loaded"), "the second start keeps the data:\n" + service.log());
            assertFalse(SEED_LOADED.matcher(service.log()).find(), "the data set is not loaded again");
            Map<String, Object> after = snapshot(service, draftSlug);
            // the session key was kept, private to the service's user: whoever signed in is still signed in
            Path key = dataDir.resolve("session.key");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            service.api().cookies(browserCookies).get("/api/v1/me").then().statusCode(200).body("username", equalTo(PackagedService.ADMIN));
            before.forEach((what, value) -> assertEquals(value, after.get(what), what + " survived the restart"));
            // the public still sees the published change and not the draft
            service.api().get(SEEDED).then().statusCode(200).body("summary", equalTo("Summary edited before the restart"));
            service.api().get("/api/v1/initiatives/" + draftSlug).then().statusCode(404);
            service.admin().get("/api/v1/initiatives/" + draftSlug).then().statusCode(200)
                    .body("status", equalTo("DRAFT")).body("title", containsString("edited in a browser"));
        }
    }

    /** Everything an editor's work left behind, as the API shows it. */
    private static Map<String, Object> snapshot(PackagedService service, String draftSlug) {
        Response seeded = service.admin().get(SEEDED);
        Response draft = service.admin().get("/api/v1/initiatives/" + draftSlug);
        JsonPath audit = service.admin().queryParam("pageSize", 100).get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        List<Object> auditEntries = audit.getList("results");
        assertTrue(auditEntries.size() >= 3, "three changes audited: " + auditEntries);
        return Map.of(
                "seeded initiative", seeded.then().statusCode(200).extract().jsonPath().getMap(""),
                "seeded ETag", seeded.header("ETag"),
                "draft", draft.then().statusCode(200).extract().jsonPath().getMap(""),
                "draft ETag", draft.header("ETag"),
                "audit trail", auditEntries,
                "accounts", service.admin().get("/api/v1/accounts").then().statusCode(200).extract().jsonPath().getList("results"),
                "published", service.api().get("/api/v1/initiatives").then().statusCode(200).extract().path("paging.totalResults"),
                "editions", service.api().get("/api/v1/editions").then().statusCode(200).extract().path("paging.totalResults"));
    }

    /** No DIRECTORY_SESSION_KEY: the service makes its own and keeps it in the data directory. */
    /**
     * Java's own HttpClient asks for HTTP/2 by default (an h2c upgrade over plain HTTP), whose requests
     * name the address in :authority, not Host: the packaged service, with its run-time settings, answers them.
     */
    @Test
    void http2Clients_areAnswered() throws Exception {
        try (PackagedService service = start(work.resolve("http2").toAbsolutePath(), work.resolve("http2.log"))) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
            java.net.URI uri = java.net.URI.create("http://localhost:" + service.port() + "/api/v1/editions");
            for (int n = 0; n < 2; n++) { // the upgrade request, then one on the HTTP/2 connection
                java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(uri)
                        .header("Accept", "application/json").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(java.net.http.HttpClient.Version.HTTP_2, answer.version(), "answered over HTTP/2");
                assertEquals(200, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("good-practice-guide-edition-4"), answer.body());
            }
        }
    }

    private static PackagedService start(Path dataDir, Path log) throws Exception {
        return PackagedService.on(dataDir).env("DIRECTORY_SESSION_KEY", null).start(log);
    }
}
