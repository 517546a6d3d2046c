package uk.goodpractice.directory.published;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.initiative.InitiativeVisibility;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A digest, per initiative, of every database row its public answers are made from: so a rebuild
 * can tell, without loading it, that nothing an initiative's summary, detail, search fields, CSV row
 * or facets show has changed, and reuse what the previous snapshot made of it.
 *
 * <p>Rows are hashed whole (every column; those left out are named in {@link #NOT_SHOWN}), so a
 * change to any column of a row an answer reads changes the digest, even a column it does not show:
 * that costs a needless rebuild of the initiative, never a stale answer. What an initiative's
 * answers read, and so what its digest covers:
 * <ul>
 * <li>its own {@code initiative} row and its lead organisation's row;</li>
 * <li>its {@code initiative_partner} rows (in order) with each organisation's row;</li>
 * <li>its {@code initiative_area} rows with each area's row and those of all its ancestors (the
 * area filter matches a region's areas);</li>
 * <li>its {@code appearance} rows, each with its edition's row (label, position, status and
 * citation fields are shown) and its theme's row and that theme's parent's;</li>
 * <li>its {@code driver_mapping} rows, each with its driver's and edition's rows;</li>
 * <li>the {@code upcoming_item} rows that announce it, each with its edition's row;</li>
 * <li>the contacts linked to it, as the snapshot serves them (added by the builder, see
 * {@link #add}), which covers their rows, areas, organisation, edition, stamps and the other
 * initiatives they name.</li>
 * </ul>
 * Whether it is public at all is decided from its own row and its editions' rows, both covered.
 *
 * <p>The same pass keys the other records a rebuild may reuse ({@link #editionKey},
 * {@link #driverKey}, {@link #areaKey}, {@link #contactKey}, {@link #deletionsKey}): each by its own
 * rows, the small tables it shows, and the digests of the public initiatives that point at it, so
 * a change to anything one of them shows changes its key. {@code IncrementalRebuildTest} compares
 * a rebuild with one from scratch after each kind of write.
 */
final class InitiativeInputs {

    /**
     * Per table, the columns an initiative's answers never read. {@code initiative.search_text} is
     * only for editors' database search. The version and times of an edition, area or driver are
     * their own answers' stamps: an initiative's answers show none of them (they show an edition
     * as {@code EditionRef} and its citation, an area as {@code AreaRef}, a driver as
     * {@code DriverRef}), and every edit of an initiative moves its editions' version, which
     * would otherwise make every initiative of those editions look changed.
     */
    static final Map<String, Set<String>> NOT_SHOWN = Map.of(
            "initiative", Set.of("search_text"),
            "edition", Set.of("version", "created_at", "updated_at"),
            "area", Set.of("version", "created_at", "updated_at"),
            "delay_driver", Set.of("version", "created_at", "updated_at"));

    /**
     * The columns of an initiative's own row that no edition, driver or area answer shows (they show
     * it as a ref, its slug and title, or by an appearance's own fields): a PATCH of its summary
     * remakes the initiative alone.
     */
    static final Set<String> NOT_SHOWN_BY_OTHERS = Set.of("search_text", "summary", "version", "created_at", "updated_at");

    /** How many initiatives' rows are read at a time: the appearances hold their whole text, so not all at once. */
    private static final int WINDOW = 500;

    private final Map<Long, MessageDigest> digests = new HashMap<>();
    /** Per public initiative, the same digest without {@link #NOT_SHOWN_BY_OTHERS} and its contacts: what other records show of it. */
    private final Map<Long, MessageDigest> refDigests = new HashMap<>();
    private final Map<Long, byte[]> refFinished = new HashMap<>();
    /** Each public initiative's own row hash: what a contact shows of it (its slug and title, and whether it is public). */
    private final Map<Long, byte[]> ownRows = new HashMap<>();
    private final List<Long> publicIds = new ArrayList<>();
    /** Per edition, the mapping rows of initiatives that are not public. */
    private final Map<Long, MessageDigest> ticksOfOthers = new HashMap<>();
    private final Map<Long, byte[]> ticksOfOthersDone = new HashMap<>();
    /** The rows of every initiative that is not public, in id order. */
    private final MessageDigest notPublic = sha256();
    /** Per edition, driver and area (directly linked): the public initiatives with a row pointing at it. */
    private final Map<Long, Set<Long>> inEdition = new HashMap<>();
    private final Map<Long, Set<Long>> ofDriver = new HashMap<>();
    private final Map<Long, Set<Long>> inArea = new HashMap<>();
    private Map<Long, Long> areaParents = Map.of();
    private Map<Long, byte[]> areaRows = Map.of();
    private Map<Long, List<byte[]>> themesOfEdition = Map.of();
    private Map<Long, List<byte[]>> upcomingOfEdition = Map.of();
    private Map<Long, byte[]> contactRows = Map.of();
    private Map<Long, List<Long>> contactRefs = Map.of();
    private Map<Long, List<Long>> contactEditions = Map.of();
    private Map<Long, List<Long>> contactAreas = Map.of();
    private Map<Long, List<Long>> contactInitiatives = Map.of();
    private final Map<Long, byte[]> finished = new HashMap<>();
    private final Map<Long, byte[]> editions;
    private final Map<Long, byte[]> themes;
    private final Map<Long, byte[]> drivers;
    private final Map<Long, byte[]> organisations;
    private final Map<Long, byte[]> areas;

    private InitiativeInputs(Map<Long, byte[]> editions, Map<Long, byte[]> themes, Map<Long, byte[]> drivers,
            Map<Long, byte[]> organisations, Map<Long, byte[]> areas) {
        this.editions = editions;
        this.themes = themes;
        this.drivers = drivers;
        this.organisations = organisations;
        this.areas = areas;
    }

    /**
     * Reads the rows of every public initiative (and of everything they show) in {@code c}'s
     * transaction: the initiative table is read once, a window of ids at a time, and which
     * initiatives are public is decided from those rows ({@link #publicIds}).
     */
    static InitiativeInputs read(Connection c) throws SQLException {
        Map<Long, byte[]> editions = rowsById(c, "edition");
        Map<Long, byte[]> themeRows = rowsById(c, "theme");
        Map<Long, Long> themeParent = parents(c, "theme");
        Map<Long, byte[]> areaRows = rowsById(c, "area");
        Map<Long, Long> areaParent = parents(c, "area");
        InitiativeInputs in = new InitiativeInputs(editions, withAncestors(themeRows, themeParent), rowsById(c, "delay_driver"),
                rowsById(c, "organisation"), withAncestors(areaRows, areaParent));
        in.areaParents = areaParent;
        in.areaRows = areaRows;
        in.themesOfEdition = rowsBy(c, "theme", "edition_id");
        in.upcomingOfEdition = rowsBy(c, "upcoming_item", "edition_id");
        in.contactRows = rowsById(c, "contact");
        in.contactRefs = links(c, "select id, organisation_id from contact where organisation_id is not null");
        in.contactEditions = links(c, "select id, edition_id from contact");
        in.contactAreas = links(c, "select contact_id, area_id from contact_area order by contact_id, area_id");
        in.contactInitiatives = links(c, "select contact_id, initiative_id from contact_initiative order by contact_id, initiative_id");
        try (PreparedStatement st = c.prepareStatement("select min(id), max(id) from initiative"); ResultSet rs = st.executeQuery()) {
            rs.next();
            long min = rs.getLong(1);
            if (!rs.wasNull()) {
                long max = rs.getLong(2);
                for (long low = min; low <= max; low += WINDOW) {
                    in.window(c, low, Math.min(low + WINDOW - 1, max));
                }
            }
        }
        return in;
    }

    /** The public initiatives, by id, in id order. */
    List<Long> publicIds() {
        return publicIds;
    }

    private void window(Connection c, long low, long high) throws SQLException {
        // which initiatives are public is read from their own rows, by the one rule
        try (PreparedStatement st = c.prepareStatement("select * from initiative where id between ? and ? order by id")) {
            st.setLong(1, low);
            st.setLong(2, high);
            try (ResultSet rs = st.executeQuery()) {
                byte[] tableTag = "initiative:".getBytes(StandardCharsets.UTF_8);
                Columns all = Columns.of(rs, NOT_SHOWN.get("initiative"));
                Columns forOthers = Columns.of(rs, NOT_SHOWN_BY_OTHERS);
                while (rs.next()) {
                    if (!InitiativeVisibility.publicCanSee(PublicationStatus.valueOf(rs.getString("status")), rs.getObject("deleted_at"))) {
                        // not public: what the deletions feed is made of (few rows, so hashed whole)
                        notPublic.update(Long.toString(rs.getLong("id")).getBytes(StandardCharsets.US_ASCII));
                        notPublic.update(row(rs, all));
                        continue;
                    }
                    long id = rs.getLong("id");
                    MessageDigest d = sha256();
                    digests.put(id, d);
                    publicIds.add(id);
                    byte[] row = row(rs, all);
                    ownRows.put(id, row);
                    d.update(tableTag);
                    d.update(row);
                    d.update(ref(organisations, rs, "lead_organisation_id"));
                    MessageDigest r = sha256();
                    refDigests.put(id, r);
                    r.update(tableTag);
                    r.update(row(rs, forOthers));
                }
            }
        }
        each(c, "select * from initiative_partner where initiative_id between ? and ? order by initiative_id, position", low, high,
                "initiative_partner", "initiative_id", (d, rs, row) -> {
                    d.update(row);
                    d.update(ref(organisations, rs, "organisation_id"));
                });
        each(c, "select * from initiative_area where initiative_id between ? and ? order by initiative_id, area_id", low, high,
                "initiative_area", "initiative_id", (d, rs, row) -> {
                    member(inArea, rs, "area_id");
                    d.update(row);
                    d.update(ref(areas, rs, "area_id"));
                });
        each(c, "select * from appearance where initiative_id between ? and ? order by initiative_id, id", low, high, "appearance",
                "initiative_id", (d, rs, row) -> {
                    member(inEdition, rs, "edition_id");
                    d.update(row);
                    d.update(ref(editions, rs, "edition_id"));
                    d.update(ref(themes, rs, "theme_id"));
                });
        each(c, "select * from driver_mapping where initiative_id between ? and ? order by initiative_id, id", low, high,
                "driver_mapping", "initiative_id", (d, rs, row) -> {
                    member(inEdition, rs, "edition_id");
                    member(ofDriver, rs, "driver_id");
                    d.update(row);
                    d.update(ref(drivers, rs, "driver_id"));
                    d.update(ref(editions, rs, "edition_id"));
                });
        each(c, "select * from upcoming_item where initiative_id between ? and ? order by initiative_id, id", low, high,
                "upcoming_item", "initiative_id", (d, rs, row) -> {
                    member(inEdition, rs, "edition_id");
                    d.update(row);
                    d.update(ref(editions, rs, "edition_id"));
                });
    }

    /** Adds what the builder serves of something linked to initiative {@code id} (its contacts' bodies), in a fixed order. */
    void add(long id, byte[] served) {
        MessageDigest d = digests.get(id);
        if (d != null) {
            d.update(TAG_SERVED);
            d.update(served);
            d.update(SEPARATOR);
        }
    }

    /** The digest of initiative {@code id}'s inputs; final once asked for, so call it after every {@link #add}. */
    byte[] digest(long id) {
        byte[] done = finished.get(id);
        if (done == null) {
            done = digests.remove(id).digest();
            finished.put(id, done);
        }
        return done;
    }

    /**
     * The key of an edition's answers (its list entry, page and matrix): its own row, its themes,
     * its announcements, every driver (the matrix's rows), the digest for others of every public initiative
     * with an appearance, mapping or announcement in it (their appearances, ticks and refs are what
     * the page and matrix list, and the list entry counts), and the mapping rows in it of initiatives
     * that are not public (its list entry's {@code hasMatrix} counts any printed tick). Call after
     * every {@link #add}.
     */
    byte[] editionKey(long edition) {
        MessageDigest d = sha256();
        d.update(ref(editions, edition));
        rowList(d, themesOfEdition.get(edition));
        rowList(d, upcomingOfEdition.get(edition));
        table(d, drivers);
        members(d, inEdition.get(edition));
        MessageDigest others = ticksOfOthers.remove(edition);
        if (others != null) {
            ticksOfOthersDone.put(edition, others.digest());
        }
        d.update(TAG_SERVED);
        d.update(ticksOfOthersDone.getOrDefault(edition, NO_REF));
        return d.digest();
    }

    /**
     * The key of a driver's answers: its own row, every edition's (the groups' refs and which are
     * public) and its public initiatives' digests for others.
     */
    byte[] driverKey(long driver) {
        MessageDigest d = sha256();
        d.update(ref(drivers, driver));
        table(d, editions);
        members(d, ofDriver.get(driver));
        return d.digest();
    }

    /**
     * The key of an area's answers: every area's row (its parent, children and which are live; a
     * rename anywhere makes all of them again), the digests for others of the public initiatives linked to it
     * or to an area within it (its count covers those, its page lists its own), and {@code contacts}:
     * the bodies of the public contacts linked to it, as served, in the order it lists them.
     */
    byte[] areaKey(long area, List<byte[]> contacts) {
        MessageDigest d = sha256();
        d.update(ref(areaRows, area));
        table(d, areaRows);
        Set<Long> within = new TreeSet<>();
        for (Map.Entry<Long, Set<Long>> e : inArea.entrySet()) {
            Set<Long> seen = new HashSet<>();
            for (Long at = e.getKey(); at != null && seen.add(at); at = areaParents.get(at)) {
                if (at == area) {
                    within.addAll(e.getValue());
                    break;
                }
            }
        }
        members(d, within);
        d.update(TAG_SERVED);
        for (byte[] c : contacts) {
            d.update(sha256(c));
        }
        return d.digest();
    }

    /**
     * The key of a contact's answers: its own row, its organisation's and edition's rows, each area
     * it is linked to (with the regions above it: its list entry is found under them) and each
     * initiative it is linked to by its own row where that initiative is public (a ref shows its
     * slug and title), or a marker where it is not.
     */
    byte[] contactKey(long contact) {
        MessageDigest d = sha256();
        byte[] row = contactRows.get(contact);
        d.update(row == null ? NO_REF : row);
        for (long o : contactRefs.getOrDefault(contact, List.of())) {
            d.update(ref(organisations, o));
        }
        d.update(SEPARATOR);
        for (long e : contactEditions.getOrDefault(contact, List.of())) {
            d.update(ref(editions, e));
        }
        d.update(SEPARATOR);
        for (long a : contactAreas.getOrDefault(contact, List.of())) {
            d.update(ref(areas, a));
        }
        d.update(TAG_SERVED);
        for (long i : contactInitiatives.getOrDefault(contact, List.of())) {
            d.update(Long.toString(i).getBytes(StandardCharsets.US_ASCII));
            byte[] own = ownRows.get(i);
            d.update(own == null ? NO_REF : own);
        }
        return d.digest();
    }

    /**
     * The key of the deletions feed: every initiative that is not public (deleted or unpublished, by
     * its own row), every contact and its edition, every area. Call once.
     */
    byte[] deletionsKey() {
        MessageDigest d = notPublic;
        table(d, contactRows);
        table(d, editions);
        table(d, areaRows);
        return d.digest();
    }

    /** The initiatives {@code contact} is linked to, public or not, by id. */
    List<Long> initiativesOf(long contact) {
        return contactInitiatives.getOrDefault(contact, List.of());
    }

    /** The areas {@code contact} is linked to, live or not, by id. */
    List<Long> areasOf(long contact) {
        return contactAreas.getOrDefault(contact, List.of());
    }

    private void members(MessageDigest d, Set<Long> ids) {
        d.update(TAG_SERVED);
        if (ids == null) {
            return;
        }
        for (long i : new TreeSet<>(ids)) {
            d.update(Long.toString(i).getBytes(StandardCharsets.US_ASCII));
            d.update(SEPARATOR);
            d.update(refDigest(i));
        }
    }

    /** What an edition, driver or area shows of initiative {@code id}: its digest but its own summary and stamps, and its contacts. */
    private byte[] refDigest(long id) {
        return refFinished.computeIfAbsent(id, k -> refDigests.remove(k).digest());
    }

    private static void rowList(MessageDigest d, List<byte[]> rows) {
        d.update(SEPARATOR);
        if (rows != null) {
            rows.forEach(d::update);
        }
    }

    /** Every row of a table, in id order. */
    private static void table(MessageDigest d, Map<Long, byte[]> rows) {
        d.update(SEPARATOR);
        for (long id : new TreeSet<>(rows.keySet())) {
            d.update(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
            d.update(rows.get(id));
        }
    }

    private static byte[] ref(Map<Long, byte[]> rows, long id) {
        byte[] row = rows.get(id);
        return row != null ? row : NO_REF;
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private void member(Map<Long, Set<Long>> of, ResultSet rs, String column) throws SQLException {
        long target = rs.getLong(column);
        if (!rs.wasNull()) {
            of.computeIfAbsent(target, k -> new HashSet<>()).add(rs.getLong("initiative_id"));
        }
    }

    private static final byte[] NULL = {1};
    private static final byte[] SEPARATOR = {0};
    private static final byte[] TAG_SERVED = {2};
    private static final byte[] NO_REF = {3};

    /** Where a row's hash and those of the rows it refers to go: an initiative's digest and its digest for other records. */
    private interface Sink {
        void update(byte[] bytes);
    }

    private interface RowConsumer {
        void accept(Sink digest, ResultSet rs, byte[] rowHash) throws SQLException;
    }

    private void each(Connection c, String sql, long low, long high, String table, String key, RowConsumer consumer) throws SQLException {
        byte[] tableTag = (table + ":").getBytes(StandardCharsets.UTF_8);
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, low);
            st.setLong(2, high);
            try (ResultSet rs = st.executeQuery()) {
                Columns skip = Columns.of(rs, NOT_SHOWN.getOrDefault(table, Set.of()));
                while (rs.next()) {
                    MessageDigest d = digests.get(rs.getLong(key));
                    if (d != null) {
                        MessageDigest r = refDigests.get(rs.getLong(key));
                        Sink both = bytes -> {
                            d.update(bytes);
                            r.update(bytes);
                        };
                        both.update(tableTag);
                        consumer.accept(both, rs, row(rs, skip));
                    } else if (table.equals("driver_mapping")) {
                        // an edition's list entry says it has a matrix once it has a printed tick, whoever's it is
                        ticksOfOthers.computeIfAbsent(rs.getLong("edition_id"), k -> sha256()).update(row(rs, skip));
                    }
                }
            }
        }
    }

    /** The row hash of the row {@code column} refers to, or a marker for none. */
    private static byte[] ref(Map<Long, byte[]> rows, ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        if (rs.wasNull()) {
            return NO_REF;
        }
        byte[] row = rows.get(id);
        // a reference the table does not hold cannot happen under the foreign keys; hashed apart from any real row all the same
        return row != null ? row : ("missing:" + id).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A hash of every column of the current row but those {@code columns} leaves out, named, nulls
     * told apart from any value.
     */
    private static byte[] row(ResultSet rs, Columns columns) throws SQLException {
        MessageDigest d = sha256();
        for (int n = 0; n < columns.index.length; n++) {
            d.update(columns.name[n]);
            d.update(SEPARATOR);
            String value = rs.getString(columns.index[n]);
            d.update(value == null ? NULL : value.getBytes(StandardCharsets.UTF_8));
            d.update(SEPARATOR);
        }
        return d.digest();
    }

    /** The columns of a result a row hash covers: their positions and lower-case names, in order. */
    private record Columns(int[] index, byte[][] name) {
        static Columns of(ResultSet rs, Set<String> skip) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            List<Integer> index = new ArrayList<>();
            List<byte[]> names = new ArrayList<>();
            for (int k = 1; k <= meta.getColumnCount(); k++) {
                String name = meta.getColumnLabel(k).toLowerCase(Locale.ROOT);
                if (!skip.contains(name)) {
                    index.add(k);
                    names.add(name.getBytes(StandardCharsets.UTF_8));
                }
            }
            return new Columns(index.stream().mapToInt(Integer::intValue).toArray(), names.toArray(new byte[0][]));
        }
    }

    private static Map<Long, byte[]> rowsById(Connection c, String table) throws SQLException {
        Map<Long, byte[]> rows = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select * from " + table); ResultSet rs = st.executeQuery()) {
            Columns skip = Columns.of(rs, NOT_SHOWN.getOrDefault(table, Set.of()));
            while (rs.next()) {
                rows.put(rs.getLong("id"), row(rs, skip));
            }
        }
        return rows;
    }

    /** Each row's hash (every column but those not shown), grouped by {@code column}, in id order. */
    private static Map<Long, List<byte[]>> rowsBy(Connection c, String table, String column) throws SQLException {
        Map<Long, List<byte[]>> rows = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select * from " + table + " order by id"); ResultSet rs = st.executeQuery()) {
            Columns skip = Columns.of(rs, NOT_SHOWN.getOrDefault(table, Set.of()));
            while (rs.next()) {
                rows.computeIfAbsent(rs.getLong(column), k -> new ArrayList<>()).add(row(rs, skip));
            }
        }
        return rows;
    }

    private static Map<Long, List<Long>> links(Connection c, String sql) throws SQLException {
        Map<Long, List<Long>> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return out;
    }

    private static Map<Long, Long> parents(Connection c, String table) throws SQLException {
        Map<Long, Long> parents = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select id, parent_id from " + table); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long parent = rs.getLong(2);
                if (!rs.wasNull()) {
                    parents.put(rs.getLong(1), parent);
                }
            }
        }
        return parents;
    }

    /** Each row's hash combined with its ancestors' (a theme's parent, an area's regions), so a change to any of them shows. */
    private static Map<Long, byte[]> withAncestors(Map<Long, byte[]> rows, Map<Long, Long> parents) {
        Map<Long, byte[]> out = new HashMap<>();
        for (Map.Entry<Long, byte[]> e : rows.entrySet()) {
            MessageDigest d = sha256();
            Set<Long> seen = new HashSet<>();
            for (Long at = e.getKey(); at != null && seen.add(at); at = parents.get(at)) {
                byte[] row = rows.get(at);
                d.update(row == null ? NO_REF : row);
            }
            out.put(e.getKey(), d.digest());
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean same(byte[] a, byte[] b) {
        return a != null && Arrays.equals(a, b);
    }
}
