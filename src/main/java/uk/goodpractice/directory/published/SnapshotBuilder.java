package uk.goodpractice.directory.published;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.Session;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.area.AreaFilter;
import uk.goodpractice.directory.area.AreaRef;
import uk.goodpractice.directory.area.AreaService;
import uk.goodpractice.directory.area.AreaViews;
import uk.goodpractice.directory.areadetail.AreaDetail;
import uk.goodpractice.directory.areadetail.AreaDetailService;
import uk.goodpractice.directory.editiondetail.EditionDetail;
import uk.goodpractice.directory.editiondetail.EditionDetailService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.organisation.OrganisationRef;
import uk.goodpractice.directory.deletion.DeletionService;
import uk.goodpractice.directory.deletion.DeletionView;
import uk.goodpractice.directory.contact.Contact;
import uk.goodpractice.directory.contact.ContactView;
import uk.goodpractice.directory.delaydriver.DelayDriver;
import uk.goodpractice.directory.delaydriver.DelayDriverService;
import uk.goodpractice.directory.delaydriver.DelayDriverViews;
import uk.goodpractice.directory.delaydriver.MatrixService;
import uk.goodpractice.directory.delaydriver.DriverMapping;
import uk.goodpractice.directory.delaydriver.MatrixViews;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.EditionService;
import uk.goodpractice.directory.edition.EditionViews;
import uk.goodpractice.directory.edition.EditionVisibility;
import uk.goodpractice.directory.edition.Theme;
import uk.goodpractice.directory.initiative.UpcomingItem;
import uk.goodpractice.directory.initiative.Appearance;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.initiativeapi.InitiativeDetail;
import uk.goodpractice.directory.initiativeapi.InitiativeSummary;
import uk.goodpractice.directory.organisation.Organisation;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.time.OffsetDateTime;

/**
 * Builds a {@link PublishedSnapshot} from the database in one read-only transaction. The bodies
 * come from the features' own API shapes and factories, given the public view only (published and
 * live), so a snapshot answer is the same JSON the feature would give an anonymous reader. A body
 * whose bytes did not change since the previous snapshot is carried over with its gzip variant.
 */
