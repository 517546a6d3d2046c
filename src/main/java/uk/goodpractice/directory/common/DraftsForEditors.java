package uk.goodpractice.directory.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A read that answers anyone and shows a signed-in editor drafts too, which the contract says (see {@link OpenApiConventions}). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DraftsForEditors {
}
