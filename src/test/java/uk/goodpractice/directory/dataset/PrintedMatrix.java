package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;

/** A delay-driver matrix as a guide prints it: column headers and, per row label, one tick flag per column. */
record PrintedMatrix(List<String> columns, LinkedHashMap<String, List<Boolean>> rows) {

    /** The matrix the guide prints (Q2 and Edition 4 print one, each in its own layout). */
    static PrintedMatrix of(String guide) {
        return switch (guide) {
            case SourceDocuments.Q2 -> Quarter2Guide.matrix();
            case SourceDocuments.EDITION_4 -> Edition4Guide.matrix();
            default -> throw new IllegalArgumentException(guide + " prints no matrix");
        };
    }

    /** A printed cell: a tick or nothing, and anything else is a misread. */
    static boolean tick(String cell, String where) {
        String c = cell.strip();
        if (c.isEmpty()) {
            return false;
        }
        assertEquals("✓", c, "unexpected matrix cell in " + where);
        return true;
    }
}
