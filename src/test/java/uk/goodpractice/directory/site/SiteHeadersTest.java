package uk.goodpractice.directory.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The headers every answer carries, how long the pages' files may be cached, and the files search engines read. */
@QuarkusTest
class SiteHeadersTest {

    static String hashedScript() {
        Matcher m = Pattern.compile("/assets/index-[A-Za-z0-9_-]{8}\\.js").matcher(given().get("/").then().statusCode(200).extract().asString());
        assertTrue(m.find(), "index.html loads a content-hashed script");
        return m.group();
    }

    @Nested
    class SecurityHeaders {

        @Test
        void pages_haveAPolicyWithoutInlineScripts_noSniffing_aReferrerPolicy_andNoFraming() {
            given().get("/initiatives/lifelong-links").then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Content-Security-Policy", allOf(containsString("script-src 'self' 'sha256-"), not(matchesRegex(".*script-src[^;]*unsafe-inline.*")),
                            containsString("frame-ancestors 'none'"), containsString("object-src 'none'")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Strict-Transport-Security", nullValue());
        }

        @Test
        void thePagesPolicy_allowsScriptsOnlyFromTheSiteAndTheHashOfIndexHtmlsOneInlineLine() throws Exception {
            String policy = ConfigProvider.getConfig().getValue("directory.site.content-security-policy", String.class);
            String scriptSrc = policy.split("script-src ")[1].split(";")[0];
            String html = Files.readString(Path.of("frontend", "index.html"));
            Matcher inline = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
            assertTrue(inline.find(), "index.html has its one inline script");
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));
            assertTrue(scriptSrc.equals("'self' 'sha256-" + hash + "'"),
                    "script-src must be exactly 'self' and the hash of index.html's inline script ('sha256-" + hash + "'), was: " + scriptSrc);
        }

        @Test
        void theApiAndItsErrors_carryThemToo() {
            given().get("/api/v1/initiatives").then().statusCode(200)
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Cache-Control", equalTo("public, max-age=60, must-revalidate"));
            given().get("/api/v1/initiatives/no-such-thing").then().statusCode(404)
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }

        @Test
        void swaggerUi_mayRunItsInlineStartScript_butNotBeFramed() {
            given().get("/q/swagger-ui/").then().statusCode(200)
                    .header("Content-Security-Policy", allOf(containsString("script-src 'self' 'unsafe-inline'"), containsString("frame-ancestors 'none'")));
        }

        @Test
        void overHttps_strictTransportSecurity() {
            // the tests trust X-Forwarded-Proto, as a service behind a TLS proxy is told to
            given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                    .header("Strict-Transport-Security", equalTo("max-age=31536000"));
        }
    }

    @Nested
    class Caching {

        @Test
        void indexHtmlAndConfigJs_mustBeRevalidated() {
            given().get("/").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
            given().get("/editions/good-practice-guide-edition-4").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
            given().get("/config.js").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        }

        @Test
        void contentHashedAssets_areImmutable() {
            given().get(hashedScript()).then().statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                    .contentType(containsString("javascript"));
        }

        @Test
        void anUnknownAssetOrFile_is404_notThePagesHtml() {
            given().get("/assets/nope.js").then().statusCode(404)
                    .contentType(containsString("application/problem+json"))
                    .header("Cache-Control", not(containsString("immutable")));
            given().get("/assets/index-AAAAAAAA.js").then().statusCode(404);
            given().get("/favicon.ico").then().statusCode(404);
            given().get("/wp-login.php").then().statusCode(404);
        }

        @Test
        void pagesOfTheApp_stillAnswerWithTheApp() {
            given().get("/initiatives/lifelong-links").then().statusCode(200).contentType(containsString("text/html"));
            given().get("/editing/editions/new").then().statusCode(200).contentType(containsString("text/html"));
            given().get("/editing/accounts/a.editor").then().statusCode(200).contentType(containsString("text/html"));
        }

        @Test
        void scriptsAndJsonAreCompressedForClientsThatAsk() {
            RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
            given().config(raw).header("Accept-Encoding", "gzip").get(hashedScript()).then().statusCode(200)
                    .header("Content-Encoding", equalTo("gzip"));
            given().config(raw).header("Accept-Encoding", "gzip").get("/api/v1/initiatives").then().statusCode(200)
                    .header("Content-Encoding", equalTo("gzip"));
            given().config(raw).get("/api/v1/initiatives").then().statusCode(200)
                    .header("Content-Encoding", nullValue());
        }
    }

    @Nested
    class SearchEngines {

        @Test
        void robotsTxt_pointsAtTheSitemap_andKeepsOutTheEditorsPages() {
            given().get("/robots.txt").then().statusCode(200)
                    .contentType(startsWith("text/plain"))
                    .body(allOf(containsString("User-agent: *"), containsString("Disallow: /editing"),
                            containsString("Sitemap: http://localhost:"), containsString("/sitemap.xml")));
        }

        @Test
        void sitemap_listsThePublicPages_everyPublishedEditionAndInitiative() {
            given().get("/sitemap.xml").then().statusCode(200)
                    .contentType(startsWith("application/xml"))
                    .body(allOf(containsString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"),
                            containsString("/matrix</loc>"),
                            containsString("/editions/good-practice-guide-edition-4</loc>"),
                            containsString("/initiatives/lifelong-links</loc>"),
                            not(containsString("/editing"))));
            String xml = given().get("/sitemap.xml").then().extract().asString();
            long initiatives = Pattern.compile("/initiatives/[a-z0-9-]+</loc>").matcher(xml).results().count();
            long listed = given().get("/api/v1/initiatives").then().extract().jsonPath().getLong("paging.totalResults");
            assertTrue(initiatives == listed, "one entry per published initiative: " + initiatives + " of " + listed);
        }
    }
}
