package uk.goodpractice.directory.audit;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.Roles;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.PageLinks;
import uk.goodpractice.directory.common.PageParams;

@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every change: who, when, what before and after (admins only; read-only)")
class AuditResource {

    private final AuditService service;

    AuditResource(AuditService service) {
        this.service = service;
    }

    /**
     * Read the audit trail.
     *
     * Changes, newest first. Audit entries cannot be changed through the API.
     *
     * @return A page of audit entries
     */
    @GET
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(AuditViews.Entry[].class)
    @AnswerExample(name = "update", value = ApiExamples.AUDIT_PAGE)
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    public Response listAudit(@Valid @BeanParam AuditViews.Filter filter, @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listAudit(filter, paging.toPageRequest()), uri);
    }
}
