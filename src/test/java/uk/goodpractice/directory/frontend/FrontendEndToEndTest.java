package uk.goodpractice.directory.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the frontend's end-to-end tests (frontend/e2e, node's test runner driving Debian's Chromium
 * through playwright-core) against this service, which serves the built frontend and the API on
 * the embedded database. The browser tests include an axe-core scan of every page.
 */
@QuarkusTest
class FrontendEndToEndTest {


    @TestHTTPResource("/")
    URL base;

    @Test
    void browserJourneysAndAccessibilityChecks_pass() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(chromium)),
                "Chromium is needed for the browser tests: apt-get install -y chromium (or set CHROMIUM_PATH)");
        ProcessBuilder pb = new ProcessBuilder(List.of("npm", "run", "e2e"))
                .directory(new File("frontend"))
                .redirectErrorStream(true);
        pb.environment().put("BASE_URL", base.toString());
        pb.environment().put("CHROMIUM_PATH", chromium);
        // the built pages, which one test serves from an origin of its own (cross-origin reads)
        pb.environment().put("BUILD_DIR", Path.of("target", "quinoa", "build").toAbsolutePath().toString());
        Process process = pb.start();
        // copy the TAP report into the test output, where CI shows it
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            out.lines().forEach(System.out::println);
        }
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the browser tests finished within 15 minutes");
        assertEquals(0, process.exitValue(), "the browser tests passed (see their TAP output above)");
    }
}
