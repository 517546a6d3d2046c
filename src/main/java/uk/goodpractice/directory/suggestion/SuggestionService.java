package uk.goodpractice.directory.suggestion;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import uk.goodpractice.directory.audit.AuditService;
import uk.goodpractice.directory.common.ApiException;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;
import uk.goodpractice.directory.common.RetriedOnRace;
import uk.goodpractice.directory.common.Slugs;
import uk.goodpractice.directory.content.Link;
import uk.goodpractice.directory.initiative.Initiative;
import uk.goodpractice.directory.initiativeapi.InitiativeEditingService;
import uk.goodpractice.directory.initiativeapi.InitiativeEdits;
import uk.goodpractice.directory.organisation.Organisation;
import uk.goodpractice.directory.area.Area;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;

/** Public suggestions and the editors' decisions on them. */
@ApplicationScoped
@RetriedOnRace
class SuggestionService {

    private final SuggestionRateLimiter limiter;
    private final InitiativeEditingService initiatives;
    private final AuditService audit;
    private final SecurityIdentity identity;

    public SuggestionService(SuggestionRateLimiter limiter, InitiativeEditingService initiatives, AuditService audit,
            SecurityIdentity identity) {
        this.limiter = limiter;
        this.initiatives = initiatives;
        this.audit = audit;
        this.identity = identity;
    }

    @Transactional
    public SuggestionViews.Receipt submitSuggestion(SuggestionViews.NewSuggestion request, String client) {
        limiter.acquire(client);
        Suggestion s = new Suggestion();
        s.publicId = UUID.randomUUID().toString();
        s.title = request.title().strip();
        s.description = request.description().strip();
        s.organisation = request.organisation().strip();
        s.area = request.area() == null ? null : request.area().strip();
        s.contactName = request.contactName().strip();
        s.contactEmail = request.contactEmail().strip();
        s.links = request.links() == null ? List.of()
                : request.links().stream().map(l -> new Link(l.title().strip(), l.url().strip(), null)).toList();
        s.status = Suggestion.Status.NEW;
        s.receivedAt = OffsetDateTime.now();
        s.persist();
        return new SuggestionViews.Receipt(s.publicId, s.status, s.receivedAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<SuggestionViews.View> listSuggestions(Suggestion.Status status, String initiative, PageRequest page) {
        var where = new ArrayList<String>();
        var values = new HashMap<String, Object>();
        if (status != null) {
            where.add("status = :status");
            values.put("status", status);
        }
        if (initiative != null && !initiative.isBlank()) {
            where.add("initiativeSlug = :initiative");
            values.put("initiative", initiative.strip());
        }
        var query = Suggestion.<Suggestion>find((where.isEmpty() ? "" : "where " + String.join(" and ", where) + " ")
                + "order by receivedAt desc, id desc", values);
        long total = query.count();
        return Paged.of(query.page(page.page() - 1, page.pageSize()).list().stream().map(SuggestionViews.View::from).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SuggestionViews.View findSuggestion(String id) {
        return SuggestionViews.View.from(existing(id));
    }

    /** Accepting creates a draft initiative pre-filled from the suggestion, in the same transaction. */
    @Transactional
    public SuggestionViews.View acceptSuggestion(String id) {
        Suggestion s = undecided(id);
        SuggestionViews.View before = SuggestionViews.View.from(s);
        String summary = s.description.length() > 2000 ? s.description.substring(0, 1999) + "…" : s.description;
        // a suggestion stored before organisation names were checked may carry one no organisation can have: the editor names it
        String lead = Organisation.problemWithName(s.organisation) == null ? s.organisation : null;
        InitiativeEdits.Editable draft = initiatives.createInitiative(new InitiativeEdits.NewInitiative(freeSlug(s.title), s.title, summary, null,
                lead, matchingArea(s.area)));
        s.status = Suggestion.Status.ACCEPTED;
        s.initiativeSlug = draft.slug();
        decided(s, null);
        SuggestionViews.View after = SuggestionViews.View.from(s);
        audit.record("ACCEPT", "suggestion", id, before, after);
        return after;
    }

    @Transactional
    public SuggestionViews.View declineSuggestion(String id, String reason) {
        Suggestion s = undecided(id);
        SuggestionViews.View before = SuggestionViews.View.from(s);
        s.status = Suggestion.Status.DECLINED;
        decided(s, reason.strip());
        SuggestionViews.View after = SuggestionViews.View.from(s);
        audit.record("DECLINE", "suggestion", id, before, after);
        return after;
    }

    private void decided(Suggestion s, String reason) {
        s.decisionReason = reason;
        s.decidedAt = OffsetDateTime.now();
        s.decidedBy = identity.getPrincipal().getName();
    }

    private static Suggestion undecided(String id) {
        Suggestion s = existing(id);
        if (s.status != Suggestion.Status.NEW) {
            throw new ApiException.Conflict("This suggestion was already " + s.status.name().toLowerCase() + " by " + s.decidedBy);
        }
        return s;
    }

    private static Suggestion existing(String id) {
        return Suggestion.<Suggestion>find("publicId", id).firstResultOptional()
                .orElseThrow(() -> new ApiException.NotFound("suggestion", id));
    }

    /** A slug from the title, numbered if it is taken. */
    private static String freeSlug(String title) {
        String base = Slugs.of(title);
        base = base.isEmpty() ? "suggested-initiative" : base.substring(0, Math.min(base.length(), 150)).replaceAll("-+$", "");
        String slug = base;
        for (int n = 2; Initiative.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** The area the suggester named, where it is one the directory knows by name or slug; otherwise none (the editor chooses). */
    private static List<String> matchingArea(String named) {
        if (named == null || named.isBlank()) {
            return List.of();
        }
        String wanted = named.strip();
        return Area.<Area>find(
                "deletedAt is null and (lower(name) = ?1 or slug = ?2)", wanted.toLowerCase(Locale.ROOT),
                Slugs.of(wanted)).firstResultOptional().map(a -> List.of(a.slug)).orElse(List.of());
    }
}
