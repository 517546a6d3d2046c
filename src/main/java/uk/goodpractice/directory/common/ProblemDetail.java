package uk.goodpractice.directory.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body: the only shape an error response ever has.
 */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (media type application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        @Schema(description = "A relative URI reference naming the kind of problem, the same on every instance of the service "
                + "(resolve it against the service's address)", format = "uri-reference", example = "/problems/invalid-parameter", required = true) String type,
        @Schema(description = "A short, stable, human-readable summary of the kind of problem", example = "Invalid request parameter", required = true) String title,
        @Schema(description = "The HTTP status code", example = "400", required = true) int status,
        @Schema(description = "What was wrong with this request", example = "pageSize must be between 1 and 100") String detail,
        @Schema(description = "The request path that caused the problem", example = "/api/v1/initiatives") String instance,
        @Schema(description = "For validation problems: each offending parameter or field and what is wrong with it") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input. {@code parameter} names a query or path parameter; {@code pointer} a JSON Pointer into a body. */
    @Schema(name = "ProblemFieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(description = "The query or path parameter at fault", example = "pageSize") String parameter,
            @Schema(description = "A JSON Pointer to the body field at fault", example = "/title") String pointer,
            @Schema(description = "What is wrong with it", example = "must be between 1 and 100", required = true) String message) {

        public static FieldError parameter(String name, String message) {
            return new FieldError(name, null, message);
        }
    }
}
