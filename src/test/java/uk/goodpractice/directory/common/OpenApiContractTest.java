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
}
