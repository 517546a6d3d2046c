package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.dataset.PublishedData.all;
import static uk.goodpractice.directory.dataset.PublishedData.assertEditionPresents;
import static uk.goodpractice.directory.dataset.PublishedData.editionInitiativeSlugs;
import static uk.goodpractice.directory.dataset.PublishedData.slugs;
import static uk.goodpractice.directory.dataset.SourceDocuments.CWAC;

import io.quarkus.test.junit.QuarkusTest;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Cheshire West and Chester's Trailblazer practice guide (sources/004_…) as the API publishes it. */
@QuarkusTest
class CheshireWestAndChesterGuideTest {

    @Test
    void presentsItsOneInitiative() {
        // The practice guide describes the one Independent Assessment Hub (sources/README.md).
        assertEditionPresents(CWAC, 1);
    }

    @Test
    void cheshireWestAndChester_runsTheInitiativeOfItsTrailblazerPracticeGuide() {
        // Only the Cheshire West & Chester practice guide names the council.
        SourceDocuments.assertOnlyNamedIn(CWAC, "Cheshire West");
        assertTrue(SourceDocuments.seedOf(CWAC).contains("Cheshire West & Chester"));
        assertEquals(editionInitiativeSlugs(CWAC), new TreeSet<>(slugs(all("/api/v1/initiatives", "area", "cheshire-west-and-chester"))));
    }
}
