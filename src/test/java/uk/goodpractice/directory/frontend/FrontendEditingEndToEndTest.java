package uk.goodpractice.directory.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;

/**
 * Runs the frontend's editing journeys (frontend/e2e-editing: signing in, the suggestion form and its
 * review (an accepted suggestion keeping its suggester's links), editing an initiative and its editorial mappings,
 * creating and editing area contacts, admins managing accounts, creating, ordering, changing, deleting,
 * restoring and publishing an edition, and Swagger UI executing filtered queries and a write) in Debian's Chromium
 * against this service. They change data, so the service runs on the editing tests' own database and
 * the read-only browser tests (FrontendEndToEndTest) keep the seeded counts they check.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class FrontendEditingEndToEndTest {

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "directory.admin.username")
    String adminUsername;

    @ConfigProperty(name = "directory.admin.password")
    String adminPassword;

    @Test
    void editingJourneysAndAccessibilityChecks_pass() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(chromium)),
                "Chromium is needed for the browser tests: apt-get install -y chromium (or set CHROMIUM_PATH)");
        ProcessBuilder pb = new ProcessBuilder(List.of("npm", "run", "e2e:editing"))
                .directory(new File("frontend"))
                .redirectErrorStream(true);
        pb.environment().put("BASE_URL", base.toString());
        pb.environment().put("CHROMIUM_PATH", chromium);
        // the tests make their editor account as the admin of the test profile
        pb.environment().put("ADMIN_USERNAME", adminUsername);
        pb.environment().put("ADMIN_PASSWORD", adminPassword);
        Process process = pb.start();
        // copy the TAP report into the test output, where CI shows it
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            out.lines().forEach(System.out::println);
        }
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the browser tests finished within 15 minutes");
        assertEquals(0, process.exitValue(), "the browser tests passed (see their TAP output above)");
    }
}
