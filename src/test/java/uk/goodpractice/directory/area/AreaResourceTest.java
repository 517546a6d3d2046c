package uk.goodpractice.directory.area;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreaResourceTest {

    @Nested
    class ListAreas {

        @Test
        void typeFilter_returnsOnlyThatType() {
            api().queryParam("type", "REGION").get("/api/v1/areas").then().statusCode(200)
                    .body("paging.totalResults", equalTo(9))
                    .body("results.type", everyItem(equalTo("REGION")))
                    .body("results.parent.slug", everyItem(equalTo("england")));
        }

        @Test
        void parentAndName_filterTogether() {
            api().queryParam("parent", "north-west").queryParam("q", "salford").get("/api/v1/areas").then().statusCode(200)
                    .body("results", hasSize(1))
                    .body("results[0].slug", equalTo("salford"))
                    .body("results[0].initiativeCount", equalTo(1));
        }

        @Test
        void unknownType_returns400NamingTheParameter() {
            api().queryParam("type", "COUNTY").get("/api/v1/areas").then().statusCode(400)
                    .body("errors[0].parameter", equalTo("type"));
        }

        @Test
        void unknownParent_returns400() {
            api().queryParam("parent", "atlantis").get("/api/v1/areas").then().statusCode(400)
                    .body("errors[0].parameter", equalTo("parent"));
        }
    }

    @Nested
    class GetArea {

        @Test
        void salford_listsItsInitiativeAndContact() {
            api().get("/api/v1/areas/salford").then().statusCode(200)
                    .body("type", equalTo("LOCAL_AUTHORITY"))
                    .body("parent.slug", equalTo("north-west"))
                    .body("initiatives.slug", hasItem("salford-strengthening-families"))
                    .body("contacts.email", hasItem("joe.garraway@salford.gov.uk"));
        }

        @Test
        void region_listsTheAreasWithinIt() {
            api().get("/api/v1/areas/north-west").then().statusCode(200)
                    .body("children.slug", hasItem("cheshire-west-and-chester"));
        }

        @Test
        void unknownSlug_returns404ProblemJson() {
            api().get("/api/v1/areas/atlantis").then().statusCode(404).contentType("application/problem+json");
        }
    }
}
