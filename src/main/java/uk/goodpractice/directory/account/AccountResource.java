package uk.goodpractice.directory.account;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import uk.goodpractice.directory.common.Roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fasterxml.jackson.databind.JsonNode;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.AuthErrors;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.ProblemDetail;

@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Who may edit: editors change content, admins also manage accounts and read the audit trail", extensions = {
        @Extension(name = OpenApiConventions.PATH_PARAMETERS, value = """
                {"username": {"description": "The account's username", "example": "a.editor"}}""")})
class AccountResource {

    private final AccountService service;

    AccountResource(AccountService service) {
        this.service = service;
    }

    /**
     * List accounts.
     *
     * Every account with its roles (admins only).
     *
     * @return A page of accounts
     */
    @GET
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(AccountViews.AccountView[].class)
    @AnswerExample(name = "accounts", value = ApiExamples.ACCOUNT_PAGE)
    @APIResponse(responseCode = "400", description = "page or pageSize is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    examples = @ExampleObject(name = "bad-page", value = ApiExamples.INVALID_PARAMETER)))
    public Response listAccounts(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listAccounts(paging.toPageRequest()), uri);
    }

    /**
     * Create an account.
     *
     * Adds an editor or admin (admins only). The password is stored as a bcrypt hash.
     *
     * @return Created
     */
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = AccountViews.AccountView.class, responseCode = "201")
    @AnswerExample(name = "editor", value = ApiExamples.ACCOUNT)
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_BODY)))
    @AuthErrors
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response createAccount(@Valid @NotNull AccountViews.NewAccount request, @Context UriInfo uri) {
        AccountViews.AccountView created = service.createAccount(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/accounts").path(created.username()).build()).entity(created).build();
    }

    /**
     * Get an account.
     *
     * One account with its roles and whether it is disabled (admins only).
     *
     * @return The account
     */
    @GET
    @Path("/{username}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(AccountViews.AccountView.class)
    @AnswerExample(name = "editor", value = ApiExamples.ACCOUNT)
    @APIResponse(responseCode = "404", description = "No account has this name")
    public AccountViews.AccountView getAccount(@PathParam("username") String username) {
        return service.findAccount(username).orElseThrow(() -> new ApiException.NotFound("No account is named '" + username + "'"));
    }

    /**
     * Change an account's roles, password or whether it may sign in.
     *
     * A JSON Merge Patch (RFC 7396) of roles, disabled and password (admins only). Disabling the account or giving it a new
     * password ends every session it has, on every instance; new roles apply to its open sessions at once. The last admin who can
     * sign in cannot be disabled or lose the admin role.
     *
     * @return Changed
     */
    @PATCH
    @Path("/{username}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MergePatch.MEDIA_TYPE)
    @APIResponseSchema(AccountViews.AccountView.class)
    @AnswerExample(name = "disabled", value = ApiExamples.DISABLED_ACCOUNT)
    @APIResponse(responseCode = "404", description = "No account has this name")
    @APIResponse(responseCode = "409", description = "The change would leave no admin who can sign in",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "last-admin", value = ApiExamples.LAST_ADMIN)))
    public AccountViews.AccountView changeAccount(
            @PathParam("username") String username,
            @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = AccountViews.AccountChanges.class),
                    examples = {@ExampleObject(name = "disable", value = "{\"disabled\":true}"),
                            @ExampleObject(name = "roles", value = "{\"roles\":[\"editor\",\"admin\"]}"),
                            @ExampleObject(name = "reset-password", value = "{\"password\":\"a new correct horse battery staple\"}")}))
            @NotNull JsonNode patch) {
        return service.changeAccount(username, patch);
    }
}
