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

    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final String maxBodyText;

    HttpProblems(ObjectMapper mapper, @ConfigProperty(name = "quarkus.http.limits.max-body-size") String maxBodySize) {
        this.mapper = mapper;
        this.maxBodyBytes = new MemorySizeConverter().convert(maxBodySize).asLongValue();
        this.maxBodyText = describeSize(maxBodyBytes);
    }

    void install(@Observes Router router) {
        // just before Quarkus's own limit check, which would close the connection with an empty 413
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseLargeBody);
        router.route().failureHandler(this::failure);
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
