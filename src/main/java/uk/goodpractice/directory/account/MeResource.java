package uk.goodpractice.directory.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.ProblemDetail;

@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {

    private final SecurityIdentity identity;

    public MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Operation(summary = "Who am I", description = "The signed-in account and its roles.")
    @APIResponse(responseCode = "200", description = "The signed-in account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountViews.Me.class),
                    examples = @ExampleObject(name = "editor", value = ApiExamples.ME)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unauthenticated", value = ApiExamples.UNAUTHENTICATED)))
    public AccountViews.Me me() {
        return new AccountViews.Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }

}
