/**
 * The published read model: everything the public can see, held in memory as one immutable
 * {@link PublishedSnapshot} and answered without touching the
 * database.
 *
 * <h2>Why</h2>
 * The directory is read far more than it is written, and what a public read shows only changes when
 * an editor commits. So the work a read used to do per request (queries, hydrating entities,
 * parsing the JSON text columns, serialising, serialising again to hash an ETag) is done once per
 * commit instead.
 *
 * <h2>What a snapshot holds</h2>
 * <ul>
 * <li>Every public detail body (initiative, edition, matrix, driver, area, contact) serialised once
 * by the feature's own API shape and factory, given the public view only; its strong ETag is a hash
 * of exactly those bytes, and its gzip variant is made once, the first time a client asks.</li>
 * <li>The initiative list as an {@link InitiativeCatalogue}: one
 * serialised summary per initiative, the four sort orders precomputed, and a bit set per filter value
 * (driver, edition, area with its ancestors, organisation, theme with its parent, and driver×edition
 * for "mapped in this edition"). One {@link InitiativeDocument}
 * per initiative holds its facets as plain values: facets, statistics and exports are built from
 * these at snapshot time. Its text is searched through the Lucene index beside the catalogue, kept
 * between snapshots and updated per document, which also keeps the one copy of the wording that
 * highlights need.</li>
 * <li>The small lists (drivers, editions, areas, contacts, organisations, deletions) as serialised
 * entries with the values their filters match.</li>
 * <li>The public slug sets, which decide a filter's 400 for an unknown value: a value only a draft
 * uses is unknown, like a made-up one ({@link PublishedSlugs}).</li>
 * </ul>
 * Nothing unpublished is read into a snapshot, so no public answer (list, count, search, filter
 * check, organisation, matrix, deletions) can show or be influenced by a draft.
 *
 * <h2>Serving</h2>
 * {@link PublicReadRoute} answers a GET under {@code /api/v1}
 * that carries no credentials, before authentication and the REST layer: {@code If-None-Match}
 * first, then the stored bytes (gzip when accepted). List pages are assembled from the stored
 * summaries in the envelope, paging and {@code Link} header the resources give, and each distinct
 * list answer is kept for the life of its snapshot. Whatever the snapshot does not answer with a
 * 200 — a bad parameter, an unknown value or slug, a parameter it does not know, any request with
 * credentials (an editor may be reading drafts) — goes on to the resources unchanged, so every
 * error keeps one source and editors' draft-inclusive reads stay on the database, tagged so that
 * they never share an ETag with a public answer.
 *
 * <h2>Staying current</h2>
 * {@link PublishedReadModel} builds the first snapshot at start,
 * before the service answers, and swaps each new one in atomically; readers never wait. Services
 * marked {@link ChangesPublicData} move the {@code published_change}
 * counter in every transaction they commit and, after the commit, wait for a snapshot that includes
 * it ({@link PublicDataChanges}): a write's 2xx means the next
 * public read on this instance shows it. Rebuilds run one at a time and requests that arrive during
 * one share the next. Each instance also polls the counter (every
 * {@code directory.published.poll-interval}) and rebuilds when another instance's commit moved it.
 * A rebuild reuses the previous snapshot's bodies (and their gzip and ETag) whose bytes did not
 * change, and re-indexes only the documents whose text changed. A record whose inputs did not
 * change is not even loaded: one pass reads every row the public answers are made from
 * ({@link InitiativeInputs}) and keys each initiative by a
 * digest of its rows, and each edition (with its matrix), driver, area and contact, and the
 * deletions feed, by its own rows and the digests of the public initiatives that point at it.
 * Where a key and the kept stamp are unchanged, what the previous snapshot made of the record
 * ({@link PublishedInitiative},
 * {@link PublishedRecord}) is reused whole, so one
 * initiative's edit remakes it and the editions, drivers and areas it belongs to, and nothing else.
 * The directory dump is served from the detail bodies' own bytes, not a copy.
 */
package uk.goodpractice.directory.published;
import uk.goodpractice.directory.common.ChangesPublicData;
import uk.goodpractice.directory.common.PublishedSlugs;
