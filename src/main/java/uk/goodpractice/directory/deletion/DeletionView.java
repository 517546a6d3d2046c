package uk.goodpractice.directory.deletion;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Deletion", description = "A record the public could read that editors have deleted (kept, restorable, hidden from every read)")
public record DeletionView(
        @Schema(description = "initiative, area-contact or area", example = "initiative", required = true) String type,
        @Schema(example = "lifelong-links", required = true) String slug,
        @Schema(required = true) OffsetDateTime deletedAt) {
}
