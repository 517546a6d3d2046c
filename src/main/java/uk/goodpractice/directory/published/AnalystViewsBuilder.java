package uk.goodpractice.directory.published;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.area.AreaViews;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.area.AreaRef;
import uk.goodpractice.directory.delaydriver.DriverRef;
import uk.goodpractice.directory.edition.EditionRef;
import uk.goodpractice.directory.initiative.InitiativeRef;
import uk.goodpractice.directory.organisation.OrganisationRef;
import uk.goodpractice.directory.contact.ContactView;
import uk.goodpractice.directory.delaydriver.DelayDriver;
import uk.goodpractice.directory.delaydriver.DelayDriverViews;
import uk.goodpractice.directory.delaydriver.MatrixViews;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.EditionVisibility;
import uk.goodpractice.directory.edition.Theme;
import uk.goodpractice.directory.initiative.Appearance;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.initiativeapi.InitiativeSummary;
import uk.goodpractice.directory.organisation.Organisation;
import uk.goodpractice.directory.search.Acronyms;
import uk.goodpractice.directory.search.SearchIndex;
import java.util.Arrays;
import java.time.OffsetDateTime;

/**
 * Makes a snapshot's {@link AnalystViews}, its statistics bodies and the directory dump, from what
 * the {@link SnapshotBuilder} has already read and built (public view only), inside its transaction.
 */
@ApplicationScoped
class AnalystViewsBuilder {

    static final String DUMP = "exports/directory.json";
    static final String BY_DRIVER_AND_EDITION = "statistics/initiatives-by-driver-and-edition";
    static final String BY_AREA = "statistics/initiatives-by-area";
    static final String BY_THEME = "statistics/initiatives-by-theme";
    private static final Predicate<Edition> PUBLIC = EditionVisibility::publicCanSee;

    private final String licenceName;
    private final String licenceUrl;
    /** Kept between snapshots (builds run one at a time): a rebuild re-analyses only the documents whose text changed. */
    private final SearchIndex.Maintained initiativeIndex = new SearchIndex.Maintained();
    private final SearchIndex.Maintained contactIndex = new SearchIndex.Maintained();
    /** The acronyms the public wording defines, re-read only where the wording changed. */
    private final Acronyms.Memo acronymsOf = new Acronyms.Memo();

    AnalystViewsBuilder(@ConfigProperty(name = "quarkus.smallrye-openapi.info-license-name") String licenceName,
            @ConfigProperty(name = "quarkus.smallrye-openapi.info-license-url") String licenceUrl) {
        this.licenceName = licenceName;
        this.licenceUrl = licenceUrl;
    }

    /** Everything read for one snapshot that the analysts' views are made from. */
    record Inputs(List<PublishedInitiative> initiatives, InitiativeCatalogue catalogue, List<String> texts,
            List<ContactView> contacts, List<Edition> editions, List<DelayDriver> drivers, List<Area> areas,
            List<AreaViews.Summary> areaSummaries, List<DelayDriverViews.Summary> driverSummaries,
            Map<String, MatrixViews.Matrix> matrices, List<Organisation> organisations, OffsetDateTime asOf) {
    }

    /**
     * @param body makes (or carries over) the snapshot body at a path, as the snapshot builder does
     * @param details the bodies made so far, by path: the dump is assembled from them
     */
    AnalystViews build(Inputs in, BiFunction<String, Object, Body> body, Map<String, Body> details) {
        Map<String, String> acronyms = acronymsOf.definedIn(in.texts());

        Map<String, SearchIndex.Doc> docs = new LinkedHashMap<>();
        byte[][] initiativeRows = new byte[in.initiatives().size()][];
        for (int n = 0; n < in.initiatives().size(); n++) {
            PublishedInitiative i = in.initiatives().get(n);
            docs.put(i.slug(), new SearchIndex.Doc(n, i.searchFields()));
            initiativeRows[n] = i.csvRow();
        }
        SearchIndex initiativeSearch = initiativeIndex.update(docs, acronyms);

        // a contact is found by the initiatives they work on: their titles and who leads them
        Map<String, String> ledBy = new HashMap<>();
        in.initiatives().forEach(i -> ledBy.put(i.slug(), i.leadOrganisation()));
        Map<String, SearchIndex.Doc> contactDocs = new LinkedHashMap<>();
        byte[][] contactRows = new byte[in.contacts().size()][];
        for (int n = 0; n < in.contacts().size(); n++) {
            ContactView c = in.contacts().get(n);
            contactDocs.put(c.slug(), new SearchIndex.Doc(n, List.of(
                    nz(c.name()),
                    join(c.role(), c.organisation() == null ? null : c.organisation().name()),
                    String.join("\n", c.initiatives().stream().map(r -> r.title() + "\n" + ledBy.getOrDefault(r.slug(), "")).toList()),
                    join(String.join("\n", c.areas().stream().map(AreaRef::name).toList()), c.email(), c.note(), c.edition().title()))));
            contactRows[n] = Csv.row(c.slug(), c.name(), c.role(), c.organisation() == null ? null : c.organisation().slug(), c.email(),
                    c.phone(), c.note(), Csv.list(c.areas().stream().map(AreaRef::slug).toList()),
                    Csv.list(c.initiatives().stream().map(InitiativeRef::slug).toList()), c.edition().slug());
        }
        SearchIndex contactSearch = contactIndex.update(contactDocs, acronyms);

        Map<String, Map<String, String>> labels = labels(in);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("areas", Csv.file(ExportColumns.AREAS, in.areaSummaries().stream().map(a -> Csv.row(a.slug(), a.name(), a.type().name(),
                a.parent() == null ? null : a.parent().slug(), a.initiativeCount())).toList()));
        files.put("delay-drivers", Csv.file(ExportColumns.DRIVERS, in.driverSummaries().stream().map(d -> Csv.row(d.slug(), d.position(),
                d.label(), d.shortLabel(), d.description(), d.initiativeCount())).toList()));
        in.matrices().forEach((edition, m) -> files.put("matrices/" + edition, matrixCsv(m)));

        statistics(in, body, files);
        details.put(DUMP, dump(in, details));
        return new AnalystViews(initiativeSearch, contactSearch, labels, initiativeRows, contactRows, Map.copyOf(files));
    }

