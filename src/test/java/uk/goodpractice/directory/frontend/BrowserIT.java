package uk.goodpractice.directory.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import uk.goodpractice.directory.PackagedService;

/**
 * The frontend's browser tests (node's test runner driving Debian's Chromium through playwright-core,
 * with an axe-core scan of every page) against the packaged service, as people use it: the built
 * pages and the API from {@code target/quarkus-app}, on a fresh data directory with the full data set.
 *
 * <p>The two suites run at the same time, each against a service of its own: the editing journeys
 * ({@code frontend/e2e-editing}: signing in, suggestions and their review, editing initiatives,
 * mappings, contacts, accounts and editions, Swagger UI running queries and a write) change data,
 * and the practitioners' suite ({@code frontend/e2e}) checks the data set's own counts.
 */
@Execution(ExecutionMode.CONCURRENT)
class BrowserIT {

    private static final Path FRONTEND = Path.of("frontend");

    @Test
    void practitionersPagesJourneysAndAccessibility_pass(@TempDir Path dir) throws Exception {
        try (PackagedService service = PackagedService.start(dir.resolve("data"), dir.resolve("service.log"))) {
            // the built pages, which one test serves from an origin of its own (cross-origin reads)
            runSuite("e2e", service, dir, Map.of("BUILD_DIR", Path.of("target", "quinoa", "build").toAbsolutePath().toString()));
        }
    }

    @Test
    void editorsJourneysAndAccessibility_pass(@TempDir Path dir) throws Exception {
        try (PackagedService service = PackagedService.on(dir.resolve("data"))
                // every API call of these tests signs in with HTTP Basic: a low bcrypt cost keeps that
                // cheap (the cost's own rules are tested in the API tests)
                .env("DIRECTORY_ACCOUNTS_BCRYPT_COST", "4")
                // the suggestion tests come from many client addresses, told by X-Forwarded-For, as
                // they would behind a proxy (the README's setting for that case)
                .env("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .env("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true")
                // and fail a few sign-ins on purpose, as the API tests' profile allows
                .env("DIRECTORY_SIGN_IN_FREE_FAILURES", "10")
                .start(dir.resolve("service.log"))) {
            runSuite("e2e:editing", service, dir, Map.of(
                    "ADMIN_USERNAME", PackagedService.ADMIN,
                    "ADMIN_PASSWORD", PackagedService.PASSWORD));
        }
    }

    /** Runs one npm script of the frontend against the service and fails with its TAP report unless it passes. */
    private static void runSuite(String script, PackagedService service, Path dir, Map<String, String> env) throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(chromium)),
                "Chromium is needed for the browser tests: apt-get install -y chromium (or set CHROMIUM_PATH)");
        Path report = dir.resolve(script.replace(':', '-') + ".tap");
        ProcessBuilder pb = new ProcessBuilder(List.of("npm", "run", script))
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(report.toFile());
        pb.environment().put("BASE_URL", "http://localhost:" + service.port());
        pb.environment().put("CHROMIUM_PATH", chromium);
        pb.environment().putAll(env);
        Process process = pb.start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        // the TAP report goes into the test output, where CI shows it (one block, not interleaved with the other suite)
        String tap = Files.readString(report);
        System.out.println("---- npm run " + script + " ----\n" + tap);
        assertTrue(finished, "npm run " + script + " finished within 15 minutes");
        assertEquals(0, process.exitValue(), "npm run " + script + " passed:\n" + failures(tap) + "\nservice log:\n" + tail(service.log()));
    }

    /** The failing tests' lines of a TAP report, so the assertion message says what failed. */
    private static String failures(String tap) {
        StringBuilder out = new StringBuilder();
        String[] lines = tap.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("not ok")) {
                for (int j = i; j < Math.min(lines.length, i + 12); j++) {
                    out.append(lines[j]).append('\n');
                }
            }
        }
        return out.length() == 0 ? tail(tap) : out.toString();
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
