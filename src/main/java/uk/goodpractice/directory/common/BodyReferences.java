package uk.goodpractice.directory.common;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Finds the records a write body names by slug, one query per kind, and collects a 400 error with a
 * JSON Pointer for each slug that names nothing, so that a client hears of every mistake at once.
 * One instance serves one request.
 */
public final class BodyReferences {

    /** The condition for records with a soft delete: a deleted one is unknown to a write. */
    public static final String LIVE = "e.deletedAt is null";

    private final EntityManager em;
    private final List<ProblemDetail.FieldError> errors = new ArrayList<>();

    public BodyReferences(EntityManager em) {
        this.em = em;
    }

    /** The record of {@code type} whose slug is {@code slug} and that meets {@code condition} (JPQL on {@code e}, or null); null for a null slug. */
    public <T> T one(Class<T> type, String condition, String slug, String pointer) {
        if (slug == null) {
            return null;
        }
        Map<String, T> found = find(type, condition, List.of(slug));
        T record = found.get(slug);
        if (record == null) {
            unknown(type, slug, pointer);
        }
        return record;
    }

    /** The records named by {@code slugs}, in order and each once; the pointer of an unknown one ends with its index. */
    public <T> List<T> each(Class<T> type, String condition, List<String> slugs, String pointer) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        Map<String, T> found = find(type, condition, slugs);
        LinkedHashSet<T> records = new LinkedHashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            T record = found.get(slugs.get(i));
            if (record == null) {
                unknown(type, slugs.get(i), pointer + "/" + i);
            } else {
                records.add(record);
            }
        }
        return List.copyOf(records);
    }

    /** Adds an error found by other means, so that it is answered together with the unknown slugs. */
    public void reject(String pointer, String message) {
        errors.add(new ProblemDetail.FieldError(null, pointer, message));
    }

    /** A 400 naming every field at fault, if any is. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ApiException.InvalidBody(errors);
        }
    }

    private <T> Map<String, T> find(Class<T> type, String condition, Collection<String> slugs) {
        Map<String, T> found = new HashMap<>();
        em.createQuery("select e.slug, e from " + type.getSimpleName() + " e where e.slug in :slugs"
                + (condition == null ? "" : " and (" + condition + ")"), Object[].class)
                .setParameter("slugs", new LinkedHashSet<>(slugs)).getResultList()
                .forEach(row -> found.put((String) row[0], type.cast(row[1])));
        return found;
    }

    /** Adds the error for a slug that names no record of {@code type}, for a service that looked it up itself. */
    public void unknown(Class<?> type, String slug, String pointer) {
        // DelayDriver becomes "delay driver"
        String kind = type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        reject(pointer, "no " + kind + " has the slug '" + slug + "'");
    }
}
