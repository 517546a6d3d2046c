package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.dataset.Directory2016.firstPage;
import static uk.goodpractice.directory.dataset.PublishedData.all;
import static uk.goodpractice.directory.dataset.PublishedData.assertEditionPresents;
import static uk.goodpractice.directory.dataset.PublishedData.edition;
import static uk.goodpractice.directory.dataset.PublishedData.editionInitiatives;
import static uk.goodpractice.directory.dataset.PublishedData.initiative;
import static uk.goodpractice.directory.dataset.PublishedData.map;
import static uk.goodpractice.directory.dataset.PublishedData.maps;
import static uk.goodpractice.directory.dataset.PublishedData.str;
import static uk.goodpractice.directory.dataset.SourceDocuments.DIRECTORY_2016;
import static uk.goodpractice.directory.dataset.SourceDocuments.emailsIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.goodpractice.directory.dataset.Directory2016.Toc;
import uk.goodpractice.directory.dataset.Directory2016.TocEntry;

/**
 * The Innovation Programme project directory 2016 (sources/002_…) as the API publishes it: the 53
 * projects of its table of contents, under their themes and sections, in page order, each with the
 * emails its Contact Details print.
 */
@QuarkusTest
class Directory2016Test {

    @Test
    void presentsTheFiftyThreeProjectsOfItsTableOfContents() {
        int projects = Directory2016.toc().entries().size();
        assertEquals(53, projects, "the table of contents lists the 53 projects its introduction announces");
        assertTrue(SourceDocuments.seedOf(DIRECTORY_2016).contains("the initial 53 projects"));
        assertEditionPresents(DIRECTORY_2016, projects);
    }

    /** The edition's theme and section slugs by the number the table of contents gives them ("1", "1.2"). */
    private static Map<String, String> slugsByNumber() {
        Map<String, String> slugs = new TreeMap<>();
        for (Map<String, Object> theme : maps(edition(DIRECTORY_2016).get("themes"))) {
            slugs.put(str(theme, "title").replaceAll("^Theme (\\d+):.*", "$1"), str(theme, "slug"));
            for (Map<String, Object> s : maps(theme.get("sections"))) {
                slugs.put(str(s, "title").replaceAll("^Section (\\d+\\.\\d+):.*", "$1"), str(s, "slug"));
            }
        }
        return slugs;
    }

    @Nested
    class Projects {

        @Test
        void themesAndSections_areTitledAsTheTableOfContentsPrintsThem_inPrintedOrder() {
            Toc toc = Directory2016.toc();
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
            Toc toc = Directory2016.toc();
            Map<String, Long> perSection = toc.entries().stream()
                    .collect(Collectors.groupingBy(TocEntry::section, TreeMap::new, Collectors.counting()));
            // The parser reads the table of contents as printed: 8, 9 / 8, 6, 4 / 5, 7, 4, 2 projects.
            assertEquals(Map.of("1.1", 8L, "1.2", 9L, "2.1", 8L, "2.2", 6L, "2.3", 4L, "3.1", 5L, "3.2", 7L, "3.3", 4L, "3.4", 2L),
                    perSection, "table of contents as parsed");

            Map<String, String> slugByNumber = slugsByNumber();
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
                    assertEquals(slugByNumber.get(entry.theme()), str(map(project.get("theme")), "slug"), entry.title() + " theme");
                    assertEquals(slugByNumber.get(entry.section()), str(map(project.get("section")), "slug"), entry.title() + " section");
                });
            }
            checks.add(() -> assertEquals(toc.entries().size(), byFirstPage.size(), "one project per table-of-contents line"));
            assertAll(checks);
        }

        @Test
        void themeFilter_findsEachSectionsProjectsAsTheTableOfContentsCountsThem() {
            Toc toc = Directory2016.toc();
            Map<String, String> slugByNumber = slugsByNumber();
            List<Executable> checks = new ArrayList<>();
            Map<String, Long> perSection = toc.entries().stream().collect(Collectors.groupingBy(TocEntry::section, Collectors.counting()));
            Map<String, Long> perTheme = toc.entries().stream().collect(Collectors.groupingBy(TocEntry::theme, Collectors.counting()));
            perSection.forEach((number, count) -> checks.add(() -> assertEquals(count.intValue(),
                    all("/api/v1/initiatives", "edition", DIRECTORY_2016, "theme", slugByNumber.get(number)).size(), "section " + number)));
            perTheme.forEach((number, count) -> checks.add(() -> assertEquals(count.intValue(),
                    all("/api/v1/initiatives", "edition", DIRECTORY_2016, "theme", slugByNumber.get(number)).size(), "theme " + number)));
            assertAll(checks);
        }

        @Test
        void projects_areListedInTheirPrintedPageOrder() {
            List<Map<String, Object>> initiatives = editionInitiatives(DIRECTORY_2016);
            List<Integer> pages = initiatives.stream().map(i -> firstPage(str(i, "citation"))).toList();
            List<Integer> tocPages = Directory2016.toc().entries().stream().map(TocEntry::page).toList();
            assertEquals(tocPages, pages, "first cited page of each project, in the edition's order");
        }
    }

    @Nested
    class Contacts {

        @Test
        void everyEmailPrintedInAProjectsContactDetails_isPublishedForThatProject() {
            List<TocEntry> entries = Directory2016.toc().entries();
            List<String> blocks = Directory2016.contactBlocks();
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
        void contactsOfAProjectInACouncil_areFoundByEditionAndArea(String council, String area) {
            List<TocEntry> entries = Directory2016.toc().entries();
            List<String> blocks = Directory2016.contactBlocks();
            assertEquals(entries.size(), blocks.size(), "one Contact Details block per project");
            int k = entries.stream().map(TocEntry::title).toList().indexOf(council);
            assertTrue(k >= 0, council + " is a project of the table of contents");
            Set<String> printed = emailsIn(blocks.get(k));
            assertFalse(printed.isEmpty(), council + "'s Contact Details print an email");
            List<Map<String, Object>> contacts = all("/api/v1/area-contacts", "edition", DIRECTORY_2016, "area", area);
            Set<String> found = contacts.stream().map(c -> str(c, "email")).filter(e -> e != null).collect(Collectors.toSet());
            assertTrue(found.containsAll(printed), "printed " + printed + ", found " + found);
        }
    }
}
