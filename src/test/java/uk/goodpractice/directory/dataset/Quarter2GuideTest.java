package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.dataset.PublishedData.all;
import static uk.goodpractice.directory.dataset.PublishedData.assertEditionPresents;
import static uk.goodpractice.directory.dataset.PublishedData.edition;
import static uk.goodpractice.directory.dataset.PublishedData.initiative;
import static uk.goodpractice.directory.dataset.PublishedData.map;
import static uk.goodpractice.directory.dataset.PublishedData.maps;
import static uk.goodpractice.directory.dataset.PublishedData.str;
import static uk.goodpractice.directory.dataset.SourceDocuments.DIRECTORY_2016;
import static uk.goodpractice.directory.dataset.SourceDocuments.Q2;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Good Practice Guide 2024/25 Q2 (sources/000_…) as the API publishes it: its seven initiatives,
 * its delay-driver matrix, the drivers' slide wording and its "upcoming content" slide.
 */
@QuarkusTest
class Quarter2GuideTest {

    @Test
    void presentsSevenInitiatives_oneForEachMatrixColumn() {
        int columns = Quarter2Guide.matrix().columns().size();
        assertEquals(7, columns);
        assertEditionPresents(Q2, columns);
    }

    @Nested
    class DelayDriverMatrix {

        @Test
        void hasThePrintedColumnHeadersInPrintedOrder() {
            MatrixChecks.assertColumnsAsPrinted(Q2);
        }

        @Test
        void reproducesEveryPrintedTick() {
            MatrixChecks.assertTicksAsPrinted(Q2);
        }

        @Test
        void delayDrivers_carryTheSlidesWordingAsShortLabel() {
            // Every initiative slide ends with a "DELAY DRIVER MAPPING" block naming the ten drivers as the slides word them.
            List<String> shortLabels = all("/api/v1/delay-drivers").stream()
                    .sorted(Comparator.comparingInt(d -> ((Number) d.get("position")).intValue()))
                    .map(d -> str(d, "shortLabel")).toList();
            assertEquals(Quarter2Guide.slideDriverWording(), shortLabels);
        }

        @Test
        void lackOfInformationSharing_isAddressedByTheInitiativesItsMatrixRowTicks() {
            MatrixChecks.assertInformationSharingRow(Q2);
        }
    }

    @Nested
    class UpcomingContent {

        @Test
        void announcesTheFourItemsOfItsUpcomingContentSlide_asPrinted() {
            LinkedHashMap<String, String> printed = Quarter2Guide.upcoming();
            assertEquals(4, printed.size(), "the Q2 seed previews four items");
            List<Map<String, Object>> upcoming = maps(edition(Q2).get("upcoming"));
            assertAll(
                    () -> assertEquals(List.copyOf(printed.keySet()), upcoming.stream().map(u -> str(u, "title")).toList(), "titles"),
                    () -> assertEquals(List.copyOf(printed.values()), upcoming.stream().map(u -> str(u, "text")).toList(), "texts"),
                    () -> assertEquals(printed.size(), edition(Q2).getInt("upcomingCount"), "upcomingCount"));
        }

        @Test
        void linksItsFdacPreviewToTheFamilyDrugAndAlcoholCourtInitiative() {
            String printedTitle = Quarter2Guide.upcomingFdacTitle();
            Map<String, Object> item = maps(edition(Q2).get("upcoming")).stream().filter(u -> printedTitle.equals(u.get("title")))
                    .findFirst().orElseThrow(() -> new AssertionError("Q2 announces no " + printedTitle));
            assertNotNull(item.get("initiative"), "the FDAC preview names its initiative");
            String slug = str(map(item.get("initiative")), "slug");
            assertEquals("family-drug-and-alcohol-court", slug);
            // The identity comes from the 2016 directory's project "# Family Drug and Alcohol Court (FDAC)".
            assertTrue(SourceDocuments.linesOf(DIRECTORY_2016).contains("# Family Drug and Alcohol Court (FDAC)"));
            List<Map<String, Object>> appearances = maps(initiative(slug).get("appearances"));
            assertTrue(appearances.stream().anyMatch(a -> DIRECTORY_2016.equals(map(a.get("edition")).get("slug"))
                    && str(a, "title").startsWith(printedTitle)), "FDAC is the 2016 directory's project of that name");
        }

        @Test
        void familyDrugAndAlcoholCourt_listsQuarter2InAnnouncedIn() {
            String printedTitle = Quarter2Guide.upcomingFdacTitle();
            List<Map<String, Object>> announcedIn = maps(initiative("family-drug-and-alcohol-court").get("announcedIn"));
            assertTrue(announcedIn.stream().anyMatch(a -> Q2.equals(map(a.get("edition")).get("slug"))
                    && printedTitle.equals(a.get("title")) && Quarter2Guide.upcoming().get(printedTitle).equals(a.get("text"))),
                    "announcedIn holds Q2's FDAC preview: " + announcedIn);
        }
    }
}
