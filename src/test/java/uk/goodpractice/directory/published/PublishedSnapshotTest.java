package uk.goodpractice.directory.published;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asEditor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.time.OffsetDateTime;

/** Public answers follow every commit: their tags are hashes of what they show, and drafts never share one. */
@QuarkusTest
@TestProfile(EditingProfile.class)
class PublishedSnapshotTest {

    private static final String INITIATIVES = "/api/v1/initiatives/";

    @Inject
    PublishedReadModel readModel;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @BeforeEach
    void accounts() {
        Editing.accounts();
    }

    private static String publicTag(String path) {
        return api().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A published initiative of its own: a draft added to a new edition, then published with it. */
    private static String[] publishedInitiativeInNewEdition() {
        String edition = Editing.draftEdition();
        String slug = Editing.unique("snapshot");
        asEditor().contentType("application/json").body(Map.of("slug", slug, "title", "Snapshot test initiative", "edition", edition))
                .post("/api/v1/initiatives").then().statusCode(201);
        publish(edition);
        return new String[] {slug, edition};
    }

    private static void publish(String edition) {
        asEditor().header("If-Match", Editing.etag("/api/v1/editions/" + edition + "/editable"))
                .post("/api/v1/editions/" + edition + "/publish").then().statusCode(200);
    }

    @Test
    void publishingAnEditionThePublishedInitiativeAppearsIn_changesItsPublicETag() {
        String slug = publishedInitiativeInNewEdition()[0];
        String edition = Editing.draftEdition();
        Editing.appearance(slug, edition);
        String before = publicTag(INITIATIVES + slug);
        api().get(INITIATIVES + slug).then().body("appearances.edition.slug", not(hasItem(edition)));

        publish(edition);

        String after = publicTag(INITIATIVES + slug);
        assertNotEquals(before, after);
        api().header("If-None-Match", before).get(INITIATIVES + slug).then().statusCode(200)
                .body("appearances.edition.slug", hasItem(edition));
        api().header("If-None-Match", after).get(INITIATIVES + slug).then().statusCode(304);
    }

    @Test
    void changingAnEditionsLabel_changesThePublicETagOfTheInitiativesItPresents() {
        String[] made = publishedInitiativeInNewEdition();
        String before = publicTag(INITIATIVES + made[0]);
        String label = "Relabelled " + System.nanoTime();
        asEditor().contentType("application/merge-patch+json").header("If-Match", Editing.etag("/api/v1/editions/" + made[1] + "/editable"))
                .body(Map.of("label", label)).patch("/api/v1/editions/" + made[1]).then().statusCode(200);

        assertNotEquals(before, publicTag(INITIATIVES + made[0]));
        api().get(INITIATIVES + made[0]).then().body("appearances[0].edition.label", equalTo(label));
        api().queryParam("q", "Snapshot test initiative").queryParam("pageSize", 100).get("/api/v1/initiatives").then()
                .body("results.find { it.slug == '" + made[0] + "' }.editions[0].label", equalTo(label));
    }

    @Test
    void anEditorsAnswer_neverSharesATagWithThePublicOne() {
        String[] made = publishedInitiativeInNewEdition();
        String publicDetail = publicTag(INITIATIVES + made[0]);
        String editorDetail = asEditor().get(INITIATIVES + made[0]).then().statusCode(200).extract().header("ETag");
        assertNotEquals(publicDetail, editorDetail);

        // the same list, published records only: identical bytes, but the editor's answer is private and tagged apart
        Response publicList = api().get("/api/v1/editions");
        Response editorList = asEditor().get("/api/v1/editions");
        assertEquals(publicList.asString(), editorList.asString());
        assertNotEquals(publicList.header("ETag"), editorList.header("ETag"));
        assertTrue(editorList.header("Cache-Control").startsWith("private"), editorList.header("Cache-Control"));
        asEditor().header("If-None-Match", publicList.header("ETag")).get("/api/v1/editions").then().statusCode(200);
        api().header("If-None-Match", editorList.header("ETag")).get("/api/v1/editions").then().statusCode(200);
    }

    @Test
    void aWrite_isInThePublicAnswerAsSoonAsItIsAcknowledged() {
        String slug = publishedInitiativeInNewEdition()[0];
        for (int n = 0; n < 3; n++) {
            String title = "Read your writes " + n;
            asEditor().contentType("application/merge-patch+json").header("If-Match", Editing.etag(INITIATIVES + slug))
                    .body(Map.of("title", title)).patch(INITIATIVES + slug).then().statusCode(200);
            api().get(INITIATIVES + slug).then().statusCode(200).body("title", equalTo(title));
            api().queryParam("q", title).get("/api/v1/initiatives").then().body("results.slug", equalTo(List.of(slug)));
        }
    }

    @Test
    void anotherInstancesCommit_isPickedUpByThePoll() throws SQLException, InterruptedException {
        String slug = publishedInitiativeInNewEdition()[0];
        long counter = readModel.current().counter();
        // what another instance's transaction does: change public data and move the counter, in one commit
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("update initiative set title = 'Changed elsewhere' where slug = '" + slug + "'");
            st.executeUpdate("update published_change set counter = counter + 1 where id = 1");
        }
        api().get(INITIATIVES + slug).then().body("title", equalTo("Snapshot test initiative"));
        readModel.poll();
        for (int wait = 0; wait < 200 && readModel.current().counter() <= counter; wait++) {
            Thread.sleep(50);
        }
        api().get(INITIATIVES + slug).then().statusCode(200).body("title", equalTo("Changed elsewhere"));
    }

