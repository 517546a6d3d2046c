/**
 * The initiatives' API: the list, the page and the edits of {@code /api/v1/initiatives}.
 *
 * <p>An initiative's answers and edits carry what refers to it: its list entry names its delay
 * drivers, its page lists its driver mappings and contacts, and its PUT body carries its mappings and
 * contacts. Delay drivers and contacts point at initiatives, so these are composed here, above all of
 * them; {@code initiative} keeps the records that the other features point at, and points at none of them.
 */
package uk.goodpractice.directory.initiativeapi;
