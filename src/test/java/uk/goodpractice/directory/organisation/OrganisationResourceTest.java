package uk.goodpractice.directory.organisation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void q_findsOrganisationsByName_andTheirSlugsFilterInitiatives() {
        String slug = api().queryParam("q", "rights group").get("/api/v1/organisations").then().statusCode(200)
                .body("results.name", hasItem("Family Rights Group"))
                .extract().path("results[0].slug");
        api().queryParam("organisation", slug).get("/api/v1/initiatives").then().statusCode(200)
                .body("results.slug", hasItem("lifelong-links"));
    }

    @Test
    void tooLongQ_returns400() {
        api().queryParam("q", "x".repeat(201)).get("/api/v1/organisations").then().statusCode(400)
                .body("errors[0].parameter", equalTo("q"));
    }
}
