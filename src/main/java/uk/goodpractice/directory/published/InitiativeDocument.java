package uk.goodpractice.directory.published;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Everything the public can see of one published initiative that a search, facet or statistic
 * might need, as plain values: built once per snapshot from the public view only (published
 * editions, live mappings and areas), so whatever is built from it cannot show a draft.
 *
 * @param ordinal position in the snapshot's arrays (title order): the bit that stands for it in every index
 * @param areas live areas it is linked to, each with its ancestors (a region matches the areas within it)
 * @param themes themes and sections of its public appearances, each section with its theme
 * @param driverEditions {@code driver|edition} of each live mapping in a published edition
 * @param texts every public piece of wording: titles, summaries, section text, organisation names
 * @param searchText the lower-cased text {@code q} searches
 */
record InitiativeDocument(
        int ordinal,
        String slug,
        String title,
        String summary,
        OffsetDateTime updatedAt,
        String leadOrganisation,
        List<String> partners,
        Set<String> organisations,
        Set<String> areas,
        Set<String> editions,
        Set<String> drivers,
        Set<String> driverEditions,
        Set<String> themes,
        List<String> texts,
        String searchText) {
}
