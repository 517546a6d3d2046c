package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.goodpractice.directory.dataset.PublishedData.all;
import static uk.goodpractice.directory.dataset.PublishedData.assertEditionPresents;
import static uk.goodpractice.directory.dataset.PublishedData.editionInitiativeSlugs;
import static uk.goodpractice.directory.dataset.PublishedData.slugs;
import static uk.goodpractice.directory.dataset.SourceDocuments.SALFORD;

import io.quarkus.test.junit.QuarkusTest;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Salford City Council's Strengthening Families handbook (sources/003_…) as the API publishes it. */
@QuarkusTest
class SalfordHandbookTest {

    @Test
    void presentsItsOneProgramme() {
        // The handbook describes one programme in depth (sources/README.md).
        assertEditionPresents(SALFORD, 1);
    }

    @Test
    void salford_runsTheProgrammeOfItsStrengtheningFamiliesHandbook() {
        // Only the Salford City Council handbook names Salford: no other source document places an initiative there.
        SourceDocuments.assertOnlyNamedIn(SALFORD, "Salford");
        assertTrue(SourceDocuments.seedOf(SALFORD).strip().startsWith("Salford City Council"), "the handbook is Salford City Council's");
        assertEquals(editionInitiativeSlugs(SALFORD), new TreeSet<>(slugs(all("/api/v1/initiatives", "area", "salford"))));
    }
}
