package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Reads the Good Practice Guide Edition 4 (file 001_…). */
final class Edition4Guide {

    private Edition4Guide() {
    }

    /** The matrix, printed as tab-separated lines starting "Key drivers of delay:". */
    static PrintedMatrix matrix() {
        List<String> lines = SourceDocuments.linesOf(SourceDocuments.EDITION_4);
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
                ticks.add(c < cells.length && PrintedMatrix.tick(cells[c], "Edition 4 row " + label));
            }
            for (int c = columns.size() + 1; c < cells.length; c++) {
                assertFalse(PrintedMatrix.tick(cells[c], "Edition 4 row " + label), "tick outside the printed columns in row " + label);
            }
            rows.put(label, ticks);
        }
        return new PrintedMatrix(List.copyOf(columns), rows);
    }
}
