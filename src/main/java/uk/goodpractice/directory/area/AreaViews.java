package uk.goodpractice.directory.area;

import java.time.OffsetDateTime;
import uk.goodpractice.directory.common.UpdatedAt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.contact.ContactView;

/** API shapes of the areas. */
public final class AreaViews {

    private AreaViews() {
    }

    @Schema(name = "AreaSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(@Schema(example = "salford", required = true) String slug,
            @Schema(example = "Salford City Council", required = true) String name,
            @Schema(required = true) AreaType type,
            AreaRef parent,
            @Schema(description = "Published initiatives linked to this area or to an area within it: what filtering the initiatives by it finds",
                    example = "1", required = true) long initiativeCount,
            @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt) {

        public Summary withUpdatedAt(OffsetDateTime at) {
            return new Summary(slug, name, type, parent, initiativeCount, at);
        }
    }

    @Schema(name = "AreaDetail")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(@Schema(required = true) String slug,
            @Schema(required = true) String name,
            @Schema(required = true) AreaType type,
            AreaRef parent,
            @Schema(description = "Areas within it", required = true) List<AreaRef> children,
            @Schema(description = "Published initiatives linked to this area itself", required = true) List<InitiativeRef> initiatives,
            @Schema(description = "Contacts for this area", required = true) List<ContactView> contacts,
            @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt) {

        /** This detail with its contacts and its own time replaced (the published snapshot's stamps). */
        public Detail restamped(List<ContactView> stampedContacts, OffsetDateTime at) {
            return new Detail(slug, name, type, parent, children, initiatives, stampedContacts, at);
        }
    }
}