@ApplicationScoped
class SnapshotBuilder {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SnapshotBuilder.class);

    private static final PageRequest ALL = PageRequest.of(1, 1_000_000);
    private static final Predicate<Edition> PUBLIC = EditionVisibility::publicCanSee;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final EditionService editions;
    private final EditionDetailService editionDetails;
    private final DelayDriverService drivers;
    private final MatrixService editionMatrices;
    private final AreaService areas;
    private final AreaDetailService areaDetailService;
    private final DeletionService deletions;
    private final AnalystViewsBuilder analystViews;

    SnapshotBuilder(EntityManager em, ObjectMapper mapper, EditionService editions, EditionDetailService editionDetails, DelayDriverService drivers,
            MatrixService editionMatrices, AreaService areas, AreaDetailService areaDetailService, DeletionService deletions,
            AnalystViewsBuilder analystViews) {
        this.em = em;
        this.mapper = mapper;
        this.editions = editions;
        this.editionDetails = editionDetails;
        this.drivers = drivers;
        this.editionMatrices = editionMatrices;
        this.areas = areas;
        this.areaDetailService = areaDetailService;
        this.deletions = deletions;
        this.analystViews = analystViews;
    }

    /** Set by a build that lost a stamping race to another instance (see {@link Stamps#save}). */
    private volatile boolean restampWanted;

    /** Whether the last build's stamps lost to another instance's, so one more build is needed to serve theirs. */
    boolean takeRestampWanted() {
        boolean wanted = restampWanted;
        restampWanted = false;
        return wanted;
    }

    // reads only; a large directory on a busy machine may take longer than the default 60 s
    @Transactional
    @TransactionConfiguration(timeout = 600)
    PublishedSnapshot build(PublishedSnapshot previous) {
        long started = System.nanoTime();
        // taken before anything is read: a change this build misses is stamped by a later build, later than this
        Stamps stamps = new Stamps(em, mapper, OffsetDateTime.now());
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
        long counter = ((Number) em.createNativeQuery("select counter from published_change where id = 1").getSingleResult()).longValue();
        Build b = new Build(previous);
        Phases phases = new Phases();
        Map<String, Set<String>> slugs = new HashMap<>();

        // areas first: initiatives and contacts match a region's filter through their areas' ancestors
        Map<Long, Set<String>> ancestry = new HashMap<>();
        List<Area> liveAreas = Area.list("deletedAt is null");
        liveAreas.forEach(a -> ancestry.put(a.id, withAncestors(a)));
        slugs.put("Area", set(liveAreas.stream().map(a -> a.slug).toList()));

        List<Edition> publicEditions = Edition.list("status = ?1 and deletedAt is null order by position", PublicationStatus.PUBLISHED);
        slugs.put("Edition", set(publicEditions.stream().map(e -> e.slug).toList()));
        slugs.put("Theme", set(Theme.<Theme>list("edition.status = ?1 and edition.deletedAt is null", PublicationStatus.PUBLISHED)
                .stream().map(t -> t.slug).toList()));
        List<DelayDriver> allDrivers = DelayDriver.list("order by position");
        slugs.put("DelayDriver", set(allDrivers.stream().map(d -> d.slug).toList()));

        // every row the public answers are made from, digested per initiative (and per edition, driver, area and contact)
        long digestStarted = System.nanoTime();
        InitiativeInputs inputs = em.unwrap(Session.class).doReturningWork(InitiativeInputs::read);
        List<Long> ids = inputs.publicIds();
        LOG.debugf("Read the inputs of %d initiatives in %d ms", ids.size(), (System.nanoTime() - digestStarted) / 1_000_000);
        phases.end("inputs");

        // contacts, by the initiative they are linked to (detail bodies list them)
        List<Contact> contacts = Contact.list("from Contact c where " + Contact.isPublic("c") + " order by c.name, c.slug");
        Map<Long, List<ContactView>> contactsOf = new HashMap<>();
        Set<String> organisations = new HashSet<>();
        List<ListItem> contactItems = new ArrayList<>();
        List<ContactView> contactViews = new ArrayList<>();
        Map<String, ContactView> contactBySlug = new HashMap<>();
        Map<Long, List<byte[]>> contactsOfArea = new HashMap<>();
        for (Contact c : contacts) {
            String path = "area-contacts/" + c.slug;
            byte[] key = inputs.contactKey(c.id);
            PublishedRecord old = b.reusable(path, key, stamps, false);
            PublishedRecord made;
            if (old != null) {
                made = old;
            } else {
                byte[] unstamped = b.json(ContactView.from(c).withUpdatedAt(Stamps.PLACEHOLDER));
                String hash = Stamps.hash(unstamped);
                Stamps.Stamp at = stamps.stamp(path, c.updatedAt, null, hash, unstamped);
                ContactView view = ContactView.from(c).withUpdatedAt(at.at());
                Body body = b.body(path, stamps.apply(unstamped, at));
                Set<String> areaSlugs = new HashSet<>();
                c.areas.stream().filter(a -> a.deletedAt == null).forEach(a -> areaSlugs.addAll(ancestry.getOrDefault(a.id, Set.of(a.slug))));
                ListItem item = new ListItem(body.json, Map.of(
                        "area", areaSlugs,
                        "organisation", c.organisation == null ? Set.of() : Set.of(c.organisation.slug),
                        "initiative", set(view.initiatives().stream().map(r -> r.slug()).toList()),
                        "edition", Set.of(c.edition.slug)), c.searchText, at.at());
                made = new PublishedRecord(key, hash, at, item, view);
            }
            b.made(path, made);
            ContactView view = (ContactView) made.view();
            contactViews.add(view);
            contactBySlug.put(c.slug, view);
            inputs.initiativesOf(c.id).forEach(i -> contactsOf.computeIfAbsent(i, k -> new ArrayList<>()).add(view));
            inputs.areasOf(c.id).forEach(a -> contactsOfArea.computeIfAbsent(a, k -> new ArrayList<>()).add(made.item().json()));
            if (view.organisation() != null) {
                organisations.add(view.organisation().slug());
            }
            contactItems.add(made.item());
        }
        b.lists.put("area-contacts", contactItems);

        phases.end("contacts");
        Map<Long, List<UpcomingItem>> announcementsOf = new HashMap<>();
        UpcomingItem.<UpcomingItem>list("initiative is not null and edition.status = ?1 and edition.deletedAt is null"
                + " order by edition.position, position", PublicationStatus.PUBLISHED)
                .forEach(u -> announcementsOf.computeIfAbsent(u.initiative.id, k -> new ArrayList<>()).add(u));

        phases.end("announcements");
        List<PublishedInitiative> initiatives = initiatives(b, stamps, ids, inputs, contacts, contactsOf, announcementsOf, ancestry);
        initiatives.sort(Comparator.comparing((PublishedInitiative i) -> i.document().title()).thenComparing(PublishedInitiative::slug));
        List<InitiativeDocument> documents = new ArrayList<>(initiatives.size());
        // every public piece of wording, for finding the acronyms the sources define
        List<String> texts = new ArrayList<>();
        byte[][] summaries = new byte[initiatives.size()][];
        Map<Long, PublishedInitiative> madeInitiatives = new HashMap<>();
        for (int n = 0; n < initiatives.size(); n++) {
            PublishedInitiative i = initiatives.get(n);
            documents.add(i.document().at(n));
            texts.addAll(i.texts());
            summaries[n] = i.summary();
            b.details.put("initiatives/" + i.slug(), i.detail());
            i.document().organisations().forEach(organisations::add);
            madeInitiatives.put(i.id(), i);
        }
        slugs.put("Initiative", set(initiatives.stream().map(PublishedInitiative::slug).toList()));
        slugs.put("Organisation", organisations);
        InitiativeCatalogue catalogue = new InitiativeCatalogue(documents, summaries);

        phases.end("initiatives");
        Map<String, MatrixViews.Matrix> matrices = new LinkedHashMap<>();
        List<ListItem> editionItems = new ArrayList<>();
        for (Edition e : publicEditions) {
            String path = "editions/" + e.slug;
            byte[] key = inputs.editionKey(e.id);
            PublishedRecord made = b.reusable(path, key, stamps, true);
            if (made != null) {
                b.reuse(path);
                if (made.view() != null) {
                    b.reuse(path + "/matrix");
                }
            } else {
                EditionViews.Summary s = editions.findPublishedEditionSummary(e.slug);
                byte[] summary = b.json(s.withUpdatedAt(Stamps.PLACEHOLDER));
                EditionDetail d = editionDetails.findEditionBySlug(s.slug(), false);
                byte[] detail = b.json(d.withUpdatedAt(Stamps.PLACEHOLDER).withVersion(Stamps.VERSION_PLACEHOLDER));
                byte[] matrixJson = new byte[0];
                MatrixViews.Matrix matrix = null;
                try {
                    matrix = editionMatrices.findMatrixByEditionSlug(s.slug(), false);
                    matrixJson = b.body(path + "/matrix", matrix).json;
                } catch (ApiException.NotFound printsNone) {
                    // no matrix: the 404 comes from the feature itself
                }
                // the matrix has no updatedAt of its own: its edition's moves with it
                String hash = Stamps.hash(summary, detail, matrixJson);
                Stamps.Stamp at = stamps.stamp(path, s.updatedAt(), d.version(), hash, summary, detail, matrixJson);
                b.body(path, stamps.apply(detail, at));
                made = new PublishedRecord(key, hash, at, new ListItem(stamps.apply(summary, at), Map.of(), null, at.at()), matrix);
            }
            b.made(path, made);
            editionItems.add(made.item());
            if (made.view() != null) {
                matrices.put(e.slug, (MatrixViews.Matrix) made.view());
            }
        }
        b.lists.put("editions", editionItems);

        phases.end("editions and matrices");
        List<ListItem> driverItems = new ArrayList<>();
        List<DelayDriverViews.Summary> driverSummaries = new ArrayList<>();
        for (DelayDriver dd : allDrivers) {
            String path = "delay-drivers/" + dd.slug;
            byte[] key = inputs.driverKey(dd.id);
            PublishedRecord made = b.reusable(path, key, stamps, false);
            if (made != null) {
                b.reuse(path);
            } else {
                DelayDriverViews.Summary s = drivers.findDelayDriverSummaryBySlug(dd.slug);
                byte[] summary = b.json(s.withUpdatedAt(Stamps.PLACEHOLDER));
                byte[] detail = b.json(drivers.findDelayDriverBySlug(s.slug()).withUpdatedAt(Stamps.PLACEHOLDER));
                String hash = Stamps.hash(summary, detail);
                Stamps.Stamp at = stamps.stamp(path, s.updatedAt(), null, hash, summary, detail);
                b.body(path, stamps.apply(detail, at));
                made = new PublishedRecord(key, hash, at, new ListItem(stamps.apply(summary, at), Map.of(), null, at.at()), s);
            }
            b.made(path, made);
            driverItems.add(made.item());
            driverSummaries.add((DelayDriverViews.Summary) made.view());
        }
        b.lists.put("delay-drivers", driverItems);

        phases.end("drivers");
        // an area's list entry and page, reused where its key is unchanged; the list's order (name, slug) is the database's,
        // and every area's key covers every area's row, so a reused list keeps its order
        Map<String, byte[]> areaKeys = new HashMap<>();
        List<String> toMake = new ArrayList<>();
        for (Area a : liveAreas) {
            byte[] key = inputs.areaKey(a.id, contactsOfArea.getOrDefault(a.id, List.of()));
            areaKeys.put(a.slug, key);
            if (b.reusable("areas/" + a.slug, key, stamps, false) == null) {
                toMake.add(a.slug);
            }
        }
        List<String> areaOrder;
        Map<String, AreaViews.Summary> freshAreas = new HashMap<>();
        Map<String, AreaDetail> areaDetails = new HashMap<>();
        if (toMake.size() < liveAreas.size()) {
            // some area is reused, so no area's row changed (each key covers them all): the order is the previous one, and an
            // area's count is what filtering the initiatives by it finds, which the catalogue holds
            areaOrder = b.previousOrder("areas/");
            Map<String, Area> bySlug = new HashMap<>();
            liveAreas.forEach(a -> bySlug.put(a.slug, a));
            for (String slug : toMake) {
                Area a = bySlug.get(slug);
                freshAreas.put(slug, new AreaViews.Summary(a.slug, a.name, a.type, AreaRef.from(a.parent), catalogue.count("area", a.slug),
                        a.updatedAt));
            }
        } else {
            areaOrder = new ArrayList<>();
            for (AreaViews.Summary s : areas.listAreas(new AreaFilter(), ALL).results()) {
                areaOrder.add(s.slug());
                freshAreas.put(s.slug(), s);
            }
        }
        if (toMake.size() > 20) {
            areaDetailService.findAllAreaDetails().forEach(d -> areaDetails.put(d.slug(), d));
        } else {
            toMake.forEach(slug -> areaDetails.put(slug, areaDetailService.findAreaBySlug(slug)));
        }
        List<ListItem> areaItems = new ArrayList<>();
        List<AreaViews.Summary> areaSummaries = new ArrayList<>();
        for (String slug : areaOrder) {
            String path = "areas/" + slug;
            PublishedRecord made = b.reusable(path, areaKeys.get(slug), stamps, false);
            if (made != null) {
                b.reuse(path);
            } else {
                AreaViews.Summary s = freshAreas.get(slug);
                byte[] summary = b.json(s.withUpdatedAt(Stamps.PLACEHOLDER));
                AreaDetail d = areaDetails.get(slug);
                byte[] detail = b.json(d.restamped(d.contacts().stream().map(c -> contactBySlug.getOrDefault(c.slug(), c)).toList(),
                        Stamps.PLACEHOLDER));
                String hash = Stamps.hash(summary, detail);
                Stamps.Stamp at = stamps.stamp(path, s.updatedAt(), null, hash, summary, detail);
                b.body(path, stamps.apply(detail, at));
                made = new PublishedRecord(areaKeys.get(slug), hash, at, new ListItem(stamps.apply(summary, at), Map.of("type", Set.of(s.type().name()),
                        "parent", s.parent() == null ? Set.of() : Set.of(s.parent().slug())), s.name().toLowerCase(Locale.ROOT), at.at()), s);
            }
            b.made(path, made);
            areaItems.add(made.item());
            areaSummaries.add((AreaViews.Summary) made.view());
        }
        b.lists.put("areas", areaItems);

        phases.end("areas");
        List<ListItem> organisationItems = new ArrayList<>();
        // only organisations something public names: one that only drafts use is unknown to the public
        List<Organisation> organisationList = Organisation.<Organisation>list("order by name, slug").stream()
                .filter(o -> organisations.contains(o.slug)).toList();
        organisationList.forEach(o -> organisationItems.add(new ListItem(b.json(OrganisationRef.from(o)), Map.of(),
                        o.name.toLowerCase(Locale.ROOT), null)));
        b.lists.put("organisations", organisationItems);

        // the deletions feed, reused whole where nothing it is made from changed
        byte[] deletionsKey = inputs.deletionsKey();
        PublishedRecord deletionsMade = b.previousRecords.get("deletions");
        if (deletionsMade == null || !InitiativeInputs.same(deletionsMade.key(), deletionsKey)) {
            List<ListItem> items = new ArrayList<>();
            for (DeletionView d : deletions.listDeletions(null, ALL).results()) {
                items.add(new ListItem(b.json(d), Map.of(), null, d.deletedAt()));
            }
            deletionsMade = new PublishedRecord(deletionsKey, null, null, null, List.copyOf(items));
        } else {
            b.recordsReused++;
        }
        b.records.put("deletions", deletionsMade);
        @SuppressWarnings("unchecked")
        List<ListItem> deletionItems = (List<ListItem>) deletionsMade.view();
        OffsetDateTime lastDeletion = null;
        for (ListItem d : deletionItems) {
            lastDeletion = lastDeletion == null || d.at().isAfter(lastDeletion) ? d.at() : lastDeletion;
        }
        b.lists.put("deletions", deletionItems);

        phases.end("organisations, deletions");
        AnalystViews analyst = analystViews.build(new AnalystViewsBuilder.Inputs(initiatives, catalogue, texts, contactViews,
                publicEditions, allDrivers, liveAreas, areaSummaries, driverSummaries, matrices, organisationList,
                stamps.latest(lastDeletion)),
                b::body, b.details);
        phases.end("search, statistics, exports");
        restampWanted = stamps.save(em);

        phases.end("stamps kept");
        LOG.debugf("Snapshot build phases (ms): %s", phases);
        slugs.replaceAll((k, v) -> Set.copyOf(v));
        return new PublishedSnapshot(counter, catalogue, Map.copyOf(b.details), Map.copyOf(b.lists), Map.copyOf(slugs),
                (System.nanoTime() - started) / 1_000_000, analyst, madeInitiatives, b.reused, Collections.unmodifiableMap(b.records),
                b.recordsReused);
    }

    /**
     * What this snapshot shows of each public initiative: reused from the previous snapshot where
     * the digest of every row it is made from ({@link InitiativeInputs}) and its kept stamp are
     * unchanged, otherwise loaded and made again. Either way the same bytes as a build from scratch.
     */
    private List<PublishedInitiative> initiatives(Build b, Stamps stamps, List<Long> ids, InitiativeInputs inputs, List<Contact> contacts,
            Map<Long, List<ContactView>> contactsOf, Map<Long, List<UpcomingItem>> announcementsOf, Map<Long, Set<String>> ancestry) {
        // a contact shows in the detail of each initiative it is linked to: as it is served (its stamp included)
        for (Contact c : contacts) {
            byte[] served = b.details.get("area-contacts/" + c.slug).json;
            inputs.initiativesOf(c.id).forEach(i -> inputs.add(i, served));
        }
        List<PublishedInitiative> out = new ArrayList<>(ids.size());
        Map<Long, byte[]> changed = new HashMap<>();
        for (long id : ids) {
            byte[] digest = inputs.digest(id);
            PublishedInitiative old = b.previousInitiatives.get(id);
            Stamps.Stamp kept = old != null && InitiativeInputs.same(old.inputs(), digest) ? stamps.kept("initiatives/" + old.slug(), old.hash()) : null;
            if (kept != null && kept.equals(old.stamp())) {
                out.add(old);
                b.reused++;
            } else {
                changed.put(id, digest);
            }
        }
        List<Long> load = new ArrayList<>(changed.keySet());
        for (int from = 0; from < load.size(); from += 1000) {
            List<Long> part = load.subList(from, Math.min(from + 1000, load.size()));
            List<Initiative> batch = Initiative.list("id in ?1", part);
            Map<Long, List<DriverMapping>> mappingsOf = DriverMapping.ofInitiatives(part);
            for (Initiative i : batch) {
                out.add(make(b, stamps, i, changed.get(i.id), contactsOf.getOrDefault(i.id, List.of()), mappingsOf.getOrDefault(i.id, List.of()),
                        announcementsOf.getOrDefault(i.id, List.of()), ancestry));
            }
            // what is made is kept; the entities (their whole text) are not needed again: not held for the rest of the build
            em.clear();
        }
        return out;
    }

    private PublishedInitiative make(Build b, Stamps stamps, Initiative i, byte[] inputs, List<ContactView> contacts,
            List<DriverMapping> mappings, List<UpcomingItem> announcements, Map<Long, Set<String>> ancestry) {
        InitiativeSummary listed = InitiativeSummary.from(i, mappings, PUBLIC);
        byte[] summary = b.json(listed.withUpdatedAt(Stamps.PLACEHOLDER));
        byte[] detail = b.json(InitiativeDetail.from(i, announcements, contacts, mappings, PUBLIC)
                .withUpdatedAt(Stamps.PLACEHOLDER).withVersion(Stamps.VERSION_PLACEHOLDER));
        String hash = Stamps.hash(summary, detail);
        Stamps.Stamp at = stamps.stamp("initiatives/" + i.slug, i.updatedAt, i.version, hash, summary, detail);
        List<String> texts = new ArrayList<>();
        InitiativeDocument document = document(i, mappings, ancestry, at.at(), texts);
        byte[] stampedSummary = stamps.apply(summary, at);
        Body body = b.body("initiatives/" + i.slug, stamps.apply(detail, at));
        return new PublishedInitiative(i.id, i.slug, inputs, hash, at, stampedSummary, body, document, List.copyOf(texts),
                AnalystViewsBuilder.initiativeFields(i, contacts),
                i.leadOrganisation == null ? "" : i.leadOrganisation.name,
                AnalystViewsBuilder.initiativeRow(listed.withUpdatedAt(at.at()), document.themes()));
    }

    private static InitiativeDocument document(Initiative i, List<DriverMapping> mappings, Map<Long, Set<String>> ancestry, OffsetDateTime at,
            List<String> texts) {
        List<Appearance> shown = i.appearances.stream().filter(a -> PUBLIC.test(a.edition)).toList();
        Set<String> orgs = new LinkedHashSet<>();
        if (i.leadOrganisation != null) {
            orgs.add(i.leadOrganisation.slug);
        }
        i.partners.forEach(p -> orgs.add(p.slug));
        Set<String> areaSlugs = new HashSet<>();
        i.areas.stream().filter(a -> a.deletedAt == null).forEach(a -> areaSlugs.addAll(ancestry.getOrDefault(a.id, Set.of(a.slug))));
        Set<String> editionSlugs = set(shown.stream().map(a -> a.edition.slug).toList());
        Set<String> themes = new HashSet<>();
        for (Appearance a : shown) {
            if (a.theme != null) {
                themes.add(a.theme.slug);
                if (a.theme.parent != null) {
                    themes.add(a.theme.parent.slug);
                }
            }
        }
        Set<String> driverSlugs = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (DriverMapping m : mappings) {
            if (m.deletedAt == null && PUBLIC.test(m.edition)) {
                driverSlugs.add(m.driver.slug);
                pairs.add(m.driver.slug + "|" + m.edition.slug);
            }
        }
        addIfPresent(texts, i.title);
        addIfPresent(texts, i.summary);
        addIfPresent(texts, i.leadOrganisation == null ? null : i.leadOrganisation.name);
        i.partners.forEach(p -> texts.add(p.name));
        for (Appearance a : shown) {
            addIfPresent(texts, a.title);
            addIfPresent(texts, a.matrixTitle);
            addIfPresent(texts, a.summary);
            a.sections.forEach(s -> texts.add(s.plainText()));
        }
        return new InitiativeDocument(-1, i.slug, i.title, i.summary, at,
                i.leadOrganisation == null ? null : i.leadOrganisation.name, i.partners.stream().map(p -> p.name).toList(),
                orgs, areaSlugs, editionSlugs, driverSlugs, pairs, themes);
    }

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }

    private static Set<String> withAncestors(Area a) {
        Set<String> slugs = new HashSet<>();
        for (Area at = a; at != null && slugs.add(at.slug); at = at.parent) {
            // a region matches the areas within it, at any depth
        }
        return slugs;
    }

    private static <T> Set<T> set(List<T> values) {
        return new HashSet<>(values);
    }

    /** How long each part of a build took, for the debug log. */
    private static final class Phases {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void end(String phase) {
            long now = System.nanoTime();
            millis.put(phase, (now - last) / 1_000_000);
            last = now;
        }

        @Override
        public String toString() {
            return millis.toString();
        }
    }

    /** What one build collects, reusing the previous snapshot's bodies whose bytes are unchanged. */
    private final class Build {
        final Map<String, Body> previous;
        final Map<Long, PublishedInitiative> previousInitiatives;
        final Map<String, Body> details = new HashMap<>();
        final Map<String, List<ListItem>> lists = new HashMap<>();
        final Map<String, PublishedRecord> previousRecords;
        /** What this build made of each edition, driver, area and contact, in list order. */
        final Map<String, PublishedRecord> records = new LinkedHashMap<>();
        int reused;
        int recordsReused;

        Build(PublishedSnapshot previous) {
            this.previous = previous == null ? Map.of() : previous.details();
            this.previousInitiatives = previous == null ? Map.of() : previous.initiativesMade();
            this.previousRecords = previous == null ? Map.of() : previous.recordsMade();
        }

        /**
         * The previous snapshot's record at {@code path} where its key is {@code key} and its kept
         * stamp is still the one it shows (another instance may have stamped it since); else null.
         */
        PublishedRecord reusable(String path, byte[] key, Stamps stamps, boolean showsVersion) {
            PublishedRecord old = previousRecords.get(path);
            if (old == null || !InitiativeInputs.same(old.key(), key)) {
                return null;
            }
            Stamps.Stamp kept = showsVersion ? stamps.kept(path, old.hash()) : stamps.keptUnversioned(path, old.hash());
            return old.stamp().equals(kept) ? old : null;
        }

        /** Carries the previous snapshot's body at {@code path} over unchanged. */
        void reuse(String path) {
            details.put(path, previous.get(path));
        }

        void made(String path, PublishedRecord record) {
            if (record == previousRecords.get(path)) {
                recordsReused++;
                reuse(path);
            }
            records.put(path, record);
        }

        /** The slugs of the previous snapshot's records under {@code prefix}, in its list order. */
        List<String> previousOrder(String prefix) {
            return previousRecords.keySet().stream().filter(p -> p.startsWith(prefix)).map(p -> p.substring(prefix.length())).toList();
        }

        byte[] json(Object value) {
            try {
                return mapper.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
            }
        }

        Body body(String path, Object value) {
            return body(path, json(value));
        }

        Body body(String path, byte[] json) {
            Body old = previous.get(path);
            // compared before hashing: most bodies are unchanged, and the hash is most of a body's cost
            Body kept = old != null && Arrays.equals(old.json, json) ? old : new Body(json);
            details.put(path, kept);
            return kept;
        }
    }
}
