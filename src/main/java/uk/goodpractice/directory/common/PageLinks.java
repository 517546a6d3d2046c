package uk.goodpractice.directory.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
        Paged.Paging p = page.paging();
        int last = Math.max(p.totalPages(), 1);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, p.pageSize(), "first"));
        if (p.page() > 1) {
            links.add(link(uri, p.page() - 1, p.pageSize(), "prev"));
        }
        if (p.page() < last) {
            links.add(link(uri, p.page() + 1, p.pageSize(), "next"));
        }
        links.add(link(uri, last, p.pageSize(), "last"));
        return Response.ok(page).header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, int page, int pageSize, String rel) {
        String target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", pageSize)
                .build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
