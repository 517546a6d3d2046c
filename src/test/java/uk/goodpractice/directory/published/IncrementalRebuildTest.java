package uk.goodpractice.directory.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.goodpractice.directory.EditingProfile;
import java.util.Locale;

/**
 * A rebuild that reuses what the previous snapshot made of unchanged initiatives gives exactly the
 * snapshot a build from scratch gives: every body and its tag, every list entry, filter value,
 * order, CSV row and search answer. Each write below changes one kind of row an initiative's public
 * answers are made from, straight in the database (so no version or audit moves with it: only the
 * row), and leaves the initiatives it does not touch to be reused. Leaving any of these row kinds
 * out of {@link InitiativeInputs} makes this test fail.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
class IncrementalRebuildTest {

    private static final String PUBLIC_APPEARANCE = " from appearance a join initiative i on i.id = a.initiative_id"
            + " join edition e on e.id = a.edition_id where i.status = 'PUBLISHED' and i.deleted_at is null"
            + " and e.status = 'PUBLISHED' and e.deleted_at is null";

    @Inject
    PublishedReadModel readModel;

    @Inject
    SnapshotBuilder builder;

    @Inject
    AgroalDataSource dataSource;

    /** One write, by SQL, and the SQL that undoes it. */
    private record Write(String what, String sql, String undo) {
    }

    @Test
    void anIncrementalRebuild_equalsABuildFromScratch_afterEachKindOfWrite() throws Exception {
        // a public appearance's initiative with a live driver mapping in that edition
        String mapped = PUBLIC_APPEARANCE.replace(" where ",
                " join driver_mapping m on m.initiative_id = i.id and m.edition_id = e.id where m.deleted_at is null and ");
        List<Write> writes = List.of(
                column("an initiative's own row", "initiative", "summary",
                        "select min(i.id)" + PUBLIC_APPEARANCE),
                column("one of its appearances", "appearance", "title", "select min(a.id)" + PUBLIC_APPEARANCE),
                column("the edition it appears in", "edition", "label", "select min(e.id)" + PUBLIC_APPEARANCE),
                column("the theme of an appearance", "theme", "title", "select min(a.theme_id)" + PUBLIC_APPEARANCE),
                column("the parent of an appearance's theme", "theme", "title",
                        "select min(t.parent_id)" + PUBLIC_APPEARANCE.replace(" where ", " join theme t on t.id = a.theme_id where ")),
                column("a driver it is mapped to", "delay_driver", "label",
                        "select min(m.driver_id)" + mapped),
                column("one of its driver mappings", "driver_mapping", "rationale",
                        "select min(m.id)" + mapped),
                column("its lead organisation", "organisation", "name", "select min(i.lead_organisation_id)" + PUBLIC_APPEARANCE),
                column("a partner organisation", "organisation", "name",
                        "select max(p.organisation_id)" + PUBLIC_APPEARANCE.replace(" where ",
                                " join initiative_partner p on p.initiative_id = i.id where ")),
                column("an area it is linked to", "area", "name",
                        "select min(ia.area_id)" + PUBLIC_APPEARANCE.replace(" where ", " join initiative_area ia on ia.initiative_id = i.id where ")),
                // a region: what an initiative shows of an area is its own name, but it is found under every region above it
                column("a region above an area it is linked to", "area", "slug",
                        "select min(r.parent_id)" + PUBLIC_APPEARANCE.replace(" where ",
                                " join initiative_area ia on ia.initiative_id = i.id join area r on r.id = ia.area_id where ")),
                column("a contact linked to it", "contact", "name",
                        "select min(c.id)" + PUBLIC_APPEARANCE.replace(" where ",
                                " join contact_initiative ci on ci.initiative_id = i.id join contact c on c.id = ci.contact_id where"
                                        + " c.deleted_at is null and ")),
                link("a new link to an area", "initiative_area", "initiative_id, area_id",
                        "select min(i.id), (select max(id) from area where deleted_at is null)" + PUBLIC_APPEARANCE
                                + " and not exists (select 1 from initiative_area x where x.initiative_id = i.id"
                                + " and x.area_id = (select max(id) from area where deleted_at is null))"),
                link("a new partner", "initiative_partner", "initiative_id, organisation_id, position",
                        "select j.id, (select max(id) from organisation),"
                                + " (select coalesce(max(p.position), -1) + 1 from initiative_partner p where p.initiative_id = j.id)"
                                + " from initiative j where j.id = (select min(i.id)" + PUBLIC_APPEARANCE + ")"),
                link("a new announcement of it", "upcoming_item", "edition_id, position, title, text, initiative_id",
                        "select min(e.id), 9000, 'Coming soon', 'An announcement made by the test', min(i.id)" + PUBLIC_APPEARANCE));

        eachWrite_rebuildsAsFromScratch(writes, "initiative", PublishedSnapshot::initiativesReused, PublishedSnapshot::initiativeCount);
    }

    /**
     * The same, for what editions (their pages, list entries and matrices), drivers, areas and
     * contacts show: each write below changes a row one of them is made from, and the rebuild must
     * remake exactly the ones it changes and reuse the rest. Leaving any of these rows out of the
     * key of a record that shows it ({@link InitiativeInputs#editionKey} and its siblings) makes
     * this test fail.
     */
    @Test
    void anIncrementalRebuild_equalsABuildFromScratch_afterWritesToWhatOtherRecordsShow() throws Exception {
        String contacted = " from contact c join edition e on e.id = c.edition_id where c.deleted_at is null"
                + " and e.status = 'PUBLISHED' and e.deleted_at is null";
        long edition = id("select min(e.id)" + PUBLIC_APPEARANCE);
        long initiative = id("select min(i.id)" + PUBLIC_APPEARANCE);
        long mapping = id("select min(m.id) from driver_mapping m join initiative i on i.id = m.initiative_id join edition e on e.id = m.edition_id"
                + " join appearance a on a.initiative_id = i.id and a.edition_id = e.id where m.deleted_at is null"
                + " and m.provenance = 'PRINTED_MATRIX' and i.status = 'PUBLISHED' and i.deleted_at is null and e.status = 'PUBLISHED'");
        long child = id("select min(a.id) from area a where a.parent_id is not null and a.deleted_at is null"
                + " and exists (select 1 from initiative_area ia where ia.area_id = a.id)");
        long parent = id("select parent_id from area where id = " + child);
        List<Write> writes = List.of(
                column("an initiative's title (which its editions, drivers and areas show)", "initiative", "title",
                        "select " + initiative),
                column("an appearance's summary (which its edition's page shows)", "appearance", "summary",
                        "select min(a.id)" + PUBLIC_APPEARANCE),
                column("a delay driver's description (its own page and list entry only)", "delay_driver", "description",
                        "select min(id) from delay_driver"),
                column("an edition's source file (its page only)", "edition", "source_file", "select " + edition),
                new Write("an edition unpublished", "update edition set status = 'DRAFT' where id = " + edition,
                        "update edition set status = 'PUBLISHED' where id = " + edition),
                new Write("an initiative unpublished", "update initiative set status = 'DRAFT' where id = " + initiative,
                        "update initiative set status = 'PUBLISHED' where id = " + initiative),
                new Write("a printed tick made editorial (the matrix)", "update driver_mapping set provenance = 'EDITORIAL' where id = " + mapping,
                        "update driver_mapping set provenance = 'PRINTED_MATRIX' where id = " + mapping),
                column("an announcement's text", "upcoming_item", "text",
                        "select min(u.id) from upcoming_item u join edition e on e.id = u.edition_id where e.status = 'PUBLISHED'"),
                column("a theme's title", "theme", "title",
                        "select min(t.id) from theme t join edition e on e.id = t.edition_id where e.status = 'PUBLISHED'"),
                new Write("an area moved out of its region", "update area set parent_id = null where id = " + child,
                        "update area set parent_id = " + parent + " where id = " + child),
                column("an area's name", "area", "name", "select " + child),
                column("a contact's role", "contact", "role", "select min(c.id)" + contacted),
                column("a contact's organisation", "organisation", "name", "select min(c.organisation_id)" + contacted),
                link("a contact's new area", "contact_area", "contact_id, area_id",
                        "select min(c.id), " + child + contacted
                                + " and not exists (select 1 from contact_area x where x.contact_id = c.id and x.area_id = " + child + ")"),
                link("a contact's new initiative", "contact_initiative", "contact_id, initiative_id",
                        "select min(c.id), " + initiative + contacted
                                + " and not exists (select 1 from contact_initiative x where x.contact_id = c.id and x.initiative_id = " + initiative + ")"),
                link("an area's new initiative", "initiative_area", "initiative_id, area_id",
                        "select " + initiative + ", " + child + " from initiative_area where not exists"
                                + " (select 1 from initiative_area x where x.initiative_id = " + initiative + " and x.area_id = " + child + ")"
                                + " fetch first 1 rows only"));

        eachWrite_rebuildsAsFromScratch(writes, "edition, driver, area or contact", PublishedSnapshot::recordsReused,
                snapshot -> snapshot.recordsMade().size());
    }

    /**
     * Makes each write, then checks that it changed something public, that the rebuild reused some of
     * {@code kind} and remade some ({@code reused} of {@code total}), and that it equals a build from
     * scratch; then undoes the write and compares again, so that the next write is the only change its
     * rebuild sees.
     */
    private void eachWrite_rebuildsAsFromScratch(List<Write> writes, String kind, ToLongFunction<PublishedSnapshot> reused,
            ToLongFunction<PublishedSnapshot> total) throws Exception {
        readModel.refresh().get();
        for (Write w : writes) {
            PublishedSnapshot before = readModel.current();
            try {
                sql(w.sql());
                PublishedSnapshot incremental = readModel.refresh().get();
                PublishedSnapshot scratch = builder.build(null);
                assertFalse(differences(before, scratch, false).isEmpty(), w.what() + ": the write changed nothing public, so it proves nothing");
                assertTrue(reused.applyAsLong(incremental) > 0, w.what() + ": no " + kind + " was reused, so none was compared");
                assertTrue(reused.applyAsLong(incremental) < total.applyAsLong(incremental), w.what() + ": every " + kind + " was reused");
                assertEquals(List.of(), differences(scratch, incremental, true), w.what() + ": the incremental rebuild differs from one from scratch");
            } finally {
                sql(w.undo());
            }
            PublishedSnapshot undone = readModel.refresh().get();
            assertEquals(List.of(), differences(builder.build(null), undone, true), w.what() + ", undone");
        }
    }

    private long id(String query) throws SQLException {
        Object found = first(query)[0];
        assertNotNull(found, "no row for " + query);
        return ((Number) found).longValue();
    }

    /** Sets {@code column} of the row {@code idQuery} finds to a new value, and back. */
    private Write column(String what, String table, String column, String idQuery) throws SQLException {
        Object[] found = first(idQuery);
        assertNotNull(found[0], "no row for " + what + " in the data set");
        long id = ((Number) found[0]).longValue();
        Object old = first("select " + column + " from " + table + " where id = " + id)[0];
        String was = old == null ? "null" : "'" + old.toString().replace("'", "''") + "'";
        String next = "'" + (old == null ? "" : old.toString().replace("'", "''")) + "-changed'";
        return new Write(what, "update " + table + " set " + column + " = " + next + " where id = " + id,
                "update " + table + " set " + column + " = " + was + " where id = " + id);
    }

    /** Adds the row {@code valuesQuery} gives to {@code table}, and deletes it. */
    private Write link(String what, String table, String columns, String valuesQuery) throws SQLException {
        Object[] values = first(valuesQuery);
        assertTrue(Arrays.stream(values).allMatch(Objects::nonNull), "no row for " + what + " in the data set");
        List<String> literals = new ArrayList<>();
        for (Object v : values) {
            literals.add(v instanceof Number ? v.toString() : "'" + v.toString().replace("'", "''") + "'");
        }
        List<String> names = Arrays.stream(columns.split(",")).map(String::trim).toList();
        List<String> where = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            where.add(names.get(k) + " = " + literals.get(k));
        }
        return new Write(what, "insert into " + table + " (" + columns + ") values (" + String.join(", ", literals) + ")",
                "delete from " + table + " where " + String.join(" and ", where));
    }

    private Object[] first(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(query); ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), query);
            Object[] row = new Object[rs.getMetaData().getColumnCount()];
            for (int k = 0; k < row.length; k++) {
                row[k] = rs.getObject(k + 1);
            }
            return row;
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(statement)) {
            assertEquals(1, st.executeUpdate(), statement);
        }
    }

    /** Every way {@code b} would answer a public read differently from {@code a} (searches too, where asked); empty when none. */
    static List<String> differences(PublishedSnapshot a, PublishedSnapshot b, boolean searches) {
        List<String> out = new ArrayList<>();
        if (!a.details().keySet().equals(b.details().keySet())) {
            out.add("detail paths");
        }
        for (Map.Entry<String, Body> e : a.details().entrySet()) {
            Body other = b.details().get(e.getKey());
            if (other != null && (!Arrays.equals(e.getValue().bytes(), other.bytes()) || !e.getValue().etag().equals(other.etag()))) {
                out.add("body of " + e.getKey());
            }
        }
        if (!a.lists().keySet().equals(b.lists().keySet())) {
            out.add("list paths");
        }
        a.lists().forEach((path, items) -> {
            List<ListItem> others = b.lists().getOrDefault(path, List.of());
            if (items.size() != others.size()) {
                out.add("size of " + path);
                return;
            }
            for (int k = 0; k < items.size(); k++) {
                ListItem x = items.get(k);
                ListItem y = others.get(k);
                if (!Arrays.equals(x.json(), y.json()) || !x.filters().equals(y.filters()) || !Objects.equals(x.text(), y.text())
                        || !Objects.equals(x.at(), y.at())) {
                    out.add(path + " entry " + k);
                }
            }
        });
        if (!a.slugs().equals(b.slugs())) {
            out.add("public slugs");
        }
        InitiativeCatalogue x = a.initiatives();
        InitiativeCatalogue y = b.initiatives();
        if (!x.documents().equals(y.documents())) {
            out.add("initiative documents (facets, filters, stamps)");
        }
        for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
            if (!Arrays.equals(x.summary(k), y.summary(k))) {
                out.add("initiative summary " + k);
            }
        }
        for (String sort : List.of("title", "-title", "updated", "-updated")) {
            if (!Arrays.equals(x.order(sort), y.order(sort))) {
                out.add("order " + sort);
            }
        }
        if (!Arrays.deepEquals(a.analyst().initiativeRows, b.analyst().initiativeRows)) {
            out.add("initiative CSV rows");
        }
        if (!Arrays.deepEquals(a.analyst().contactRows, b.analyst().contactRows)) {
            out.add("contact CSV rows");
        }
        if (!a.analyst().labels.equals(b.analyst().labels)) {
            out.add("facet labels");
        }
        if (!a.analyst().files.keySet().equals(b.analyst().files.keySet())) {
            out.add("CSV files");
        }
        a.analyst().files.forEach((name, bytes) -> {
            if (!Arrays.equals(bytes, b.analyst().files.get(name))) {
                out.add("CSV file " + name);
            }
        });
        if (!searches) {
            return out;
        }
        // every word of every title is a search someone makes: the same hits in the same order, the first ones with the same highlights
        TreeSet<String> words = new TreeSet<>();
        x.documents().forEach(d -> words.addAll(Arrays.asList(d.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))));
        words.remove("");
        for (String q : words) {
            var hx = a.analyst().initiativeSearch.search(q);
            var hy = b.analyst().initiativeSearch.search(q);
            if (!Arrays.equals(hx.ordinals(), hy.ordinals())) {
                out.add("search hits for " + q);
                continue;
            }
            for (int o : Arrays.copyOf(hx.ordinals(), Math.min(3, hx.ordinals().length))) {
                if (!a.analyst().initiativeSearch.highlights(hx, o).equals(b.analyst().initiativeSearch.highlights(hy, o))) {
                    out.add("highlights for " + q);
                    break;
                }
            }
        }
        return out;
    }
}
