package uk.goodpractice.directory.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The errors every write can answer with: invalid body, not signed in, wrong role, unsupported media type. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "400", description = "The body is invalid: each field at fault is named by a JSON Pointer; malformed JSON or an unknown field",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_BODY)))
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                examples = @ExampleObject(name = "unauthenticated", value = ApiExamples.UNAUTHENTICATED)))
@APIResponse(responseCode = "403", description = "Signed in without the editor role",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
@APIResponse(responseCode = "415", description = "The body's media type is not the one this operation takes",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                examples = @ExampleObject(name = "unsupported", value = ApiExamples.UNSUPPORTED_MEDIA_TYPE)))
@interface WriteErrors {
}
