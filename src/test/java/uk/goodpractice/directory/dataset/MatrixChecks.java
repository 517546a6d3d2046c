package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.dataset.PublishedData.all;
import static uk.goodpractice.directory.dataset.PublishedData.driverSlugByLabel;
import static uk.goodpractice.directory.dataset.PublishedData.editionInitiatives;
import static uk.goodpractice.directory.dataset.PublishedData.get;
import static uk.goodpractice.directory.dataset.PublishedData.map;
import static uk.goodpractice.directory.dataset.PublishedData.maps;
import static uk.goodpractice.directory.dataset.PublishedData.slugByMatrixTitle;
import static uk.goodpractice.directory.dataset.PublishedData.slugs;
import static uk.goodpractice.directory.dataset.PublishedData.str;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.function.Executable;

/** What each guide that prints a delay-driver matrix must reproduce of it: the same checks for Q2 and Edition 4. */
final class MatrixChecks {

    private MatrixChecks() {
    }

    static void assertColumnsAsPrinted(String guide) {
        PrintedMatrix printed = PrintedMatrix.of(guide);
        JsonPath matrix = get("/api/v1/editions/" + guide + "/matrix");
        assertEquals(printed.columns(), matrix.getList("columns.title"), guide + " column headers, in printed order");
        assertEquals(printed.columns(), editionInitiatives(guide).stream().map(i -> str(i, "matrixTitle")).toList(),
                guide + " initiatives' matrixTitle, in printed order");
    }

    static void assertTicksAsPrinted(String guide) {
        PrintedMatrix printed = PrintedMatrix.of(guide);
        assertEquals(10, printed.rows().size(), "the " + guide + " seed prints ten driver rows");
        List<Map<String, Object>> rows = maps(get("/api/v1/editions/" + guide + "/matrix").get("rows"));
        assertEquals(printed.rows().size(), rows.size(), "rows");
        List<Executable> checks = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String label = str(map(row.get("driver")), "label");
            checks.add(() -> {
                assertTrue(printed.rows().containsKey(label), "row '" + label + "' is not printed in " + guide);
                assertEquals(printed.rows().get(label), row.get("cells"), guide + " row '" + label + "'");
            });
        }
        checks.add(() -> assertEquals(List.copyOf(printed.rows().keySet()),
                rows.stream().map(r -> str(map(r.get("driver")), "label")).toList(), "rows in printed order"));
        assertAll(checks);
    }

    /** An analyst's question: which initiatives of the guide address the lack of information sharing? Those its row ticks. */
    static void assertInformationSharingRow(String guide) {
        String label = "Lack of information sharing among partners";
        PrintedMatrix printed = PrintedMatrix.of(guide);
        List<Boolean> ticks = printed.rows().get(label);
        assertNotNull(ticks, guide + " prints the row '" + label + "'");
        Map<String, String> column = slugByMatrixTitle(guide);
        Set<String> expected = new TreeSet<>();
        for (int c = 0; c < ticks.size(); c++) {
            if (ticks.get(c)) {
                String header = printed.columns().get(c);
                assertNotNull(column.get(header), "no initiative of " + guide + " has the matrix header '" + header + "'");
                expected.add(column.get(header));
            }
        }
        String driver = driverSlugByLabel().get(label);
        assertNotNull(driver, "a driver is labelled '" + label + "'");
        Set<String> actual = new TreeSet<>(slugs(all("/api/v1/initiatives", "driver", driver, "edition", guide)));
        assertEquals(expected, actual);
    }
}
