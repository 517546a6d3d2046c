package uk.goodpractice.directory.published;

import java.util.List;

/**
 * What a snapshot made of one public initiative, kept with the digest of the rows it was made
 * from ({@link InitiativeInputs}): a rebuild that finds the same digest, and the same kept stamp,
 * reuses all of it instead of loading and serialising the initiative again.
 *
 * @param inputs      the digest of every row its answers were made from
 * @param hash        the hash of its answers with placeholder stamps, which {@link Stamps} keeps
 * @param stamp       the stamp its answers show
 * @param summary     its list entry, stamped
 * @param detail      its detail body, stamped
 * @param document    its facets (the ordinal is this snapshot's)
 * @param texts       its public wording, for the acronyms the sources define, in the order a build reads it
 * @param searchFields the fields its search document is made of
 * @param leadOrganisation its lead organisation's name, or "" (contacts are found by it)
 * @param csvRow      its row in the initiatives export
 */
record PublishedInitiative(long id, String slug, byte[] inputs, String hash, Stamps.Stamp stamp, byte[] summary, Body detail,
        InitiativeDocument document, List<String> texts, List<String> searchFields, String leadOrganisation, byte[] csvRow) {
}
