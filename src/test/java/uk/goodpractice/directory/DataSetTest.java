package uk.goodpractice.directory;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression tests of the curated DATA, read through the public API the way a client reads it.
 * Every expectation is taken from the source documents kept in this repository's {@code sources/} (see its README):
 * the guides' matrix tables, the 2016 directory's table of contents and contact blocks, the Q2
 * "upcoming content" slide, and the printed emails and link addresses.
 */
@QuarkusTest
class DataSetTest {

    // ---------------------------------------------------------------- editions and their seed files

    static final String DIRECTORY_2016 = "innovation-programme-directory-2016";
    static final String SALFORD = "salford-strengthening-families-handbook";
    static final String Q2 = "good-practice-guide-2024-25-q2";
    static final String EDITION_4 = "good-practice-guide-edition-4";
    static final String CWAC = "cheshire-west-and-chester-trailblazer-practice-guide";

    /** Which seed text holds which document, as listed in sources/README.md. */
    static final Map<String, String> SEED_FILE = Map.of(
            Q2, "000_eba4ad8c6e47cf7c.txt",
            EDITION_4, "001_13dc5b996c29fc10.txt",
            DIRECTORY_2016, "002_f5b64c14fd2969e7.txt",
            SALFORD, "003_66bc959f0255f79e.txt",
            CWAC, "004_c64363de2f92a16f.txt");

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    static final Pattern WELL_FORMED_EMAIL = Pattern.compile(
            "^[A-Za-z0-9_%+'-]+(?:\\.[A-Za-z0-9_%+'-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    // ---------------------------------------------------------------- reading the seeds

    private static final Map<String, String> SEED_CACHE = new ConcurrentHashMap<>();

    static Path seedPath(String file) {
        return Path.of("sources", file);
    }

    static String seed(String file) {
        return SEED_CACHE.computeIfAbsent(file, f -> {
            try {
                return Files.readString(seedPath(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Seed text " + seedPath(f).toAbsolutePath() + " cannot be read", e);
            }
        });
    }

    static List<String> seedLines(String file) {
        return seed(file).lines().toList();
    }

    /** A delay-driver matrix as a guide prints it: column headers and, per row label, one tick flag per column. */
    record PrintedMatrix(List<String> columns, LinkedHashMap<String, List<Boolean>> rows) {
    }

    static boolean tick(String cell, String where) {
        String c = cell.strip();
        if (c.isEmpty()) {
            return false;
        }
        assertEquals("✓", c, "unexpected matrix cell in " + where);
        return true;
    }

    /** Q2 (file 000_…) prints its matrix as a markdown "|" table under "Mapping to the Trailblazer pilot". */
    static PrintedMatrix quarter2Matrix() {
        List<String> lines = seedLines(SEED_FILE.get(Q2));
        int i = lines.indexOf("Mapping to the Trailblazer pilot");
        assertTrue(i >= 0, "Q2 seed prints no 'Mapping to the Trailblazer pilot'");
        while (!lines.get(i).startsWith("|")) {
            i++;
        }
        List<String> columns = null;
        LinkedHashMap<String, List<Boolean>> rows = new LinkedHashMap<>();
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] raw = lines.get(i).split("\\|", -1);
            List<String> cells = new ArrayList<>();
            for (int c = 1; c < raw.length - 1; c++) {
                cells.add(raw[c].strip());
            }
            if (cells.stream().allMatch(s -> s.matches("-+"))) {
                continue; // header separator
            }
            if (columns == null) {
                columns = List.copyOf(cells.subList(1, cells.size()));
                continue;
            }
            String label = cells.get(0);
            List<Boolean> ticks = new ArrayList<>();
            for (String cell : cells.subList(1, cells.size())) {
                ticks.add(tick(cell, "Q2 row " + label));
            }
            rows.put(label, ticks);
        }
        assertNotNull(columns, "Q2 matrix header not found");
        return new PrintedMatrix(columns, rows);
    }

    /** Edition 4 (file 001_…) prints its matrix as tab-separated lines starting "Key drivers of delay:". */
    static PrintedMatrix edition4Matrix() {
        List<String> lines = seedLines(SEED_FILE.get(EDITION_4));
        int i = 0;
        while (!lines.get(i).startsWith("Key drivers of delay:\t")) {
            i++;
        }
        String[] header = lines.get(i).split("\t", -1);
        List<String> columns = new ArrayList<>();
        for (int c = 1; c < header.length; c++) {
            columns.add(header[c].strip());
        }
        while (columns.get(columns.size() - 1).isEmpty()) {
            columns.remove(columns.size() - 1);
        }
        LinkedHashMap<String, List<Boolean>> rows = new LinkedHashMap<>();
        for (i++; i < lines.size() && lines.get(i).contains("\t"); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            String label = cells[0].strip();
            List<Boolean> ticks = new ArrayList<>();
            for (int c = 1; c <= columns.size(); c++) {
                ticks.add(c < cells.length && tick(cells[c], "Edition 4 row " + label));
            }
            for (int c = columns.size() + 1; c < cells.length; c++) {
                assertFalse(tick(cells[c], "Edition 4 row " + label), "tick outside the printed columns in row " + label);
            }
            rows.put(label, ticks);
        }
        return new PrintedMatrix(List.copyOf(columns), rows);
    }

    static PrintedMatrix printedMatrix(String guide) {
        return switch (guide) {
            case Q2 -> quarter2Matrix();
            case EDITION_4 -> edition4Matrix();
            default -> throw new IllegalArgumentException(guide + " prints no matrix");
        };
    }

    /** One project line of the 2016 directory's table of contents. */
    record TocEntry(String section, String title, int page) {
        String theme() {
            return section.substring(0, section.indexOf('.'));
        }
    }

    /** The 2016 table of contents: theme and section headings (number to title) and the 53 project lines. */
    record Toc(Map<String, String> themes, Map<String, String> sections, List<TocEntry> entries) {
    }

    /**
     * Parses the two-column table of contents at the top of file 002_…: each line holds a left and a
     * right cell pair (title, page). "Theme n:" and "Section n.n:" open a heading whose title is the
     * next bold cell of the same column; plain cells with a page number under a section are projects.
     */
    static Toc toc2016() {
        List<String> lines = seedLines(SEED_FILE.get(DIRECTORY_2016));
        int from = lines.indexOf("# Content");
        int to = lines.indexOf("# Introduction to the Project Directory");
        assertTrue(from >= 0 && to > from, "2016 table of contents not found");
        Map<String, String> themes = new TreeMap<>();
        Map<String, String> sections = new TreeMap<>();
        List<TocEntry> entries = new ArrayList<>();
        String[] pendingKind = new String[2];
        String[] pendingNumber = new String[2];
        String[] section = new String[2];
        Pattern theme = Pattern.compile("Theme (\\d+):");
        Pattern sectionHeading = Pattern.compile("Section (\\d+\\.\\d+):");
        for (String line : lines.subList(from + 1, to)) {
            String[] cells = line.split("\t", -1);
            for (int col = 0; col < 2; col++) {
                String titleCell = 2 * col < cells.length ? cells[2 * col] : "";
                String pageCell = 2 * col + 1 < cells.length ? cells[2 * col + 1] : "";
                boolean bold = titleCell.contains("<b>");
                String title = titleCell.replaceAll("</?b>", "").strip();
                String page = pageCell.replaceAll("</?b>", "").strip();
                if (title.isEmpty()) {
                    continue;
                }
                Matcher t = theme.matcher(title);
                Matcher s = sectionHeading.matcher(title);
                if (t.matches()) {
                    pendingKind[col] = "theme";
                    pendingNumber[col] = t.group(1);
                    section[col] = null;
                } else if (s.matches()) {
                    pendingKind[col] = "section";
                    pendingNumber[col] = s.group(1);
                    section[col] = s.group(1);
                } else if (pendingKind[col] != null) {
                    (pendingKind[col].equals("theme") ? themes : sections).put(pendingNumber[col], title);
                    pendingKind[col] = null;
                } else if (!bold && section[col] != null && page.matches("\\d+")) {
                    entries.add(new TocEntry(section[col], title, Integer.parseInt(page)));
                }
            }
        }
        entries.sort(Comparator.comparingInt(TocEntry::page));
        return new Toc(themes, sections, entries);
    }

    /**
     * The "Contact Details" blocks of the 2016 directory's body, in printed order (one per project,
     * so the k-th block belongs to the k-th project in page order). A block ends at the next heading.
     */
    static List<String> contactBlocks2016() {
        List<String> lines = seedLines(SEED_FILE.get(DIRECTORY_2016));
        int body = lines.indexOf("# Introduction to the Project Directory");
        List<String> blocks = new ArrayList<>();
        for (int i = body; i < lines.size(); i++) {
            if (lines.get(i).contains("Contact Details")) {
                StringBuilder block = new StringBuilder();
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("#"); j++) {
                    block.append(lines.get(j)).append('\n');
                }
                blocks.add(block.toString());
            }
        }
        return blocks;
    }

