package uk.goodpractice.directory.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import java.util.List;

/**
 * Conditional GET for mirrors and caches: every successful read carries a strong {@code ETag}
 * derived from its body, and a request whose {@code If-None-Match} names it gets 304 with no body.
 * Public reads are answered by the published snapshot, which tags its stored bytes itself; this
 * filter tags what the REST layer serves (editors' reads, and what the snapshot declines).
 */
public class HttpCaching {

    public static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";
    private final ObjectMapper mapper;

    public HttpCaching(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerResponseFilter
    public void tagReads(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        // HEAD answers what GET would, headers included: a mirror checks the ETag with it
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || response.getStatus() != 200 || response.getEntity() == null) {
            return;
        }
        boolean personal = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || request.getCookies().containsKey("quarkus-credential");
        // a resource may set its own (version-based) ETag; otherwise the body decides. A signed-in reader's answer
        // may hold drafts: its tag is never one a public answer (from the published snapshot) could carry.
        Object own = response.getHeaders().getFirst(HttpHeaders.ETAG);
        byte[] body = own != null ? null
                : response.getEntity() instanceof byte[] bytes ? bytes : mapper.writeValueAsBytes(response.getEntity());
        String etag = own != null ? own.toString() : personal ? privateEtag(body) : etag(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        // a signed-in editor may see drafts: never let a shared cache keep that answer
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, personal ? "private, no-cache" : CACHE_CONTROL);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    public static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals("*") || t.equals(etag) || t.equals("W/" + etag));
    }

    /** The strong tag of a public answer: a hash of exactly the bytes served. */
    public static String etag(byte[] body) {
        return "\"" + hash(body) + "\"";
    }

    /** The strong tag of a public answer served as {@code parts} one after another: the same as {@link #etag(byte[])} of their concatenation. */
    public static String etag(List<byte[]> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            parts.forEach(digest::update);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The tag of an answer for a signed-in reader, which may hold drafts: never equal to a public tag. */
    static String privateEtag(byte[] body) {
        return "\"p-" + hash(body) + "\"";
    }

    private static String hash(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
