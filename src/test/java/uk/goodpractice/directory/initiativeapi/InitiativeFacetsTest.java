package uk.goodpractice.directory.initiativeapi;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facet counts beside a page of initiatives: each count is what adding that value to the filters finds. */
@QuarkusTest
class InitiativeFacetsTest {

    private static final String LIST = "/api/v1/initiatives";

    private static int total(RequestSpecification request) {
        return request.get(LIST).then().statusCode(200).extract().path("paging.totalResults");
    }

    @Test
    void withoutFilters_eachDriversCountIsWhatFilteringByItFinds() {
        JsonPath page = api().queryParam("facets", "driver,edition,area,theme,organisation").get(LIST).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> drivers = page.getList("facets.driver");
        List<String> all = api().get("/api/v1/delay-drivers").then().statusCode(200).extract().jsonPath().getList("results.slug");
        for (String slug : all) {
            // a driver nothing is mapped to is left out
            if (drivers.stream().noneMatch(d -> d.get("value").equals(slug))) {
                assertEquals(0, total(api().queryParam("driver", slug)), slug);
            }
        }
        assertEquals(all.stream().filter(slug -> drivers.stream().anyMatch(d -> d.get("value").equals(slug))).toList(),
                drivers.stream().map(d -> d.get("value")).toList(), "matrix order");
        for (Map<String, Object> d : drivers) {
            assertEquals(total(api().queryParam("driver", d.get("value"))), d.get("count"), d.toString());
            assertFalse(d.get("label").toString().isBlank());
        }
        for (String facet : List.of("edition", "area", "theme", "organisation")) {
            Map<String, Object> first = page.getMap("facets." + facet + "[0]");
            assertEquals(total(api().queryParam(facet, first.get("value"))), first.get("count"), facet + " " + first);
        }
    }

    @Test
    void aFacetIsCountedWithItsOwnFilterLifted_andTheOthersApplied() {
        String edition = "good-practice-guide-edition-4";
        String driver = "late-family-presentation";
        JsonPath page = api().queryParam("edition", edition).queryParam("driver", driver).queryParam("facets", "driver")
                .queryParam("facets", "edition").get(LIST).then().statusCode(200).extract().jsonPath();
        // drivers: counted within the edition (mapped in that edition), whatever driver is chosen
        for (Map<String, Object> d : page.<Map<String, Object>>getList("facets.driver")) {
            assertEquals(total(api().queryParam("edition", edition).queryParam("driver", d.get("value"))), d.get("count"), d.toString());
        }
        // editions: counted for the driver, whatever edition is chosen
        for (Map<String, Object> e : page.<Map<String, Object>>getList("facets.edition")) {
            assertEquals(total(api().queryParam("driver", driver).queryParam("edition", e.get("value"))), e.get("count"), e.toString());
        }
        assertNull(page.get("facets.area"));
    }

    @Test
    void facetsFollowTheSearch() {
        JsonPath page = api().queryParam("q", "family").queryParam("facets", "edition").get(LIST).then().statusCode(200).extract().jsonPath();
        int sum = page.<Integer>getList("facets.edition.count").stream().mapToInt(Integer::intValue).sum();
        assertTrue(sum >= page.getInt("paging.totalResults"));
        for (Map<String, Object> e : page.<Map<String, Object>>getList("facets.edition")) {
            assertEquals(total(api().queryParam("q", "family").queryParam("edition", e.get("value"))), e.get("count"));
        }
    }

    @Test
    void withoutFacets_theAnswerHasNone() {
        api().get(LIST).then().statusCode(200).body("facets", equalTo(null));
    }

    @Test
    void anUnknownFacet_is400NamingTheParameter() {
        api().queryParam("facets", "driver,colour").get(LIST).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("facets"));
    }
}
