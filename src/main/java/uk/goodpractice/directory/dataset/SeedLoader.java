package uk.goodpractice.directory.dataset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.dataset.SeedFiles.AreaSeed;
import uk.goodpractice.directory.dataset.SeedFiles.ContactSeed;
import uk.goodpractice.directory.dataset.SeedFiles.DriverSeed;
import uk.goodpractice.directory.dataset.SeedFiles.EditionFile;
import uk.goodpractice.directory.dataset.SeedFiles.InitiativeSeed;
import uk.goodpractice.directory.dataset.SeedFiles.ThemeSeed;
import uk.goodpractice.directory.contact.Contact;
import uk.goodpractice.directory.delaydriver.DelayDriver;
import uk.goodpractice.directory.delaydriver.DriverMapping;
import uk.goodpractice.directory.delaydriver.MappingProvenance;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.Theme;
import uk.goodpractice.directory.initiative.UpcomingItem;
import uk.goodpractice.directory.initiative.Appearance;
import uk.goodpractice.directory.initiative.AppearanceEdit;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.organisation.Organisation;

/**
 * Loads the curated data set into an empty database, in one transaction. Every file is parsed and
 * validated before anything is written, so an invalid data set stops start-up with a message
 * naming the file, the record and the field, and leaves nothing half-loaded. A database that
 * already holds editions is left as it is, so loading twice changes nothing.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final Pattern INDEX = Pattern.compile("^initiatives\\[(\\d+)]");

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Validator validator;
    private final EntityManager em;
    private final boolean enabled;
    private final String location;

    public SeedLoader(Validator validator, EntityManager em,
            @ConfigProperty(name = "directory.seed.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "directory.seed.location", defaultValue = "classpath:data") String location) {
        this.validator = validator;
        this.em = em;
        this.enabled = enabled;
        this.location = location;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadIfEmpty(SeedSource.of(location));
        }
    }

    /** Loads the data set unless the database already holds one; returns whether it loaded. */
    @Transactional
    public boolean loadIfEmpty(SeedSource source) {
        if (Edition.count() > 0) {
            LOG.infof("Data set already loaded; %s left unchanged", source.describe());
            return false;
        }
        DataSet data = read(source);
        new Writer(data).write();
        LOG.infof("Loaded %d editions, %d initiatives, %d contacts from %s", Edition.count(), Initiative.count(),
                Contact.count(), source.describe());
        return true;
    }

    /** Parses and validates every file; throws {@link SeedException} listing every problem found. */
    public DataSet read(SeedSource source) {
        List<String> problems = new ArrayList<>();
        SeedFiles.Manifest manifest = parse(source, "manifest.yaml", SeedFiles.Manifest.class, problems);
        if (manifest == null) {
            throw new SeedException(problems);
        }
        SeedFiles.DriverFile drivers = parse(source, manifest.drivers(), SeedFiles.DriverFile.class, problems);
        SeedFiles.AreaFile areas = parse(source, manifest.areas(), SeedFiles.AreaFile.class, problems);
        Map<String, EditionFile> editions = new LinkedHashMap<>();
        for (String file : manifest.editions()) {
            EditionFile edition = parse(source, file, EditionFile.class, problems);
            if (edition != null) {
                editions.put(file, edition);
            }
        }
        boolean allParsed = drivers != null && areas != null && editions.size() == manifest.editions().size();
        if (!allParsed) {
            throw new SeedException(problems);
        }
        DataSet data = new DataSet(manifest, drivers, areas, editions);
        new ReferenceCheck(data, problems).run();
        if (!problems.isEmpty()) {
            throw new SeedException(problems.stream().distinct().toList());
        }
        return data;
    }

    private <T> T parse(SeedSource source, String file, Class<T> type, List<String> problems) {
        T value;
        try (InputStream in = source.open(file)) {
            value = yaml.readValue(in, type);
        } catch (UnrecognizedPropertyException e) {
            problems.add(file + ": " + jsonPath(e) + ": unknown field '" + e.getPropertyName() + "'");
            return null;
        } catch (JsonMappingException e) {
            problems.add(file + ": " + jsonPath(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return null;
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
        if (value == null) {
            problems.add(file + ": is empty");
            return null;
        }
        for (ConstraintViolation<T> v : validator.validate(value)) {
            problems.add(file + ": " + describe(value, v.getPropertyPath().toString()) + ": " + v.getMessage());
        }
        return value;
    }

    /** The location of a parse error as a field path, e.g. "initiatives[0].sections[1]". */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(top level)" : path.toString();
    }

    /** "initiatives[3].contacts[0].email" becomes "initiative 'slug' (initiatives[3]) contacts[0].email". */
    private static String describe(Object file, String path) {
        Matcher m = INDEX.matcher(path);
        if (file instanceof EditionFile ef && m.find() && ef.initiatives() != null) {
            int i = Integer.parseInt(m.group(1));
            if (i < ef.initiatives().size()) {
                return "initiative '" + ef.initiatives().get(i).slug() + "' (" + path + ")";
            }
        }
        return path;
    }

    /** Everything read from the files, validated. */
    public record DataSet(SeedFiles.Manifest manifest, SeedFiles.DriverFile drivers, SeedFiles.AreaFile areas,
            Map<String, EditionFile> editions) {
    }

    /** Checks what Bean Validation cannot: unique slugs and references that resolve. */
    private static final class ReferenceCheck {
        private final DataSet data;
        private final List<String> problems;

        ReferenceCheck(DataSet data, List<String> problems) {
            this.data = data;
            this.problems = problems;
        }

        void run() {
            String driversFile = data.manifest().drivers();
            String areasFile = data.manifest().areas();
            Set<String> drivers = unique(driversFile, "delay driver", data.drivers().drivers().stream().map(DriverSeed::slug).toList());
            Set<String> areas = unique(areasFile, "area", data.areas().areas().stream().map(AreaSeed::slug).toList());
            for (AreaSeed a : data.areas().areas()) {
                if (a.parent() != null && !areas.contains(a.parent())) {
                    problems.add(areasFile + ": area '" + a.slug() + "' parent: no area has the slug '" + a.parent() + "'");
                }
            }
            unique("editions", "edition", data.editions().values().stream().map(e -> e.edition().slug()).toList());
            Set<String> initiatives = new HashSet<>();
            Set<String> themes = new HashSet<>();
            Map<String, ContactSeed> contacts = new HashMap<>();
            Map<String, String> contactEdition = new HashMap<>();
            data.editions().forEach((file, ef) -> {
                Map<String, ThemeSeed> fileThemes = new HashMap<>();
                Map<String, String> sectionParent = new HashMap<>();
                for (ThemeSeed t : nullSafe(ef.edition().themes())) {
                    if (!themes.add(t.slug())) {
                        problems.add(file + ": edition.themes: theme slug '" + t.slug() + "' is used twice");
                    }
                    fileThemes.put(t.slug(), t);
                    for (ThemeSeed s : nullSafe(t.sections())) {
                        if (!themes.add(s.slug())) {
                            problems.add(file + ": edition.themes: theme slug '" + s.slug() + "' is used twice");
                        }
                        sectionParent.put(s.slug(), t.slug());
                    }
                }
                Set<String> inFile = new HashSet<>();
                for (InitiativeSeed i : ef.initiatives()) {
                    String where = file + ": initiative '" + i.slug() + "'";
                    if (!inFile.add(i.slug())) {
                        problems.add(where + ": slug is used twice in this edition");
                    }
                    initiatives.add(i.slug());
                    organisationNamed(where + ": leadOrganisation", i.leadOrganisation());
                    nullSafe(i.partners()).forEach(p -> organisationNamed(where + ": partners", p));
                    nullSafe(i.areas()).stream().filter(a -> !areas.contains(a))
                            .forEach(a -> problems.add(where + ": areas: no area has the slug '" + a + "'"));
                    nullSafe(i.drivers()).stream().filter(d -> !drivers.contains(d))
                            .forEach(d -> problems.add(where + ": drivers: no delay driver has the slug '" + d + "'"));
                    Set<String> ticked = new HashSet<>(nullSafe(i.drivers()));
                    for (SeedFiles.EditorialDriverSeed d : nullSafe(i.editorialDrivers())) {
                        if (!drivers.contains(d.driver())) {
                            problems.add(where + ": editorialDrivers: no delay driver has the slug '" + d.driver() + "'");
                        } else if (ticked.contains(d.driver())) {
                            problems.add(where + ": editorialDrivers: '" + d.driver() + "' is already a printed tick");
                        }
                    }
                    if (i.theme() != null && !fileThemes.containsKey(i.theme())) {
                        problems.add(where + ": theme: this edition has no theme '" + i.theme() + "'");
                    }
                    if (i.section() != null && !Objects.equals(sectionParent.get(i.section()), i.theme())) {
                        problems.add(where + ": section: theme '" + i.theme() + "' of this edition has no section '" + i.section() + "'");
                    }
                    for (ContactSeed c : nullSafe(i.contacts())) {
                        organisationNamed(where + ": contact '" + c.slug() + "' organisation", c.organisation());
                        nullSafe(c.areas()).stream().filter(a -> !areas.contains(a))
                                .forEach(a -> problems.add(where + ": contact '" + c.slug() + "' areas: no area has the slug '" + a + "'"));
                        ContactSeed seen = contacts.putIfAbsent(c.slug(), c);
                        String seenIn = contactEdition.putIfAbsent(c.slug(), ef.edition().slug());
                        if (seen != null && (!seen.equals(c) || !seenIn.equals(ef.edition().slug()))) {
                            problems.add(where + ": contact '" + c.slug() + "': the slug already names a different contact");
                        }
                    }
                }
            });
            data.editions().forEach((file, ef) -> nullSafe(ef.edition().upcoming()).stream()
                    .filter(u -> u.initiative() != null && !initiatives.contains(u.initiative()))
                    .forEach(u -> problems.add(file + ": edition.upcoming '" + u.title() + "' initiative: no initiative has the slug '"
                            + u.initiative() + "'")));
        }

        /** The rule the directory holds every organisation name to (see {@link Organisation#problemWithName}). */
        private void organisationNamed(String where, String name) {
            String problem = Organisation.problemWithName(name);
            if (problem != null) {
                problems.add(where + ": '" + name + "' " + problem);
            }
        }

        private Set<String> unique(String file, String kind, List<String> slugs) {
            Set<String> seen = new HashSet<>();
            slugs.stream().filter(s -> !seen.add(s))
                    .forEach(s -> problems.add(file + ": " + kind + " slug '" + s + "' is used twice"));
            return seen;
        }
    }

    static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Turns a validated data set into entities. */
    private final class Writer {
        private final DataSet data;
        private final Map<String, DelayDriver> drivers = new HashMap<>();
        private final Map<String, Area> areas = new HashMap<>();
        private final Map<String, Initiative> initiatives = new LinkedHashMap<>();
        private final Map<String, Contact> contacts = new HashMap<>();

        Writer(DataSet data) {
            this.data = data;
        }

        void write() {
            int position = 1;
            for (DriverSeed d : data.drivers().drivers()) {
                DelayDriver driver = new DelayDriver();
                driver.slug = d.slug();
                driver.label = d.label();
                driver.shortLabel = d.shortLabel();
                driver.description = d.description();
                driver.position = position++;
                driver.persist();
                drivers.put(d.slug(), driver);
            }
            for (AreaSeed a : data.areas().areas()) {
                Area area = new Area();
                area.slug = a.slug();
                areas.put(a.slug(), area);
            }
            for (AreaSeed a : data.areas().areas()) {
                areas.get(a.slug()).write(a.name(), a.type(), a.parent() == null ? null : areas.get(a.parent()));
            }
            areas.values().forEach(a -> a.persist());
            int editionPosition = 1;
            Map<String, Edition> editions = new HashMap<>();
            for (EditionFile ef : data.editions().values()) {
                editions.put(ef.edition().slug(), writeEdition(ef, editionPosition++));
            }
            for (EditionFile ef : data.editions().values()) {
                int i = 1;
                for (SeedFiles.UpcomingSeed u : nullSafe(ef.edition().upcoming())) {
                    UpcomingItem item = new UpcomingItem();
                    item.edition = editions.get(ef.edition().slug());
                    item.position = i++;
                    item.title = u.title();
                    item.text = u.text();
                    item.initiative = u.initiative() == null ? null : initiatives.get(u.initiative());
                    item.persist();
                }
            }
            initiatives.values().forEach(Initiative::refreshSearchText);
            em.flush();
        }

        private Edition writeEdition(EditionFile ef, int position) {
            SeedFiles.EditionSeed e = ef.edition();
            Edition edition = new Edition();
            edition.slug = e.slug();
            SeedFiles.SuggestionsSeed suggestions = e.suggestionsContact();
            edition.write(e.title(), e.subtitle(), e.series(), e.label(), e.publicationDate(), e.publisher(), e.theme(),
                    suggestions == null ? null : suggestions.text(), suggestions == null ? null : suggestions.email());
            edition.sourceFile = e.sourceFile();
            edition.introduction = nullSafe(e.introduction());
            edition.position = position;
            // published as printed: unlike publishing in the directory, an unknown date stays unknown
            edition.status = PublicationStatus.PUBLISHED;
            edition.publishedAt = OffsetDateTime.now();
            edition.persist();

            Map<String, Theme> themes = new HashMap<>();
            int t = 1;
            for (ThemeSeed ts : nullSafe(e.themes())) {
                Theme theme = theme(edition, null, ts, t++);
                themes.put(ts.slug(), theme);
                int s = 1;
                for (ThemeSeed ss : nullSafe(ts.sections())) {
                    themes.put(ss.slug(), theme(edition, theme, ss, s++));
                }
            }
            int p = 1;
            for (InitiativeSeed is : ef.initiatives()) {
                writeAppearance(edition, is, p++, themes);
            }
            return edition;
        }

        private Theme theme(Edition edition, Theme parent, ThemeSeed seed, int position) {
            Theme theme = new Theme();
            theme.edition = edition;
            theme.parent = parent;
            theme.slug = seed.slug();
            theme.title = seed.title();
            theme.position = position;
            theme.persist();
            return theme;
        }

        private void writeAppearance(Edition edition, InitiativeSeed is, int position, Map<String, Theme> themes) {
            Initiative initiative = initiatives.get(is.slug());
            if (initiative == null) {
                initiative = Initiative.create(is.slug(), is.title(), is.summary(), is.leadOrganisation(), PublicationStatus.PUBLISHED);
                initiatives.put(is.slug(), initiative);
            } else {
                // a later edition fills in what an earlier one left out
                if (initiative.summary == null) {
                    initiative.summary = is.summary();
                }
                if (initiative.leadOrganisation == null) {
                    initiative.leadBy(is.leadOrganisation());
                }
            }
            for (String partner : nullSafe(is.partners())) {
                Organisation org = Organisation.findOrCreate(partner);
                if (!initiative.partners.contains(org)) {
                    initiative.partners.add(org);
                }
            }
            for (String area : nullSafe(is.areas())) {
                initiative.areas.add(areas.get(area));
            }
            initiative.persist();

            String theme = is.section() != null ? is.section() : is.theme();
            initiative.appearances.add(Appearance.create(initiative, edition, position, new AppearanceEdit(edition.slug,
                    is.title(), is.matrixTitle(), is.summary(), theme, is.citation(), is.sections(), nullSafe(is.links()),
                    nullSafe(is.figures()), nullSafe(is.references())), theme == null ? null : themes.get(theme)));

            for (String d : nullSafe(is.drivers())) {
                mapping(initiative, d, edition, MappingProvenance.PRINTED_MATRIX, null);
            }
            for (SeedFiles.EditorialDriverSeed d : nullSafe(is.editorialDrivers())) {
                mapping(initiative, d.driver(), edition, MappingProvenance.EDITORIAL, d.rationale());
            }
            for (ContactSeed cs : nullSafe(is.contacts())) {
                contact(cs, edition).initiatives.add(initiative);
            }
        }

        private void mapping(Initiative initiative, String driver, Edition edition, MappingProvenance provenance, String rationale) {
            DriverMapping m = DriverMapping.of(initiative, drivers.get(driver), edition);
            m.apply(provenance, rationale);
            m.persist();
        }

        private Contact contact(ContactSeed cs, Edition edition) {
            return contacts.computeIfAbsent(cs.slug(), slug -> {
                Contact c = new Contact();
                c.slug = slug;
                c.write(cs.name(), cs.role(), cs.organisation(), cs.email(), cs.phone(), cs.note(), edition);
                nullSafe(cs.areas()).forEach(a -> c.areas.add(areas.get(a)));
                c.persist();
                return c;
            });
        }
    }
}
