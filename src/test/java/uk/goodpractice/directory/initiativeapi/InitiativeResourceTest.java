package uk.goodpractice.directory.initiativeapi;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InitiativeResourceTest {

    private static final String LIST = "/api/v1/initiatives";
    /** Published initiatives whose text holds "family". */
    private static final int FAMILY_MATCHES = 55;

    @Nested
    class ListInitiatives {

        @Test
        void defaultPage_hasTwentyResultsSortedByTitleIgnoringCase_andThePagingEnvelope() {
            List<String> titles = api().get(LIST).then().statusCode(200)
                    .body("paging.page", equalTo(1))
                    .body("paging.pageSize", equalTo(20))
                    .body("paging.totalResults", equalTo(69))
                    .body("paging.totalPages", equalTo(4))
                    .body("results", hasSize(20))
                    .extract().jsonPath().getList("results.title", String.class);
            List<String> sorted = new ArrayList<>(titles);
            sorted.sort(String.CASE_INSENSITIVE_ORDER);
            assertEquals(sorted, titles);
            assertTrue(titles.indexOf("Active Agents for Change") < titles.indexOf("AI Policy Buddy – North Yorkshire"),
                    "capitals do not come first: " + titles);
        }

        @Test
        void linkHeader_givesFirstPrevNextAndLast_keepingFilters() {
            String link = api().queryParam("pageSize", 10).queryParam("page", 2).queryParam("q", "family")
                    .get(LIST).then().statusCode(200)
                    .body("paging.totalResults", equalTo(FAMILY_MATCHES))
                    .body("paging.totalPages", equalTo(6))
                    .extract().header("Link");
            // the other parameters kept as sent, then page and pageSize
            String family = RestAssured.baseURI + ":" + RestAssured.port + LIST + "?q=family";
            assertEquals("<" + family + "&page=1&pageSize=10>; rel=\"first\", "
                    + "<" + family + "&page=1&pageSize=10>; rel=\"prev\", "
                    + "<" + family + "&page=3&pageSize=10>; rel=\"next\", "
                    + "<" + family + "&page=6&pageSize=10>; rel=\"last\"", link);
        }

        @Test
        void sortMinusTitle_reversesTheOrder() {
            List<String> titles = api().queryParam("sort", "-title").queryParam("pageSize", 100).get(LIST).then().statusCode(200)
                    .extract().jsonPath().getList("results.title", String.class);
            List<String> sorted = new ArrayList<>(titles);
            sorted.sort(String.CASE_INSENSITIVE_ORDER.reversed());
            assertEquals(sorted, titles);
        }

        @Test
        void editionFilter_returnsTheInitiativesThatEditionPresents() {
            api().queryParam("edition", "good-practice-guide-edition-4").get(LIST).then().statusCode(200)
                    .body("paging.totalResults", equalTo(7))
                    .body("results.editions.slug.flatten()", everyItem(equalTo("good-practice-guide-edition-4")));
        }

        @Test
        void valuesOfOneFilter_areOred() {
            api().queryParam("edition", "good-practice-guide-edition-4").queryParam("edition", "good-practice-guide-2024-25-q2")
                    .get(LIST).then().statusCode(200).body("paging.totalResults", equalTo(14));
        }

        @Test
        void differentFilters_areAnded_andDriverMappingMustBeInTheFilteredEdition() {
            // Court capacity is ticked only in Edition 4's matrix (Q2 prints no tick in that row)
            api().queryParam("driver", "court-capacity").queryParam("edition", "good-practice-guide-2024-25-q2")
                    .get(LIST).then().statusCode(200).body("paging.totalResults", equalTo(0));
            api().queryParam("driver", "court-capacity").queryParam("edition", "good-practice-guide-edition-4")
                    .get(LIST).then().statusCode(200)
                    .body("results.slug", hasItems("essex-family-hub-model", "swift-east-sussex"))
                    .body("results.delayDrivers.slug", everyItem(hasItem("court-capacity")))
                    .body("results.editions.slug", everyItem(hasItem("good-practice-guide-edition-4")));
        }

        @Test
        void areaFilter_onARegion_includesTheAreasWithinIt() {
            List<String> inTheRegion = new ArrayList<>(api().queryParam("parent", "north-west").queryParam("pageSize", 100)
                    .get("/api/v1/areas").then().statusCode(200).extract().jsonPath().getList("results.slug", String.class));
            inTheRegion.add("north-west");
            List<List<String>> areasOfEach = api().queryParam("area", "north-west").queryParam("pageSize", 100).get(LIST).then().statusCode(200)
                    .body("results.slug", hasItems("salford-strengthening-families", "independent-assessment-hub-cheshire-and-merseyside"))
                    .body("paging.totalResults", lessThan(69))
                    .extract().jsonPath().getList("results.areas.slug");
            assertTrue(areasOfEach.stream().allMatch(areas -> areas.stream().anyMatch(inTheRegion::contains)),
                    "each is in the region or an area within it (" + inTheRegion + "): " + areasOfEach);
        }

        @Test
        void organisationFilter_matchesLeadOrPartner() {
            List<String> slugs = api().queryParam("organisation", "family-rights-group").get(LIST).then().statusCode(200)
                    .body("results.slug", hasItem("lifelong-links"))
                    .body("paging.totalResults", lessThan(69))
                    .extract().jsonPath().getList("results.slug", String.class);
            for (String slug : slugs) {
                var detail = api().get(LIST + "/" + slug).then().statusCode(200).extract().jsonPath();
                List<String> named = new ArrayList<>(detail.getList("partners.slug", String.class));
                named.add(detail.getString("leadOrganisation.slug"));
                assertTrue(named.contains("family-rights-group"), slug + " names " + named);
            }
        }

        @Test
        void themeFilter_onATheme_includesItsSections() {
            int section = api().queryParam("theme", "social-work-methodology").get(LIST).then().statusCode(200)
                    .extract().path("paging.totalResults");
            int theme = api().queryParam("theme", "rethinking-social-work").get(LIST).then().statusCode(200)
                    .extract().path("paging.totalResults");
            assertEquals(8, section);
            assertEquals(17, theme);
        }

        @Test
        void q_findsWordsInSectionText_caseInsensitively() {
            api().queryParam("q", "HOPE boxes trauma").get(LIST).then().statusCode(200)
                    .body("results.slug", hasItem("lancaster-hope-boxes"));
            api().queryParam("q", "zzzz-not-a-word").get(LIST).then().statusCode(200)
                    .body("paging.totalResults", equalTo(0)).body("paging.totalPages", equalTo(0));
        }

        @Test
        void q_treatsWildcardsLiterally() {
            // as wildcards, these would match "hope" and almost every text; no text holds them literally
            api().queryParam("q", "h_pe").get(LIST).then().statusCode(200).body("paging.totalResults", equalTo(0));
            api().queryParam("q", "%").get(LIST).then().statusCode(200).body("paging.totalResults", equalTo(0));
            api().queryParam("q", "%%_").get(LIST).then().statusCode(200).body("paging.totalResults", equalTo(0));
        }

        @Test
        void pageSizeOver100_returns400NamingTheParameter() {
            api().queryParam("pageSize", 101).get(LIST).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Invalid request parameter"))
                    .body("errors[0].parameter", equalTo("pageSize"))
                    .body("instance", equalTo(LIST));
        }

        @Test
        void pageZeroOrText_returns400() {
            api().queryParam("page", 0).get(LIST).then().statusCode(400).body("errors.parameter", hasItem("page"));
            api().queryParam("page", "two").get(LIST).then().statusCode(400).body("errors.parameter", hasItem("page"));
        }

        @Test
        void pagePastTheLast_returns400() {
            api().queryParam("page", 5).get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("page"));
        }

        @Test
        void unknownSort_returns400() {
            api().queryParam("sort", "rating").get(LIST).then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
        }

        @Test
        void unknownFilterValues_return400NamingEachParameter_notAnEmptyList() {
            api().queryParam("driver", "late-presentation").queryParam("theme", "nope").get(LIST).then().statusCode(400)
                    .body("errors.parameter", hasItems("driver", "theme"))
                    .body("detail", containsString("late-presentation"));
        }
    }

    @Nested
    class GetInitiative {

        @Test
        void knownSlug_returnsTheWholeRecord() {
            api().get(LIST + "/lancaster-hope-boxes").then().statusCode(200)
                    .body("title", equalTo("Lancaster HOPE Boxes"))
                    .body("appearances[0].matrixTitle", equalTo("Lancaster Hope Boxes"))
                    .body("appearances[0].citation.location", equalTo("Slide 10"))
                    .body("appearances[0].citation.text", containsString("Quarter 2: 2024/25"))
                    .body("appearances[0].sections.heading", hasItems("What is the initiative?", "Outcomes", "Key features"))
                    .body("appearances[0].links.title", hasItem("Giving Hope Project"))
                    .body("appearances[0].links.url", everyItem(equalTo(null)))
                    .body("delayDrivers.provenance", everyItem(equalTo("PRINTED_MATRIX")))
                    .body("delayDrivers", hasSize(4));
        }

        @Test
        void editorialMappings_areToldApartFromPrintedTicks() {
            // the Cheshire West and Chester guide prints no matrix: its three mappings are an editor's, each saying why
            api().get(LIST + "/independent-assessment-hub-cheshire-and-merseyside").then().statusCode(200)
                    .body("delayDrivers.driver.slug", containsInAnyOrder("use-of-external-assessors", "expert-assessments-usage",
                            "late-family-presentation"))
                    .body("delayDrivers.provenance", everyItem(equalTo("EDITORIAL")))
                    .body("delayDrivers.rationale", everyItem(startsWith("The Background and purpose names the challenge")))
                    .body("contacts", hasSize(2));
        }

        @Test
        void sharedInitiative_keepsEachEditionsOwnWording() {
            api().get(LIST + "/family-drug-and-alcohol-court").then().statusCode(200)
                    .body("appearances", hasSize(1))
                    .body("appearances[0].edition.slug", equalTo("innovation-programme-directory-2016"))
                    .body("announcedIn[0].edition.slug", equalTo("good-practice-guide-2024-25-q2"))
                    .body("announcedIn[0].text", startsWith("FDAC is a therapeutic"));
        }

        @Test
        void unknownSlug_returns404ProblemJson() {
            api().get(LIST + "/no-such-initiative").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"))
                    .body("status", equalTo(404))
                    .body("detail", containsString("no-such-initiative"))
                    .body("instance", equalTo(LIST + "/no-such-initiative"));
        }

        @Test
        void versionAndTimestamps_arePresentForEditing() {
            Response read = api().get(LIST + "/lifelong-links").then().statusCode(200)
                    .body("version", equalTo(1))
                    .body("status", equalTo("PUBLISHED"))
                    .extract().response();
            // never edited: the data-set load inserts each initiative, then completes it (its search text, once every
            // edition is read) in a second write, version 1; so it was last updated at, or just after, its creation
            OffsetDateTime created = OffsetDateTime.parse(read.path("createdAt"));
            OffsetDateTime updated = OffsetDateTime.parse(read.path("updatedAt"));
            assertFalse(updated.isBefore(created), "created " + created + ", updated " + updated);
            assertFalse(updated.isAfter(OffsetDateTime.now()), "updated " + updated);
        }
    }
}