    static List<String> initiativeFields(Initiative i, List<ContactView> contacts) {
        Set<String> titles = new LinkedHashSet<>();
        Set<String> summaries = new LinkedHashSet<>();
        List<String> sections = new ArrayList<>();
        add(titles, i.title);
        add(summaries, i.summary);
        for (Appearance a : i.appearances) {
            if (PUBLIC.test(a.edition)) {
                add(titles, a.title);
                add(titles, a.matrixTitle);
                add(summaries, a.summary);
                a.sections.forEach(s -> sections.add(s.plainText()));
            }
        }
        if (i.leadOrganisation != null) {
            sections.add(i.leadOrganisation.name);
        }
        i.partners.forEach(p -> sections.add(p.name));
        List<String> people = new ArrayList<>();
        for (ContactView c : contacts) {
            people.add(join(c.name(), c.role(), c.organisation() == null ? null : c.organisation().name()));
        }
        return List.of(String.join("\n", titles), String.join("\n", summaries), String.join("\n", sections), String.join("\n", people));
    }

    static byte[] initiativeRow(InitiativeSummary s, Set<String> themes) {
        return Csv.row(s.slug(), s.title(), s.summary(), s.leadOrganisation() == null ? null : s.leadOrganisation().slug(),
                Csv.list(s.areas().stream().map(AreaRef::slug).toList()),
                Csv.list(s.editions().stream().map(EditionRef::slug).toList()),
                Csv.list(s.delayDrivers().stream().map(DriverRef::slug).toList()),
                Csv.list(themes.stream().sorted().toList()), s.updatedAt());
    }

    private static byte[] matrixCsv(MatrixViews.Matrix m) {
        List<String> header = new ArrayList<>(List.of("driver", "driverLabel"));
        m.columns().forEach(c -> header.add(c.slug()));
        List<byte[]> rows = new ArrayList<>();
        for (MatrixViews.MatrixRow r : m.rows()) {
            List<Object> cells = new ArrayList<>(List.of(r.driver().slug(), r.driver().label()));
            r.cells().forEach(cells::add);
            rows.add(Csv.row(cells.toArray()));
        }
        return Csv.file(header, rows);
    }

