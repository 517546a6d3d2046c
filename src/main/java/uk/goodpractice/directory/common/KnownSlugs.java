package uk.goodpractice.directory.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks filter values against what exists, so that an unknown slug is a 400 naming the parameter
 * rather than a silently empty list. One query per filter, whatever the number of values.
 */
@ApplicationScoped
public class KnownSlugs {

    private final EntityManager em;

    public KnownSlugs(EntityManager em) {
        this.em = em;
    }

    /**
     * A filter to check: the query parameter, its values, the entity whose slugs they must be and,
     * optionally, a JPQL condition on {@code e} that the entity must meet to count (for example that
     * it is not deleted): a public read treats what it never shows as unknown.
     */
    public record Filter(String parameter, Collection<String> values, String entity, String condition) {
        public Filter(String parameter, Collection<String> values, String entity) {
            this(parameter, values, entity, null);
        }
    }

    public void require(Filter... filters) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        for (Filter f : filters) {
            if (f.values() == null || f.values().isEmpty()) {
                continue;
            }
            Set<String> wanted = new LinkedHashSet<>(f.values());
            Set<String> found = new HashSet<>(em.createQuery(
                    "select e.slug from " + f.entity() + " e where e.slug in :slugs"
                            + (f.condition() == null ? "" : " and (" + f.condition() + ")"), String.class)
                    .setParameter("slugs", wanted).getResultList());
            wanted.stream().filter(v -> !found.contains(v))
                    .forEach(v -> errors.add(ProblemDetail.FieldError.parameter(f.parameter(), "no such value: '" + v + "'")));
        }
        if (!errors.isEmpty()) {
            throw new ApiException.InvalidParameter(errors);
        }
    }
}
