package uk.goodpractice.directory.content;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Content stored as JSON text must fit its column: {@code max} is the column's length, the same
 * constant the entity's {@code @Column} declares, so a body that would overflow it is a 400 naming
 * the field instead of a failed insert.
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = StoredSize.Check.class)
public @interface StoredSize {

    int max();

    String message() default "is too long to store: as JSON it may be at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<StoredSize, Object> {
        private int max;

        @Override
        public void initialize(StoredSize annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return value == null || JsonColumns.json(value).length() <= max;
        }
    }
}
