package uk.goodpractice.directory.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An example of a resource method's success answer, as the contract shows it (by name, in Swagger UI's list):
 * the answer's schema is the method's return type and its words the method's Javadoc {@code @return}
 * ({@link OperationText}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(AnswerExample.List.class)
public @interface AnswerExample {

    /** The example's name. */
    String name();

    /** The example itself, as JSON (usually one of {@link ApiExamples}). */
    String value();

    /** More than one example of the answer. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        AnswerExample[] value();
    }
}
