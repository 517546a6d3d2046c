package uk.goodpractice.directory.statistics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every statistic's count is what the initiative list's filter finds, and its CSV has the same rows. */
@QuarkusTest
class StatisticsResourceTest {

    private static final String BASE = "/api/v1/statistics/";

    private static int total(String parameter, Object value) {
        return api().queryParam(parameter, value).get("/api/v1/initiatives").then().statusCode(200).extract().path("paging.totalResults");
    }

    @Test
    void perDriverPerEdition_countsWhatTheTwoFiltersFind() {
        List<Map<String, Object>> rows = api().get(BASE + "initiatives-by-driver-and-edition").then().statusCode(200)
                .extract().jsonPath().getList("rows");
        assertEquals(10 * 5, rows.size());
        for (Map<String, Object> r : rows.subList(0, 12)) {
            int found = api().queryParam("driver", r.get("driver")).queryParam("edition", r.get("edition")).get("/api/v1/initiatives")
                    .then().statusCode(200).extract().path("paging.totalResults");
            assertEquals(found, r.get("initiatives"), r.toString());
        }
    }

    @Test
    void perArea_aRegionCountsWhatFilteringByTheRegionFinds_asTheAreasListDoes() {
        List<Map<String, Object>> rows = api().get(BASE + "initiatives-by-area").then().statusCode(200).extract().jsonPath().getList("rows");
        Map<String, Object> northWest = rows.stream().filter(r -> r.get("area").equals("north-west")).findFirst().orElseThrow();
        int byFilter = total("area", "north-west");
        assertTrue(byFilter > 0);
        assertEquals(byFilter, northWest.get("initiatives"));
        int listed = api().queryParam("q", "north west").queryParam("type", "REGION").get("/api/v1/areas").then().statusCode(200)
                .extract().path("results[0].initiativeCount");
        assertEquals(byFilter, listed);
    }

    @Test
    void perTheme_countsWhatTheThemeFilterFinds() {
        List<Map<String, Object>> rows = api().get(BASE + "initiatives-by-theme").then().statusCode(200).extract().jsonPath().getList("rows");
        Map<String, Object> theme = rows.stream().filter(r -> r.get("theme").equals("rethinking-social-work")).findFirst().orElseThrow();
        assertEquals(17, theme.get("initiatives"));
        assertEquals(total("theme", "social-work-methodology"),
                rows.stream().filter(r -> r.get("theme").equals("social-work-methodology")).findFirst().orElseThrow().get("initiatives"));
    }

    @Test
    void eachStatistic_isAlsoCsvWithTheSameRows() {
        for (String name : List.of("initiatives-by-driver-and-edition", "initiatives-by-area", "initiatives-by-theme")) {
            int rows = api().get(BASE + name).then().statusCode(200).extract().jsonPath().getList("rows").size();
            String csv = api().accept("text/csv").get(BASE + name + ".csv").then().statusCode(200)
                    .contentType(startsWith("text/csv")).header("ETag", startsWith("\"")).extract().asString();
            String[] lines = csv.split("\r\n", -1);
            assertEquals(rows + 2, lines.length, name); // header, rows, and the empty string after the last CRLF
            assertEquals("", lines[lines.length - 1]);
        }
        api().accept("text/csv").get(BASE + "initiatives-by-area.csv").then().statusCode(200)
                .body(startsWith("area,name,type,parent,initiatives\r\n"), containsString("\r\nnorth-west,\"North West\",REGION,england,"));
    }
}
