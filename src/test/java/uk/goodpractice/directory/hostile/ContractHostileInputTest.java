package uk.goodpractice.directory.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.Api;
import uk.goodpractice.directory.Editing;
import uk.goodpractice.directory.EditingProfile;
import uk.goodpractice.directory.common.QueryLimits;

/**
 * Every operation and parameter of {@code openapi/openapi.yaml}, read from the file so that a new
 * endpoint is covered without touching this test, is sent hostile values: wrong types, huge lengths,
 * unicode, metacharacters, numbers out of range, repeated parameters, deep nesting and wrong media
 * types, signed in as an editor where the operation is secured. No answer may be a 5xx; every error
 * is problem+json naming no Java class, SQL or stack frame; and each comes within a generous bound
 * (a hang detector, not a speed test).
 *
 * <p>Path parameters are never real records, so nothing here changes the data other tests read.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class ContractHostileInputTest {

    private static final long BOUND_MILLIS = 30_000;
    private static final Pattern LEAK = Pattern.compile(
            "uk\\.goodpractice|java\\.|jakarta\\.|org\\.hibernate|org\\.h2|io\\.quarkus|io\\.vertx|com\\.fasterxml|Exception|\\bat [a-z]+\\.[a-z]+"
                    + "|SQL|select .* from|insert into|syntax error");
    /** Sign-in (form authentication) belongs to the security work: its body handling is tested there. */
    private static final Set<String> BODY_NOT_OURS = Set.of("POST /j_security_check");
    private static final List<String> STRINGS = List.of("", "x".repeat(5_000), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ \u202e\u0301 ﷽", "' OR '1'='1' --",
            "<script>alert(1)</script>", "../../../../etc/passwd", "%_\\", "${jndi:ldap://127.0.0.1/a}", "-1", "2147483648",
            "1e309", "NaN", "[]", "\t\r\n");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private Map<String, String> session;
    private String csrf;

    /** The editor signs in as the web pages do: a session cookie costs no password check per request, as HTTP Basic would. */
    @BeforeEach
    void signIn() {
        Editing.accounts();
        Response signIn = given().contentType("application/x-www-form-urlencoded").formParam("j_username", Editing.EDITOR)
                .formParam("j_password", "editor-password-123").post("/j_security_check");
        signIn.then().statusCode(200);
        session = signIn.getCookies();
        csrf = given().cookies(session).get("/api/v1/me").then().statusCode(200).extract().path("csrfToken");
    }

    @Test
    void everyOperationAndParameter_survivesHostileValues() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    attack(contract, op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue());
                }
            }
        }
        assertTrue(requests > 500, "the walk sent " + requests + " requests");
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " hostile requests were mishandled:\n"
                + String.join("\n", failures.subList(0, Math.min(failures.size(), 60))));
    }

    private void attack(JsonNode contract, String method, String template, JsonNode op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(p -> parameters.add(resolve(contract, p)));
        boolean secured = op.has("security") && !op.path("security").isEmpty();
        String wellFormedPath = template.replaceAll("\\{[^}]+}", "no-such-record");

        // each path parameter
        for (JsonNode p : parameters) {
            if ("path".equals(p.path("in").asText())) {
                for (String value : valuesFor(p)) {
                    send(method, template, secured, template.replace("{" + p.path("name").asText() + "}", encode(value))
                            .replaceAll("\\{[^}]+}", "no-such-record"), null, null, Map.of());
                }
            }
        }
        // each query parameter: hostile values, and repeated past the cap
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            if ("query".equals(p.path("in").asText())) {
                for (String value : valuesFor(p)) {
                    send(method, template, secured, wellFormedPath + "?" + encode(name) + "=" + encode(value), null, null, Map.of());
                }
                StringBuilder repeated = new StringBuilder(wellFormedPath).append('?');
                for (int i = 0; i <= QueryLimits.MAX_VALUES; i++) {
                    repeated.append(encode(name)).append("=v").append(i).append('&');
                }
                send(method, template, secured, repeated.toString(), null, null, Map.of());
            } else if ("header".equals(p.path("in").asText())) {
                for (String value : List.of("\"v999999999999999999999\"", "W/\"v1\"", "*", "x".repeat(10_000), "\"v-1\", \"v1\"", "")) {
                    send(method, template, secured, wellFormedPath, null, null, Map.of(name, value));
                }
            }
        }
        // unknown and nonsense parameters, and an Accept nobody serves
        send(method, template, secured, wellFormedPath + "?page=0&pageSize=101&unknown=%00", null, null, Map.of());
        send(method, template, secured, wellFormedPath, null, null, Map.of("Accept", "application/xml"));

        JsonNode body = op.path("requestBody").path("content");
        if (body.isMissingNode() || BODY_NOT_OURS.contains(method + " " + template)) {
            return;
        }
        String mediaType = body.fieldNames().next();
        JsonNode schema = resolve(contract, body.path(mediaType).path("schema"));
        JsonNode valid = skeleton(contract, schema, 0);
        // wrong media types
        for (String wrong : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            send(method, template, secured, wellFormedPath, wrong, valid.toString(), Map.of());
        }
        // malformed and deeply nested bodies
        for (String raw : List.of("", "null", "[]", "{", "12345", "{\"a\":1,\"a\":2}", "[".repeat(100_000),
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "\u0000", "{\"title\":\"\\ud800\"}")) {
            send(method, template, secured, wellFormedPath, mediaType, raw, Map.of());
        }
        // each field given the wrong type or a hostile value
        if (valid instanceof ObjectNode object) {
            for (Iterator<String> fields = object.fieldNames(); fields.hasNext();) {
                String field = fields.next();
                for (JsonNode hostile : List.<JsonNode>of(JsonNodeFactory.instance.objectNode().put("deep", 1),
                        JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.nullNode()), JsonNodeFactory.instance.textNode("y".repeat(300_000)),
                        JsonNodeFactory.instance.textNode("𝔘 <script>' OR 1=1 -- %_ ${x}"),
                        JsonNodeFactory.instance.numberNode(new java.math.BigInteger("99999999999999999999999999")))) {
                    ObjectNode mutated = object.deepCopy();
                    mutated.set(field, hostile);
                    send(method, template, secured, wellFormedPath, mediaType, mutated.toString(), Map.of());
                }
            }
        }
    }

    private static List<String> valuesFor(JsonNode parameter) {
        List<String> values = new ArrayList<>(STRINGS);
        String type = parameter.path("schema").path("type").asText();
        if ("integer".equals(type) || "number".equals(type)) {
            values.addAll(List.of("-2147483649", "9223372036854775808", "0x10", "1.5", "٣"));
        }
        return values;
    }

    private void send(String method, String template, boolean secured, String target, String contentType, String body, Map<String, String> headers) {
        requests++;
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", (int) BOUND_MILLIS).setParam("http.connection.timeout", 5_000)))
                .header("X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
        if (secured) {
            request = request.cookies(session);
            if (!headers.containsKey("X-CSRF-Token")) {
                request = request.header("X-CSRF-Token", csrf);
            }
        }
        if (!headers.containsKey("Accept")) {
            request = request.accept("application/json");
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            request = request.header(h.getKey(), h.getValue());
        }
        if (contentType != null) {
            // REST Assured encodes a form itself and takes it only as text
            request = contentType.startsWith("application/x-www-form-urlencoded") ? request.contentType(contentType).body(body)
                    : request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        String what = method + " " + template + " -> " + abbreviate(target) + (contentType == null ? "" : " [" + contentType + "] " + abbreviate(body))
                + (headers.isEmpty() ? "" : " " + abbreviate(headers.toString()));
        long started = System.nanoTime();
        Response r;
        try {
            r = request.request(method, target);
        } catch (Exception e) {
            failures.add(what + ": no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String answer = r.asString();
        if (r.statusCode() >= 500) {
            failures.add(what + ": " + r.statusCode() + " " + abbreviate(answer));
        } else if (r.statusCode() >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(what + ": " + r.statusCode() + " as " + r.contentType() + ", not problem+json: " + abbreviate(answer));
        } else if (r.statusCode() >= 400 && LEAK.matcher(answer).find()) {
            failures.add(what + ": " + r.statusCode() + " names internals: " + abbreviate(answer));
        } else if (millis > BOUND_MILLIS) {
            failures.add(what + ": took " + millis + " ms");
        }
    }

    /** A value the schema accepts in shape (not necessarily in content): the base that each hostile field replaces. */
    private static JsonNode skeleton(JsonNode contract, JsonNode schema, int depth) {
        schema = resolve(contract, schema);
        if (schema.has("allOf")) {
            return skeleton(contract, schema.path("allOf").get(0), depth);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        switch (schema.path("type").asText("object")) {
            case "string":
                return JsonNodeFactory.instance.textNode("hostile-walk-" + ThreadLocalRandom.current().nextInt(1_000_000));
            case "integer":
            case "number":
                return JsonNodeFactory.instance.numberNode(1);
            case "boolean":
                return JsonNodeFactory.instance.booleanNode(false);
            case "array":
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                if (depth < 3) {
                    array.add(skeleton(contract, schema.path("items"), depth + 1));
                }
                return array;
            default:
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), skeleton(contract, p.getValue(), depth + 1)));
                }
                return object;
        }
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        while (node.has("$ref")) {
            JsonNode target = contract;
            for (String part : node.path("$ref").asText().substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            node = target;
        }
        return node;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
    }
}
