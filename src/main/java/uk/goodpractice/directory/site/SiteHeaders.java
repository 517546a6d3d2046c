package uk.goodpractice.directory.site;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers on every answer, whoever produced it (the API, the web pages' files, Swagger UI, an error):
 * a Content-Security-Policy, no MIME sniffing, a referrer policy, no framing, HSTS over HTTPS; and
 * how long browsers may keep the web pages' files. Only the build's content-hashed files may be kept
 * for good: a redeploy changes their names, while {@code index.html}, {@code config.js} and the
 * other files keep theirs and must be revalidated to be seen.
 */
@ApplicationScoped
class SiteHeaders {

    /** Vite's output: a name, a dash and an eight-character content hash ({@code index-DqvzNg7O.js}). */
    static final Pattern HASHED_ASSET = Pattern.compile("/assets/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css|map|woff2?|svg|png)");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    static final String HSTS = "max-age=31536000";

    private final String pagesPolicy;
    private final String swaggerUiPolicy;

    SiteHeaders(@ConfigProperty(name = "directory.site.content-security-policy") String pagesPolicy,
            @ConfigProperty(name = "directory.site.swagger-ui-content-security-policy") String swaggerUiPolicy) {
        this.pagesPolicy = pagesPolicy;
        this.swaggerUiPolicy = swaggerUiPolicy;
    }

    void register(@Observes Filters filters) {
        // a high priority: runs before every route, so the headers are set even on an early error
        filters.register(this::addHeaders, 1000);
    }

    void addHeaders(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = rc.normalizedPath();
        boolean https = request.isSSL() || "https".equalsIgnoreCase(request.scheme());
        rc.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = rc.response();
            var headers = response.headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("X-Frame-Options", "DENY");
            if (!path.startsWith("/q/dev")) {
                // Swagger UI's page is a template with inline scripts; the web pages have none but one hashed line
                headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? swaggerUiPolicy : pagesPolicy);
            }
            if (https) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            if (isPagesFile(path) && response.getStatusCode() < 400) {
                headers.set("Cache-Control", HASHED_ASSET.matcher(path).matches() ? IMMUTABLE : REVALIDATE);
            }
        });
        rc.next();
    }

    /** Everything but the API and Quarkus's own pages is the web pages and their files. */
    static boolean isPagesFile(String path) {
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/") && !path.equals("/q");
    }
}
