package uk.goodpractice.directory.published;

import uk.goodpractice.directory.common.PublicReadCors;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.goodpractice.directory.common.HttpCaching;
import uk.goodpractice.directory.common.PageLinks;

/**
 * Answers anonymous GETs under {@code /api/v1} from the published snapshot, before authentication
 * and the REST layer: no query, no serialisation, no hashing per request. A request that carries
 * credentials (an editor may be reading drafts), or that the snapshot declines (see
 * {@link PublicAnswers}), goes on to the resources unchanged.
 */
@ApplicationScoped
class PublicReadRoute {

    static final String PREFIX = "/api/v1/";
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json;charset=UTF-8");
    private static final CharSequence PUBLIC = HttpHeaders.createOptimized(HttpCaching.CACHE_CONTROL);
    private static final CharSequence ACCEPT_ENCODING = HttpHeaders.createOptimized("Accept-Encoding");
    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");
    private static final CharSequence LINK = HttpHeaders.createOptimized("Link");
    /** Bytes of distinct list answers kept per snapshot (JSON, ETag and gzip made once); beyond this, made per request. */
    private static final long MAX_KEPT_BYTES = 16L * 1024 * 1024;

    private final PublishedReadModel readModel;
    private final String sessionCookie;
    private volatile Kept kept = new Kept(null);

    PublicReadRoute(PublishedReadModel readModel,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String sessionCookie) {
        this.readModel = readModel;
        this.sessionCookie = sessionCookie + "=";
    }

    void install(@Observes Router router) {
        // after CORS and the header filters, before authentication
        router.route(PREFIX + "*").order(-SecurityHandlerPriorities.AUTHENTICATION - 10).handler(this::handle);
    }

    private record Answered(Body body, String link) {
    }

    /** The list answers made from one snapshot, by absolute request URI, and their size. */
    private record Kept(PublishedSnapshot snapshot, Map<String, Answered> answers, AtomicLong bytes) {
        Kept(PublishedSnapshot snapshot) {
            this(snapshot, new ConcurrentHashMap<>(), new AtomicLong());
        }
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        PublishedSnapshot snapshot = readModel.current();
        if (snapshot == null || request.method() != HttpMethod.GET || !anonymous(request) || !acceptsJson(request)) {
            ctx.next();
            return;
        }
        Answered answered = answer(snapshot, request, ctx);
        if (answered == null) {
            ctx.next();
            return;
        }
        send(request, ctx.response(), answered);
    }

    private Answered answer(PublishedSnapshot snapshot, HttpServerRequest request, RoutingContext ctx) {
        String path = request.path();
        String rest = path.substring(PREFIX.length());
        String query = request.query();
        if (query == null || query.isEmpty()) {
            Body body = snapshot.details().get(rest);
            if (body != null) {
                return new Answered(body, null);
            }
        }
        Kept k = kept;
        if (k.snapshot() != snapshot) {
            k = new Kept(snapshot);
            kept = k;
        }
        String uri = request.absoluteURI();
        Answered known = k.answers().get(uri);
        if (known != null) {
            return known;
        }
        Map<String, List<String>> params;
        try {
            params = params(ctx.queryParams());
        } catch (RuntimeException undecodable) {
            return null; // the REST layer answers a malformed query
        }
        PublicAnswers.Answer a = PublicAnswers.answer(snapshot, rest, params);
        if (a == null) {
            return null;
        }
        Answered made = new Answered(a.body(), a.paging() == null ? null : PageLinks.header(URI.create(uri), a.paging()));
        if (k.bytes().addAndGet(2L * a.body().length() + uri.length()) <= MAX_KEPT_BYTES) {
            k.answers().put(uri, made);
        }
        return made;
    }

    private static void send(HttpServerRequest request, HttpServerResponse response, Answered answered) {
        Body body = answered.body();
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.ETAG, body.etag());
        headers.set(HttpHeaders.CACHE_CONTROL, PUBLIC);
        headers.set(HttpHeaders.VARY, ACCEPT_ENCODING);
        // a public read, so any site's pages may read it, as the REST layer's answers say (PublicReadCors)
        headers.set(PublicReadCors.ALLOW_ORIGIN, PublicReadCors.ANY_ORIGIN);
        headers.set(PublicReadCors.EXPOSE_HEADERS, PublicReadCors.EXPOSED);
        if (answered.link() != null) {
            headers.set(LINK, answered.link());
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, body.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, JSON);
        if (body.gzipWorthIt() && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            headers.set(HttpHeaders.CONTENT_ENCODING, GZIP);
            response.end(Buffer.buffer(body.gzip()));
        } else if (body.json != null) {
            response.end(Buffer.buffer(body.json));
        } else {
            headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()));
            write(response, body.parts(), 0);
        }
    }

    /** An assembled body's parts from {@code from} on, as the connection takes them (not all queued at once). */
    private static void write(HttpServerResponse response, List<byte[]> parts, int from) {
        for (int k = from; k < parts.size(); k++) {
            if (response.writeQueueFull()) {
                int next = k;
                response.drainHandler(done -> write(response, parts, next));
                return;
            }
            response.write(Buffer.buffer(parts.get(k)));
        }
        response.end();
    }

    private boolean anonymous(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String cookie = request.getHeader(HttpHeaders.COOKIE);
        return cookie == null || !cookie.contains(sessionCookie);
    }

    /** JSON is what every public read answers; anything else is for the REST layer to refuse (406). */
    private static boolean acceptsJson(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return true;
        }
        if (accept.contains("q=0")) {
            return false; // weights: leave the negotiation to the REST layer
        }
        return accept.contains("application/json") || accept.contains("*/*") || accept.contains("application/*");
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] token = part.trim().split(";");
            if (token[0].trim().equalsIgnoreCase("gzip")) {
                return !(token.length > 1 && token[1].replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static Map<String, List<String>> params(MultiMap query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String name : query.names()) {
            params.put(name, query.getAll(name));
        }
        return params;
    }
}
