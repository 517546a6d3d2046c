package uk.goodpractice.directory.area;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.Editing.asEditor;
import static uk.goodpractice.directory.Editing.asNonEditor;
import static uk.goodpractice.directory.Editing.audit;
import static uk.goodpractice.directory.Editing.etag;
import static uk.goodpractice.directory.Editing.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;

/**
 * Editing areas: roles, If-Match, validation, the parent tree, deleting only what nothing uses,
 * what the public sees and the audit trail. Each test creates its own areas.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class AreaEditingTest {

    private static final String LIST = "/api/v1/areas";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @BeforeEach
    void accounts() {
        Editing.accounts();
    }

    /** Creates a local authority within {@code parent} (or none); returns its slug. */
    private static String area(String parent) {
        String slug = unique("test-area");
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Test Council\",\"type\":\"LOCAL_AUTHORITY\""
                        + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}")
                .post(LIST).then().statusCode(201);
        return slug;
    }

    @Test
    void editor_creates201WithLocationAndETag_andThePublicSeesIt() {
        String slug = unique("wigan");
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Wigan Council\",\"type\":\"LOCAL_AUTHORITY\",\"parent\":\"greater-manchester\"}")
                .post(LIST).then().statusCode(201)
                .header("Location", containsString(LIST + "/" + slug))
                .header("ETag", equalTo("\"v0\""))
                .body("slug", equalTo(slug))
                .body("type", equalTo("LOCAL_AUTHORITY"))
                .body("parent", equalTo("greater-manchester"))
                .body("version", equalTo(0));
        api().get(LIST + "/" + slug).then().statusCode(200)
                .body("name", equalTo("Wigan Council"))
                .body("parent.slug", equalTo("greater-manchester"));
        api().queryParam("parent", "greater-manchester").get(LIST).then().statusCode(200).body("results.slug", hasItem(slug));
    }

    @Test
    void anonymous_returns401_andNonEditor_returns403() {
        String body = "{\"slug\":\"nowhere\",\"name\":\"Nowhere\",\"type\":\"REGION\"}";
        api().contentType("application/json").body(body).post(LIST).then().statusCode(401).contentType("application/problem+json");
        asNonEditor().contentType("application/json").body(body).post(LIST).then().statusCode(403).contentType("application/problem+json");
        api().get(LIST + "/salford/editable").then().statusCode(401);
        asNonEditor().get(LIST + "/salford/editable").then().statusCode(403);
        asNonEditor().header("If-Match", "\"v0\"").delete(LIST + "/salford").then().statusCode(403);
        api().get(LIST + "/nowhere").then().statusCode(404);
    }

    @Test
    void existingSlug_returns409() {
        asEditor().contentType("application/json").body("{\"slug\":\"salford\",\"name\":\"Again\",\"type\":\"LOCAL_AUTHORITY\"}")
                .post(LIST).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidFields_return400() {
        asEditor().contentType("application/json").body("{\"slug\":\"Bad Slug\",\"name\":\"\"}")
                .post(LIST).then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/name", "/slug", "/type")));
        asEditor().contentType("application/json").body("{\"slug\":\"a-county\",\"name\":\"A\",\"type\":\"COUNTY\"}")
                .post(LIST).then().statusCode(400).contentType("application/problem+json");
        asEditor().contentType("application/json").body("{\"slug\":\"a-county\",\"name\":\"A\",\"type\":\"REGION\",\"parent\":\"atlantis\"}")
                .post(LIST).then().statusCode(400).body("errors[0].pointer", equalTo("/parent"));
        asEditor().get(LIST + "/a-county/editable").then().statusCode(404);
        asEditor().contentType("text/plain").body("x").post(LIST).then().statusCode(415);
    }

    @Test
    void editable_givesTheShapeAndETag() {
        String slug = area("north-west");
        asEditor().get(LIST + "/" + slug + "/editable").then().statusCode(200)
                .header("ETag", equalTo("\"v0\""))
                .body("name", equalTo("Test Council"))
                .body("parent", equalTo("north-west"))
                .body("deletedAt", nullValue());
    }

    @Test
    void putAndPatch_changeTheArea_andAnAbsentParentMakesItTopLevel() {
        String slug = area("north-west");
        asEditor().contentType("application/json").header("If-Match", "\"v0\"")
                .body("{\"name\":\"Test Combined Authority\",\"type\":\"COMBINED_AUTHORITY\"}")
                .put(LIST + "/" + slug).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("type", equalTo("COMBINED_AUTHORITY"))
                .body("parent", nullValue());
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"parent\":\"north-west\"}")
                .patch(LIST + "/" + slug).then().statusCode(200)
                .header("ETag", equalTo("\"v2\""))
                .body("name", equalTo("Test Combined Authority"))
                .body("parent", equalTo("north-west"));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v2\"").body("{\"name\":null}")
                .patch(LIST + "/" + slug).then().statusCode(400).body("errors[0].pointer", equalTo("/name"));
    }

    @Test
    void aParentWithinTheAreaItself_returns400() {
        String top = area(null);
        String middle = area(top);
        String bottom = area(middle);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"parent\":\"" + bottom + "\"}")
                .patch(LIST + "/" + top).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/parent"))
                .body("errors[0].message", containsString(bottom));
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"parent\":\"" + top + "\"}")
                .patch(LIST + "/" + top).then().statusCode(400).body("errors[0].pointer", equalTo("/parent"));
        asEditor().get(LIST + "/" + top + "/editable").then().header("ETag", equalTo("\"v0\"")).body("parent", nullValue());
    }

    @Test
    void changesWithoutIfMatch_return428_andStaleOnes412WithTheCurrentETag() {
        String slug = area(null);
        asEditor().contentType(MERGE_PATCH).body("{\"name\":\"x\"}").patch(LIST + "/" + slug).then().statusCode(428)
                .contentType("application/problem+json");
        asEditor().delete(LIST + "/" + slug).then().statusCode(428);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"name\":\"First\"}").patch(LIST + "/" + slug).then().statusCode(200);
        asEditor().contentType("application/json").header("If-Match", "\"v0\"").body("{\"name\":\"Second\",\"type\":\"REGION\"}")
                .put(LIST + "/" + slug).then().statusCode(412).header("ETag", equalTo("\"v1\""));
        asEditor().get(LIST + "/" + slug + "/editable").then().body("name", equalTo("First"));
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/nowhere-at-all").then().statusCode(404);
    }

    @Test
    void delete_hidesItFromPublicReads_andRestoreBringsItBack() {
        String parent = area(null);
        String slug = area(parent);
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/" + slug).then().statusCode(204);
        api().get(LIST + "/" + slug).then().statusCode(404).contentType("application/problem+json");
        api().get(LIST + "/" + parent).then().statusCode(200).body("children.slug", not(hasItem(slug)));
        api().queryParam("parent", parent).get(LIST).then().statusCode(200).body("paging.totalResults", equalTo(0));
        api().queryParam("parent", slug).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("parent"));
        api().queryParam("area", slug).get("/api/v1/area-contacts").then().statusCode(400).body("errors[0].parameter", equalTo("area"));
        asEditor().get(LIST + "/" + slug + "/editable").then().statusCode(200).body("deletedAt", notNullValue());

        asEditor().header("If-Match", "\"v1\"").post(LIST + "/" + slug + "/restore").then().statusCode(200)
                .header("ETag", equalTo("\"v2\"")).body("deletedAt", nullValue());
        api().get(LIST + "/" + slug).then().statusCode(200);
        api().queryParam("parent", parent).get(LIST).then().statusCode(200).body("results.slug", equalTo(List.of(slug)));
        asEditor().header("If-Match", "\"v2\"").post(LIST + "/" + slug + "/restore").then().statusCode(409);
    }

    @Test
    void anAreaInUse_cannotBeDeleted_409NamesWhatUsesIt() {
        asEditor().header("If-Match", etag(LIST + "/salford/editable")).delete(LIST + "/salford").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("salford-strengthening-families"))
                .body("detail", containsString("joe-garraway"));
        String parent = area(null);
        String child = area(parent);
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/" + parent).then().statusCode(409)
                .body("detail", containsString(child));
        api().get(LIST + "/" + parent).then().statusCode(200);
        audit("area", parent).then().body("results.action", equalTo(List.of("CREATE")));
    }

    @Test
    void anAreaWithinADeletedOne_cannotBeRestored() {
        String parent = area(null);
        String child = area(parent);
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/" + child).then().statusCode(204);
        asEditor().header("If-Match", "\"v0\"").delete(LIST + "/" + parent).then().statusCode(204);
        asEditor().header("If-Match", "\"v1\"").post(LIST + "/" + child + "/restore").then().statusCode(409)
                .body("detail", containsString(parent));
        asEditor().contentType("application/json").body("{\"slug\":\"" + unique("x") + "\",\"name\":\"X\",\"type\":\"REGION\",\"parent\":\"" + parent + "\"}")
                .post(LIST).then().statusCode(400).body("errors[0].pointer", equalTo("/parent"));
    }

    @Test
    void renamingAnArea_changesTheETagOfInitiativesThatShowIt() {
        String slug = area(null);
        String initiative = Editing.draftInitiative();
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + unique("contact") + "\",\"name\":\"A Contact\",\"edition\":\"salford-strengthening-families-handbook\","
                        + "\"areas\":[\"" + slug + "\"],\"initiatives\":[\"" + initiative + "\"]}")
                .post("/api/v1/area-contacts").then().statusCode(201);
        String before = etag("/api/v1/initiatives/" + initiative);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"parent\":\"north-west\"}").patch(LIST + "/" + slug)
                .then().statusCode(200);
        assertEquals(before, etag("/api/v1/initiatives/" + initiative), "a new parent is not shown by the initiative");
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v1\"").body("{\"name\":\"Renamed Council\"}").patch(LIST + "/" + slug)
                .then().statusCode(200);
        assertNotEquals(before, etag("/api/v1/initiatives/" + initiative), "the initiative shows its contact's area's name");
    }

    @Test
    void everyChange_isAuditedWithWhoWhatBeforeAndAfter() {
        String slug = area(null);
        asEditor().contentType(MERGE_PATCH).header("If-Match", "\"v0\"").body("{\"name\":\"Renamed\"}").patch(LIST + "/" + slug).then().statusCode(200);
        asEditor().header("If-Match", "\"v1\"").delete(LIST + "/" + slug).then().statusCode(204);
        asEditor().header("If-Match", "\"v2\"").post(LIST + "/" + slug + "/restore").then().statusCode(200);
        audit("area", slug).then().statusCode(200)
                .body("results.action", equalTo(List.of("RESTORE", "DELETE", "UPDATE", "CREATE")))
                .body("results.actor", equalTo(List.of(Editing.EDITOR, Editing.EDITOR, Editing.EDITOR, Editing.EDITOR)))
                .body("results[1].after.deletedAt", notNullValue())
                .body("results[2].before.name", equalTo("Test Council"))
                .body("results[2].after.name", equalTo("Renamed"))
                .body("results[3].before", nullValue())
                .body("results[3].after.type", equalTo("LOCAL_AUTHORITY"));
    }
}
