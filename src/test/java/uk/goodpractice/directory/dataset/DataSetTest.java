package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.Api.api;
import static uk.goodpractice.directory.dataset.PublishedData.all;
import static uk.goodpractice.directory.dataset.PublishedData.allInitiativeSlugs;
import static uk.goodpractice.directory.dataset.PublishedData.driverSlugByLabel;
import static uk.goodpractice.directory.dataset.PublishedData.edition;
import static uk.goodpractice.directory.dataset.PublishedData.editionInitiatives;
import static uk.goodpractice.directory.dataset.PublishedData.initiative;
import static uk.goodpractice.directory.dataset.PublishedData.map;
import static uk.goodpractice.directory.dataset.PublishedData.maps;
import static uk.goodpractice.directory.dataset.PublishedData.slugByMatrixTitle;
import static uk.goodpractice.directory.dataset.PublishedData.slugs;
import static uk.goodpractice.directory.dataset.PublishedData.str;
import static uk.goodpractice.directory.dataset.SourceDocuments.EDITION_4;
import static uk.goodpractice.directory.dataset.SourceDocuments.Q2;
import static uk.goodpractice.directory.dataset.SourceDocuments.SEED_FILE;
import static uk.goodpractice.directory.dataset.SourceDocuments.WELL_FORMED_EMAIL;
import static uk.goodpractice.directory.dataset.SourceDocuments.seedPath;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Regression tests of the curated DATA, read through the public API the way a client reads it: the
 * checks that hold across every source document in this repository's {@code sources/} (see its
 * README). Each document has its own test class beside this one ({@link Quarter2GuideTest},
 * {@link Edition4GuideTest}, {@link Directory2016Test}, {@link SalfordHandbookTest},
 * {@link CheshireWestAndChesterGuideTest}); the parsers of the documents are test-support classes of
 * this package.
 */
@QuarkusTest
class DataSetTest {

    @Nested
    class DelayDrivers {

        @Test
        void areTheTenMatrixRowsInPrintedOrder() {
            List<String> labels = all("/api/v1/delay-drivers").stream()
                    .sorted(Comparator.comparingInt(d -> ((Number) d.get("position")).intValue()))
                    .map(d -> str(d, "label")).toList();
            assertEquals(List.copyOf(Quarter2Guide.matrix().rows().keySet()), labels, "Q2 row labels");
            assertEquals(List.copyOf(Edition4Guide.matrix().rows().keySet()), labels, "Edition 4 row labels");
        }

        @Test
        void printedMatrixMappings_ofAllInitiatives_areExactlyTheTicksOfBothGuides() {
            Map<String, String> driverByLabel = driverSlugByLabel();
            Set<String> expected = new TreeSet<>();
            for (String guide : List.of(Q2, EDITION_4)) {
                PrintedMatrix printed = PrintedMatrix.of(guide);
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
                if (email != null && !SourceDocuments.seedOf(edition).contains(email)) {
                    missing.add(str(c, "slug") + " <" + email + "> not in " + SEED_FILE.get(edition));
                }
            }
            for (String edition : SEED_FILE.keySet()) {
                Object suggestions = edition(edition).get("suggestionsContact");
                if (suggestions != null) {
                    String email = str(map(suggestions), "email");
                    if (!SourceDocuments.seedOf(edition).contains(email)) {
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
                    String source = SourceDocuments.seedOf(edition);
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
                    .body("slug", Matchers.equalTo(slug))));
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
}
