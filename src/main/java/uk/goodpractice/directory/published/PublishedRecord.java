package uk.goodpractice.directory.published;

/**
 * What a snapshot made of one edition, driver, area or contact, kept with the key of everything its
 * answers show ({@link InitiativeInputs#editionKey} and its siblings): a rebuild that finds the same
 * key, and the same kept stamp, reuses its list entry and bodies instead of reading and serialising
 * it again.
 *
 * @param key   the digest of every row its answers were made from
 * @param hash  the hash of its answers with placeholder stamps, which {@link Stamps} keeps
 * @param stamp the stamp its answers show
 * @param item  its list entry, stamped
 * @param view  what the rest of the build needs of it: an edition's matrix (or null), a driver's or an
 *              area's summary, a contact's stamped view
 */
record PublishedRecord(byte[] key, String hash, Stamps.Stamp stamp, ListItem item, Object view) {
}
