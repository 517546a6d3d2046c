package uk.goodpractice.directory.dataset;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source documents kept in this repository's {@code sources/} (see its README): which seed text
 * holds which edition, and their text.
 */
final class SourceDocuments {

    static final String DIRECTORY_2016 = "innovation-programme-directory-2016";
    static final String SALFORD = "salford-strengthening-families-handbook";
    static final String Q2 = "good-practice-guide-2024-25-q2";
    static final String EDITION_4 = "good-practice-guide-edition-4";
    static final String CWAC = "cheshire-west-and-chester-trailblazer-practice-guide";

    /** Which seed text holds which document, as listed in sources/README.md. */
    static final Map<String, String> SEED_FILE = Map.of(
            Q2, "000_eba4ad8c6e47cf7c.txt",
            EDITION_4, "001_13dc5b996c29fc10.txt",
            DIRECTORY_2016, "002_f5b64c14fd2969e7.txt",
            SALFORD, "003_66bc959f0255f79e.txt",
            CWAC, "004_c64363de2f92a16f.txt");

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    static final Pattern WELL_FORMED_EMAIL = Pattern.compile(
            "^[A-Za-z0-9_%+'-]+(?:\\.[A-Za-z0-9_%+'-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    private static final Map<String, String> SEED_CACHE = new ConcurrentHashMap<>();

    private SourceDocuments() {
    }

    static Path seedPath(String file) {
        return Path.of("sources", file);
    }

    static String seed(String file) {
        return SEED_CACHE.computeIfAbsent(file, f -> {
            try {
                return Files.readString(seedPath(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Seed text " + seedPath(f).toAbsolutePath() + " cannot be read", e);
            }
        });
    }

    /** The text of an edition's source document. */
    static String seedOf(String edition) {
        return seed(SEED_FILE.get(edition));
    }

    static List<String> linesOf(String edition) {
        return seedOf(edition).lines().toList();
    }

    /** No source document but the edition's names {@code words}: no other document can place an initiative there. */
    static void assertOnlyNamedIn(String edition, String words) {
        SEED_FILE.forEach((other, file) -> {
            if (!other.equals(edition)) {
                assertFalse(seed(file).contains(words), file + " names " + words);
            }
        });
    }

    static Set<String> emailsIn(String text) {
        Set<String> emails = new LinkedHashSet<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            emails.add(m.group());
        }
        return emails;
    }
}
