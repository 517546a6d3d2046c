package uk.goodpractice.directory.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.HashMap;
import java.util.Map;

/**
 * The committed contract is the served document. When the API changes on purpose, regenerate the file:
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.write=true}, review the diff and commit it.
 */
@QuarkusTest
class OpenApiContractTest {

    // not Api.CONTRACT: loading Api validates the file, which must still be writable when it is broken
    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocument_isTheCommittedContract() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CONTRACT, served);
        }
        JsonNode committed = YAML.readTree(CONTRACT.toFile());
        // assertTrue, not assertEquals: the two documents are too long to print usefully
        org.junit.jupiter.api.Assertions.assertTrue(committed.equals(YAML.readTree(served)),
                "The served OpenAPI document differs from openapi/openapi.yaml: regenerate it with "
                        + "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.write=true and review the diff");
    }

    @Test
    void everyOperation_hasSummaryTagParametersDocsAndErrorResponses() throws Exception {
        JsonNode doc = YAML.readTree(CONTRACT.toFile());
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            JsonNode o = op.getValue();
            assertEquals(true, o.hasNonNull("summary"), where + " has a summary");
            assertEquals(true, o.hasNonNull("tags"), where + " has a tag");
            // 303: a browser's sign-in at the organisation's provider ends by going to the home page
            assertEquals(true, o.get("responses").has("200") || o.get("responses").has("201") || o.get("responses").has("204")
                    || o.get("responses").has("303"),
                    where + " documents its success");
            for (String status : new String[] {"405", "406", "500"}) {
                assertEquals(true, o.get("responses").has(status), where + " documents " + status);
            }
            o.path("parameters").forEach(p -> assertEquals(true, p.hasNonNull("description"),
                    where + " documents parameter " + p.get("name")));
            o.get("responses").fields().forEachRemaining(r -> r.getValue().path("content").fields().forEachRemaining(c ->
                    assertEquals(true, c.getValue().has("examples") || c.getValue().has("example") || !path.getKey().startsWith("/api"),
                            where + " " + r.getKey() + " has an example")));
        }));
    }

    @Test
    void everyOperation_hasAUniqueOperationId() throws Exception {
        JsonNode doc = YAML.readTree(CONTRACT.toFile());
        Map<String, String> seen = new HashMap<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            String id = op.getValue().path("operationId").asText("");
            org.junit.jupiter.api.Assertions.assertTrue(id.matches("[a-z][A-Za-z]+"), where + " has an operationId in camelCase: '" + id + "'");
            String before = seen.put(id, where);
            org.junit.jupiter.api.Assertions.assertNull(before, id + " names both " + before + " and " + where);
        }));
        assertEquals(true, seen.size() > 50, "every operation was seen");
    }

    @Test
    void arrayParameters_haveArrayExamples_soSwaggerUiCanSendThem() throws Exception {
        eachParameter((where, p) -> {
            if (p.path("schema").path("type").asText().equals("array") && p.has("example")) {
                assertEquals(true, p.get("example").isArray(), where + " " + p.get("name") + " has an array example");
            }
        });
    }

    @Test
    void ifMatch_isRequiredWhereItsAbsenceIs428() throws Exception {
        JsonNode doc = YAML.readTree(CONTRACT.toFile());
        int[] checked = {0};
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().path("responses").has("428")) {
                JsonNode ifMatch = null;
                for (JsonNode p : op.getValue().path("parameters")) {
                    if (p.path("name").asText().equals("If-Match")) {
                        ifMatch = p;
                    }
                }
                String where = op.getKey() + " " + path.getKey();
                org.junit.jupiter.api.Assertions.assertNotNull(ifMatch, where + " declares If-Match");
                assertEquals(true, ifMatch.path("required").asBoolean(), where + " requires If-Match");
                checked[0]++;
            }
        }));
        assertEquals(true, checked[0] >= 20, "the conditional changes were found");
    }

    @Test
    void mergePatchBodies_haveTheirOwnSchemas_withNoRequiredFields() throws Exception {
        JsonNode doc = YAML.readTree(CONTRACT.toFile());
        int[] checked = {0};
        doc.get("paths").fields().forEachRemaining(path -> {
            JsonNode patch = path.getValue().path("patch");
            if (!patch.isMissingNode()) {
                String ref = patch.path("requestBody").path("content").path("application/merge-patch+json").path("schema").path("$ref").asText();
                JsonNode schema = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
                assertEquals(true, ref.endsWith("Patch"), "PATCH " + path.getKey() + " has a patch schema, not " + ref);
                assertEquals(true, schema.path("required").isMissingNode(), ref + " requires nothing");
                checked[0]++;
            }
        });
        assertEquals(true, checked[0] >= 5, "the PATCH operations were found");
    }

    private static void eachParameter(BiConsumer<String, JsonNode> check) throws Exception {
        JsonNode doc = YAML.readTree(CONTRACT.toFile());
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("parameters").forEach(p -> check.accept(op.getKey() + " " + path.getKey(), p))));
    }
}
