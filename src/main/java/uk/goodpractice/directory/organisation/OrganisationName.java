package uk.goodpractice.directory.organisation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name an organisation can be known by: it fits the name column and makes a slug that fits the
 * slug column ("&" alone becomes " and ", so 300 ampersands make a 1,199-character slug) and is not
 * empty. A blank value means "no organisation" and is left to the field's other constraints.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = OrganisationName.Check.class)
public @interface OrganisationName {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OrganisationName, String> {

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            String problem = Organisation.problemWithName(name);
            if (problem != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$")).addConstraintViolation();
            }
            return problem == null;
        }
    }
}
