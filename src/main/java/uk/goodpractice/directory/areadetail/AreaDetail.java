package uk.goodpractice.directory.areadetail;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.area.AreaRef;
import uk.goodpractice.directory.area.AreaType;
import uk.goodpractice.directory.common.UpdatedAt;
import uk.goodpractice.directory.contact.ContactView;
import uk.goodpractice.directory.initiative.InitiativeRef;

/** An area's page: the area with the areas within it and what refers to it (its initiatives and contacts). */
@Schema(name = "AreaDetail")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AreaDetail(@Schema(required = true) String slug,
        @Schema(required = true) String name,
        @Schema(required = true) AreaType type,
        AreaRef parent,
        @Schema(description = "Areas within it", required = true) List<AreaRef> children,
        @Schema(description = "Published initiatives linked to this area itself", required = true) List<InitiativeRef> initiatives,
        @Schema(description = "Contacts for this area", required = true) List<ContactView> contacts,
        @Schema(description = UpdatedAt.DESCRIPTION, required = true) OffsetDateTime updatedAt) {

    /** This detail with its contacts and its own time replaced (the published snapshot's stamps). */
    public AreaDetail restamped(List<ContactView> stampedContacts, OffsetDateTime at) {
        return new AreaDetail(slug, name, type, parent, children, initiatives, stampedContacts, at);
    }
}
