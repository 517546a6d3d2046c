package uk.goodpractice.directory.site;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The files search engines ask for, and a real 404 for files that do not exist. The web pages are a
 * single-page app: Quinoa answers every other path with {@code index.html} so that the app can route
 * it, which made {@code /robots.txt}, {@code /sitemap.xml} and a missing {@code /assets/x.js} all
 * "200, the home page" (and a missing script cached as HTML).
 */
@ApplicationScoped
class SiteFiles {

    /** Just before Quinoa's SPA fallback (40 000), after the routes that serve real files. */
    static final int BEFORE_SPA_FALLBACK = 39_000;

    private final Sitemap sitemap;

    SiteFiles(Sitemap sitemap) {
        this.sitemap = sitemap;
    }

    void routes(@Observes Router router) {
        router.route(HttpMethod.GET, "/robots.txt").order(BEFORE_SPA_FALLBACK - 2).handler(this::robots);
        router.route(HttpMethod.GET, "/sitemap.xml").order(BEFORE_SPA_FALLBACK - 1).blockingHandler(this::sitemap);
        router.route().order(BEFORE_SPA_FALLBACK).handler(this::unknownFile);
    }

    void robots(RoutingContext rc) {
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(Sitemap.robots(origin(rc)));
    }

    void sitemap(RoutingContext rc) {
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/xml; charset=utf-8")
                .end(sitemap.xml(origin(rc)));
    }

    /**
     * A path naming a file (a dot in its last part) or anything under /assets/ that no route served.
     * The editors' pages are never files: their last part may be a username, and usernames have dots
     * ({@code /editing/accounts/a.editor}).
     */
    void unknownFile(RoutingContext rc) {
        String path = rc.normalizedPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        boolean file = path.startsWith("/assets/") || (last.contains(".") && !path.startsWith("/editing/"));
        if (!file || !SiteHeaders.isPagesFile(path) || !(rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD)) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"There is no file at this address.\"}");
    }

    /** The address the reader used, so the sitemap's absolute URLs work behind a proxy too. */
    static String origin(RoutingContext rc) {
        return rc.request().scheme() + "://" + rc.request().authority();
    }
}
