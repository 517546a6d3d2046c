package uk.goodpractice.directory.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.ProblemDetail;

/**
 * Where a browser signs in with the organisation's identity provider (OpenID Connect authorization
 * code flow, e.g. Microsoft Entra ID), when DIRECTORY_OIDC_ENABLED is set: Quarkus sends it to the
 * provider and, on its return here, starts the session; this then sends it to the home page.
 */
@Path("/v1/sign-in/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
class OrganisationSignInResource {

    private final boolean enabled;
    private final SecurityIdentity identity;

    OrganisationSignInResource(@ConfigProperty(name = "directory.oidc.enabled") boolean enabled, SecurityIdentity identity) {
        this.enabled = enabled;
        this.identity = identity;
    }

    /**
     * Sign in with the organisation's identity provider.
     *
     * For browsers, where single sign-on is configured: answers 302 to the provider's sign-in page; the provider sends the
     * browser back here, the session starts (cookies as for the form sign-in, plus the provider's session cookie) and this
     * answers 303 to the home page. Roles come from the provider's roles or groups, mapped to editor and admin by configuration.
     * 404 where single sign-on is not configured.
     */
    @GET
    @PermitAll
    @APIResponse(responseCode = "302", description = "Not signed in yet: to the provider's sign-in page",
            headers = @Header(name = "Location", description = "The provider's authorization endpoint", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "303", description = "Signed in: to the home page",
            headers = @Header(name = "Location", description = "The home page", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Single sign-on is not configured here",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not-configured", value = ApiExamples.NOT_FOUND)))
    public Response signInWithOrganisation() {
        if (!enabled || identity.isAnonymous()) {
            throw new ApiException.NotFound("Signing in with an organisation's identity provider is not configured here; "
                    + "sign in with the form (POST /j_security_check)");
        }
        return Response.seeOther(URI.create("/")).build();
    }
}