    @Test
    void gzip_isServedToClientsThatAcceptIt_withTheSameTag() throws IOException {
        Response plain = api().get("/api/v1/initiatives?pageSize=50");
        Response gzip = api().urlEncodingEnabled(false).header("Accept-Encoding", "gzip").get("/api/v1/initiatives?pageSize=50");
        gzip.then().statusCode(200).header("Content-Encoding", "gzip").header("Vary", startsWith("Accept-Encoding"));
        assertEquals(plain.header("ETag"), gzip.header("ETag"));
        assertEquals(plain.asString(), gzip.asString(), "REST Assured inflates the gzip body");
        // the raw bytes, undecoded (so not through the contract check, which reads JSON)
        byte[] raw = io.restassured.RestAssured.given().header("Accept-Encoding", "gzip").config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders())).get("/api/v1/initiatives?pageSize=50").asByteArray();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            assertEquals(plain.asString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(raw.length < plain.asByteArray().length / 2, "compressed " + raw.length + " of " + plain.asByteArray().length);
    }

    /**
     * A stamp kept before public_stamp had a version column (V7 hashed answers with the row version in
     * them): the first build after the upgrade keeps its time where the answers are what they were, so
     * an upgrade moves no public updatedAt, and takes the row version as the public one.
     */
    @Test
    void aStampKeptBeforeThePublicVersionColumn_keepsItsTimeWhileItsAnswersAreUnchanged() throws Exception {
        OffsetDateTime then = OffsetDateTime.parse("2020-01-02T03:04:05Z");
        OffsetDateTime now = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        byte[] unstamped = answer("unchanged", Stamps.VERSION_PLACEHOLDER);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String path : List.of("test/legacy-unchanged", "test/legacy-changed")) {
                st.executeUpdate("insert into public_stamp (path, content_hash, updated_at, public_version) values ('" + path + "', '"
                        + sha256(answer("unchanged", 7)) + "', timestamp with time zone '2020-01-02 03:04:05+00', null)");
            }
        }
        Stamps.Stamp[] stamps = new Stamps.Stamp[2];
        byte[] stamped = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Stamps s = new Stamps(em, mapper, now);
            stamps[0] = s.stamp("test/legacy-unchanged", then, 7L, unstamped);
            stamps[1] = s.stamp("test/legacy-changed", then, 8L, answer("changed", Stamps.VERSION_PLACEHOLDER));
            return s.apply(unstamped, stamps[0]);
        });
        assertEquals(new Stamps.Stamp(then, 7L), stamps[0], "unchanged since: its time stays, its version is the row's");
        assertEquals(new Stamps.Stamp(now, 8L), stamps[1], "changed since: this build's time and the row's version now");
        assertEquals("{\"slug\":\"unchanged\",\"version\":7,\"updatedAt\":" + mapper.writeValueAsString(then) + "}",
                new String(stamped, StandardCharsets.UTF_8));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("delete from public_stamp where path like 'test/legacy-%'");
        }
    }

    private byte[] answer(String slug, long version) throws IOException {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("slug", slug);
        answer.put("version", version);
        answer.put("updatedAt", Stamps.PLACEHOLDER);
        return mapper.writeValueAsBytes(answer);
    }

    /** As Stamps hashes a record's answers: each followed by a zero byte. */
    private static String sha256(byte[] answer) throws java.security.NoSuchAlgorithmException {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(answer);
        digest.update((byte) 0);
        return HexFormat.of().formatHex(digest.digest());
    }
}
