package uk.goodpractice.directory.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The answers of a change that must name the version it was made against. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "Nothing that can be changed has this slug (or id)")
@APIResponse(responseCode = "412", description = "If-Match names an older version: someone else saved first. ETag names the current version.",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                examples = @ExampleObject(name = "stale", value = ApiExamples.PRECONDITION_FAILED)))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                examples = @ExampleObject(name = "missing", value = ApiExamples.PRECONDITION_REQUIRED)))
@interface ConditionalErrors {
}
