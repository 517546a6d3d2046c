package uk.goodpractice.directory.export;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.goodpractice.directory.areadetail.AreaDetail;
import uk.goodpractice.directory.organisation.OrganisationRef;
import uk.goodpractice.directory.contact.ContactView;
import uk.goodpractice.directory.delaydriver.DelayDriverViews;
import uk.goodpractice.directory.delaydriver.MatrixViews;
import uk.goodpractice.directory.editiondetail.EditionDetail;
import uk.goodpractice.directory.initiativeapi.InitiativeDetail;
import java.time.OffsetDateTime;

/** The shape of the whole-directory document (assembled by the published read model from its bodies). */
@Schema(name = "DirectoryDump", description = "Everything public, each record exactly as its own address serves it")
record DirectoryDump(
        @Schema(required = true) Licence licence,
        @Schema(description = "The attribution the licence asks for", required = true) String attribution,
        @Schema(description = "When what this dump shows last changed (the latest updatedAt or deletion in it): a mirror loaded from it "
                + "passes this as `updatedSince` (and as `since` to the deletions feed) on its first sync; see the README's mirror protocol",
                required = true)
        OffsetDateTime asOf,
        @Schema(required = true) List<DelayDriverViews.Detail> delayDrivers,
        @Schema(required = true) List<EditionDetail> editions,
        @Schema(description = "The matrix of each edition that prints one", required = true) List<MatrixViews.Matrix> matrices,
        @Schema(required = true) List<InitiativeDetail> initiatives,
        @Schema(required = true) List<AreaDetail> areas,
        @Schema(required = true) List<ContactView> areaContacts,
        @Schema(required = true) List<OrganisationRef> organisations) {

    @Schema(name = "Licence")
    record Licence(@Schema(example = "Open Government Licence v3.0", required = true) String name,
            @Schema(example = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", required = true) String url) {
    }
}
