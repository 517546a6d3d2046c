package uk.goodpractice.directory.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The contract promises application/problem+json for errors, and for operations with no success body
 * (DELETE, sign-out) nothing else, so generated clients send {@code Accept: application/problem+json}.
 * Problem details are JSON: a client that takes them takes JSON too, and such a request must not be a
 * 406. JSON is added to its Accept at a lower preference, before the request is matched.
 * <p>A HEAD has no body at all, and the contract declares its success without content, so generated
 * clients send whatever they default to (problem+json, or application/json for OpenAPI Generator's Java
 * client): a HEAD is not negotiated, and answers with the headers its GET sends to a client that takes
 * anything (any type is added to its Accept, at the lowest preference).
 */
class AcceptProblemJson {

    @ServerRequestFilter(preMatching = true)
    public void acceptJsonWithProblems(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null) {
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.1");
        } else if (accept.toLowerCase(Locale.ROOT).contains(ProblemDetail.MEDIA_TYPE)
                && !accept.toLowerCase(Locale.ROOT).contains(MediaType.APPLICATION_JSON)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + MediaType.APPLICATION_JSON + ";q=0.9");
        }
    }
}
