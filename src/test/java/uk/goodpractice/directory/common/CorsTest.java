package uk.goodpractice.directory.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Another site's pages may read the public API (any origin, no credentials), but may neither write
 * nor read what needs a role: those answers carry no CORS headers, so the browser keeps them from the page.
 */
@QuarkusTest
class CorsTest {

    static final String OTHER_SITE = "https://council.example.org";

    @Nested
    class PublicReads {

        @Test
        void anyOrigin_mayReadTheList_andSeeItsETagAndLinkHeaders() {
            api().header("Origin", OTHER_SITE).get("/api/v1/initiatives").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo("*"))
                    .header("Access-Control-Allow-Credentials", nullValue())
                    .header("Access-Control-Expose-Headers", containsString("ETag"))
                    .header("Access-Control-Expose-Headers", containsString("Link"));
        }

        @Test
        void theHeaderIsTheSameWithoutOrigin_soACacheNeedsNoVaryOrigin() {
            api().get("/api/v1/delay-drivers").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo("*"));
        }

        @Test
        void headAndNotModifiedAndProblems_areReadableToo() {
            api().header("Origin", OTHER_SITE).head("/api/v1/editions").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo("*"));
            String etag = api().get("/api/v1/initiatives/lifelong-links").then().statusCode(200).extract().header("ETag");
            api().header("Origin", OTHER_SITE).header("If-None-Match", etag).get("/api/v1/initiatives/lifelong-links")
                    .then().statusCode(304).header("Access-Control-Allow-Origin", equalTo("*"));
            api().header("Origin", OTHER_SITE).get("/api/v1/initiatives/no-such-initiative").then().statusCode(404)
                    .contentType("application/problem+json").header("Access-Control-Allow-Origin", equalTo("*"));
        }

        @Test
        void aPreflightForAConditionalRead_isAllowed() {
            given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "if-none-match")
                    .options("/api/v1/initiatives").then().statusCode(204)
                    .header("Access-Control-Allow-Origin", equalTo("*"))
                    .header("Access-Control-Allow-Methods", equalTo("GET, HEAD"))
                    .header("Access-Control-Allow-Headers", equalTo("if-none-match"))
                    .header("Access-Control-Allow-Credentials", nullValue());
        }
    }

    @Nested
    class NotOffered {

        @Test
        void aPreflightForAWrite_getsNoCorsHeaders() {
            given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "content-type, if-match")
                    .options("/api/v1/initiatives/lifelong-links").then()
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Methods", nullValue());
        }

        @Test
        void aPreflightForACredentialedRead_getsNoCorsHeaders() {
            given().header("Origin", OTHER_SITE).header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "authorization")
                    .options("/api/v1/me").then()
                    .header("Access-Control-Allow-Origin", nullValue());
        }

        @Test
        void aWrite_getsNoCorsHeaders() {
            api().header("Origin", OTHER_SITE).contentType("application/json").body("{}")
                    .post("/api/v1/suggestions").then().statusCode(400)
                    .header("Access-Control-Allow-Origin", nullValue());
        }

        @Test
        void aReadThatNeedsARole_getsNoCorsHeaders() {
            api().header("Origin", OTHER_SITE).get("/api/v1/me").then().statusCode(401)
                    .header("Access-Control-Allow-Origin", nullValue());
            api().header("Origin", OTHER_SITE).auth().preemptive().basic("test-admin", "test-admin-password")
                    .get("/api/v1/accounts").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", nullValue());
        }

        @Test
        void pagesAndDocumentationOutsideTheApi_areNotAffected() {
            given().header("Origin", OTHER_SITE).get("/q/health").then()
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }
}
