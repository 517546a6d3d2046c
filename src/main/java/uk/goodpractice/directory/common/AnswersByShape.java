package uk.goodpractice.directory.common;

import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

/**
 * The error answers that follow from a resource method's HTTP shape, added where the shape says so instead of being
 * named on each method:
 * <ul>
 * <li>a change that takes If-Match answers {@link ConditionalErrors};</li>
 * <li>a change that needs an account answers {@link WriteErrors};</li>
 * <li>a read that needs an account, or that takes {@code status} (drafts are for editors), answers {@link AuthErrors}.</li>
 * </ul>
 * The annotations stay the definitions of each set. A method that documents one of a set's statuses itself (or names
 * the set's annotation) keeps what it says. Added after the method's own answers and before the ones every operation
 * has, in the order the annotations gave them.
 */
final class AnswersByShape {

    private static final Set<DotName> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE").stream()
            .map(name -> DotName.createSimple("jakarta.ws.rs." + name)).collect(Collectors.toSet());
    private static final List<DotName> ACCOUNT_NEEDED = List.of(DotName.createSimple("jakarta.annotation.security.RolesAllowed"),
            DotName.createSimple("io.quarkus.security.Authenticated"));

    private static final DotName API_RESPONSE = DotName.createSimple(APIResponse.class.getName());
    private static final DotName API_RESPONSES = DotName.createSimple(APIResponses.class.getName());
    private static final List<Class<? extends Annotation>> SETS = List.of(ConditionalErrors.class, WriteErrors.class, AuthErrors.class);

    private AnswersByShape() {
    }

    static void add(Operation op, MethodInfo method) {
        boolean change = CHANGES.stream().anyMatch(method::hasAnnotation);
        boolean accountNeeded = ACCOUNT_NEEDED.stream().anyMatch(method::hasAnnotation);
        if (change && takes(op, Parameter.In.HEADER, "If-Match")) {
            add(op, method, ConditionalErrors.class);
        }
        if (change && accountNeeded) {
            add(op, method, WriteErrors.class);
        } else if (!change && (accountNeeded || takes(op, Parameter.In.QUERY, "status"))) {
            add(op, method, AuthErrors.class);
        }
    }

    private static boolean takes(Operation op, Parameter.In in, String name) {
        return op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName()));
    }

    /**
     * The answers the set's annotation lists, in its order, each in place of a default the scanner made (Quarkus's
     * "Not Authorized", for one). A method that documents any of the set's statuses itself says what it answers instead.
     */
    private static void add(Operation op, MethodInfo method, Class<? extends Annotation> set) {
        APIResponse[] answers = set.getAnnotationsByType(APIResponse.class);
        Set<String> own = documented(method);
        if (Stream.of(answers).map(APIResponse::responseCode).anyMatch(own::contains)) {
            return;
        }
        for (APIResponse answer : answers) {
            org.eclipse.microprofile.openapi.models.responses.APIResponse model = OASFactory.createAPIResponse()
                    .description(answer.description());
            for (var content : answer.content()) {
                MediaType media = OASFactory.createMediaType();
                for (ExampleObject example : content.examples()) {
                    media.addExample(example.name(), ApiExamples.example(example.value()));
                }
                model.content(OASFactory.createContent().addMediaType(content.mediaType(), media));
            }
            op.getResponses().removeAPIResponse(answer.responseCode());
            op.getResponses().addAPIResponse(answer.responseCode(), model);
        }
    }

    /** The statuses the method's own annotations name: its {@code @APIResponse}s and the sets it names itself. */
    private static Set<String> documented(MethodInfo method) {
        Set<String> statuses = new HashSet<>();
        method.annotations().stream().filter(a -> a.target() != null && a.target().kind() == AnnotationTarget.Kind.METHOD)
                .forEach(a -> {
                    if (a.name().equals(API_RESPONSE)) {
                        statuses.add(a.value("responseCode").asString());
                    } else if (a.name().equals(API_RESPONSES)) {
                        Stream.of(a.value().asNestedArray()).forEach(r -> statuses.add(r.value("responseCode").asString()));
                    }
                });
        SETS.stream().filter(set -> method.hasAnnotation(DotName.createSimple(set.getName())))
                .forEach(set -> Stream.of(set.getAnnotationsByType(APIResponse.class)).forEach(r -> statuses.add(r.responseCode())));
        return statuses;
    }
}
