package uk.goodpractice.directory.initiativeapi;

import uk.goodpractice.directory.initiative.Appearance;
import uk.goodpractice.directory.initiative.AppearanceEdit;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.common.ChangesPublicData;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.audit.AuditService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.BodyReferences;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.RetriedOnRace;
import uk.goodpractice.directory.contact.ContactsOfInitiatives;
import uk.goodpractice.directory.delaydriver.DelayDriver;
import uk.goodpractice.directory.delaydriver.DriverMapping;
import uk.goodpractice.directory.delaydriver.MappingRules;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.edition.EditionVisibility;
import uk.goodpractice.directory.edition.Theme;
import uk.goodpractice.directory.organisation.Organisation;

/**
 * Changes to initiatives. Every change names the version it was made against (If-Match), is
 * audited in the same transaction, and either happens whole or not at all.
 */
@ApplicationScoped
@ChangesPublicData
@RetriedOnRace
public class InitiativeEditingService {

    private static final String TYPE = "initiative";
    private final EntityManager em;
    private final AuditService audit;
    private final MergePatch mergePatch;
    private final ContactsOfInitiatives contacts;

    public InitiativeEditingService(EntityManager em, AuditService audit, MergePatch mergePatch, ContactsOfInitiatives contacts) {
        this.em = em;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.contacts = contacts;
    }

    @Transactional
    public InitiativeEdits.Editable createInitiative(InitiativeEdits.NewInitiative request) {
        BodyReferences refs = new BodyReferences(em);
        Edition edition = refs.one(Edition.class, BodyReferences.LIVE, request.edition(), "/edition");
        List<Area> areas = refs.each(Area.class, BodyReferences.LIVE, request.areas(), "/areas");
        refs.throwIfAny();
        if (Initiative.count("slug", request.slug()) > 0) {
            throw new ApiException.Conflict("An initiative with the slug '" + request.slug() + "' already exists");
        }
        Initiative i = Initiative.create(request.slug(), request.title(), request.summary(), request.leadOrganisation(), PublicationStatus.DRAFT);
        i.areas.addAll(areas);
        i.refreshSearchText(); // the appearance below repeats the title and summary, already in it
        i.persist();
        if (edition != null) {
            i.appearances.add(newAppearance(i, edition, new AppearanceEdit(edition.slug, i.title, null, i.summary,
                    null, null, List.of(), List.of(), List.of(), List.of()), null));
            touch(List.of(edition));
        }
        em.flush();
        InitiativeEdits.Editable created = editable(i);
        audit.record("CREATE", TYPE, i.slug, null, created);
        return created;
    }

    /** Deleted ones too (deletedAt set): an editor needs a deleted initiative's ETag to restore it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InitiativeEdits.Editable findEditableBySlug(String slug) {
        return editable(existing(slug, false));
    }

    @Transactional
    public InitiativeEdits.Editable replaceInitiative(String slug, String ifMatch, InitiativeEdits.Changes changes) {
        Initiative i = checked(slug, ifMatch);
        return apply(i, contacts.linkedSlugs(i), DriverMapping.ofInitiative(i), changes);
    }

    @Transactional
    public InitiativeEdits.Editable patchInitiative(String slug, String ifMatch, JsonNode patch) {
        Initiative i = checked(slug, ifMatch);
        List<String> linked = contacts.linkedSlugs(i);
        List<DriverMapping> mappings = DriverMapping.ofInitiative(i);
        InitiativeEdits.Changes current = InitiativeEdits.Changes.of(i, linked, mappings);
        return apply(i, linked, mappings, mergePatch.apply(current, patch, InitiativeEdits.Changes.class));
    }

    @Transactional
    public void deleteInitiative(String slug, String ifMatch) {
        Initiative i = checked(slug, ifMatch);
        audit.recordChange("DELETE", TYPE, slug, () -> editable(i), before -> {
            // the status stays as it was, so the deletions feed can tell mirrors what they had
            i.deletedAt = OffsetDateTime.now();
            touch(editionsOf(i));
        });
    }

    @Transactional
    public InitiativeEdits.Editable restoreInitiative(String slug, String ifMatch) {
        Initiative i = existing(slug, false);
        IfMatch.require(ifMatch, i.version);
        if (i.deletedAt == null) {
            throw new ApiException.Conflict("The initiative '" + slug + "' is not deleted");
        }
        return audit.recordChange("RESTORE", TYPE, slug, () -> editable(i), before -> {
            i.deletedAt = null;
            // back as a draft: an editor decides when it is public again (mirrors are told it is gone)
            i.changeStatus(PublicationStatus.DRAFT);
            touch(editionsOf(i));
        });
    }

    /** Publishes the draft initiatives an edition presents; part of publishing the edition, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishDraftsIn(Edition edition) {
        List<Initiative> drafts = Initiative.list("select a.initiative from Appearance a where a.edition = ?1"
                + " and a.initiative.status = ?2 and a.initiative.deletedAt is null order by a.position", edition, PublicationStatus.DRAFT);
        for (Initiative i : drafts) {
            audit.recordChange("PUBLISH", TYPE, i.slug, () -> editable(i), before -> i.changeStatus(PublicationStatus.PUBLISHED));
        }
    }

    /** Applies the whole changed record; {@code linked} are the contacts linked to it now, {@code mappings} its mappings. */
    private InitiativeEdits.Editable apply(Initiative i, List<String> linked, List<DriverMapping> mappings, InitiativeEdits.Changes changes) {
        mergePatch.validate(changes);
        Resolved r = resolve(i.slug, changes, i.status == PublicationStatus.PUBLISHED);
        InitiativeEdits.Editable before = InitiativeEdits.Editable.of(i, linked, mappings);
        List<Edition> presentedIn = editionsOf(i);
        // one save, one write and one new version: no query below may flush half of the change early
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);

