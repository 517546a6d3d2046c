package uk.goodpractice.directory.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.AuthErrors;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;

@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Who may edit: editors change content, admins also manage accounts and read the audit trail")
public class AccountResource {

    private final AccountService service;

    public AccountResource(AccountService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List accounts", description = "Every account with its roles (admins only).")
    @APIResponse(responseCode = "200", description = "A page of accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountViews.Page.class),
                    examples = @ExampleObject(name = "accounts", value = ApiExamples.ACCOUNT_PAGE)))
    @APIResponse(responseCode = "400", description = "page or pageSize is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "bad-page", value = ApiExamples.INVALID_PARAMETER)))
    @AuthErrors
    public Response listAccounts(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listAccounts(paging.toPageRequest()), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account", description = "Adds an editor or admin (admins only). The password is stored as a bcrypt hash.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountViews.AccountView.class),
                    examples = @ExampleObject(name = "editor", value = ApiExamples.ACCOUNT)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_BODY)))
    @AuthErrors
    @APIResponse(responseCode = "409", description = "The username is taken",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "conflict", value = ApiExamples.CONFLICT)))
    public Response createAccount(@Valid @NotNull AccountViews.NewAccount request, @Context UriInfo uri) {
        AccountViews.AccountView created = service.createAccount(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/accounts").path(created.username()).build()).entity(created).build();
    }
}
