package uk.goodpractice.directory.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import java.util.Collections;
import java.util.SortedSet;

/**
 * A query parameter the operation does not take is a 400 naming it and the closest one it does take:
 * a misspelt filter ({@code ?drivers=…}) must not silently return everything. The names an operation
 * takes are read once from its resource method, the same declarations the OpenAPI document is made from
 * ({@code @QueryParam} on the method and on the fields of its {@code @BeanParam}s), so no resource lists
 * them twice.
 */
class KnownParameters {

    private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknownQueryParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getUriInfo().getRequestUri().getRawQuery() == null) {
            return;
        }
        Set<String> known = KNOWN.computeIfAbsent(method, KnownParameters::queryParameters);
        List<ProblemDetail.FieldError> errors = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .map(name -> ProblemDetail.FieldError.parameter(name, unknown(name, known)))
                .toList();
        if (!errors.isEmpty()) {
            throw new ApiException.InvalidParameter(errors);
        }
    }

    static String unknown(String name, Set<String> known) {
        if (known.isEmpty()) {
            return "is not a parameter of this operation, which takes none";
        }
        String closest = known.stream()
                .min(Comparator.comparingInt((String k) -> distance(name.toLowerCase(), k.toLowerCase())).thenComparing(k -> k))
                .orElseThrow();
        boolean near = distance(name.toLowerCase(), closest.toLowerCase()) <= Math.max(2, closest.length() / 3);
        return "is not a parameter of this operation" + (near ? "; did you mean '" + closest + "'?" : "")
                + " It takes: " + String.join(", ", known);
    }

    static Set<String> queryParameters(Method method) {
        SortedSet<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        QueryParam fq = f.getAnnotation(QueryParam.class);
                        if (fq != null) {
                            names.add(fq.value());
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSortedSet(names);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
