package uk.goodpractice.directory.delaydriver;

import uk.goodpractice.directory.common.DraftsForEditors;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import uk.goodpractice.directory.common.AnswerExample;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.Roles;

/** An edition's delay-driver matrix, under the edition's address: drivers × initiatives, as printed. */
@Path("/v1/editions/{slug}/matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions")
class EditionMatrixResource {

    private final MatrixService service;
    private final SecurityIdentity identity;

    EditionMatrixResource(MatrixService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    /**
     * Get an edition's delay-driver matrix.
     *
     * Drivers × initiatives exactly as printed, in printed order. Only printed ticks appear here; editorial mappings never do.
     *
     * @return The matrix
     */
    @GET
    @APIResponseSchema(MatrixViews.Matrix.class)
    @AnswerExample(name = "edition-4", value = ApiExamples.MATRIX)
    @APIResponse(responseCode = "404", description = "No published edition has this slug, or the edition prints no matrix")
    @DraftsForEditors
    public MatrixViews.Matrix getEditionMatrix(
            @Parameter(description = "The edition's slug", example = "good-practice-guide-edition-4") @PathParam("slug") String slug) {
        return service.findMatrixByEditionSlug(slug, identity.hasRole(Roles.EDITOR));
    }
}
