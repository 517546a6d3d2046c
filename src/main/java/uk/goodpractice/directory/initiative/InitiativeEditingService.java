package uk.goodpractice.directory.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import uk.goodpractice.directory.audit.AuditService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.PublicationStatus;

/**
 * Changes to initiatives. Every change names the version it was made against (If-Match), is
 * audited in the same transaction, and either happens whole or not at all.
 */
@ApplicationScoped
public class InitiativeEditingService {

    private static final String TYPE = "initiative";
    private final EntityManager em;
    private final AuditService audit;
    private final MergePatch mergePatch;

    public InitiativeEditingService(EntityManager em, AuditService audit, MergePatch mergePatch) {
        this.em = em;
        this.audit = audit;
        this.mergePatch = mergePatch;
    }

    @Transactional
    public InitiativeEdits.Editable createInitiative(InitiativeEdits.NewInitiative request) {
        if (Initiative.count("slug", request.slug()) > 0) {
            throw new ApiException.Conflict("An initiative with the slug '" + request.slug() + "' already exists");
        }
        Initiative i = new Initiative();
        i.slug = request.slug();
        i.title = request.title();
        i.summary = request.summary();
        i.status = PublicationStatus.DRAFT;
        i.refreshSearchText();
        i.persist();
        em.flush();
        InitiativeEdits.Editable created = InitiativeEdits.Editable.of(i);
        audit.record("CREATE", TYPE, i.slug, null, created);
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InitiativeEdits.Editable findEditableBySlug(String slug) {
        return InitiativeEdits.Editable.of(existing(slug, true));
    }

    @Transactional
    public InitiativeEdits.Editable replaceInitiative(String slug, String ifMatch, InitiativeEdits.Changes changes) {
        Initiative i = checked(slug, ifMatch);
        return apply(i, changes);
    }

    @Transactional
    public InitiativeEdits.Editable patchInitiative(String slug, String ifMatch, JsonNode patch) {
        Initiative i = checked(slug, ifMatch);
        return apply(i, mergePatch.apply(InitiativeEdits.Changes.of(i), patch, InitiativeEdits.Changes.class));
    }

    @Transactional
    public void deleteInitiative(String slug, String ifMatch) {
        Initiative i = checked(slug, ifMatch);
        InitiativeEdits.Editable before = InitiativeEdits.Editable.of(i);
        i.deletedAt = OffsetDateTime.now();
        i.status = PublicationStatus.DRAFT;
        flush();
        audit.record("DELETE", TYPE, slug, before, InitiativeEdits.Editable.of(i));
    }

    @Transactional
    public InitiativeEdits.Editable restoreInitiative(String slug, String ifMatch) {
        Initiative i = existing(slug, false);
        requireVersion(i, ifMatch);
        if (i.deletedAt == null) {
            throw new ApiException.Conflict("The initiative '" + slug + "' is not deleted");
        }
        InitiativeEdits.Editable before = InitiativeEdits.Editable.of(i);
        i.deletedAt = null;
        flush();
        InitiativeEdits.Editable after = InitiativeEdits.Editable.of(i);
        audit.record("RESTORE", TYPE, slug, before, after);
        return after;
    }

    private InitiativeEdits.Editable apply(Initiative i, InitiativeEdits.Changes changes) {
        mergePatch.validate(changes);
        InitiativeEdits.Editable before = InitiativeEdits.Editable.of(i);
        i.title = changes.title();
        i.summary = changes.summary();
        i.status = changes.status();
        i.refreshSearchText();
        flush();
        InitiativeEdits.Editable after = InitiativeEdits.Editable.of(i);
        audit.record("UPDATE", TYPE, i.slug, before, after);
        return after;
    }

    /** Loads a live initiative and checks If-Match against its version. */
    private Initiative checked(String slug, String ifMatch) {
        Initiative i = existing(slug, true);
        requireVersion(i, ifMatch);
        return i;
    }

    private static void requireVersion(Initiative i, String ifMatch) {
        IfMatch.require(ifMatch, i.version);
    }

    private static Initiative existing(String slug, boolean live) {
        Initiative i = Initiative.<Initiative>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("initiative", slug));
        if (live && i.deletedAt != null) {
            throw new ApiException.NotFound("initiative", slug);
        }
        return i;
    }

    private void flush() {
        IfMatch.flush(em);
    }
}
