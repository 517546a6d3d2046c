package uk.goodpractice.directory.common;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Mirrors can revalidate cheaply: reads carry an ETag and answer If-None-Match with 304. */
@QuarkusTest
class HttpCachingTest {

    @Test
    void read_carriesAnETag_andTheSameTagGets304WithNoBody() {
        Response read = api().get("/api/v1/initiatives/lifelong-links").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60, must-revalidate"))
                .extract().response();
        String etag = read.header("ETag");
        assertEquals(HttpCaching.etag(read.asByteArray()), etag, "the tag is the hash of exactly the bytes served");
        api().header("If-None-Match", etag).get("/api/v1/initiatives/lifelong-links").then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @Test
    void aStaleTag_getsTheFullBody() {
        String current = api().get("/api/v1/initiatives/lifelong-links").then().statusCode(200).extract().header("ETag");
        api().header("If-None-Match", "\"not-the-current-tag\"").get("/api/v1/initiatives/lifelong-links").then().statusCode(200)
                .header("ETag", equalTo(current))
                .body("slug", equalTo("lifelong-links"))
                .body("title", equalTo("Lifelong Links – Family Rights Group"));
    }

    @Test
    void differentAnswers_haveDifferentTags_andListsAreTaggedToo() {
        Response one = api().queryParam("page", 1).get("/api/v1/initiatives").then().statusCode(200).extract().response();
        Response two = api().queryParam("page", 2).get("/api/v1/initiatives").then().statusCode(200).extract().response();
        assertEquals(HttpCaching.etag(one.asByteArray()), one.header("ETag"), "page 1's tag is the hash of its bytes");
        assertEquals(HttpCaching.etag(two.asByteArray()), two.header("ETag"), "page 2's tag is the hash of its bytes");
        assertNotEquals(one.header("ETag"), two.header("ETag"));
        // a tag revalidates its own answer only: page 1's tag on page 2 gets page 2 whole
        api().header("If-None-Match", one.header("ETag")).queryParam("page", 2).get("/api/v1/initiatives").then().statusCode(200)
                .header("ETag", equalTo(two.header("ETag")))
                .body("paging.page", equalTo(2))
                .body("results.slug", equalTo(two.path("results.slug")));
        api().header("If-None-Match", two.header("ETag")).queryParam("page", 2).get("/api/v1/initiatives").then().statusCode(304)
                .header("ETag", equalTo(two.header("ETag")))
                .body(emptyString());
    }

    @Test
    void errors_areNeverTagged() {
        api().get("/api/v1/initiatives/no-such-initiative").then().statusCode(404).header("ETag", nullValue())
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/initiatives/no-such-initiative"));
        api().queryParam("pageSize", 0).get("/api/v1/initiatives").then().statusCode(400)
                .header("ETag", nullValue())
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].parameter", equalTo("pageSize"));
    }
}
