package uk.goodpractice.directory.initiative;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import uk.goodpractice.directory.audit.AuditService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.ProblemDetail;
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
    private final Validator validator;
    private final ObjectMapper strict;

    public InitiativeEditingService(EntityManager em, AuditService audit, Validator validator, ObjectMapper mapper) {
        this.em = em;
        this.audit = audit;
        this.validator = validator;
        this.strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
        if (!(patch instanceof ObjectNode)) {
            throw new ApiException.InvalidBody(List.of(new ProblemDetail.FieldError(null, "", "must be a JSON object (RFC 7396 merge patch)")));
        }
        JsonNode merged = mergePatch(strict.valueToTree(InitiativeEdits.Changes.of(i)), patch);
        InitiativeEdits.Changes changes;
        try {
            changes = strict.treeToValue(merged, InitiativeEdits.Changes.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException.InvalidBody(List.of(new ProblemDetail.FieldError(null, pointer(e), e.getOriginalMessage().lines().findFirst().orElse(""))));
        }
        return apply(i, changes);
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
        List<ProblemDetail.FieldError> errors = validator.validate(changes).stream()
                .map(v -> new ProblemDetail.FieldError(null, "/" + v.getPropertyPath(), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::pointer)).toList();
        if (!errors.isEmpty()) {
            throw new ApiException.InvalidBody(errors);
        }
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
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException.PreconditionRequired();
        }
        String current = InitiativeEdits.Editable.of(i).etag();
        if (!ifMatch.trim().equals(current) && !ifMatch.trim().equals("W/" + current)) {
            throw new ApiException.PreconditionFailed(current);
        }
    }

    private static Initiative existing(String slug, boolean live) {
        Initiative i = Initiative.<Initiative>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("initiative", slug));
        if (live && i.deletedAt != null) {
            throw new ApiException.NotFound("initiative", slug);
        }
        return i;
    }

    /** Writes now, so that a concurrent change of the same version fails here as a 412, not at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ApiException.PreconditionFailed(null);
        }
    }

    /** RFC 7396 JSON Merge Patch. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
            }
        });
        return result;
    }

    private static String pointer(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            StringBuilder sb = new StringBuilder();
            m.getPath().forEach(r -> sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())));
            return sb.length() == 0 ? "" : sb.toString();
        }
        return "";
    }
}
