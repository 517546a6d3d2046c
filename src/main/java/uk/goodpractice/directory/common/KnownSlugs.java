package uk.goodpractice.directory.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks filter values against what exists, so that an unknown slug is a 400 naming the parameter
 * rather than a silently empty list. A public read checks against the published snapshot's slug
 * sets (no query, and a draft-only value is unknown); an editor's read runs one query per filter,
 * whatever the number of values.
 */
@ApplicationScoped
public class KnownSlugs {

    private final EntityManager em;
    private final Instance<PublishedSlugs> published;

    public KnownSlugs(EntityManager em, Instance<PublishedSlugs> published) {
        this.em = em;
        this.published = published;
    }

    /**
     * A filter to check: the query parameter, its values, the entity whose slugs they must be and,
     * optionally, a JPQL condition on {@code e} that the entity must meet to count (for example that
     * it is not deleted): a public read treats what it never shows as unknown.
     */
    public record Filter(String parameter, Collection<String> values, String entity, String condition, boolean publicOnly) {
        public Filter(String parameter, Collection<String> values, String entity, String condition) {
            this(parameter, values, entity, condition, false);
        }

        public Filter(String parameter, Collection<String> values, String entity) {
            this(parameter, values, entity, null, false);
        }

        /** This filter for a public read: only what the public can see counts (the query's condition is for editors). */
        public Filter publicOnly(boolean publicRead) {
            return new Filter(parameter, values, entity, condition, publicRead);
        }
    }

    private Set<String> publicSlugs(String entity) {
        return published.isResolvable() ? published.get().publicSlugs(entity) : null;
    }

    public void require(Filter... filters) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        for (Filter f : filters) {
            if (f.values() == null || f.values().isEmpty()) {
                continue;
            }
            Set<String> wanted = new LinkedHashSet<>(f.values());
            Set<String> found = f.publicOnly() ? publicSlugs(f.entity()) : null;
            if (found == null) {
                found = new HashSet<>(em.createQuery(
                    "select e.slug from " + f.entity() + " e where e.slug in :slugs"
                            + (f.condition() == null ? "" : " and (" + f.condition() + ")"), String.class)
                    .setParameter("slugs", wanted).getResultList());
            }
            Set<String> known = found;
            wanted.stream().filter(v -> !known.contains(v))
                    .forEach(v -> errors.add(ProblemDetail.FieldError.parameter(f.parameter(), "no such value: '" + v + "'")));
        }
        if (!errors.isEmpty()) {
            throw new ApiException.InvalidParameter(errors);
        }
    }
}
