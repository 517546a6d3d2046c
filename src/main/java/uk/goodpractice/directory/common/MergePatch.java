package uk.goodpractice.directory.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * PATCH with a JSON Merge Patch (RFC 7396): the patch is merged onto the current write shape and the
 * result read back and validated as strictly as a PUT body, so both answer the same 400s.
 */
@ApplicationScoped
public class MergePatch {

    /** The media type of a PATCH body. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";
    private final ObjectMapper strict;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    /** The write shape {@code current} with {@code patch} applied; a 400 naming each field at fault otherwise. */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (!(patch instanceof ObjectNode)) {
            throw new ApiException.InvalidBody(List.of(new ProblemDetail.FieldError(null, "", "must be a JSON object (RFC 7396 merge patch)")));
        }
        T changed;
        try {
            changed = strict.treeToValue(merge(strict.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw new ApiException.InvalidBody(List.of(JsonErrors.describe(e)));
        }
        validate(changed);
        return changed;
    }

    /** Bean Validation of a body the service built rather than the resource received. */
    public void validate(Object body) {
        List<ProblemDetail.FieldError> errors = validator.validate(body).stream()
                .map(v -> new ProblemDetail.FieldError(null, ProblemMappers.pointer(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(ProblemDetail.FieldError::pointer)).toList();
        if (!errors.isEmpty()) {
            throw new ApiException.InvalidBody(errors);
        }
    }

    /**
     * RFC 7396: objects merge member by member, null removes a member, anything else replaces. A list
     * removed is a list with nothing in it: null on a list empties it, as every write shape's lists may be
     * empty but never absent. (Typed clients send only the fields they set when their lists may be null:
     * OpenAPI Generator's Java client otherwise sends an empty list for every list it was not given.)
     */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull() && result.get(e.getKey()) != null && result.get(e.getKey()).isArray()) {
                result.putArray(e.getKey());
            } else if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), merge(result.get(e.getKey()), e.getValue()));
            }
        });
        return result;
    }
}
