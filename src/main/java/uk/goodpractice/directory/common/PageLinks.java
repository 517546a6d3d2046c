package uk.goodpractice.directory.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the RFC 8288 {@code Link} header (first, prev, next, last) for a page, keeping every
 * other query parameter of the request as it was.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static <T> Response ok(Paged<T> page, UriInfo uri) {
        return Response.ok(page).header("Link", header(uri.getRequestUri(), page.paging())).build();
    }

    /** The Link header of page {@code p} of the list the absolute {@code requestUri} asked for. */
    public static String header(URI requestUri, Paged.Paging p) {
        int last = Math.max(p.totalPages(), 1);
        List<String> links = new ArrayList<>();
        links.add(link(requestUri, 1, p.pageSize(), "first"));
        if (p.page() > 1) {
            links.add(link(requestUri, p.page() - 1, p.pageSize(), "prev"));
        }
        if (p.page() < last) {
            links.add(link(requestUri, p.page() + 1, p.pageSize(), "next"));
        }
        links.add(link(requestUri, last, p.pageSize(), "last"));
        return String.join(", ", links);
    }

    private static String link(URI requestUri, int page, int pageSize, String rel) {
        String target = UriBuilder.fromUri(requestUri)
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", pageSize)
                .build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
