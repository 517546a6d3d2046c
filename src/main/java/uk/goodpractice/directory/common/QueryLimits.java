package uk.goodpractice.directory.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bounds on a query string, for every operation at once: a filter takes at most
 * {@value #MAX_VALUES} values, so ten thousand slugs in one request are a quick 400 rather than
 * seconds of lookups and megabytes of errors.
 */
public class QueryLimits {

    public static final int MAX_VALUES = 50;

    @ServerRequestFilter(preMatching = true)
    public void limitRepeatedParameters(ContainerRequestContext request) {
        Map<String, List<String>> parameters;
        try {
            parameters = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException malformed) {
            throw new ApiException.InvalidParameter("query", "is not a correctly percent-encoded UTF-8 query string");
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().size() > MAX_VALUES) {
                throw new ApiException.InvalidParameter(parameter.getKey(),
                        "at most " + MAX_VALUES + " values in one request (" + parameter.getValue().size() + " given)");
            }
        }
    }
}
