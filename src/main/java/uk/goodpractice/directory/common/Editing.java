package uk.goodpractice.directory.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * What every editing service does the same way: version checks against If-Match, JSON Merge Patch,
 * validation of a whole changed shape, and writing early so a lost race is a 412.
 */
public final class Editing {

    private Editing() {
    }

    /** The ETag of a version, the value If-Match must name. */
    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** 428 without If-Match, 412 (naming the current ETag) when it names another version. */
    public static void requireVersion(long version, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException.PreconditionRequired();
        }
        String current = etag(version);
        String given = ifMatch.trim();
        if (!given.equals(current) && !given.equals("W/" + current)) {
            throw new ApiException.PreconditionFailed(current);
        }
    }

    /** Writes now, so that a concurrent change of the same version fails here as a 412, not at commit. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ApiException.PreconditionFailed(null);
        }
    }

    /** 400 listing every constraint the value breaks, each with its JSON Pointer. */
    public static void validate(Validator validator, Object value) {
        List<ProblemDetail.FieldError> errors = validator.validate(value).stream()
                .map(v -> new ProblemDetail.FieldError(null, pointer(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::pointer)).toList();
        if (!errors.isEmpty()) {
            throw new ApiException.InvalidBody(errors);
        }
    }

    /** JSON Pointer of a Bean Validation path: {@code links[0].url} → {@code /links/0/url}. */
    static String pointer(jakarta.validation.Path path) {
        StringBuilder sb = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                sb.append('/').append(node.getName());
            }
        }
        return sb.toString();
    }

    /** Applies an RFC 7396 merge patch to {@code current} and reads the result back strictly as {@code type}. */
    public static <T> T mergePatch(ObjectMapper strict, T current, JsonNode patch, Class<T> type) {
        if (!(patch instanceof ObjectNode)) {
            throw new ApiException.InvalidBody(List.of(new ProblemDetail.FieldError(null, "", "must be a JSON object (RFC 7396 merge patch)")));
        }
        JsonNode merged = mergePatch(strict.valueToTree(current), patch);
        try {
            return strict.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw new ApiException.InvalidBody(List.of(new ProblemDetail.FieldError(null, pointer(e),
                    e.getOriginalMessage().lines().findFirst().orElse(""))));
        }
    }

    /** RFC 7396 JSON Merge Patch. */
    public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
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

    private static String pointer(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            StringBuilder sb = new StringBuilder();
            m.getPath().forEach(r -> sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())));
            return sb.toString();
        }
        return "";
    }
}