        i.title = changes.title();
        i.summary = changes.summary();
        i.changeStatus(changes.status());
        i.leadBy(changes.leadOrganisation());
        i.partners.clear();
        changes.partners().stream().distinct().map(Organisation::findOrCreate).forEach(i.partners::add);
        i.areas.clear();
        i.areas.addAll(r.areas);
        applyAppearances(i, changes.appearances(), r);
        applyDrivers(i, mappings, changes.drivers(), r);
        contacts.link(i, changes.contacts());
        i.refreshSearchText();
        // a save is a new version even when only an appearance, mapping or contact changed
        i.newVersion();
        presentedIn.addAll(editionsOf(i));
        touch(presentedIn);
        IfMatch.flush(em);
        InitiativeEdits.Editable after = editable(i);
        audit.record("UPDATE", TYPE, i.slug, before, after);
        return after;
    }

    /** Every slug the changes name, looked up in a few statements; 400 naming each unknown one by its pointer. */
    private Resolved resolve(String slug, InitiativeEdits.Changes c, boolean alreadyPublished) {
        BodyReferences refs = new BodyReferences(em);
        List<Area> areas = refs.each(Area.class, BodyReferences.LIVE, c.areas(), "/areas");
        contacts.requireLive(refs, c.contacts(), "/contacts");
        Set<String> editionSlugs = new HashSet<>();
        c.appearances().forEach(a -> editionSlugs.add(a.edition()));
        c.drivers().forEach(d -> editionSlugs.add(d.edition()));
        Map<String, Edition> editions = bySlug(Edition.<Edition>list("slug in ?1 and deletedAt is null", editionSlugs), e -> e.slug);
        Map<String, DelayDriver> drivers = bySlug(DelayDriver.<DelayDriver>list("slug in ?1",
                c.drivers().stream().map(InitiativeEdits.DriverEdit::driver).toList()), d -> d.slug);
        Map<String, Theme> themes = new HashMap<>();
        Theme.<Theme>list("edition.slug in ?1", editionSlugs).forEach(t -> themes.put(t.edition.slug + "|" + t.slug, t));

        Set<String> presentedIn = new HashSet<>();
        for (int k = 0; k < c.appearances().size(); k++) {
            AppearanceEdit a = c.appearances().get(k);
            if (!editions.containsKey(a.edition())) {
                refs.unknown(Edition.class, a.edition(), "/appearances/" + k + "/edition");
            } else if (!presentedIn.add(a.edition())) {
                refs.reject("/appearances/" + k + "/edition", "the initiative already has an appearance in this edition");
            }
            if (a.theme() != null && !themes.containsKey(a.edition() + "|" + a.theme())) {
                refs.reject("/appearances/" + k + "/theme", "the edition has no theme or section '" + a.theme() + "'");
            }
        }
        // published means readable: the public page shows an initiative's text as an edition printed it
        // (checked when a record becomes public; one already public keeps taking edits)
        if (c.status() == PublicationStatus.PUBLISHED && !alreadyPublished && c.appearances().stream().noneMatch(a -> !a.sections().isEmpty()
                && editions.containsKey(a.edition()) && EditionVisibility.publicCanSee(editions.get(a.edition())))) {
            refs.reject("/status", "an initiative can be published only with its text: first add it to a published edition"
                    + " with at least one section, or leave it a draft in a draft edition and publish the edition");
        }
        Set<String> mapped = new HashSet<>();
        for (int k = 0; k < c.drivers().size(); k++) {
            InitiativeEdits.DriverEdit d = c.drivers().get(k);
            String at = "/drivers/" + k;
            if (!drivers.containsKey(d.driver())) {
                refs.unknown(DelayDriver.class, d.driver(), at + "/driver");
            }
            MappingRules.requireAppearance(refs, at + "/edition", presentedIn.contains(d.edition()), slug, d.edition());
            if (!mapped.add(d.edition() + "|" + d.driver())) {
                refs.reject(at, "the same driver is mapped twice in this edition");
            }
            MappingRules.requireRationale(refs, at + "/rationale", d.provenance(), d.rationale());
        }
        refs.throwIfAny();
        return new Resolved(new LinkedHashSet<>(areas), editions, drivers, themes);
    }

    private record Resolved(Set<Area> areas, Map<String, Edition> editions,
            Map<String, DelayDriver> drivers, Map<String, Theme> themes) {
    }

    private void applyAppearances(Initiative i, List<AppearanceEdit> wanted, Resolved r) {
        Map<String, Appearance> current = new HashMap<>();
        i.appearances.forEach(a -> current.put(a.edition.slug, a));
        Set<String> kept = new HashSet<>();
        for (AppearanceEdit edit : wanted) {
            kept.add(edit.edition());
            Appearance a = current.get(edit.edition());
            Theme theme = edit.theme() == null ? null : r.themes.get(edit.edition() + "|" + edit.theme());
            if (a == null) {
                i.appearances.add(newAppearance(i, r.editions.get(edit.edition()), edit, theme));
            } else {
                a.write(edit, theme);
            }
        }
        for (Appearance gone : List.copyOf(i.appearances)) {
            if (!kept.contains(gone.edition.slug)) {
                i.appearances.remove(gone);
                gone.delete();
            }
        }
    }

    private Appearance newAppearance(Initiative i, Edition edition, AppearanceEdit edit, Theme theme) {
        Integer last = em.createQuery("select max(a.position) from Appearance a where a.edition = :e", Integer.class)
                .setParameter("e", edition).getSingleResult();
        return Appearance.create(i, edition, last == null ? 1 : last + 1, edit, theme);
    }

    /** Kept mappings are updated, dropped ones soft-deleted (mirrors learn of it), returning ones revived. */
    private static void applyDrivers(Initiative i, List<DriverMapping> mappings, List<InitiativeEdits.DriverEdit> wanted, Resolved r) {
        Map<String, DriverMapping> all = new HashMap<>();
        mappings.forEach(m -> all.put(m.edition.slug + "|" + m.driver.slug, m));
        Set<String> kept = new HashSet<>();
        for (InitiativeEdits.DriverEdit d : wanted) {
            String key = d.edition() + "|" + d.driver();
            kept.add(key);
            DriverMapping m = all.get(key);
            if (m == null) {
                m = DriverMapping.of(i, r.drivers.get(d.driver()), r.editions.get(d.edition()));
            }
            m.apply(d.provenance(), d.rationale());
            if (!m.isPersistent()) {
                m.persist();
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        all.forEach((key, m) -> {
            if (!kept.contains(key) && m.deletedAt == null) {
                m.deletedAt = now;
            }
        });
    }

    private InitiativeEdits.Editable editable(Initiative i) {
        return InitiativeEdits.Editable.of(i, contacts.linkedSlugs(i), DriverMapping.ofInitiative(i));
    }

    private static List<Edition> editionsOf(Initiative i) {
        return new ArrayList<>(i.appearances.stream().map(a -> a.edition).toList());
    }

    /**
     * An edition lists its initiatives (their titles, status, order) in its editable shape, so a
     * change to one of them is a new version of the edition too: its ETag must not stay the same.
     */
    private static void touch(List<Edition> editions) {
        editions.stream().distinct().forEach(Edition::newVersion);
    }

    private static <T> Map<String, T> bySlug(List<T> rows, Function<T, String> slug) {
        Map<String, T> map = new HashMap<>();
        rows.forEach(t -> map.put(slug.apply(t), t));
        return map;
    }

    /** Loads a live initiative and checks If-Match against its version. */
    private static Initiative checked(String slug, String ifMatch) {
        Initiative i = existing(slug, true);
        IfMatch.require(ifMatch, i.version);
        return i;
    }

    private static Initiative existing(String slug, boolean live) {
        Initiative i = Initiative.<Initiative>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("initiative", slug));
        if (live && i.deletedAt != null) {
            throw new ApiException.NotFound("initiative", slug);
        }
        return i;
    }
}
