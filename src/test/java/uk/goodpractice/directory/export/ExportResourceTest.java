package uk.goodpractice.directory.export;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** CSV exports read back with a CSV parser equal the JSON lists; the dump holds every public record. */
@QuarkusTest
class ExportResourceTest {

    private static List<List<String>> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String csv(String path, Object... params) {
        var request = api().accept("text/csv");
        for (int k = 0; k < params.length; k += 2) {
            request = request.queryParam(params[k].toString(), params[k + 1]);
        }
        return request.get(path).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
    }

    @Test
    void initiatives_everyPageOfTheFilteredList_inItsOrder_withTheDocumentedColumns() throws IOException {
        List<List<String>> rows = parse(csv("/api/v1/exports/initiatives.csv", "edition", "good-practice-guide-edition-4"));
        assertEquals(List.of("slug", "title", "summary", "leadOrganisation", "areas", "editions", "delayDrivers", "themes", "updatedAt"),
                rows.get(0));
        List<String> slugs = api().queryParam("edition", "good-practice-guide-edition-4").queryParam("pageSize", 100).get("/api/v1/initiatives")
                .then().statusCode(200).extract().jsonPath().getList("results.slug");
        assertEquals(slugs, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
        List<List<String>> all = parse(csv("/api/v1/exports/initiatives.csv"));
        assertEquals(69 + 1, all.size());
        assertTrue(all.stream().allMatch(r -> r.size() == 9));
    }

    @Test
    void initiatives_followTheSearch() throws IOException {
        List<List<String>> rows = parse(csv("/api/v1/exports/initiatives.csv", "q", "FDAC"));
        assertEquals("family-drug-and-alcohol-court", rows.get(1).get(0));
    }

    @Test
    void initiatives_anUnknownFilterValue_is400ProblemJson() {
        api().accept("text/csv").queryParam("driver", "no-such-driver").get("/api/v1/exports/initiatives.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("driver"));
    }

    @Test
    void areaContacts_equalTheList() throws IOException {
        List<List<String>> rows = parse(csv("/api/v1/exports/area-contacts.csv", "area", "salford"));
        List<String> slugs = api().queryParam("area", "salford").queryParam("pageSize", 100).get("/api/v1/area-contacts")
                .then().statusCode(200).extract().jsonPath().getList("results.slug");
        assertEquals("slug", rows.get(0).get(0));
        assertEquals(slugs, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void aCsvExport_isGzipCompressedWhenTheClientAcceptsIt() throws IOException {
        String plain = csv("/api/v1/exports/initiatives.csv");
        byte[] gz = io.restassured.RestAssured.given().accept("text/csv").header("Accept-Encoding", "gzip").config(io.restassured.RestAssured.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/api/v1/exports/initiatives.csv").then().statusCode(200).header("Content-Encoding", "gzip").extract().asByteArray();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertEquals(plain, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void areasAndDrivers_areWholeLists() throws IOException {
        int areas = api().queryParam("pageSize", 1).get("/api/v1/areas").then().statusCode(200).extract().path("paging.totalResults");
        assertEquals(areas + 1, parse(csv("/api/v1/exports/areas.csv")).size());
        List<List<String>> drivers = parse(csv("/api/v1/exports/delay-drivers.csv"));
        assertEquals(11, drivers.size());
        assertEquals(List.of("slug", "position", "label", "shortLabel", "description", "initiativeCount"), drivers.get(0));
    }

    @Test
    void aMatrix_isThePrintedTicks() throws IOException {
        String edition = "good-practice-guide-edition-4";
        JsonNode matrix = new ObjectMapper().readTree(api().get("/api/v1/editions/" + edition + "/matrix").then().statusCode(200)
                .extract().asString());
        List<List<String>> rows = parse(csv("/api/v1/exports/matrices/" + edition + ".csv"));
        assertEquals(matrix.get("columns").size() + 2, rows.get(0).size());
        assertEquals(matrix.get("columns").get(0).get("slug").asText(), rows.get(0).get(2));
        assertEquals(matrix.get("rows").get(0).get("cells").get(0).asText(), rows.get(1).get(2));
        api().accept("text/csv").get("/api/v1/exports/matrices/no-such-edition.csv").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDump_holdsEveryPublicRecordAsItsAddressServesIt_withLicence_gzipAndETag() throws IOException {
        Response plain = api().get("/api/v1/exports/directory.json").then().statusCode(200).extract().response();
        JsonNode dump = new ObjectMapper().readTree(plain.asByteArray());
        assertEquals("Open Government Licence v3.0", dump.get("licence").get("name").asText());
        List<String> licenceFields = new java.util.ArrayList<>();
        dump.get("licence").fieldNames().forEachRemaining(licenceFields::add);
        // the same bytes on every start: an unordered map here put "url" first in some starts and "name" in others
        assertEquals(List.of("name", "url"), licenceFields);
        assertTrue(dump.get("attribution").asText().contains("Open Government Licence"));
        assertEquals(69, dump.get("initiatives").size());
        assertEquals(10, dump.get("delayDrivers").size());
        JsonNode one = new ObjectMapper().readTree(api().get("/api/v1/initiatives/lancaster-hope-boxes").then().statusCode(200)
                .extract().asString());
        boolean found = false;
        for (JsonNode i : dump.get("initiatives")) {
            found |= i.equals(one);
        }
        assertTrue(found);
        String etag = plain.header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/exports/directory.json").then().statusCode(304);

        // without the contract filter: it would read the compressed bytes as JSON
        byte[] gz = io.restassured.RestAssured.given().header("Accept-Encoding", "gzip").config(io.restassured.RestAssured.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/api/v1/exports/directory.json").then().statusCode(200).header("Content-Encoding", "gzip").extract().asByteArray();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertEquals(dump, new ObjectMapper().readTree(in.readAllBytes()));
        }
    }

    @Test
    void anExportAskedForJsonOnly_is406NamingCsv_andOneThatAlsoTakesAnything_getsCsv() {
        api().accept("application/json").get("/api/v1/exports/areas.csv").then().statusCode(406)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("text/csv"));
        api().accept("application/json").get("/api/v1/statistics/initiatives-by-area.csv").then().statusCode(406)
                .body("detail", org.hamcrest.Matchers.containsString("text/csv"));
        api().accept("application/json, */*;q=0.1").get("/api/v1/exports/areas.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"));
    }

    @Test
    void headOfEveryPublicRead_answersGetsStatusAndETag_withoutABody() {
        for (String path : List.of("/api/v1/initiatives", "/api/v1/initiatives/lifelong-links", "/api/v1/area-contacts",
                "/api/v1/area-contacts/joe-garraway", "/api/v1/areas", "/api/v1/areas/salford", "/api/v1/editions",
                "/api/v1/editions/good-practice-guide-edition-4", "/api/v1/editions/good-practice-guide-edition-4/matrix",
                "/api/v1/delay-drivers", "/api/v1/delay-drivers/court-capacity", "/api/v1/organisations", "/api/v1/deletions",
                "/api/v1/exports/directory.json", "/api/v1/statistics/initiatives-by-area")) {
            String tag = api().get(path).then().statusCode(200).extract().header("ETag");
            io.restassured.response.Response head = api().head(path);
            head.then().statusCode(200);
            assertEquals(tag, head.header("ETag"), "HEAD " + path + " names the tag GET gives");
            assertEquals(0, head.asByteArray().length, "HEAD " + path + " sends no body");
        }
        String csvTag = api().accept("text/csv").get("/api/v1/exports/areas.csv").then().statusCode(200).extract().header("ETag");
        assertEquals(csvTag, api().accept("text/csv").head("/api/v1/exports/areas.csv").then().statusCode(200).extract().header("ETag"));
    }

    @Test
    void updatedSince_narrowsTheExportsAsItNarrowsTheLists() throws IOException {
        String later = "2999-01-01T00:00:00Z";
        assertEquals(1, parse(api().accept("text/csv").queryParam("updatedSince", later).get("/api/v1/exports/initiatives.csv")
                .then().statusCode(200).extract().asString()).size(), "only the header row: nothing changed after " + later);
        assertEquals(1, parse(api().accept("text/csv").queryParam("updatedSince", later).get("/api/v1/exports/area-contacts.csv")
                .then().statusCode(200).extract().asString()).size());
        api().queryParam("updatedSince", later).get("/api/v1/initiatives").then().statusCode(200).body("paging.totalResults", equalTo(0));
        api().accept("text/csv").queryParam("updatedSince", "not-a-time").get("/api/v1/exports/initiatives.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("updatedSince"));
    }
}
