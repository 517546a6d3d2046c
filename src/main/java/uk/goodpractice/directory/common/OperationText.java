package uk.goodpractice.directory.common;

import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.Comment;
import com.github.therapi.runtimejavadoc.CommentFormatter;
import com.github.therapi.runtimejavadoc.MethodJavadoc;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import io.smallrye.openapi.model.BaseModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * An operation's words are its resource method's Javadoc, so that a resource reads as its HTTP shape and a
 * newcomer reads each operation described where it is written:
 * <ul>
 * <li>the first paragraph is the summary (its full stop dropped), the paragraphs after it the description;</li>
 * <li>{@code @return} describes the success answer, whose schema the scanner takes from {@code @APIResponseSchema} (or
 * the method's return type);</li>
 * <li>{@link AnswerExample} gives that answer's examples, and {@link DraftsForEditors} marks a read that shows
 * editors drafts.</li>
 * </ul>
 * Applied before the other conventions, which copy these words (HEAD) or add to them (optional sign-in). A
 * method that also names its words in {@code @Operation} is refused: the words live in one place.
 */
final class OperationText {

    private static final List<DotName> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE").stream()
            .map(name -> DotName.createSimple("jakarta.ws.rs." + name)).toList();
    private static final DotName ANSWER_EXAMPLE = DotName.createSimple(AnswerExample.class.getName());
    private static final DotName ANSWER_EXAMPLES = DotName.createSimple(AnswerExample.List.class.getName());
    private static final DotName DRAFTS = DotName.createSimple(DraftsForEditors.class.getName());
    private static final CommentFormatter FORMAT = new CommentFormatter();

    private OperationText() {
    }

    static void apply(OpenAPI openAPI, Map<String, MethodInfo> methods) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            MethodInfo method = methods.get(op.getOperationId());
            if (method != null) {
                describe(op, method);
            }
        }));
    }

    /** Each resource method by its name, which is its operationId. */
    static Map<String, MethodInfo> resourceMethods(IndexView index) {
        Map<String, MethodInfo> methods = new HashMap<>();
        HTTP_METHODS.forEach(http -> index.getAnnotations(http).forEach(annotation -> {
            MethodInfo method = annotation.target().asMethod();
            MethodInfo before = methods.put(method.name(), method);
            if (before != null && !before.equals(method)) {
                throw new IllegalStateException("Two resource methods are named " + method.name() + " (" + where(before) + ", "
                        + where(method) + "), the operationId of each");
            }
        }));
        return methods;
    }

    private static void describe(Operation op, MethodInfo method) {
        MethodJavadoc doc = javadoc(method);
        if (doc != null && !doc.getComment().getElements().isEmpty()) {
            if (op.getSummary() != null || op.getDescription() != null) {
                throw new IllegalStateException(where(method) + " gives its words both in Javadoc and in @Operation");
            }
            String[] paragraphs = text(doc.getComment()).split("\n\\s*\n");
            String description = String.join(" ", Stream.of(paragraphs).skip(1).map(OperationText::oneLine).toList());
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("summary", oneLine(paragraphs[0]).replaceFirst("\\.$", ""));
            if (!description.isEmpty()) {
                text.put("description", description);
            }
            first(op, text);
        }
        Map.Entry<String, APIResponse> success = successFirst(op);
        if (doc != null && !doc.getReturns().getElements().isEmpty()) {
            if (success == null) {
                throw new IllegalStateException(where(method) + " describes its answer (@return) but declares no success answer "
                        + "(@APIResponseSchema, or an @APIResponse with a 2xx status)");
            }
            first(success.getValue(), Map.of("description", oneLine(text(doc.getReturns()))));
        }
        List<Example> examples = examples(method);
        if (!examples.isEmpty()) {
            if (success == null || success.getValue().getContent() == null) {
                throw new IllegalStateException(where(method) + " gives an example of an answer that has no content");
            }
            success.getValue().getContent().getMediaTypes().forEach((type, media) -> success.getValue().getContent()
                    .addMediaType(type, withExamples(media, examples)));
        }
        if (method.hasAnnotation(DRAFTS)) {
            op.addExtension(OpenApiConventions.DRAFTS_FOR_EDITORS, true);
        }
    }

    private static MethodJavadoc javadoc(MethodInfo method) {
        ClassJavadoc type = RuntimeJavadoc.getJavadoc(method.declaringClass().name().toString(), OperationText.class.getClassLoader());
        return type.getMethods().stream()
                .filter(m -> m.getName().equals(method.name()) && m.getParamTypes().size() == method.parametersCount())
                .findFirst().orElse(null);
    }

    private static String text(Comment comment) {
        return FORMAT.format(comment).strip();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String where(MethodInfo method) {
        return method.declaringClass().simpleName() + "." + method.name();
    }

    /**
     * Sets the words, placed before the model's other fields: where the scanner writes them when an annotation gives
     * them (an operation's summary and description, an answer's description), so the document reads as it always has.
     */
    private static void first(Object model, Map<String, Object> words) {
        BaseModel<?> properties = (BaseModel<?>) model;
        Map<String, Object> ordered = new LinkedHashMap<>(words);
        properties.getAllProperties().forEach(ordered::putIfAbsent);
        properties.setAllProperties(ordered);
    }

    /** The success answer (the first 2xx), moved first among the answers, where the scanner puts a declared one. */
    private static Map.Entry<String, APIResponse> successFirst(Operation op) {
        if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
            return null;
        }
        Map<String, APIResponse> answers = op.getResponses().getAPIResponses();
        Map.Entry<String, APIResponse> success = answers.entrySet().stream().filter(e -> e.getKey().startsWith("2")).findFirst().orElse(null);
        if (success != null) {
            Map<String, APIResponse> ordered = new LinkedHashMap<>();
            ordered.put(success.getKey(), success.getValue());
            ordered.putAll(answers);
            op.getResponses().setAPIResponses(ordered);
        }
        return success;
    }

    private static List<Example> examples(MethodInfo method) {
        AnnotationInstance one = method.annotation(ANSWER_EXAMPLE);
        AnnotationInstance many = method.annotation(ANSWER_EXAMPLES);
        List<AnnotationInstance> all = one != null ? List.of(one) : many != null ? List.of(many.value().asNestedArray()) : List.of();
        return all.stream().map(a -> new Example(a.value("name").asString(), a.value("value").asString())).toList();
    }

    /** The media type with the examples first, then its schema: the order the scanner writes them in. */
    private static MediaType withExamples(MediaType media, List<Example> examples) {
        MediaType ordered = OASFactory.createMediaType();
        examples.forEach(example -> ordered.addExample(example.name(), ApiExamples.example(example.value())));
        return ordered.schema(media.getSchema());
    }


    /** An {@link AnswerExample} as read from the index. */
    private record Example(String name, String value) {
    }
}
