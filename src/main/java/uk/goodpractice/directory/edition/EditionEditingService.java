package uk.goodpractice.directory.edition;

import uk.goodpractice.directory.common.ChangesPublicData;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.goodpractice.directory.audit.AuditService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.MergePatch;
import uk.goodpractice.directory.common.ProblemDetail.FieldError;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.RetriedOnRace;

/**
 * Changes to editions: drafting, publishing (with everything the edition holds, in one
 * transaction) and the printed order of its initiatives. Each change names the version it was
 * made against and is audited in the same transaction.
 */
@ApplicationScoped
@ChangesPublicData
@RetriedOnRace
class EditionEditingService {

    private static final String TYPE = "edition";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final EntityManager em;
    private final AuditService audit;
    private final MergePatch mergePatch;
    private final EditionInitiatives initiatives;

    public EditionEditingService(EntityManager em, AuditService audit, MergePatch mergePatch,
            EditionInitiatives initiatives) {
        this.em = em;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.initiatives = initiatives;
    }

    @Transactional
    public EditionEdits.Editable createEdition(EditionEdits.NewEdition n) {
        if (Edition.count("slug", n.slug()) > 0) {
            throw new ApiException.Conflict("An edition with the slug '" + n.slug() + "' already exists");
        }
        Edition e = new Edition();
        e.slug = n.slug();
        write(e, new EditionEdits.Changes(n.title(), n.subtitle(), n.series(), n.label(), n.publicationDate(), n.publisher(),
                n.theme(), n.suggestionsText(), n.suggestionsEmail()));
        Integer last = em.createQuery("select max(e.position) from Edition e", Integer.class).getSingleResult();
        e.position = last == null ? 1 : last + 1;
        e.status = PublicationStatus.DRAFT;
        e.persist();
        em.flush();
        EditionEdits.Editable created = editable(e);
        audit.record("CREATE", TYPE, e.slug, null, created);
        return created;
    }

    /** Deleted ones too (deletedAt set): an editor needs a deleted edition's ETag to restore it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionEdits.Editable findEditableBySlug(String slug) {
        return editable(existing(slug, false));
    }

    @Transactional
    public EditionEdits.Editable replaceEdition(String slug, String ifMatch, EditionEdits.Changes changes) {
        return apply(checked(slug, ifMatch), changes);
    }

    @Transactional
    public EditionEdits.Editable patchEdition(String slug, String ifMatch, JsonNode patch) {
        Edition e = checked(slug, ifMatch);
        return apply(e, mergePatch.apply(EditionEdits.Changes.of(e), patch, EditionEdits.Changes.class));
    }

    /** Only a draft can be deleted: a published edition is part of the record people cite. */
    @Transactional
    public void deleteEdition(String slug, String ifMatch) {
        Edition e = checked(slug, ifMatch);
        if (e.status == PublicationStatus.PUBLISHED) {
            throw new ApiException.Conflict("The edition '" + slug + "' is published; only a draft edition can be deleted");
        }
        audit.recordChange("DELETE", TYPE, slug, () -> editable(e), before -> e.deletedAt = OffsetDateTime.now());
    }

    @Transactional
    public EditionEdits.Editable restoreEdition(String slug, String ifMatch) {
        Edition e = existing(slug, false);
        IfMatch.require(ifMatch, e.version);
        if (e.deletedAt == null) {
            throw new ApiException.Conflict("The edition '" + slug + "' is not deleted");
        }
        return audit.recordChange("RESTORE", TYPE, slug, () -> editable(e), before -> e.deletedAt = null);
    }

    /**
     * Publishes the edition, its draft initiatives and so its mappings and contacts, all in this one
     * transaction: readers see the whole edition or none of it.
     */
    @Transactional
    public EditionEdits.Editable publishEdition(String slug, String ifMatch) {
        Edition e = checked(slug, ifMatch);
        if (e.status == PublicationStatus.PUBLISHED) {
            throw new ApiException.Conflict("The edition '" + slug + "' is already published");
        }
        return audit.recordChange("PUBLISH", TYPE, slug, () -> editable(e), before -> {
            if (before.initiatives().isEmpty()) {
                throw new ApiException.Conflict("The edition '" + slug + "' presents no initiatives yet; add one before publishing");
            }
            initiatives.publishDraftsIn(e);
            e.status = PublicationStatus.PUBLISHED;
            e.publishedAt = OffsetDateTime.now();
            if (e.publicationDate == null) {
                e.publicationDate = LocalDate.now(LONDON).toString();
            }
        });
    }

    /** Sets the printed order; the list must name every live initiative of the edition exactly once. */
    @Transactional
    public EditionEdits.Editable reorderEdition(String slug, String ifMatch, EditionEdits.Order order) {
        Edition e = checked(slug, ifMatch);
        List<EditionInitiatives.LiveEntry> live = initiatives.live(e);
        Set<String> current = new LinkedHashSet<>(live.stream().map(EditionInitiatives.LiveEntry::slug).toList());
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int k = 0; k < order.initiatives().size(); k++) {
            String s = order.initiatives().get(k);
            if (!current.contains(s)) {
                errors.add(new FieldError(null, "/initiatives/" + k, "the edition does not present '" + s + "'"));
            } else if (!seen.add(s)) {
                errors.add(new FieldError(null, "/initiatives/" + k, "'" + s + "' is named twice"));
            }
        }
        current.stream().filter(s -> !order.initiatives().contains(s))
                .forEach(s -> errors.add(new FieldError(null, "/initiatives", "'" + s + "' is missing: name every initiative of the edition")));
        if (!errors.isEmpty()) {
            throw new ApiException.InvalidBody(errors);
        }
        EditionEdits.Editable before = editable(e, live);
        initiatives.reorder(e, order.initiatives());
        e.newVersion(); // the order is part of the edition
        IfMatch.flush(em);
        EditionEdits.Editable after = editable(e);
        audit.record("REORDER", TYPE, slug, before, after);
        return after;
    }

    private EditionEdits.Editable apply(Edition e, EditionEdits.Changes changes) {
        mergePatch.validate(changes);
        return audit.recordChange("UPDATE", TYPE, e.slug, () -> editable(e), before -> write(e, changes));
    }

    private static void write(Edition e, EditionEdits.Changes c) {
        e.write(c.title(), c.subtitle(), c.series(), c.label(), c.publicationDate(), c.publisher(), c.theme(), c.suggestionsText(),
                c.suggestionsEmail());
    }

    private EditionEdits.Editable editable(Edition e) {
        return editable(e, initiatives.live(e));
    }

    private static EditionEdits.Editable editable(Edition e, List<EditionInitiatives.LiveEntry> live) {
        return EditionEdits.Editable.of(e, live.stream().map(a -> new EditionEdits.Entry(a.position(), a.slug(), a.title(), a.status())).toList());
    }

    private static Edition checked(String slug, String ifMatch) {
        Edition e = existing(slug, true);
        IfMatch.require(ifMatch, e.version);
        return e;
    }

    private static Edition existing(String slug, boolean live) {
        Edition e = Edition.<Edition>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("edition", slug));
        if (live && e.deletedAt != null) {
            throw new ApiException.NotFound("edition", slug);
        }
        return e;
    }
}
