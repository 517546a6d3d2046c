package uk.goodpractice.directory.contact;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.goodpractice.directory.common.UpdatedSince;

/** Filters for the area-contact list. Values of one filter are OR-ed, different filters AND-ed. */
public class ContactFilter extends UpdatedSince {

    @QueryParam("area")
    @Parameter(description = "Area slug; repeatable. A region also matches the areas within it.", example = "leeds")
    public List<String> area;

    @QueryParam("organisation")
    @Parameter(description = "Organisation slug; repeatable", example = "greater-manchester-combined-authority")
    public List<String> organisation;

    @QueryParam("initiative")
    @Parameter(description = "Initiative slug; repeatable", example = "family-valued")
    public List<String> initiative;

    @QueryParam("edition")
    @Parameter(description = "Slug of the edition that published the contact; repeatable", example = "innovation-programme-directory-2016")
    public List<String> edition;

    @QueryParam("q")
    @Parameter(description = "Words to find in name, role, organisation, email or note, or in the titles of the initiatives the contact works on "
            + "(ranked, English stems, \"quoted phrases\", acronyms such as FDAC matched both ways; best matches first). "
            + "With status=DRAFT or ANY: every word must appear, case-insensitive.", example = "FDAC")
    @Size(max = 200, message = "must be at most 200 characters")
    public String q;
}
