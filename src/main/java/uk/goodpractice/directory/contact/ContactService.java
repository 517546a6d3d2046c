package uk.goodpractice.directory.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.KnownSlugs;
import uk.goodpractice.directory.common.KnownSlugs.Filter;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.PublicationStatus;
import uk.goodpractice.directory.common.TextSearch;

@ApplicationScoped
class ContactService {

    private static final String PUBLISHED = "e.status = uk.goodpractice.directory.common.PublicationStatus.PUBLISHED";
    private final KnownSlugs knownSlugs;

    public ContactService(KnownSlugs knownSlugs) {
        this.knownSlugs = knownSlugs;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<ContactView> listContacts(ContactFilter f, List<PublicationStatus> statuses, PageRequest page) {
        // editors may list the contacts of draft editions too (status=DRAFT or ANY): by their edition's status
        boolean drafts = statuses.contains(PublicationStatus.DRAFT);
        knownSlugs.require(
                new Filter("area", f.area, "Area", "e.deletedAt is null").publicOnly(!drafts),
                new Filter("organisation", f.organisation, "Organisation").publicOnly(!drafts),
                new Filter("initiative", f.initiative, "Initiative", (drafts ? "" : PUBLISHED + " and ") + "e.deletedAt is null").publicOnly(!drafts),
                new Filter("edition", f.edition, "Edition", (drafts ? "" : PUBLISHED + " and ") + "e.deletedAt is null").publicOnly(!drafts));
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("c.deletedAt is null and c.edition.deletedAt is null and c.edition.status in :statuses");
        params.put("statuses", statuses);
        if (present(f.area)) {
            where.add("exists (select 1 from Contact c2 join c2.areas ar left join ar.parent p1 left join p1.parent p2"
                    + " where c2 = c and (ar.slug in :areas or p1.slug in :areas or p2.slug in :areas))");
            params.put("areas", f.area);
        }
        if (present(f.organisation)) {
            where.add("exists (select 1 from Organisation o where o = c.organisation and o.slug in :orgs)");
            params.put("orgs", f.organisation);
        }
        if (present(f.initiative)) {
            where.add("exists (select 1 from Contact c3 join c3.initiatives i where c3 = c and i.slug in :initiatives)");
            params.put("initiatives", f.initiative);
        }
        if (present(f.edition)) {
            where.add("exists (select 1 from Edition e where e = c.edition and e.slug in :editions)");
            params.put("editions", f.edition);
        }
        if (f.since() != null) {
            // an editor's list: each record's own last edit (the public list is the snapshot's, by its stamps)
            where.add("c.updatedAt >= :since");
            params.put("since", f.since());
        }
        int n = 0;
        for (String pattern : TextSearch.likePatterns(f.q)) {
            where.add("c.searchText like :q" + n);
            params.put("q" + n++, pattern);
        }
        var query = Contact.<Contact>find("from Contact c where " + String.join(" and ", where) + " order by c.name, c.slug", params);
        long total = query.count();
        return Paged.of(query.page(page.page() - 1, page.pageSize()).list().stream().map(ContactView::from).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactView findContactBySlug(String slug) {
        return Contact.<Contact>find("from Contact c where c.slug = ?1 and " + Contact.isPublic("c"), slug).firstResultOptional().map(ContactView::from)
                .orElseThrow(() -> new ApiException.NotFound("area contact", slug));
    }

    private static boolean present(List<String> values) {
        return values != null && !values.isEmpty();
    }
}
