package uk.goodpractice.directory.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose writes may change what the public can see. Each transaction it commits
 * moves the published-change counter and is followed by a new published snapshot before the
 * write returns, so the writer reads its own write and other instances notice.
 */
@InterceptorBinding
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChangesPublicData {
}
