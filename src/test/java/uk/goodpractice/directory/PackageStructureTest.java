package uk.goodpractice.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure drawn from the imports of {@code src/main/java}: {@code common/} points at no feature,
 * and no packages point at each other in a loop. Arrows run from a record to what it references
 * (contact, delaydriver → initiative → edition → area, organisation), and what composes several
 * features (initiativeapi, the other *detail packages, published, dataset) sits above them.
 * An arrow is any mention of {@code uk.goodpractice.directory.<package>.} in a file of another package
 * (imports, and fully qualified names in code or JPQL text). Plain file reading: no application start.
 */
class PackageStructureTest {

    private static final Path ROOT = Path.of("src/main/java/uk/goodpractice/directory");
    private static final Pattern REFERENCE = Pattern.compile("uk\\.goodpractice\\.directory\\.([a-z]\\w*)\\.(\\w+)");

    /** package → package it points at → the "File -> Type" mentions that make the arrow. */
    private static final Map<String, Map<String, Set<String>>> ARROWS = new TreeMap<>();

    @BeforeAll
    static void readImports() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = ROOT.relativize(file).getName(0).toString();
                if (from.endsWith(".java")) {
                    continue; // the root package has no class of its own
                }
                Matcher m = REFERENCE.matcher(read(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        ARROWS.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(m.group(1), k -> new TreeSet<>())
                                .add(file.getFileName().toString().replace(".java", "") + " -> " + m.group(2));
                    }
                }
            }
        }
        assertTrue(ARROWS.size() > 10, "read the imports of every package under " + ROOT.toAbsolutePath());
    }

    @Test
    void commonPointsAtNoFeature() {
        assertEquals(Map.of(), ARROWS.getOrDefault("common", Map.of()), "common/ holds what every feature shares and imports none");
    }

    @Test
    void packagesFormNoLoop() {
        Map<String, Set<String>> graph = new TreeMap<>();
        ARROWS.forEach((from, tos) -> graph.put(from, tos.keySet()));
        List<String> loop = findLoop(graph);
        assertTrue(loop.isEmpty(), () -> "packages point at each other in a loop: " + String.join(" -> ", loop) + "\n"
                + describe(loop));
    }

    /** A loop as its packages in order, first repeated at the end; empty when there is none. */
    private static List<String> findLoop(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>(); // absent: not seen, 1: on the path, 2: done
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, graph, state, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(node);
        if (seen != null && seen == 2) {
            return false;
        }
        if (seen != null) {
            path.subList(0, path.indexOf(node)).clear();
            path.add(node);
            return true;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (visit(next, graph, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return false;
    }

    private static String describe(List<String> loop) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < loop.size(); i++) {
            sb.append(loop.get(i)).append(" -> ").append(loop.get(i + 1)).append(": ")
                    .append(ARROWS.get(loop.get(i)).get(loop.get(i + 1))).append('\n');
        }
        return sb.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
