package uk.goodpractice.directory.common;

import java.util.Set;

/**
 * The slugs the public can see, per entity, as the published snapshot holds them: a public read
 * checks its filter values here instead of running a query, and so treats whatever only a draft
 * uses as unknown. Implemented by the published read model; {@code common} knows only this shape.
 */
public interface PublishedSlugs {

    /**
     * The public slugs of {@code entity} (the JPQL entity name, e.g. {@code "Organisation"}), or
     * {@code null} while no snapshot is in place yet.
     */
    Set<String> publicSlugs(String entity);
}
