package uk.goodpractice.directory.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Third-party linters read the committed contract as client generators will: Spectral (spectral:oas)
 * and Redocly (recommended) must report no error and no warning. Their rulesets are
 * openapi/.spectral.yaml and openapi/redocly.yaml (a problem Redocly accepts at one place is listed
 * with its reason in openapi/.redocly.lint-ignore.yaml); the command is frontend's
 * {@code npm run lint:openapi}. A Quarkus test only so that the build has installed frontend/node_modules.
 */
@QuarkusTest
class OpenApiLintTest {

    @Test
    void spectralAndRedocly_reportNoErrorsAndNoWarnings() throws Exception {
        Process process = new ProcessBuilder(List.of("npm", "run", "--silent", "lint:openapi"))
                .directory(new File("frontend"))
                .redirectErrorStream(true)
                .start();
        StringBuilder output = new StringBuilder();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            out.lines().forEach(line -> {
                System.out.println(line);
                output.append(line).append('\n');
            });
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the linters finished within 5 minutes");
        // Spectral fails on a warning itself (--fail-severity=warn); Redocly only counts them
        assertEquals(0, process.exitValue(), "Spectral and Redocly found errors or Spectral warnings in openapi/openapi.yaml:\n" + output);
        assertFalse(output.toString().matches("(?s).*You have \\d+ warnings?\\..*"), "Redocly found warnings in openapi/openapi.yaml:\n" + output);
    }
}
