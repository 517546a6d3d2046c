package uk.goodpractice.directory.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.goodpractice.directory.common.IfMatch;
import uk.goodpractice.directory.common.PageParams.PageRequest;
import uk.goodpractice.directory.common.Paged;

/** Records every change in the caller's transaction, so a failed write leaves no entry either. */
@ApplicationScoped
public class AuditService {

    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final EntityManager em;

    public AuditService(ObjectMapper mapper, SecurityIdentity identity, EntityManager em) {
        this.mapper = mapper;
        this.identity = identity;
        this.em = em;
    }

    /**
     * The template of a change to a record an editor has already loaded and checked (If-Match): its
     * view before, the change (given that view), the write ({@link IfMatch#flush}: a version that moved
     * since it was read fails here), its view after, and the entry holding both. Returns the view after.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V> V recordChange(String action, String entityType, String slug, Supplier<V> view, Consumer<V> change) {
        V before = view.get();
        change.accept(before);
        IfMatch.flush(em);
        V after = view.get();
        record(action, entityType, slug, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String slug, Object before, Object after) {
        AuditEntry e = new AuditEntry();
        e.at = OffsetDateTime.now();
        e.actor = identity.getPrincipal().getName();
        e.action = action;
        e.entityType = entityType;
        e.entitySlug = slug;
        e.beforeJson = json(before);
        e.afterJson = json(after);
        e.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<AuditViews.Entry> listAudit(AuditViews.Filter f, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new HashMap<>();
        if (f.entityType != null) {
            where.add("entityType = :type");
            params.put("type", f.entityType);
        }
        if (f.slug != null) {
            where.add("entitySlug = :slug");
            params.put("slug", f.slug);
        }
        if (f.actor != null) {
            where.add("actor = :actor");
            params.put("actor", f.actor);
        }
        var query = AuditEntry.<AuditEntry>find(String.join(" and ", where) + " order by at desc, id desc", params);
        long total = query.count();
        return Paged.of(query.page(page.page() - 1, page.pageSize()).list().stream()
                .map(e -> new AuditViews.Entry(e.id, e.at, e.actor, e.action, e.entityType, e.entitySlug, tree(e.beforeJson), tree(e.afterJson)))
                .toList(), page, total);
    }

    private String json(Object value) {
        try {
            return value == null ? null : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit record cannot be written as JSON", e);
        }
    }

    private Map<String, Object> tree(String json) {
        try {
            return json == null ? null : mapper.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit record is not JSON", e);
        }
    }
}
