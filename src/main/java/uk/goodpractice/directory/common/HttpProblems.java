package uk.goodpractice.directory.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem details for the answers given before a request reaches the REST layer, where
 * {@link ProblemMappers} cannot see it: a failed password or bearer token (authentication runs first,
 * on every request that carries credentials), a sign-in refused for a reason of its own, and a body
 * over the size limit (Vert.x would answer each with an empty body).
 */
@ApplicationScoped
public class HttpProblems {

    /** The longest request line target (path and query) answered: longer is a 414. */
    static final int MAX_URI_LENGTH = 8192;
    /** The most header bytes answered: more is a 431. */
    static final int MAX_HEADER_BYTES = 20 * 1024;
    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final String maxBodyText;

    HttpProblems(ObjectMapper mapper, @ConfigProperty(name = "quarkus.http.limits.max-body-size") String maxBodySize) {
        this.mapper = mapper;
        this.maxBodyBytes = new MemorySizeConverter().convert(maxBodySize).asLongValue();
        this.maxBodyText = describeSize(maxBodyBytes);
    }

    void install(@Observes Router router) {
        // first of all: what Vert.x would refuse with an empty answer, or pass on to fail later with a 500
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::refuseMalformed);
        // just before Quarkus's own limit check, which would close the connection with an empty 413
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseLargeBody);
        router.route().failureHandler(this::failure);
    }

    /**
     * The request line and headers the service answers with problem details itself. Vert.x's own
     * limits (quarkus.http.limits.max-initial-line-length and max-header-size) are set higher, so
     * that a request between the two gets this answer rather than Vert.x's empty one.
     */
    private void refuseMalformed(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            send(ctx, 414, "uri-too-long", "URI too long",
                    "The address may be at most " + MAX_URI_LENGTH + " characters; this one has " + request.uri().length());
            return;
        }
        long headerBytes = 0;
        for (var header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            send(ctx, 431, "header-fields-too-large", "Request header fields too large",
                    "The request's headers may be at most " + describeSize(MAX_HEADER_BYTES) + " together; these have " + headerBytes + " bytes");
            return;
        }
        if (request.authority() == null) {
            // HTTP/1.0 may leave Host out, but every address the service writes (Location, Link, instance) is built from it;
            // HTTP/2 (Java's HttpClient by default) names it in :authority instead
            send(ctx, 400, "bad-request", "Bad request", "Send a Host header naming the address you called");
            return;
        }
        String malformed = malformedUri(request.uri());
        if (malformed != null) {
            send(ctx, 400, "bad-request", "Bad request", malformed);
            return;
        }
        ctx.next();
    }

    /** Why the request's address cannot be read (not percent-encoded UTF-8, or a NUL or other control character), or null. */
    static String malformedUri(String uri) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return "The address has a '%' that does not start a percent-encoded byte";
                }
                bytes.put((byte) Integer.parseInt(uri.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0x7f) {
                return "The address has a character that is not percent-encoded";
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        String decoded;
        try {
            decoded = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "The address's percent-encoded bytes are not valid UTF-8";
        }
        for (int i = 0; i < decoded.length(); i++) {
            if (Character.isISOControl(decoded.charAt(i))) {
                return "The address contains a control character (such as NUL)";
            }
        }
        return null;
    }

    /** The documented limit, e.g. "1 MiB (1048576 bytes)". */
    public String maxBodySize() {
        return maxBodyText;
    }

    private void refuseLargeBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared > maxBodyBytes) {
            tooLarge(ctx, true);
        } else {
            ctx.next();
        }
    }

    private void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().ended()) {
            ctx.next();
        } else if (failure instanceof AuthenticationFailedException && failure.getCause() instanceof ApiException problem) {
            // a sign-in refused for a reason of its own (e.g. a password too long to be anyone's): no challenge
            ctx.response().headers().remove("WWW-Authenticate");
            send(ctx, problem.status(), problem.problemType(), problem.title(), problem.getMessage());
        } else if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException) {
            // the mechanism's challenge (status 401, WWW-Authenticate) is already on the response
            send(ctx, 401, "unauthenticated", "Sign in required", signInFailure(ctx.request()));
        } else if (ctx.statusCode() == 413) {
            tooLarge(ctx, false);
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            // a client error found by Vert.x or Quarkus before the REST layer, e.g. a path it cannot decode
            String reason = io.netty.handler.codec.http.HttpResponseStatus.valueOf(ctx.statusCode()).reasonPhrase();
            send(ctx, ctx.statusCode(), "http-" + ctx.statusCode(), reason, reason);
        } else {
            ctx.next();
        }
    }

    private static String signInFailure(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "The bearer token is not valid here: its signature, issuer, audience or expiry was refused";
        }
        if (authorization != null || request.method().name().equals("POST") && request.path().endsWith("/j_security_check")) {
            return "Wrong username or password";
        }
        return "Sign in as an editor to change the directory";
    }

    private void tooLarge(RoutingContext ctx, boolean bodyUnread) {
        HttpServerRequest request = ctx.request();
        if (bodyUnread && !request.isEnded()) {
            // Read and drop what the client is still sending, so that it gets this answer rather than a
            // reset connection; a client that goes on far past the limit is cut off.
            AtomicLong dropped = new AtomicLong();
            long cap = 10 * Math.max(maxBodyBytes, 1024 * 1024);
            request.handler(chunk -> {
                if (dropped.addAndGet(chunk.length()) > cap) {
                    request.connection().close();
                }
            });
            request.endHandler(v -> { });
            request.exceptionHandler(e -> { });
            if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                // the client waits for our word before sending the body: it will not come
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            request.resume();
        }
        send(ctx, 413, "payload-too-large", "Payload too large",
                "A request body may be at most " + maxBodyText + "; this one is larger");
    }

    /** Ends the request with a problem+json answer, for handlers that run before the REST layer. */
    public void send(RoutingContext ctx, int status, String type, String title, String detail) {
        String body;
        try {
            body = mapper.writeValueAsString(new ProblemDetail(ProblemMappers.TYPE_BASE + type, title, status, detail,
                    ctx.request().path(), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }

    static String describeSize(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB (" + bytes + " bytes)";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB (" + bytes + " bytes)";
        }
        return bytes + " bytes";
    }
}