    static Set<String> emailsIn(String text) {
        Set<String> emails = new LinkedHashSet<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            emails.add(m.group());
        }
        return emails;
    }

    /** The first page of a 2016 citation such as "pp. 8–9" or "p. 56". */
    static int firstPage(String citation) {
        Matcher m = Pattern.compile("\\d+").matcher(citation);
        assertTrue(m.find(), "citation without a page: " + citation);
        return Integer.parseInt(m.group());
    }

    /** Q2's "Upcoming Good Practice Guide content" slide: title to preview text, in printed order. */
    static LinkedHashMap<String, String> quarter2Upcoming() {
        List<String> lines = seedLines(SEED_FILE.get(Q2));
        int i = 0;
        while (!lines.get(i).startsWith("Upcoming Good Practice Guide content")) {
            i++;
        }
        LinkedHashMap<String, String> items = new LinkedHashMap<>();
        String title = null;
        for (i++; i < lines.size() && !lines.get(i).startsWith("If you have any suggestions"); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("- ")) {
                assertNotNull(title, "preview text without a title: " + line);
                items.put(title, line.replaceFirst("^- (▼ )?", ""));
                title = null;
            } else {
                title = line;
            }
        }
        return items;
    }

    // ---------------------------------------------------------------- reading the API

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static JsonPath get(String path) {
        return api().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Every result of a paged list, fetched 100 at a time; query values may be repeated. */
    static List<Map<String, Object>> all(String path, String... query) {
        List<Map<String, Object>> results = new ArrayList<>();
        int page = 1;
        long total;
        int pages;
        do {
            var request = api().queryParam("page", page).queryParam("pageSize", 100);
            for (int q = 0; q < query.length; q += 2) {
                request = request.queryParam(query[q], query[q + 1]);
            }
            JsonPath json = request.get(path).then().statusCode(200).extract().jsonPath();
            results.addAll(maps(json.get("results")));
            total = json.getLong("paging.totalResults");
            pages = json.getInt("paging.totalPages");
            page++;
        } while (page <= pages);
        assertEquals(total, results.size(), "paging through " + path + " collects every result");
        return results;
    }

    static List<String> slugs(List<Map<String, Object>> results) {
        return results.stream().map(r -> str(r, "slug")).toList();
    }

    private static final Map<String, JsonPath> EDITIONS = new ConcurrentHashMap<>();
    private static final Map<String, JsonPath> INITIATIVES = new ConcurrentHashMap<>();
    private static volatile List<String> initiativeSlugs;

    static JsonPath edition(String slug) {
        return EDITIONS.computeIfAbsent(slug, s -> get("/api/v1/editions/" + s));
    }

    static List<Map<String, Object>> editionInitiatives(String slug) {
        return maps(edition(slug).get("initiatives"));
    }

    static JsonPath initiative(String slug) {
        return INITIATIVES.computeIfAbsent(slug, s -> get("/api/v1/initiatives/" + s));
    }

    static List<String> allInitiativeSlugs() {
        if (initiativeSlugs == null) {
            initiativeSlugs = slugs(all("/api/v1/initiatives"));
        }
        return initiativeSlugs;
    }

    /** Driver slug by the label the API returns (the matrix wording). */
    static Map<String, String> driverSlugByLabel() {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (Map<String, Object> d : all("/api/v1/delay-drivers")) {
            bySlug.put(str(d, "label"), str(d, "slug"));
        }
        return bySlug;
    }

    /** Initiative slug of each printed matrix column header, as the edition's matrixTitle records it. */
    static Map<String, String> slugByMatrixTitle(String guide) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (Map<String, Object> i : editionInitiatives(guide)) {
            bySlug.put(str(i, "matrixTitle"), str(i, "slug"));
        }
        return bySlug;
    }

    static void assertEditionPresents(String editionSlug, int expected) {
        Map<String, Object> summary = all("/api/v1/editions").stream()
                .filter(e -> editionSlug.equals(e.get("slug"))).findFirst()
                .orElseThrow(() -> new AssertionError("edition " + editionSlug + " is not listed"));
        long filtered = api().queryParam("edition", editionSlug).get("/api/v1/initiatives").then().statusCode(200)
                .extract().jsonPath().getLong("paging.totalResults");
        assertAll(
                () -> assertEquals(expected, ((Number) summary.get("initiativeCount")).intValue(), "initiativeCount in the edition list"),
                () -> assertEquals(expected, editionInitiatives(editionSlug).size(), "initiatives of the edition detail"),
                () -> assertEquals(expected, filtered, "initiatives?edition=" + editionSlug));
    }

    // ================================================================= tests

    @Nested
    class InitiativesPerEdition {

        @Test
        void directory2016_presentsTheFiftyThreeProjectsOfItsTableOfContents() {
            int projects = toc2016().entries().size();
            assertEquals(53, projects, "the table of contents lists the 53 projects its introduction announces");
            assertTrue(seed(SEED_FILE.get(DIRECTORY_2016)).contains("the initial 53 projects"));
            assertEditionPresents(DIRECTORY_2016, projects);
        }

        @Test
        void salfordHandbook_presentsItsOneProgramme() {
            // The handbook describes one programme in depth (sources/README.md).
            assertEditionPresents(SALFORD, 1);
        }

        @Test
        void quarter2_presentsSevenInitiatives_oneForEachMatrixColumn() {
            int columns = quarter2Matrix().columns().size();
            assertEquals(7, columns);
            assertEditionPresents(Q2, columns);
        }

        @Test
        void edition4_presentsSevenInitiatives_oneForEachMatrixColumn() {
            int columns = edition4Matrix().columns().size();
            assertEquals(7, columns);
            assertEditionPresents(EDITION_4, columns);
        }

        @Test
        void cheshireWestAndChesterGuide_presentsItsOneInitiative() {
            // The practice guide describes the one Independent Assessment Hub (sources/README.md).
            assertEditionPresents(CWAC, 1);
        }
    }

    @Nested
    class UpcomingContent {

        @Test
        void quarter2_announcesTheFourItemsOfItsUpcomingContentSlide_asPrinted() {
            LinkedHashMap<String, String> printed = quarter2Upcoming();
            assertEquals(4, printed.size(), "the Q2 seed previews four items");
            List<Map<String, Object>> upcoming = maps(edition(Q2).get("upcoming"));
            assertAll(
                    () -> assertEquals(List.copyOf(printed.keySet()), upcoming.stream().map(u -> str(u, "title")).toList(), "titles"),
                    () -> assertEquals(List.copyOf(printed.values()), upcoming.stream().map(u -> str(u, "text")).toList(), "texts"),
                    () -> assertEquals(printed.size(), edition(Q2).getInt("upcomingCount"), "upcomingCount"));
        }

        @Test
        void quarter2_linksItsFdacPreviewToTheFamilyDrugAndAlcoholCourtInitiative() {
            String printedTitle = quarter2Upcoming().keySet().stream().filter(t -> t.startsWith("Family Drug and Alcohol Court"))
                    .findFirst().orElseThrow(() -> new AssertionError("Q2 seed previews no FDAC item"));
            Map<String, Object> item = maps(edition(Q2).get("upcoming")).stream().filter(u -> printedTitle.equals(u.get("title")))
                    .findFirst().orElseThrow(() -> new AssertionError("Q2 announces no " + printedTitle));
            assertNotNull(item.get("initiative"), "the FDAC preview names its initiative");
            String slug = str(map(item.get("initiative")), "slug");
            assertEquals("family-drug-and-alcohol-court", slug);
            // The identity comes from the 2016 directory's project "# Family Drug and Alcohol Court (FDAC)".
            assertTrue(seedLines(SEED_FILE.get(DIRECTORY_2016)).contains("# Family Drug and Alcohol Court (FDAC)"));
            List<Map<String, Object>> appearances = maps(initiative(slug).get("appearances"));
            assertTrue(appearances.stream().anyMatch(a -> DIRECTORY_2016.equals(map(a.get("edition")).get("slug"))
                    && str(a, "title").startsWith(printedTitle)), "FDAC is the 2016 directory's project of that name");
        }

        @Test
        void familyDrugAndAlcoholCourt_listsQuarter2InAnnouncedIn() {
            String printedTitle = quarter2Upcoming().keySet().stream().filter(t -> t.startsWith("Family Drug and Alcohol Court"))
                    .findFirst().orElseThrow();
            List<Map<String, Object>> announcedIn = maps(initiative("family-drug-and-alcohol-court").get("announcedIn"));
            assertTrue(announcedIn.stream().anyMatch(a -> Q2.equals(map(a.get("edition")).get("slug"))
                    && printedTitle.equals(a.get("title")) && quarter2Upcoming().get(printedTitle).equals(a.get("text"))),
                    "announcedIn holds Q2's FDAC preview: " + announcedIn);
        }
    }

    @Nested
    class DelayDriverMatrices {

        void assertColumnsAsPrinted(String guide) {
            PrintedMatrix printed = printedMatrix(guide);
            JsonPath matrix = get("/api/v1/editions/" + guide + "/matrix");
            assertEquals(printed.columns(), matrix.getList("columns.title"), guide + " column headers, in printed order");
            assertEquals(printed.columns(), editionInitiatives(guide).stream().map(i -> str(i, "matrixTitle")).toList(),
                    guide + " initiatives' matrixTitle, in printed order");
        }

        void assertTicksAsPrinted(String guide) {
            PrintedMatrix printed = printedMatrix(guide);
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

        @Test
        void quarter2Matrix_hasThePrintedColumnHeadersInPrintedOrder() {
            assertColumnsAsPrinted(Q2);
        }

        @Test
        void quarter2Matrix_reproducesEveryPrintedTick() {
            assertTicksAsPrinted(Q2);
        }

        @Test
        void edition4Matrix_hasThePrintedColumnHeadersInPrintedOrder() {
            assertColumnsAsPrinted(EDITION_4);
        }

        @Test
        void edition4Matrix_reproducesEveryPrintedTick() {
            assertTicksAsPrinted(EDITION_4);
        }

        @Test
        void delayDrivers_areTheTenMatrixRowsInPrintedOrder() {
            List<String> labels = all("/api/v1/delay-drivers").stream()
                    .sorted(Comparator.comparingInt(d -> ((Number) d.get("position")).intValue()))
                    .map(d -> str(d, "label")).toList();
            assertEquals(List.copyOf(quarter2Matrix().rows().keySet()), labels, "Q2 row labels");
            assertEquals(List.copyOf(edition4Matrix().rows().keySet()), labels, "Edition 4 row labels");
        }

        @Test
        void delayDrivers_carryTheSlidesWordingAsShortLabel() {
            // Every initiative slide ends with a "DELAY DRIVER MAPPING" block naming the ten drivers as the slides word them.
            List<String> lines = seedLines(SEED_FILE.get(Q2));
            List<String> slideWording = lines.subList(lines.indexOf("DELAY DRIVER MAPPING") + 1, lines.size()).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).limit(10).toList();
            List<String> shortLabels = all("/api/v1/delay-drivers").stream()
                    .sorted(Comparator.comparingInt(d -> ((Number) d.get("position")).intValue()))
                    .map(d -> str(d, "shortLabel")).toList();
            assertEquals(slideWording, shortLabels);
        }

        @Test
        void printedMatrixMappings_ofAllInitiatives_areExactlyTheTicksOfBothGuides() {
            Map<String, String> driverByLabel = driverSlugByLabel();
            Set<String> expected = new TreeSet<>();
            for (String guide : List.of(Q2, EDITION_4)) {
                PrintedMatrix printed = printedMatrix(guide);
                Map<String, String> column = slugByMatrixTitle(guide);
                printed.rows().forEach((label, ticks) -> {
                    for (int c = 0; c < ticks.size(); c++) {
                        if (ticks.get(c)) {
                            expected.add(guide + " | " + column.get(printed.columns().get(c)) + " | " + driverByLabel.get(label));
                        }
                    }
                });
            }
            Set<String> actual = new TreeSet<>();
            for (String slug : allInitiativeSlugs()) {
                for (Map<String, Object> m : maps(initiative(slug).get("delayDrivers"))) {
                    if ("PRINTED_MATRIX".equals(m.get("provenance"))) {
                        actual.add(str(map(m.get("edition")), "slug") + " | " + slug + " | " + str(map(m.get("driver")), "slug"));
                    }
                }
            }
            assertEquals(expected, actual);
        }
    }

    @Nested
    class Directory2016Projects {

        @Test
        void themesAndSections_areTitledAsTheTableOfContentsPrintsThem_inPrintedOrder() {
            Toc toc = toc2016();
            List<String> expectedThemes = toc.themes().entrySet().stream()
                    .map(e -> "Theme " + e.getKey() + ": " + e.getValue()).toList();
            List<String> expectedSections = toc.sections().entrySet().stream()
                    .map(e -> "Section " + e.getKey() + ": " + e.getValue()).toList();
            JsonPath edition = edition(DIRECTORY_2016);
            List<Map<String, Object>> themes = maps(edition.get("themes"));
            assertEquals(expectedThemes, themes.stream().map(t -> str(t, "title")).toList(), "themes");
            assertEquals(expectedSections, themes.stream().flatMap(t -> maps(t.get("sections")).stream())
                    .map(s -> str(s, "title")).toList(), "sections");
            for (Map<String, Object> theme : themes) {
                String number = str(theme, "title").replaceAll("^Theme (\\d+):.*", "$1");
                maps(theme.get("sections")).forEach(s -> assertTrue(str(s, "title").startsWith("Section " + number + "."),
                        str(s, "title") + " is grouped under " + str(theme, "title")));
            }
        }

        @Test
        void everyProject_isListedUnderItsTableOfContentsThemeAndSection() {
            Toc toc = toc2016();
            Map<String, Long> perSection = toc.entries().stream()
                    .collect(Collectors.groupingBy(TocEntry::section, TreeMap::new, Collectors.counting()));
            // The parser reads the table of contents as printed: 8, 9 / 8, 6, 4 / 5, 7, 4, 2 projects.
            assertEquals(Map.of("1.1", 8L, "1.2", 9L, "2.1", 8L, "2.2", 6L, "2.3", 4L, "3.1", 5L, "3.2", 7L, "3.3", 4L, "3.4", 2L),
                    perSection, "table of contents as parsed");

            List<Map<String, Object>> themes = maps(edition(DIRECTORY_2016).get("themes"));
            Map<String, String> themeSlug = new TreeMap<>();
            Map<String, String> sectionSlug = new TreeMap<>();
            for (Map<String, Object> theme : themes) {
                themeSlug.put(str(theme, "title").replaceAll("^Theme (\\d+):.*", "$1"), str(theme, "slug"));
                for (Map<String, Object> s : maps(theme.get("sections"))) {
                    sectionSlug.put(str(s, "title").replaceAll("^Section (\\d+\\.\\d+):.*", "$1"), str(s, "slug"));
                }
            }
            Map<Integer, Map<String, Object>> byFirstPage = new TreeMap<>();
            for (Map<String, Object> i : editionInitiatives(DIRECTORY_2016)) {
                Map<String, Object> previous = byFirstPage.put(firstPage(str(i, "citation")), i);
                assertNull(previous, "two projects are cited from page " + firstPage(str(i, "citation")));
            }
            List<Executable> checks = new ArrayList<>();
            for (TocEntry entry : toc.entries()) {
                checks.add(() -> {
                    Map<String, Object> project = byFirstPage.get(entry.page());
                    assertNotNull(project, "no project of the edition is cited from page " + entry.page() + " (" + entry.title() + ")");
                    assertNotNull(project.get("theme"), entry.title() + " has no theme");
                    assertNotNull(project.get("section"), entry.title() + " has no section");
                    assertEquals(themeSlug.get(entry.theme()), str(map(project.get("theme")), "slug"), entry.title() + " theme");
                    assertEquals(sectionSlug.get(entry.section()), str(map(project.get("section")), "slug"), entry.title() + " section");
                });
            }
            checks.add(() -> assertEquals(toc.entries().size(), byFirstPage.size(), "one project per table-of-contents line"));
            assertAll(checks);
        }

        @Test
        void themeFilter_findsEachSectionsProjectsAsTheTableOfContentsCountsThem() {
            Toc toc = toc2016();
            Map<String, String> sectionSlug = new TreeMap<>();
            Map<String, String> themeSlug = new TreeMap<>();
            for (Map<String, Object> theme : maps(edition(DIRECTORY_2016).get("themes"))) {
                themeSlug.put(str(theme, "title").replaceAll("^Theme (\\d+):.*", "$1"), str(theme, "slug"));
                for (Map<String, Object> s : maps(theme.get("sections"))) {
                    sectionSlug.put(str(s, "title").replaceAll("^Section (\\d+\\.\\d+):.*", "$1"), str(s, "slug"));
                }
            }
            List<Executable> checks = new ArrayList<>();
            Map<String, Long> perSection = toc.entries().stream().collect(Collectors.groupingBy(TocEntry::section, Collectors.counting()));
            Map<String, Long> perTheme = toc.entries().stream().collect(Collectors.groupingBy(TocEntry::theme, Collectors.counting()));
            perSection.forEach((number, count) -> checks.add(() -> assertEquals(count.intValue(),
                    all("/api/v1/initiatives", "edition", DIRECTORY_2016, "theme", sectionSlug.get(number)).size(), "section " + number)));
            perTheme.forEach((number, count) -> checks.add(() -> assertEquals(count.intValue(),
                    all("/api/v1/initiatives", "edition", DIRECTORY_2016, "theme", themeSlug.get(number)).size(), "theme " + number)));
            assertAll(checks);
        }

        @Test
        void projects_areListedInTheirPrintedPageOrder() {
            List<Map<String, Object>> initiatives = editionInitiatives(DIRECTORY_2016);
            List<Integer> pages = initiatives.stream().map(i -> firstPage(str(i, "citation"))).toList();
            List<Integer> tocPages = toc2016().entries().stream().map(TocEntry::page).toList();
            assertEquals(tocPages, pages, "first cited page of each project, in the edition's order");
        }
    }

    @Nested
    class Contacts {

        @Test
        void everyContactEmail_isWellFormed() {
            List<String> bad = all("/api/v1/area-contacts").stream().map(c -> str(c, "email"))
                    .filter(e -> e != null && !WELL_FORMED_EMAIL.matcher(e).matches()).toList();
            assertEquals(List.of(), bad);
        }

        @Test
        void everyContactEmail_isPrintedVerbatimInItsEditionsSourceText() {
            List<String> missing = new ArrayList<>();
            for (Map<String, Object> c : all("/api/v1/area-contacts")) {
                String email = str(c, "email");
                String edition = str(map(c.get("edition")), "slug");
                if (email != null && !seed(SEED_FILE.get(edition)).contains(email)) {
                    missing.add(str(c, "slug") + " <" + email + "> not in " + SEED_FILE.get(edition));
                }
            }
            for (String edition : SEED_FILE.keySet()) {
                Object suggestions = edition(edition).get("suggestionsContact");
                if (suggestions != null) {
                    String email = str(map(suggestions), "email");
                    if (!seed(SEED_FILE.get(edition)).contains(email)) {
                        missing.add(edition + " suggestionsContact <" + email + ">");
                    }
                }
            }
            assertEquals(List.of(), missing);
        }

        @Test
        void everyContact_hasANameOrAnOrganisation() {
            List<String> anonymous = all("/api/v1/area-contacts").stream()
                    .filter(c -> (str(c, "name") == null || str(c, "name").isBlank()) && c.get("organisation") == null)
                    .map(c -> str(c, "slug")).toList();
            assertEquals(List.of(), anonymous);
        }

        @Test
        void everyContact_isAContactForAnInitiativeOfTheEditionThatPublishedIt() {
            List<String> wrong = new ArrayList<>();
            for (Map<String, Object> c : all("/api/v1/area-contacts")) {
                String edition = str(map(c.get("edition")), "slug");
                Set<String> ofEdition = editionInitiatives(edition).stream().map(i -> str(i, "slug")).collect(Collectors.toSet());
                List<String> initiatives = maps(c.get("initiatives")).stream().map(i -> str(i, "slug")).toList();
                if (initiatives.isEmpty() || !ofEdition.containsAll(initiatives)) {
                    wrong.add(str(c, "slug") + " " + initiatives + " / " + edition);
                }
            }
            assertEquals(List.of(), wrong);
        }

        @Test
        void directory2016_everyEmailPrintedInAProjectsContactDetails_isPublishedForThatProject() {
            List<TocEntry> entries = toc2016().entries();
            List<String> blocks = contactBlocks2016();
            assertEquals(entries.size(), blocks.size(), "one Contact Details block per project");
            List<Map<String, Object>> projects = editionInitiatives(DIRECTORY_2016).stream()
                    .sorted(Comparator.comparingInt(i -> firstPage(str(i, "citation")))).toList();
            assertEquals(entries.size(), projects.size());
            List<Executable> checks = new ArrayList<>();
            for (int k = 0; k < projects.size(); k++) {
                String slug = str(projects.get(k), "slug");
                Set<String> printed = emailsIn(blocks.get(k));
                checks.add(() -> {
                    List<Map<String, Object>> contacts = maps(initiative(slug).get("contacts"));
                    assertFalse(contacts.isEmpty(), slug + " publishes no contact");
                    Set<String> published = contacts.stream().map(c -> str(c, "email")).filter(e -> e != null).collect(Collectors.toSet());
                    String notes = contacts.stream().map(c -> String.valueOf(c.get("note"))).collect(Collectors.joining("\n"));
                    for (String email : printed) {
                        // an address the conversion garbled is kept in the contact's note, never repaired
                        assertTrue(published.contains(email) || notes.contains(email),
                                slug + ": printed <" + email + "> is neither a contact email nor quoted in a note");
                    }
                    for (String email : published) {
                        assertTrue(printed.contains(email), slug + ": <" + email + "> is not printed in its Contact Details");
                    }
                });
            }
            assertAll(checks);
        }
    }

    @Nested
    class Citations {

        @Test
        void everyEdition_namesTheSeedFileOfItsDocument() {
            List<String> slugs = slugs(all("/api/v1/editions"));
            assertEquals(new TreeSet<>(SEED_FILE.keySet()), new TreeSet<>(slugs));
            for (String slug : slugs) {
                assertEquals(SEED_FILE.get(slug), edition(slug).getString("sourceFile"), slug);
                assertTrue(Files.isRegularFile(seedPath(SEED_FILE.get(slug))), SEED_FILE.get(slug) + " exists");
            }
        }

        @Test
        void everyInitiative_hasACitationOnEveryAppearance() {
            List<String> uncited = new ArrayList<>();
            for (String slug : allInitiativeSlugs()) {
                List<Map<String, Object>> appearances = maps(initiative(slug).get("appearances"));
                if (appearances.isEmpty()) {
                    uncited.add(slug + ": no appearance");
                }
                for (Map<String, Object> a : appearances) {
                    String edition = str(map(a.get("edition")), "slug");
                    Map<String, Object> citation = a.get("citation") == null ? Map.of() : map(a.get("citation"));
                    String location = str(citation, "location");
                    if (location == null || location.isBlank()) {
                        uncited.add(slug + " in " + edition + ": no location");
                    }
                    if (!SEED_FILE.get(edition).equals(str(citation, "sourceFile"))) {
                        uncited.add(slug + " in " + edition + ": sourceFile " + citation.get("sourceFile"));
                    }
                    String text = str(citation, "text");
                    if (text == null || location == null || !text.contains(location)) {
                        uncited.add(slug + " in " + edition + ": citation text does not give the location");
                    }
                }
            }
            for (String edition : SEED_FILE.keySet()) {
                for (Map<String, Object> i : editionInitiatives(edition)) {
                    if (str(i, "citation") == null || str(i, "citation").isBlank()) {
                        uncited.add(str(i, "slug") + " listed by " + edition + " without a citation");
                    }
                }
            }
            assertEquals(List.of(), uncited);
        }
    }

    @Nested
    class Links {

        /** The conversion split addresses over lines and inside underline markup: compare without them. */
        String withoutLayout(String s) {
            return s.replaceAll("</?u>", "").replaceAll("[\\s_]", "");
        }

        boolean printed(String url, String source) {
            List<String> forms = new ArrayList<>(List.of(url));
            if (url.startsWith("http://www.")) {
                forms.add(url.substring("http://".length())); // the source printed a bare "www." address
            }
            String flat = withoutLayout(source);
            return forms.stream().anyMatch(f -> source.contains(f) || flat.contains(withoutLayout(f)));
        }

        @Test
        void everyLinkAndReferenceUrl_isPrintedInTheSourceTextOfItsAppearancesEdition() {
            List<String> invented = new ArrayList<>();
            int checked = 0;
            for (String slug : allInitiativeSlugs()) {
                for (Map<String, Object> a : maps(initiative(slug).get("appearances"))) {
                    String edition = str(map(a.get("edition")), "slug");
                    String source = seed(SEED_FILE.get(edition));
                    List<Map<String, Object>> withUrls = new ArrayList<>(maps(a.get("links")));
                    withUrls.addAll(maps(a.get("references")));
                    for (Map<String, Object> l : withUrls) {
                        String url = str(l, "url");
                        if (url == null) {
                            continue;
                        }
                        checked++;
                        if (!printed(url, source)) {
                            invented.add(slug + " in " + edition + ": " + url);
                        }
                    }
                }
            }
            assertTrue(checked > 0, "no link address was checked");
            assertEquals(List.of(), invented);
        }
    }

    @Nested
    class SlugsResolve {

        void assertEverySlugResolves(String list) {
            List<String> slugs = slugs(all(list));
            assertFalse(slugs.isEmpty(), list + " is empty");
            assertEquals(slugs.size(), new LinkedHashSet<>(slugs).size(), list + " lists each slug once");
            assertAll(slugs.stream().<Executable>map(slug -> () -> api().get(list + "/" + slug).then().statusCode(200)
                    .body("slug", org.hamcrest.Matchers.equalTo(slug))));
        }

        @Test
        void everyListedInitiative_resolves() {
            assertEverySlugResolves("/api/v1/initiatives");
        }

        @Test
        void everyListedDelayDriver_resolves() {
            assertEverySlugResolves("/api/v1/delay-drivers");
        }

        @Test
        void everyListedEdition_resolves() {
            assertEverySlugResolves("/api/v1/editions");
        }

        @Test
        void everyListedArea_resolves() {
            assertEverySlugResolves("/api/v1/areas");
        }

        @Test
        void everyListedAreaContact_resolves() {
            assertEverySlugResolves("/api/v1/area-contacts");
        }

        @Test
        void everySlugAnEditionOrMatrixPointsTo_resolves() {
            Set<String> initiatives = new TreeSet<>();
            for (String edition : SEED_FILE.keySet()) {
                editionInitiatives(edition).forEach(i -> initiatives.add(str(i, "slug")));
                maps(edition(edition).get("upcoming")).stream().filter(u -> u.get("initiative") != null)
                        .forEach(u -> initiatives.add(str(map(u.get("initiative")), "slug")));
            }
            assertEquals(new TreeSet<>(allInitiativeSlugs()), initiatives, "the editions present exactly the listed initiatives");
        }
    }

    @Nested
    class AnalystQuestions {

        void assertInformationSharingRow(String guide) {
            String label = "Lack of information sharing among partners";
            PrintedMatrix printed = printedMatrix(guide);
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

        @Test
        void lackOfInformationSharing_inQuarter2_isAddressedByTheInitiativesItsMatrixRowTicks() {
            assertInformationSharingRow(Q2);
        }

        @Test
        void lackOfInformationSharing_inEdition4_isAddressedByTheInitiativesItsMatrixRowTicks() {
            assertInformationSharingRow(EDITION_4);
        }

        @ParameterizedTest(name = "a 2016 project of {0}: area-contacts?edition=2016&area={1} lists its printed contact")
        @CsvSource({
                "Leeds City Council, leeds",
                "Hertfordshire County Council, hertfordshire",
                "Newcastle City Council, newcastle-upon-tyne",
                "Stockport Council, stockport",
                "Torbay Council, torbay",
                "Sheffield City Council, sheffield",
                "Sefton Council, sefton",
                "Calderdale Metropolitan Borough Council, calderdale",
                "London Borough of Hackney, hackney"})
        void contactsOfA2016ProjectInACouncil_areFoundByEditionAndArea(String council, String area) {
            List<TocEntry> entries = toc2016().entries();
            List<String> blocks = contactBlocks2016();
            assertEquals(entries.size(), blocks.size(), "one Contact Details block per project");
            int k = entries.stream().map(TocEntry::title).toList().indexOf(council);
            assertTrue(k >= 0, council + " is a project of the table of contents");
            Set<String> printed = emailsIn(blocks.get(k));
            assertFalse(printed.isEmpty(), council + "'s Contact Details print an email");
            List<Map<String, Object>> contacts = all("/api/v1/area-contacts", "edition", DIRECTORY_2016, "area", area);
            Set<String> found = contacts.stream().map(c -> str(c, "email")).filter(e -> e != null).collect(Collectors.toSet());
            assertTrue(found.containsAll(printed), "printed " + printed + ", found " + found);
        }

        @Test
        void salford_runsTheProgrammeOfItsStrengtheningFamiliesHandbook() {
            // Only the Salford City Council handbook names Salford: no other source document places an initiative there.
            SEED_FILE.forEach((edition, file) -> {
                if (!edition.equals(SALFORD)) {
                    assertFalse(seed(file).contains("Salford"), file + " names Salford");
                }
            });
            assertTrue(seed(SEED_FILE.get(SALFORD)).strip().startsWith("Salford City Council"), "the handbook is Salford City Council's");
            Set<String> expected = editionInitiatives(SALFORD).stream().map(i -> str(i, "slug")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, new TreeSet<>(slugs(all("/api/v1/initiatives", "area", "salford"))));
        }

        @Test
        void cheshireWestAndChester_runsTheInitiativeOfItsTrailblazerPracticeGuide() {
            // Only the Cheshire West & Chester practice guide names the council.
            SEED_FILE.forEach((edition, file) -> {
                if (!edition.equals(CWAC)) {
                    assertFalse(seed(file).contains("Cheshire West"), file + " names Cheshire West");
                }
            });
            assertTrue(seed(SEED_FILE.get(CWAC)).contains("Cheshire West & Chester"));
            Set<String> expected = editionInitiatives(CWAC).stream().map(i -> str(i, "slug")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, new TreeSet<>(slugs(all("/api/v1/initiatives", "area", "cheshire-west-and-chester"))));
        }
    }
}
