package uk.goodpractice.directory.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The answers of a read that needs an account: not signed in, or signed in without the role. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                examples = @ExampleObject(name = "unauthenticated", value = ApiExamples.UNAUTHENTICATED)))
@APIResponse(responseCode = "403", description = "Signed in without the role this needs",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
public @interface AuthErrors {
}
