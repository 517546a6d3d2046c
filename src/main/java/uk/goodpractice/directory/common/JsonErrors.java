package uk.goodpractice.directory.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a client did wrong in a JSON body, said in the client's terms: a JSON Pointer and a message
 * that names JSON types and allowed values, never the Java class the body was read into.
 */
final class JsonErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private JsonErrors() {
    }

    /** The field at fault and what is wrong with it. */
    public static ProblemDetail.FieldError describe(JsonProcessingException e) {
        String pointer = pointer(e);
        if (e instanceof UnrecognizedPropertyException u) {
            return new ProblemDetail.FieldError(null, pointer, "unknown field '" + u.getPropertyName() + "'");
        }
        if (e instanceof JsonParseException) {
            Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
            return duplicate.find()
                    ? new ProblemDetail.FieldError(null, pointer, "the field '" + duplicate.group(1) + "' appears more than once")
                    : new ProblemDetail.FieldError(null, pointer, "is not valid JSON");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new ProblemDetail.FieldError(null, pointer, "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new ProblemDetail.FieldError(null, pointer, "must be " + jsonType(m.getTargetType()));
        }
        return new ProblemDetail.FieldError(null, pointer, "does not have the expected shape");
    }

    private static String jsonType(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == String.class || type == OffsetDateTime.class || type == LocalDate.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "an object";
        }
        return "a JSON value of another type";
    }

    /** "/appearances/0/title" from the path Jackson had reached. */
    static String pointer(JsonProcessingException e) {
        StringBuilder sb = new StringBuilder();
        if (e instanceof JsonMappingException m) {
            List<JsonMappingException.Reference> path = m.getPath();
            path.forEach(r -> sb.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : String.valueOf(r.getIndex())));
        }
        return sb.toString();
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
