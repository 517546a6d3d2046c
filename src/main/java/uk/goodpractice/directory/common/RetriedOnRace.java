package uk.goodpractice.directory.common;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A write service whose transactions are run again, once, when they lose a race at the database: two
 * requests creating the same slug or organisation at the same moment. The second run sees the
 * first's committed row, so the service's own checks answer (409 for a slug taken, the existing
 * organisation reused) instead of the database's constraint answering 500. See {@link RaceRetry}.
 */
@InterceptorBinding
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface RetriedOnRace {
}
