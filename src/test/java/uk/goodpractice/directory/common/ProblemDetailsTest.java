package uk.goodpractice.directory.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Errors that no single resource owns: method, media type, unknown path. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void wrongMethod_returns405ProblemJson() {
        api().contentType("application/json").body("{}").post("/api/v1/delay-drivers").then().statusCode(405)
                .contentType("application/problem+json")
                .body("title", equalTo("Method not allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void unsatisfiableAccept_returns406ProblemJson() {
        given().accept("text/csv").get("/api/v1/initiatives").then().statusCode(406)
                .contentType("application/problem+json")
                .body("title", equalTo("Not acceptable"))
                .body("status", equalTo(406));
    }

    @Test
    void unknownPath_returns404ProblemJson() {
        given().accept("application/json").get("/api/v1/no-such-collection").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("instance", equalTo("/api/v1/no-such-collection"));
    }

    @Test
    void errors_neverLeakStackTracesSqlOrClassNames() {
        String body = api().queryParam("q", "' or 1=1 --").queryParam("driver", "x'); drop table initiative; --")
                .get("/api/v1/initiatives").then().statusCode(400).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Exception")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("select")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("uk.goodpractice")));
        api().get("/api/v1/initiatives").then().statusCode(200);
    }

    @Test
    void healthAndSwaggerUi_areServed() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
