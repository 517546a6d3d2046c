package uk.goodpractice.directory.area;

import uk.goodpractice.directory.common.ChangesPublicData;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.goodpractice.directory.audit.AuditService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.BodyReferences;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.RetriedOnRace;

/**
 * Changes to areas. Every change names the version it was made against (If-Match), is audited in
 * the same transaction, and either happens whole or not at all. Areas form a tree (a parent each),
 * and an area in use cannot be deleted.
 */
@ApplicationScoped
@ChangesPublicData
@RetriedOnRace
class AreaEditingService {

    private static final String TYPE = "area";
    private final EntityManager em;
    private final AuditService audit;
    private final MergePatch mergePatch;
    private final List<AreaUsers> users;

    public AreaEditingService(EntityManager em, AuditService audit, MergePatch mergePatch, Instance<AreaUsers> users) {
        this.em = em;
        // in the order a refused delete names them
        this.users = users.stream().sorted(Comparator.comparingInt(AreaUsers::order)).toList();
        this.audit = audit;
        this.mergePatch = mergePatch;
    }

    @Transactional
    public AreaEdits.Editable createArea(AreaEdits.NewArea request) {
        Area.<Area>find("slug", request.slug()).firstResultOptional().ifPresent(a -> {
            throw new ApiException.Conflict("An area with the slug '" + request.slug() + "' already exists"
                    + (a.deletedAt == null ? "" : " (deleted: restore it instead)"));
        });
        Area a = new Area();
        a.slug = request.slug();
        write(a, request.changes());
        a.persist();
        IfMatch.flush(em);
        AreaEdits.Editable created = AreaEdits.Editable.of(a);
        audit.record("CREATE", TYPE, a.slug, null, created);
        return created;
    }

    /** The editable shape of an area, deleted or not: an editor needs a deleted one's ETag to restore it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AreaEdits.Editable findEditableBySlug(String slug) {
        return AreaEdits.Editable.of(existing(slug, false));
    }

    @Transactional
    public AreaEdits.Editable replaceArea(String slug, String ifMatch, AreaEdits.Changes changes) {
        return update(checked(slug, ifMatch), changes);
    }

    @Transactional
    public AreaEdits.Editable patchArea(String slug, String ifMatch, JsonNode patch) {
        Area a = checked(slug, ifMatch);
        return update(a, mergePatch.apply(AreaEdits.Changes.of(a), patch, AreaEdits.Changes.class));
    }

    @Transactional
    public void deleteArea(String slug, String ifMatch) {
        Area a = checked(slug, ifMatch);
        List<String> uses = new ArrayList<>();
        users.forEach(u -> usedBy(u.name(), u.liveSlugsUsing(a), uses));
        usedBy("areas within it", em.createQuery("select c.slug from Area c where c.parent = :area and c.deletedAt is null order by c.slug",
                String.class).setParameter("area", a).getResultList(), uses);
        if (!uses.isEmpty()) {
            throw new ApiException.Conflict("The area '" + slug + "' is still used by " + String.join("; ", uses));
        }
        audit.recordChange("DELETE", TYPE, slug, () -> AreaEdits.Editable.of(a), before -> a.deletedAt = OffsetDateTime.now());
    }

    @Transactional
    public AreaEdits.Editable restoreArea(String slug, String ifMatch) {
        Area a = existing(slug, false);
        IfMatch.require(ifMatch, a.version);
        if (a.deletedAt == null) {
            throw new ApiException.Conflict("The area '" + slug + "' is not deleted");
        }
        if (a.parent != null && a.parent.deletedAt != null) {
            throw new ApiException.Conflict("The area '" + slug + "' lies within '" + a.parent.slug + "', which is deleted: restore that first");
        }
        return audit.recordChange("RESTORE", TYPE, slug, () -> AreaEdits.Editable.of(a), before -> a.deletedAt = null);
    }

    private AreaEdits.Editable update(Area a, AreaEdits.Changes changes) {
        mergePatch.validate(changes);
        return audit.recordChange("UPDATE", TYPE, a.slug, () -> AreaEdits.Editable.of(a), before -> {
            write(a, changes);
            if (!before.name().equals(a.name) || before.type() != a.type) {
                users.forEach(u -> u.areaShownChanged(a));
            }
        });
    }

    /** Sets every editable field, or throws a 400 (unknown parent, or one within the area itself) and leaves the area as it was. */
    private void write(Area a, AreaEdits.Changes changes) {
        BodyReferences refs = new BodyReferences(em);
        Area parent = refs.one(Area.class, BodyReferences.LIVE, changes.parent(), "/parent");
        for (Area p = parent; p != null; p = p.parent) {
            if (a.id != null && a.id.equals(p.id)) {
                refs.reject("/parent", "'" + parent.slug + "' lies within '" + a.slug + "', so it cannot be its parent");
                break;
            }
        }
        refs.throwIfAny();
        a.write(changes.name(), changes.type(), parent);
    }

    private static void usedBy(String what, List<String> slugs, List<String> uses) {
        if (!slugs.isEmpty()) {
            uses.add(what + " " + String.join(", ", slugs));
        }
    }

    /** Loads a live area and checks If-Match against its version. */
    private static Area checked(String slug, String ifMatch) {
        Area a = existing(slug, true);
        IfMatch.require(ifMatch, a.version);
        return a;
    }

    private static Area existing(String slug, boolean live) {
        Area a = Area.<Area>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("area", slug));
        if (live && a.deletedAt != null) {
            throw new ApiException.NotFound("area", slug);
        }
        return a;
    }
}
