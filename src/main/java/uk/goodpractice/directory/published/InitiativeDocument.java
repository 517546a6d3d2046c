package uk.goodpractice.directory.published;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * What a facet, filter or statistic needs of one published initiative, as plain values (its
 * wording is in the search index, not here, so a snapshot holds it once): built once per snapshot from the public view only (published
 * editions, live mappings and areas), so whatever is built from it cannot show a draft.
 *
 * @param ordinal position in the snapshot's arrays (title order): the bit that stands for it in every index
 * @param areas live areas it is linked to, each with its ancestors (a region matches the areas within it)
 * @param themes themes and sections of its public appearances, each section with its theme
 * @param driverEditions {@code driver|edition} of each live mapping in a published edition
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
        Set<String> themes) {

    /** The same document at another position (a rebuild that reuses it may place it elsewhere in title order). */
    InitiativeDocument at(int position) {
        return position == ordinal ? this : new InitiativeDocument(position, slug, title, summary, updatedAt, leadOrganisation, partners,
                organisations, areas, editions, drivers, driverEditions, themes);
    }
}
