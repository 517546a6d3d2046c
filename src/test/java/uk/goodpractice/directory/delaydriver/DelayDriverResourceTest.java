package uk.goodpractice.directory.delaydriver;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DelayDriverResourceTest {

    @Nested
    class ListDelayDrivers {

        @Test
        void tenDrivers_inMatrixOrder_withBothPrintedLabels() {
            api().get("/api/v1/delay-drivers").then().statusCode(200)
                    .body("paging.totalResults", equalTo(10))
                    .body("results.position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                    .body("results[0].label", equalTo("Late presentation of family members"))
                    .body("results[0].shortLabel", equalTo("Late family presentation"))
                    .body("results[5].label", equalTo("Use of external assessors"))
                    .body("results[5].shortLabel", equalTo("Use of external SW assessors"))
                    .body("results[6].shortLabel", equalTo("Availability and frequency of external experts usage"));
        }

        @Test
        void pageSizeOfThree_pagesThroughThem() {
            api().queryParam("pageSize", 3).queryParam("page", 4).get("/api/v1/delay-drivers").then().statusCode(200)
                    .body("results", hasSize(1))
                    .body("paging.totalPages", equalTo(4));
        }

        @Test
        void pageSizeZero_returns400() {
            api().queryParam("pageSize", 0).get("/api/v1/delay-drivers").then().statusCode(400)
                    .body("errors[0].parameter", equalTo("pageSize"));
        }
    }

    @Nested
    class GetDelayDriver {

        @Test
        void courtCapacity_listsItsInitiativesPerEdition_inPrintedOrder() {
            api().get("/api/v1/delay-drivers/court-capacity").then().statusCode(200)
                    .body("editions", hasSize(1))
                    .body("editions[0].edition.slug", equalTo("good-practice-guide-edition-4"))
                    .body("editions[0].initiatives.slug", contains("one-adoption-west-yorkshire-epp-practice-development",
                            "essex-family-hub-model", "swift-east-sussex"))
                    .body("editions[0].initiatives.provenance", everyItem(equalTo("PRINTED_MATRIX")));
        }

        @Test
        void editorialMappings_carryTheirProvenance() {
            api().get("/api/v1/delay-drivers/use-of-external-assessors").then().statusCode(200)
                    .body("editions.initiatives.flatten().provenance", hasItem("EDITORIAL"));
        }

        @Test
        void unknownSlug_returns404ProblemJson() {
            api().get("/api/v1/delay-drivers/slow-courts").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("No delay driver has the slug 'slow-courts'"));
        }
    }
}
