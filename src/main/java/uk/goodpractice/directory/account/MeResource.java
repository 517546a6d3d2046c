package uk.goodpractice.directory.account;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
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

@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
class MeResource {

    private final SecurityIdentity identity;
    private final BrowserSession session;

    MeResource(SecurityIdentity identity, BrowserSession session) {
        this.identity = identity;
        this.session = session;
    }

    /**
     * Who am I.
     *
     * The signed-in account and its roles, however it signed in (session cookie, HTTP Basic or a bearer token). With the session
     * cookie, also the CSRF token its changes must send.
     *
     * @return The signed-in account
     */
    @GET
    @Authenticated
    @APIResponseSchema(AccountViews.Me.class)
    @AnswerExample(name = "editor", value = ApiExamples.ME)
    @AnswerExample(name = "browser-session", value = ApiExamples.ME_WITH_CSRF_TOKEN)
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unauthenticated", value = ApiExamples.UNAUTHENTICATED)))
    public AccountViews.Me getSignedInAccount(@Context RoutingContext ctx) {
        boolean cookieSession = session.isCookieSession(ctx, identity);
        return new AccountViews.Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList(),
                cookieSession ? session.csrfToken(ctx, identity) : null);
    }

}
