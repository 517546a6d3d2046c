package uk.goodpractice.directory.contact;

import uk.goodpractice.directory.common.ChangesPublicData;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.goodpractice.directory.area.Area;
import uk.goodpractice.directory.audit.AuditService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.BodyReferences;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.RetriedOnRace;
import uk.goodpractice.directory.common.Slugs;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.initiative.Initiative;

/**
 * Changes to area contacts. Every change names the version it was made against (If-Match), is
 * audited in the same transaction, and either happens whole or not at all. An initiative shows its
 * contacts, so a change to a contact also moves the version (the ETag) of every initiative it is or
 * was linked to.
 */
@ApplicationScoped
@ChangesPublicData
@RetriedOnRace
class ContactEditingService {

    private static final String TYPE = "contact";
    private final EntityManager em;
    private final AuditService audit;
    private final MergePatch mergePatch;

    public ContactEditingService(EntityManager em, AuditService audit, MergePatch mergePatch) {
        this.em = em;
        this.audit = audit;
        this.mergePatch = mergePatch;
    }

    @Transactional
    public ContactEdits.Editable createContact(ContactEdits.NewContact request) {
        Contact.<Contact>find("slug", request.slug()).firstResultOptional().ifPresent(c -> {
            throw new ApiException.Conflict("An area contact with the slug '" + request.slug() + "' already exists"
                    + (c.deletedAt == null ? "" : " (deleted: restore it instead)"));
        });
        Contact c = new Contact();
        c.slug = request.slug();
        write(c, request.changes());
        c.persist();
        IfMatch.flush(em);
        ContactEdits.Editable created = ContactEdits.Editable.of(c);
        audit.record("CREATE", TYPE, c.slug, null, created);
        return created;
    }

    /** The editable shape of a contact, deleted or not: an editor needs a deleted one's ETag to restore it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactEdits.Editable findEditableBySlug(String slug) {
        return ContactEdits.Editable.of(existing(slug, false));
    }

    @Transactional
    public ContactEdits.Editable replaceContact(String slug, String ifMatch, ContactEdits.Changes changes) {
        return update(checked(slug, ifMatch), changes);
    }

    @Transactional
    public ContactEdits.Editable patchContact(String slug, String ifMatch, JsonNode patch) {
        Contact c = checked(slug, ifMatch);
        return update(c, mergePatch.apply(ContactEdits.Changes.of(c), patch, ContactEdits.Changes.class));
    }

    @Transactional
    public void deleteContact(String slug, String ifMatch) {
        Contact c = checked(slug, ifMatch);
        audit.recordChange("DELETE", TYPE, slug, () -> ContactEdits.Editable.of(c), before -> {
            c.deletedAt = OffsetDateTime.now();
            moveVersions(c.initiatives);
        });
    }

    @Transactional
    public ContactEdits.Editable restoreContact(String slug, String ifMatch) {
        Contact c = existing(slug, false);
        IfMatch.require(ifMatch, c.version);
        if (c.deletedAt == null) {
            throw new ApiException.Conflict("The area contact '" + slug + "' is not deleted");
        }
        return audit.recordChange("RESTORE", TYPE, slug, () -> ContactEdits.Editable.of(c), before -> {
            c.deletedAt = null;
            moveVersions(c.initiatives);
        });
    }

    private ContactEdits.Editable update(Contact c, ContactEdits.Changes changes) {
        mergePatch.validate(changes);
        return audit.recordChange("UPDATE", TYPE, c.slug, () -> ContactEdits.Editable.of(c), before -> write(c, changes));
    }

    /** Sets every editable field, or throws a 400 naming each unknown slug and leaves the contact as it was. */
    private void write(Contact c, ContactEdits.Changes changes) {
        BodyReferences refs = new BodyReferences(em);
        Edition edition = refs.one(Edition.class, BodyReferences.LIVE, changes.edition(), "/edition");
        List<Area> areas = refs.each(Area.class, BodyReferences.LIVE, changes.areas(), "/areas");
        List<Initiative> initiatives = refs.each(Initiative.class, BodyReferences.LIVE, changes.initiatives(), "/initiatives");
        String organisation = changes.organisation() == null || changes.organisation().isBlank() ? null : changes.organisation().trim();
        if (organisation != null && Slugs.of(organisation).isEmpty()) {
            refs.reject("/organisation", "must contain a letter or a digit");
        }
        refs.throwIfAny();
        ContactEdits.Editable before = c.id == null ? null : ContactEdits.Editable.of(c);
        Set<Initiative> linked = new LinkedHashSet<>(c.initiatives);
        c.write(changes.name(), changes.role(), organisation, changes.email(), changes.phone(), changes.note(), edition);
        // links to deleted areas and initiatives are not shown, so not replaced: restoring them brings them back
        c.areas.removeIf(a -> a.deletedAt == null);
        c.areas.addAll(areas);
        c.initiatives.removeIf(i -> i.deletedAt == null);
        c.initiatives.addAll(initiatives);
        if (before == null || !before.equals(ContactEdits.Editable.of(c))) {
            // the contact, and its list of initiatives, is part of each initiative it was or is now linked to
            linked.addAll(c.initiatives);
            moveVersions(linked);
        }
    }

    /** Gives each initiative a new version, its ETag: what it shows of its contacts changed. */
    private static void moveVersions(Set<Initiative> initiatives) {
        initiatives.forEach(Initiative::newVersion);
    }

    /** Loads a live contact and checks If-Match against its version. */
    private static Contact checked(String slug, String ifMatch) {
        Contact c = existing(slug, true);
        IfMatch.require(ifMatch, c.version);
        return c;
    }

    private static Contact existing(String slug, boolean live) {
        Contact c = Contact.<Contact>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("area contact", slug));
        if (live && c.deletedAt != null) {
            throw new ApiException.NotFound("area contact", slug);
        }
        return c;
    }
}
