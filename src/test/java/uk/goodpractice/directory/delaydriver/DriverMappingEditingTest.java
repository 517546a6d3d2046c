package uk.goodpractice.directory.delaydriver;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asEditor;
import static uk.goodpractice.directory.Editing.asNonEditor;
import static uk.goodpractice.directory.Editing.audit;
import static uk.goodpractice.directory.Editing.etag;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;

/**
 * Editing driver mappings: roles, If-Match, the rules of a mapping, one row per initiative, driver
 * and edition, the initiative's ETag and the audit trail. Each test maps an initiative of its own.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class DriverMappingEditingTest {

    private static final String LIST = "/api/v1/driver-mappings";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String DRIVER = "lack-of-information-sharing";

    private String initiative;
    private String edition;

    /** A draft initiative of its own that appears in an edition of its own, so every driver is free to map. */
    @BeforeEach
    void anInitiativeInAnEdition() {
        Editing.accounts();
        initiative = Editing.draftInitiative();
        edition = Editing.draftEdition();
        Editing.appearance(initiative, edition);
    }

    private String body(String driver, String provenance, String rationale) {
        return "{\"initiative\":\"" + initiative + "\",\"driver\":\"" + driver + "\",\"edition\":\"" + edition + "\",\"provenance\":\"" + provenance + "\""
                + (rationale == null ? "" : ",\"rationale\":\"" + rationale + "\"") + "}";
    }

    /** Maps the test's initiative to the driver as printed; returns the mapping's address. */
    private String mapping(String driver) {
        int id = asEditor().contentType("application/json").body(body(driver, "PRINTED_MATRIX", null)).post(LIST)
                .then().statusCode(201).extract().path("id");
        return LIST + "/" + id;
    }

    private String initiativeETag() {
        return etag("/api/v1/initiatives/" + initiative);
    }

    @Test
    void editor_creates201WithLocationAndETag() {
        int id = asEditor().contentType("application/json").body(body(DRIVER, "EDITORIAL", "The initiative shares information between agencies."))
                .post(LIST).then().statusCode(201)
                .header("ETag", equalTo("\"v0\""))
                .body("initiative", equalTo(initiative))
                .body("driver", equalTo(DRIVER))
                .body("edition", equalTo(edition))
                .body("provenance", equalTo("EDITORIAL"))
                .body("rationale", equalTo("The initiative shares information between agencies."))
                .extract().path("id");
        var second = asEditor().contentType("application/json").body(body("court-capacity", "PRINTED_MATRIX", null)).post(LIST);
        second.then().statusCode(201).header("Location", endsWith(LIST + "/" + second.path("id")));
        asEditor().get(LIST + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"v0\""))
                .body("id", equalTo(id))
                .body("deletedAt", nullValue());
    }

    @Test
    void anonymous_returns401_andNonEditor_returns403() {
        api().contentType("application/json").body(body(DRIVER, "PRINTED_MATRIX", null)).post(LIST).then().statusCode(401)
                .contentType("application/problem+json");
        asNonEditor().contentType("application/json").body(body(DRIVER, "PRINTED_MATRIX", null)).post(LIST).then().statusCode(403)
                .contentType("application/problem+json");
        String mapping = mapping(DRIVER);
        api().get(mapping).then().statusCode(401);
        asNonEditor().get(mapping).then().statusCode(403);
        asNonEditor().header("If-Match", "\"v0\"").delete(mapping).then().statusCode(403);
        asEditor().get(mapping).then().statusCode(200).body("deletedAt", nullValue());
    }

    @Test
    void theRulesOfAMapping_answerInTheSameWords_onTheirOwnAndInAnInitiative() {
        String elsewhere = Editing.draftEdition();
        String notAppearing = "the initiative '" + initiative + "' does not appear in '" + elsewhere + "'";
        String noRationale = "an editorial mapping needs a rationale";
        String unknownDriver = "no delay driver has the slug 'slow-courts'";
        asEditor().contentType("application/json")
                .body("{\"initiative\":\"" + initiative + "\",\"driver\":\"slow-courts\",\"edition\":\"" + elsewhere + "\",\"provenance\":\"EDITORIAL\"}")
                .post(LIST).then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/driver", "/edition", "/rationale")))
                .body("errors.message", equalTo(List.of(unknownDriver, notAppearing, noRationale)));
        String path = "/api/v1/initiatives/" + initiative;
        asEditor().contentType(MERGE_PATCH).header("If-Match", initiativeETag())
                .body("{\"drivers\":[{\"edition\":\"" + elsewhere + "\",\"driver\":\"slow-courts\",\"provenance\":\"EDITORIAL\"}]}")
                .patch(path).then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/drivers/0/driver", "/drivers/0/edition", "/drivers/0/rationale")))
                .body("errors.message", equalTo(List.of(unknownDriver, notAppearing, noRationale)));
    }

    @Test
    void anInitiativeNotInTheEdition_unknownSlugs_andAnEditorialMappingWithoutRationale_return400_andChangeNothing() {
        String before = initiativeETag();
        String elsewhere = Editing.draftEdition();
        asEditor().contentType("application/json")
                .body("{\"initiative\":\"" + initiative + "\",\"driver\":\"" + DRIVER + "\",\"edition\":\"" + elsewhere + "\",\"provenance\":\"PRINTED_MATRIX\"}")
                .post(LIST).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/edition"))
                .body("errors[0].message", containsString("does not appear"));
        asEditor().contentType("application/json")
                .body("{\"initiative\":\"nothing\",\"driver\":\"late-presentation\",\"edition\":\"no-edition\",\"provenance\":\"PRINTED_MATRIX\"}")
                .post(LIST).then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/initiative", "/driver", "/edition")));
        asEditor().contentType("application/json").body(body(DRIVER, "EDITORIAL", null)).post(LIST).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/rationale"));
        asEditor().contentType("application/json").body("{\"initiative\":\"" + initiative + "\"}").post(LIST).then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/driver", "/edition", "/provenance")));
        assertEquals(before, initiativeETag(), "a failed write leaves the initiative as it was");
    }

    @Test
    void aLiveDuplicate_returns409() {
        String mapping = mapping(DRIVER);
        asEditor().contentType("application/json").body(body(DRIVER, "EDITORIAL", "Again")).post(LIST).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(mapping.substring(LIST.length() + 1)));
    }

    @Test
    void recreatingADeletedMapping_bringsBackTheSameRow() {
        String mapping = mapping(DRIVER);
        asEditor().header("If-Match", "\"v0\"").delete(mapping).then().statusCode(204);
        asEditor().contentType("application/json").body(body(DRIVER, "EDITORIAL", "An editor's judgement")).post(LIST).then().statusCode(201)
                .header("Location", endsWith(mapping))
                .header("ETag", equalTo("\"v2\""))
                .body("provenance", equalTo("EDITORIAL"))
                .body("deletedAt", nullValue());
        audit("driver-mapping", mapping.substring(LIST.length() + 1)).then()
                .body("results.action", equalTo(List.of("CREATE", "DELETE", "CREATE")))
                .body("results[0].before.deletedAt", notNullValue());
    }

    @Test
    void putAndPatch_changeProvenanceAndRationale() {
        String mapping = mapping(DRIVER);
        asEditor().contentType("application/json").header("If-Match", "\"v0\"")
                .body("{\"provenance\":\"EDITORIAL\",\"rationale\":\"Named in the text, not the matrix\"}")
                .put(mapping).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("provenance", equalTo("EDITORIAL"))
                .body("rationale", equalTo("Named in the text, not the matrix"))
                .body("initiative", equalTo(initiative));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"rationale\":null}")
                .patch(mapping).then().statusCode(400).body("errors[0].pointer", equalTo("/rationale"));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"provenance\":\"PRINTED_MATRIX\",\"rationale\":null}")
                .patch(mapping).then().statusCode(200)
                .header("ETag", equalTo("\"v2\""))
                .body("provenance", equalTo("PRINTED_MATRIX"))
                .body("rationale", nullValue());
        // a blank rationale is none, here as in an initiative's body: a blank one is no change
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v2\"").body("{\"rationale\":\"   \"}")
                .patch(mapping).then().statusCode(200)
                .header("ETag", equalTo("\"v2\""))
                .body("rationale", nullValue());
        asEditor().contentType("application/json").header("If-Match", "\"v2\"").body("{\"provenance\":\"PRINTED_MATRIX\",\"driver\":\"court-capacity\"}")
                .put(mapping).then().statusCode(400).body("detail", containsString("driver"));
        asEditor().contentType("text/plain").header("If-Match", "\"v2\"").body("x").put(mapping).then().statusCode(415);
    }

    @Test
    void changesWithoutIfMatch_return428_staleOnes412_andUnknownIds404() {
        String mapping = mapping(DRIVER);
        asEditor().contentType(MERGE_PATCH).body("{\"rationale\":\"x\"}").patch(mapping).then().statusCode(428).contentType("application/problem+json");
        asEditor().delete(mapping).then().statusCode(428);
        asEditor().post(mapping + "/restore").then().statusCode(428);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"rationale\":\"First\"}").patch(mapping).then().statusCode(200);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"rationale\":\"Second\"}").patch(mapping).then().statusCode(412)
                .header("ETag", equalTo("\"v1\""));
        asEditor().get(mapping).then().body("rationale", equalTo("First"));
        asEditor().get(LIST + "/999999999").then().statusCode(404).contentType("application/problem+json");
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/999999999").then().statusCode(404);
    }

    @Test
    void delete_isSoft_andRestoreBringsItBack() {
        String mapping = mapping(DRIVER);
        asEditor().header("If-Match", "\"v0\"").delete(mapping).then().statusCode(204);
        asEditor().get(mapping).then().statusCode(200).header("ETag", equalTo("\"v1\"")).body("deletedAt", notNullValue());
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"rationale\":\"x\"}").patch(mapping).then().statusCode(404);
        asEditor().header("If-Match", "\"v1\"").post(mapping + "/restore").then().statusCode(200)
                .header("ETag", equalTo("\"v2\"")).body("deletedAt", nullValue());
        asEditor().header("If-Match", "\"v2\"").post(mapping + "/restore").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aMappingOfADeletedInitiative_cannotBeRestored() {
        String mapping = mapping(DRIVER);
        asEditor().header("If-Match", "\"v0\"").delete(mapping).then().statusCode(204);
        asEditor().header("If-Match", initiativeETag()).delete("/api/v1/initiatives/" + initiative).then().statusCode(204);
        asEditor().header("If-Match", "\"v1\"").post(mapping + "/restore").then().statusCode(409).body("detail", containsString(initiative));
    }

    @Test
    void everyChange_givesTheInitiativeANewETag() {
        String v0 = initiativeETag();
        String mapping = mapping(DRIVER);
        String v1 = initiativeETag();
        assertNotEquals(v0, v1, "create");
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"provenance\":\"EDITORIAL\",\"rationale\":\"Why\"}")
                .patch(mapping).then().statusCode(200);
        String v2 = initiativeETag();
        assertNotEquals(v1, v2, "update");
        asEditor().header("If-Match", "\"v1\"").delete(mapping).then().statusCode(204);
        String v3 = initiativeETag();
        assertNotEquals(v2, v3, "delete");
        asEditor().header("If-Match", "\"v2\"").post(mapping + "/restore").then().statusCode(200);
        assertNotEquals(v3, initiativeETag(), "restore");
    }

    @Test
    void everyChange_isAuditedWithWhoWhatBeforeAndAfter() {
        String mapping = mapping(DRIVER);
        String id = mapping.substring(LIST.length() + 1);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"provenance\":\"EDITORIAL\",\"rationale\":\"Why\"}")
                .patch(mapping).then().statusCode(200);
        asEditor().header("If-Match", "\"v1\"").delete(mapping).then().statusCode(204);
        asEditor().header("If-Match", "\"v2\"").post(mapping + "/restore").then().statusCode(200);
        audit("driver-mapping", id).then().statusCode(200)
                .body("results.action", equalTo(List.of("RESTORE", "DELETE", "UPDATE", "CREATE")))
                .body("results.actor", equalTo(List.of(Editing.EDITOR, Editing.EDITOR, Editing.EDITOR, Editing.EDITOR)))
                .body("results[2].before.provenance", equalTo("PRINTED_MATRIX"))
                .body("results[2].after.provenance", equalTo("EDITORIAL"))
                .body("results[2].after.rationale", equalTo("Why"))
                .body("results[3].before", nullValue())
                .body("results[3].after.initiative", equalTo(initiative));
    }
}
