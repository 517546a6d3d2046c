package uk.goodpractice.directory.organisation;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;
import uk.goodpractice.directory.common.Roles;

@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Organisations named as leads, partners or contacts' employers: the values of the `organisation` filters")
class OrganisationResource {

    private final OrganisationService service;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    OrganisationResource(OrganisationService service, io.quarkus.security.identity.SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    /**
     * List organisations.
     *
     * Organisations by name, as printed in the sources; their slugs are the values the `organisation` filters take.
     *
     * @return A page of organisations
     */
    @GET
    @APIResponseSchema(OrganisationRef[].class)
    @AnswerExample(name = "family-rights-group", value = ApiExamples.ORGANISATION_PAGE)
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    public Response listOrganisations(
            @Parameter(description = "Text in the organisation's name (case-insensitive)", example = "council")
            @QueryParam("q") @Size(max = 200, message = "must be at most 200 characters") String q,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listOrganisations(q, paging.toPageRequest(),
                identity.hasRole(Roles.EDITOR)), uri);
    }
}