    private static Map<String, Map<String, String>> labels(Inputs in) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        Map<String, String> drivers = new LinkedHashMap<>();
        in.drivers().forEach(d -> drivers.put(d.slug, d.label));
        labels.put("driver", drivers);
        Map<String, String> editions = new LinkedHashMap<>();
        in.editions().forEach(e -> editions.put(e.slug, e.title + " – " + e.label));
        labels.put("edition", editions);
        Map<String, String> areas = new LinkedHashMap<>();
        in.areas().stream().sorted(Comparator.comparing((Area a) -> a.name).thenComparing(a -> a.slug)).forEach(a -> areas.put(a.slug, a.name));
        labels.put("area", areas);
        Map<String, String> themes = new LinkedHashMap<>();
        publicThemes().forEach(t -> themes.put(t.slug, t.title));
        labels.put("theme", themes);
        Map<String, String> organisations = new LinkedHashMap<>();
        in.organisations().forEach(o -> organisations.put(o.slug, o.name));
        labels.put("organisation", organisations);
        return labels;
    }

    private static List<Theme> publicThemes() {
        return Theme.list("edition.status = ?1 and edition.deletedAt is null order by edition.position, position, slug", PublicationStatus.PUBLISHED);
    }

    private static void statistics(Inputs in, BiFunction<String, Object, Body> body, Map<String, byte[]> files) {
        InitiativeCatalogue c = in.catalogue();
        List<Statistics.DriverEditionCount> byDriver = new ArrayList<>();
        for (DelayDriver d : in.drivers()) {
            for (Edition e : in.editions()) {
                byDriver.add(new Statistics.DriverEditionCount(d.slug, d.label, e.slug, e.title, e.label, c.countMapped(d.slug, e.slug)));
            }
        }
        body.apply(BY_DRIVER_AND_EDITION, new Statistics.ByDriverAndEdition(byDriver));
        files.put(BY_DRIVER_AND_EDITION, Csv.file(ExportColumns.BY_DRIVER_AND_EDITION, byDriver.stream().map(r -> Csv.row(r.driver(),
                r.driverLabel(), r.edition(), r.editionTitle(), r.editionLabel(), r.initiatives())).toList()));

        List<Statistics.AreaCount> byArea = new ArrayList<>();
        for (AreaViews.Summary a : in.areaSummaries()) {
            byArea.add(new Statistics.AreaCount(a.slug(), a.name(), a.type().name(), a.parent() == null ? null : a.parent().slug(),
                    c.count("area", a.slug())));
        }
        body.apply(BY_AREA, new Statistics.ByArea(byArea));
        files.put(BY_AREA, Csv.file(ExportColumns.BY_AREA, byArea.stream().map(r -> Csv.row(r.area(), r.name(), r.type(), r.parent(),
                r.initiatives())).toList()));

        List<Statistics.ThemeCount> byTheme = new ArrayList<>();
        for (Theme t : publicThemes()) {
            byTheme.add(new Statistics.ThemeCount(t.edition.slug, t.slug, t.title, t.parent == null ? null : t.parent.slug, c.count("theme", t.slug)));
        }
        body.apply(BY_THEME, new Statistics.ByTheme(byTheme));
        files.put(BY_THEME, Csv.file(ExportColumns.BY_THEME, byTheme.stream().map(r -> Csv.row(r.edition(), r.theme(), r.title(), r.parent(),
                r.initiatives())).toList()));
    }

    /**
     * The whole public directory in one JSON document: licence and attribution, then every detail
     * body exactly as its own address serves it, so a mirror loaded from the dump equals one built
     * by reading every address.
     */
    private Body dump(Inputs in, Map<String, Body> details) {
        // the bodies are gathered by reference and served from there, never copied into one array: at 10,000
        // initiatives the dump is tens of megabytes, all of it already held by the detail bodies
        List<byte[]> chunks = new ArrayList<>();
        Map<String, Object> head = new LinkedHashMap<>();
        // in the Licence schema's order, whatever the JVM: Map.of's order changes from start to start, and with it
        // the dump's bytes and ETag (two instances, or one before and after a restart, would differ)
        Map<String, String> licence = new LinkedHashMap<>();
        licence.put("name", licenceName);
        licence.put("url", licenceUrl);
        head.put("licence", licence);
        head.put("attribution", "Contains public sector information licensed under the " + licenceName
                + ". Sources: the editions listed under \"editions\", each with its publisher and source document.");
        head.put("asOf", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(in.asOf()));
        byte[] headJson = AnalystViews.bytes(head);
        chunks.add(Arrays.copyOf(headJson, headJson.length - 1));
        section(chunks, "delayDrivers", in.drivers().stream().map(d -> details.get("delay-drivers/" + d.slug)).toList());
        section(chunks, "editions", in.editions().stream().map(e -> details.get("editions/" + e.slug)).toList());
        section(chunks, "matrices", in.matrices().keySet().stream().map(e -> details.get("editions/" + e + "/matrix")).toList());
        section(chunks, "initiatives", in.initiatives().stream().map(i -> details.get("initiatives/" + i.slug())).toList());
        section(chunks, "areas", in.areaSummaries().stream().map(a -> details.get("areas/" + a.slug())).toList());
        section(chunks, "areaContacts", in.contacts().stream().map(c -> details.get("area-contacts/" + c.slug())).toList());
        List<byte[]> orgs = in.organisations().stream().map(o -> AnalystViews.bytes(OrganisationRef.from(o))).toList();
        chunks.add(",\"organisations\":[".getBytes(StandardCharsets.US_ASCII));
        for (int k = 0; k < orgs.size(); k++) {
            if (k > 0) {
                chunks.add(COMMA);
            }
            chunks.add(orgs.get(k));
        }
        chunks.add("]}".getBytes(StandardCharsets.US_ASCII));
        return Body.assembled(chunks);
    }

    private static final byte[] COMMA = {','};
    private static final byte[] CLOSE = {']'};

    private static void section(List<byte[]> chunks, String name, List<Body> bodies) {
        chunks.add((",\"" + name + "\":[").getBytes(StandardCharsets.US_ASCII));
        boolean first = true;
        for (Body b : bodies) {
            if (b == null) {
                continue;
            }
            if (!first) {
                chunks.add(COMMA);
            }
            chunks.add(b.json);
            first = false;
        }
        chunks.add(CLOSE);
    }

    private static void add(Set<String> set, String text) {
        if (text != null && !text.isBlank()) {
            set.add(text);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join("\n", kept);
    }
}
