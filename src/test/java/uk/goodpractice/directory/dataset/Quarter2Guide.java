package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Reads the Good Practice Guide 2024/25 Q2 (file 000_…): its matrix, its upcoming-content slide and its slides' driver wording. */
final class Quarter2Guide {

    private Quarter2Guide() {
    }

    /** The matrix, printed as a markdown "|" table under "Mapping to the Trailblazer pilot". */
    static PrintedMatrix matrix() {
        List<String> lines = SourceDocuments.linesOf(SourceDocuments.Q2);
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
                ticks.add(PrintedMatrix.tick(cell, "Q2 row " + label));
            }
            rows.put(label, ticks);
        }
        assertNotNull(columns, "Q2 matrix header not found");
        return new PrintedMatrix(columns, rows);
    }

    /** The "Upcoming Good Practice Guide content" slide: title to preview text, in printed order. */
    static LinkedHashMap<String, String> upcoming() {
        List<String> lines = SourceDocuments.linesOf(SourceDocuments.Q2);
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

    /** The title of the upcoming item previewing the Family Drug and Alcohol Court. */
    static String upcomingFdacTitle() {
        return upcoming().keySet().stream().filter(t -> t.startsWith("Family Drug and Alcohol Court"))
                .findFirst().orElseThrow(() -> new AssertionError("Q2 seed previews no FDAC item"));
    }

    /** The ten drivers as the first initiative slide's "DELAY DRIVER MAPPING" block words them. */
    static List<String> slideDriverWording() {
        List<String> lines = SourceDocuments.linesOf(SourceDocuments.Q2);
        return lines.subList(lines.indexOf("DELAY DRIVER MAPPING") + 1, lines.size()).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).limit(10).toList();
    }
}
