package uk.goodpractice.directory.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.edition.EditionService;
import uk.goodpractice.directory.initiativeapi.InitiativeFilter;
import uk.goodpractice.directory.initiativeapi.InitiativeService;

/** The public pages, as a sitemap and the robots.txt that points at it. */
@ApplicationScoped
class Sitemap {

    /** Pages that exist whatever the data; the rest are one per published edition and initiative. */
    static final List<String> FIXED_PAGES = List.of("/", "/initiatives", "/matrix", "/compare", "/editions", "/editions/compare",
            "/contacts", "/accessibility", "/suggest");

    private final InitiativeService initiatives;
    private final EditionService editions;

    Sitemap(InitiativeService initiatives, EditionService editions) {
        this.initiatives = initiatives;
        this.editions = editions;
    }

    static String robots(String origin) {
        // the editors' pages need an account and hold nothing a search engine can read
        return "User-agent: *\nDisallow: /editing\nDisallow: /sign-in\nDisallow: /sign-out\n\nSitemap: " + origin + "/sitemap.xml\n";
    }

    @ActivateRequestContext
    String xml(String origin) {
        List<String> paths = new ArrayList<>(FIXED_PAGES);
        List<PublicationStatus> published = List.of(PublicationStatus.PUBLISHED);
        all(page -> editions.listEditions(published, page)).forEach(e -> paths.add("/editions/" + e.slug()));
        all(page -> initiatives.listInitiatives(new InitiativeFilter(), published, page)).forEach(i -> paths.add("/initiatives/" + i.slug()));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        // slugs are lower-case letters, digits and dashes: nothing to escape
        paths.forEach(p -> out.append("  <url><loc>").append(origin).append(p).append("</loc></url>\n"));
        return out.append("</urlset>\n").toString();
    }

    private static <T> List<T> all(Function<PageRequest, Paged<T>> pageOf) {
        List<T> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            Paged<T> p = pageOf.apply(new PageRequest(page, 100));
            out.addAll(p.results());
            if (page >= p.paging().totalPages()) {
                return out;
            }
        }
    }
}
