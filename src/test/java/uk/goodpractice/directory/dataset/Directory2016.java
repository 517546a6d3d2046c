package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Innovation Programme project directory 2016 (file 002_…): its table of contents and its contact blocks. */
final class Directory2016 {

    /** One project line of the table of contents. */
    record TocEntry(String section, String title, int page) {
        String theme() {
            return section.substring(0, section.indexOf('.'));
        }
    }

    /** The table of contents: theme and section headings (number to title) and the 53 project lines. */
    record Toc(Map<String, String> themes, Map<String, String> sections, List<TocEntry> entries) {
    }

    private static final Pattern PAGE = Pattern.compile("\\d+");

    private Directory2016() {
    }

    /**
     * Parses the two-column table of contents at the top of the file: each line holds a left and a
     * right cell pair (title, page). "Theme n:" and "Section n.n:" open a heading whose title is the
     * next bold cell of the same column; plain cells with a page number under a section are projects.
     */
    static Toc toc() {
        List<String> lines = SourceDocuments.linesOf(SourceDocuments.DIRECTORY_2016);
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
     * The "Contact Details" blocks of the body, in printed order (one per project, so the k-th block
     * belongs to the k-th project in page order). A block ends at the next heading.
     */
    static List<String> contactBlocks() {
        List<String> lines = SourceDocuments.linesOf(SourceDocuments.DIRECTORY_2016);
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

    /** The first page of a citation such as "pp. 8–9" or "p. 56". */
    static int firstPage(String citation) {
        Matcher m = PAGE.matcher(citation);
        assertTrue(m.find(), "citation without a page: " + citation);
        return Integer.parseInt(m.group());
    }
}
