package uk.goodpractice.directory.account;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Arrays;

/**
 * A small OpenID Connect provider running in the test, standing in for the organisation's (e.g.
 * Microsoft Entra ID): discovery, its signing key, a sign-in page with a form, and the token endpoint
 * of the authorization code flow. Quarkus's OIDC extension talks to it over real HTTP exactly as it
 * would to the real one; nothing in the extension is stubbed.
 */
public class OidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "good-practice-directory";
    static final String CLIENT_SECRET = "a-client-secret-for-tests-only-0123456789";
    static final String REALM = "/tenant";

    /** The provider's people: password and groups (Entra group claims are ids; names here). */
    static final Map<String, Map.Entry<String, List<String>>> PEOPLE = Map.of(
            "sso.editor@example.gov.uk", Map.entry("editor-at-provider", List.of("gpd-editors", "all-staff")),
            "sso.admin@example.gov.uk", Map.entry("admin-at-provider", List.of("gpd-admins")),
            "sso.reader@example.gov.uk", Map.entry("reader-at-provider", List.of("all-staff")));

    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private HttpServer server;
    private KeyPair keys;
    private String issuer;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
        server.createContext(REALM + "/.well-known/openid-configuration", this::discovery);
        server.createContext(REALM + "/keys", this::keys);
        server.createContext(REALM + "/authorize", this::authorize);
        server.createContext(REALM + "/token", this::token);
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("directory.oidc.enabled", "true");
        config.put("quarkus.oidc.auth-server-url", issuer);
        config.put("quarkus.oidc.client-id", CLIENT_ID);
        config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        config.put("quarkus.oidc.roles.role-claim-path", "groups");
        config.put("directory.oidc.editor-roles", "gpd-editors");
        config.put("directory.oidc.admin-roles", "gpd-admins");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        json(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/keys\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"scopes_supported\":[\"openid\",\"profile\"]}");
    }

    private void keys(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        json(exchange, 200, "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"provider-key\",\"n\":\""
                + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}");
    }

    /** GET: the provider's sign-in page; POST: its form, which sends the browser back with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
                html(exchange, 400, "<p>Unknown client or response type</p>");
                return;
            }
            StringBuilder page = new StringBuilder("<form method=\"post\" action=\"" + REALM + "/authorize\">");
            for (String field : List.of("redirect_uri", "state", "nonce")) {
                if (query.get(field) != null) {
                    page.append("<input type=\"hidden\" name=\"").append(field).append("\" value=\"").append(query.get(field)).append("\">");
                }
            }
            html(exchange, 200, page.append("<input name=\"username\"><input name=\"password\" type=\"password\"></form>").toString());
            return;
        }
        Map<String, String> posted = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var person = PEOPLE.get(posted.get("username"));
        if (person == null || !person.getKey().equals(posted.get("password"))) {
            html(exchange, 200, "<p>Wrong username or password</p>");
            return;
        }
        String code = UUID.randomUUID().toString();
        Map<String, String> grant = new HashMap<>(posted);
        codes.put(code, grant);
        exchange.getResponseHeaders().add("Location", posted.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(posted.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> posted = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        boolean clientOk = expected.equals(basic) || CLIENT_ID.equals(posted.get("client_id")) && CLIENT_SECRET.equals(posted.get("client_secret"));
        Map<String, String> grant = codes.remove(posted.getOrDefault("code", ""));
        if (!clientOk || grant == null || !"authorization_code".equals(posted.get("grant_type"))
                || !grant.get("redirect_uri").equals(posted.get("redirect_uri"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        String username = grant.get("username");
        var claims = Jwt.issuer(issuer).audience(CLIENT_ID).subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .claim("preferred_username", username).claim("groups", PEOPLE.get(username).getValue())
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        if (grant.get("nonce") != null) {
            claims.claim("nonce", grant.get("nonce"));
        }
        String idToken = claims.jws().keyId("provider-key").sign(keys.getPrivate());
        json(exchange, 200, "{\"access_token\":\"opaque-" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                + "\"id_token\":\"" + idToken + "\"}");
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", "<!doctype html><title>Sign in</title>" + body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
