package uk.goodpractice.directory.edition;

import java.util.Set;

/**
 * The ticks of the editions' printed delay-driver matrices. They are driver mappings, which the
 * delay-driver feature owns and implements this for; the edition list asks only which editions have
 * ticks (for {@code hasMatrix}), so it needs no arrow into that feature.
 */
public interface MatrixTicks {

    /** The ids of the editions with at least one live printed tick. */
    Set<Long> editionsWithTicks();
}
