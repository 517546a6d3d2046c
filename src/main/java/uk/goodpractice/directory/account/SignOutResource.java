package uk.goodpractice.directory.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.ProblemDetail;

@Path("/v1/sign-out")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
class SignOutResource {

    private final BrowserSession session;

    SignOutResource(BrowserSession session) {
        this.session = session;
    }

    /**
     * Sign out.
     *
     * Ends the browser session that POST /j_security_check (or the organisation's sign-in) started: its record is deleted, so its
     * cookies are refused on every instance from now on, even if copied, and the browser is told to drop them. Signed in with the
     * cookie, send the X-CSRF-Token header as for any change. Answers 204 also when no one was signed in.
     *
     * @return Signed out; the session cookie is expired
     */
    @POST
    @PermitAll
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "403", description = "Signed in with the cookie, but the X-CSRF-Token header is missing or wrong",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "csrf", value = ApiExamples.CSRF_TOKEN_MISSING)))
    public void signOut(@Context RoutingContext ctx) {
        session.signOut(ctx);
    }
}
