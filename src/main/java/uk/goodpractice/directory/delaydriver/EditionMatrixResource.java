package uk.goodpractice.directory.delaydriver;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.goodpractice.directory.common.ApiExamples;
import uk.goodpractice.directory.common.OpenApiConventions;
import uk.goodpractice.directory.common.Roles;

/** An edition's delay-driver matrix, under the edition's address: drivers × initiatives, as printed. */
@Path("/v1/editions/{slug}/matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions")
public class EditionMatrixResource {

    private final MatrixService service;
    private final SecurityIdentity identity;

    EditionMatrixResource(MatrixService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(extensions = @Extension(name = OpenApiConventions.DRAFTS_FOR_EDITORS, value = "true"),
            operationId = "getEditionMatrix", summary = "Get an edition's delay-driver matrix", description = "Drivers × initiatives exactly as printed, in printed order. Only printed ticks appear here; editorial mappings never do.")
    @APIResponse(responseCode = "200", description = "The matrix",
            content = @Content(schema = @Schema(implementation = MatrixViews.Matrix.class),
                    examples = @ExampleObject(name = "edition-4", value = ApiExamples.MATRIX)))
    @APIResponse(responseCode = "404", description = "No published edition has this slug, or the edition prints no matrix")
    public MatrixViews.Matrix getMatrix(
            @Parameter(description = "The edition's slug", example = "good-practice-guide-edition-4") @PathParam("slug") String slug) {
        return service.findMatrixByEditionSlug(slug, identity.hasRole(Roles.EDITOR));
    }
}
