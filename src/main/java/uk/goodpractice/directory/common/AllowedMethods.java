package uk.goodpractice.directory.common;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The methods an address supports, for the Allow header of a 405 (RFC 9110 requires it). Quarkus REST's
 * own 405 does not say, so the answer is read once from the resource classes' {@code @Path} and method
 * annotations: the same declarations that route requests.
 */
final class AllowedMethods {

    private static volatile Map<Pattern, TreeSet<String>> routes;

    private AllowedMethods() {
    }

    /** e.g. "GET, HEAD, OPTIONS, PUT" for the request's path, or null if no resource serves it. */
    static String forPath(String requestPath) {
        TreeSet<String> allowed = new TreeSet<>();
        routes().forEach((pattern, methods) -> {
            if (pattern.matcher(requestPath).matches()) {
                allowed.addAll(methods);
            }
        });
        if (allowed.isEmpty()) {
            return null;
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        allowed.add(HttpMethod.OPTIONS);
        return String.join(", ", allowed);
    }

    private static Map<Pattern, TreeSet<String>> routes() {
        if (routes == null) {
            String root = ConfigProvider.getConfig().getOptionalValue("quarkus.rest.path", String.class).orElse("/");
            Map<Pattern, TreeSet<String>> found = new LinkedHashMap<>();
            Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(bean -> bean.getBeanClass())
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .distinct()
                    .forEach(resource -> {
                        String base = join(root, resource.getAnnotation(Path.class).value());
                        for (Method m : resource.getMethods()) {
                            String verb = httpMethod(m);
                            if (verb != null) {
                                Path sub = m.getAnnotation(Path.class);
                                String template = sub == null ? base : join(base, sub.value());
                                found.computeIfAbsent(pattern(template), p -> new TreeSet<>()).add(verb);
                            }
                        }
                    });
            routes = found.entrySet().stream().collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll);
        }
        return routes;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static Pattern pattern(String template) {
        List<String> parts = new ArrayList<>();
        for (String segment : template.split("/")) {
            parts.add(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(String.join("/", parts) + "/?");
    }

    private static String join(String a, String b) {
        return (a.endsWith("/") ? a.substring(0, a.length() - 1) : a) + (b.startsWith("/") ? b : "/" + b);
    }
}
