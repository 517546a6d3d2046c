package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.goodpractice.directory.dataset.PublishedData.assertEditionPresents;
import static uk.goodpractice.directory.dataset.SourceDocuments.EDITION_4;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Good Practice Guide Edition 4 (sources/001_…) as the API publishes it: its seven initiatives and its delay-driver matrix. */
@QuarkusTest
class Edition4GuideTest {

    @Test
    void presentsSevenInitiatives_oneForEachMatrixColumn() {
        int columns = Edition4Guide.matrix().columns().size();
        assertEquals(7, columns);
        assertEditionPresents(EDITION_4, columns);
    }

    @Nested
    class DelayDriverMatrix {

        @Test
        void hasThePrintedColumnHeadersInPrintedOrder() {
            MatrixChecks.assertColumnsAsPrinted(EDITION_4);
        }

        @Test
        void reproducesEveryPrintedTick() {
            MatrixChecks.assertTicksAsPrinted(EDITION_4);
        }

        @Test
        void lackOfInformationSharing_isAddressedByTheInitiativesItsMatrixRowTicks() {
            MatrixChecks.assertInformationSharingRow(EDITION_4);
        }
    }
}
