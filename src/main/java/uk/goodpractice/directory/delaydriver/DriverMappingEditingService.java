package uk.goodpractice.directory.delaydriver;

import uk.goodpractice.directory.common.ChangesPublicData;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import uk.goodpractice.directory.audit.AuditService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.BodyReferences;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.RetriedOnRace;
import uk.goodpractice.directory.edition.Edition;
import uk.goodpractice.directory.initiative.Appearance;
import uk.goodpractice.directory.initiative.Initiative;

/**
 * Changes to driver mappings. Every change names the version it was made against (If-Match), is
 * audited in the same transaction, and either happens whole or not at all. An initiative shows its
 * mappings, so every change also moves the initiative's version (its ETag).
 */
@ApplicationScoped
@ChangesPublicData
@RetriedOnRace
class DriverMappingEditingService {

    private static final String TYPE = "driver-mapping";
    private final EntityManager em;
    private final AuditService audit;
    private final MergePatch mergePatch;

    public DriverMappingEditingService(EntityManager em, AuditService audit, MergePatch mergePatch) {
        this.em = em;
        this.audit = audit;
        this.mergePatch = mergePatch;
    }

    /**
     * A new mapping, or the deleted one for the same initiative, driver and edition brought back with
     * the new provenance and rationale (there is one row per triple).
     */
    @Transactional
    public DriverMappingEdits.Editable createMapping(DriverMappingEdits.NewMapping request) {
        BodyReferences refs = new BodyReferences(em);
        Initiative initiative = refs.one(Initiative.class, BodyReferences.LIVE, request.initiative(), "/initiative");
        DelayDriver driver = refs.one(DelayDriver.class, null, request.driver(), "/driver");
        Edition edition = refs.one(Edition.class, BodyReferences.LIVE, request.edition(), "/edition");
        if (initiative != null && edition != null) {
            MappingRules.requireAppearance(refs, "/edition", appearsIn(initiative, edition), initiative.slug, edition.slug);
        }
        MappingRules.requireRationale(refs, "/rationale", request.provenance(), request.rationale());
        refs.throwIfAny();
        DriverMapping m = DriverMapping.<DriverMapping>find("initiative = ?1 and driver = ?2 and edition = ?3", initiative, driver, edition)
                .firstResultOptional().orElse(null);
        if (m != null && m.deletedAt == null) {
            throw new ApiException.Conflict("The initiative '" + initiative.slug + "' is already mapped to '" + driver.slug + "' in '"
                    + edition.slug + "' (mapping " + m.id + ")");
        }
        DriverMappingEdits.Editable before = m == null ? null : DriverMappingEdits.Editable.of(m);
        if (m == null) {
            m = DriverMapping.of(initiative, driver, edition);
        }
        m.apply(request.provenance(), request.rationale());
        m.persist();
        moveInitiativeVersion(m);
        IfMatch.flush(em);
        DriverMappingEdits.Editable created = DriverMappingEdits.Editable.of(m);
        audit.record("CREATE", TYPE, String.valueOf(m.id), before, created);
        return created;
    }

    /** The editable shape of a mapping, deleted or not: an editor needs a deleted one's ETag to restore it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DriverMappingEdits.Editable findEditableById(long id) {
        return DriverMappingEdits.Editable.of(existing(id, false));
    }

    @Transactional
    public DriverMappingEdits.Editable replaceMapping(long id, String ifMatch, DriverMappingEdits.Changes changes) {
        return update(checked(id, ifMatch), changes);
    }

    @Transactional
    public DriverMappingEdits.Editable patchMapping(long id, String ifMatch, JsonNode patch) {
        DriverMapping m = checked(id, ifMatch);
        return update(m, mergePatch.apply(DriverMappingEdits.Changes.of(m), patch, DriverMappingEdits.Changes.class));
    }

    @Transactional
    public void deleteMapping(long id, String ifMatch) {
        DriverMapping m = checked(id, ifMatch);
        audit.recordChange("DELETE", TYPE, String.valueOf(id), () -> DriverMappingEdits.Editable.of(m), before -> {
            m.deletedAt = OffsetDateTime.now();
            moveInitiativeVersion(m);
        });
    }

    @Transactional
    public DriverMappingEdits.Editable restoreMapping(long id, String ifMatch) {
        DriverMapping m = existing(id, false);
        IfMatch.require(ifMatch, m.version);
        if (m.deletedAt == null) {
            throw new ApiException.Conflict("The driver mapping " + id + " is not deleted");
        }
        if (m.initiative.deletedAt != null || m.edition.deletedAt != null || !appearsIn(m.initiative, m.edition)) {
            throw new ApiException.Conflict("The initiative '" + m.initiative.slug + "' no longer appears in '" + m.edition.slug
                    + "', so the mapping cannot come back");
        }
        return audit.recordChange("RESTORE", TYPE, String.valueOf(id), () -> DriverMappingEdits.Editable.of(m), before -> {
            m.deletedAt = null;
            moveInitiativeVersion(m);
        });
    }

    private DriverMappingEdits.Editable update(DriverMapping m, DriverMappingEdits.Changes changes) {
        mergePatch.validate(changes);
        BodyReferences refs = new BodyReferences(em);
        MappingRules.requireRationale(refs, "/rationale", changes.provenance(), changes.rationale());
        refs.throwIfAny();
        return audit.recordChange("UPDATE", TYPE, String.valueOf(m.id), () -> DriverMappingEdits.Editable.of(m), before -> {
            m.describe(changes.provenance(), changes.rationale());
            if (!before.equals(DriverMappingEdits.Editable.of(m))) {
                moveInitiativeVersion(m);
            }
        });
    }

    private static boolean appearsIn(Initiative initiative, Edition edition) {
        return Appearance.count("initiative = ?1 and edition = ?2", initiative, edition) > 0;
    }

    /** The initiative shows its mappings: a new version, a new ETag. */
    private static void moveInitiativeVersion(DriverMapping m) {
        m.initiative.newVersion();
    }

    /** Loads a live mapping and checks If-Match against its version. */
    private static DriverMapping checked(long id, String ifMatch) {
        DriverMapping m = existing(id, true);
        IfMatch.require(ifMatch, m.version);
        return m;
    }

    private static DriverMapping existing(long id, boolean live) {
        DriverMapping m = DriverMapping.<DriverMapping>findByIdOptional(id)
                .orElseThrow(() -> new ApiException.NotFound("No driver mapping has the id " + id));
        if (live && m.deletedAt != null) {
            throw new ApiException.NotFound("No driver mapping has the id " + id);
        }
        return m;
    }
}
