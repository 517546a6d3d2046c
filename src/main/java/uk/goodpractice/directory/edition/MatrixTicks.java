package uk.goodpractice.directory.edition;

import java.util.Set;

/**
 * The ticks of the editions' printed delay-driver matrices. They are driver mappings, which the
 * delay-driver feature owns and implements this for; an edition asks only whether and where it has
 * ticks (for {@code hasMatrix} and its matrix columns), so it needs no arrow into that feature.
 */
public interface MatrixTicks {

    /** The slugs of the initiatives with a live printed tick in {@code edition}'s matrix. */
    Set<String> tickedInitiatives(Edition edition);

    /** The ids of the editions with at least one live printed tick. */
    Set<Long> editionsWithTicks();
}
