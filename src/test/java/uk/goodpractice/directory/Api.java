package uk.goodpractice.directory;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * The way tests call the API: over real HTTP, and with every response validated against the
 * committed contract {@code openapi/openapi.yaml}, so the document can be trusted by code generators.
 * Requests are not validated: tests send bad requests on purpose.
 */
public final class Api {

    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** A request whose response must match the contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT_FILTER).accept(ContentType.JSON);
    }
}
