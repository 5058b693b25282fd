package fi.asiointipiste.customers.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A customer has a name until they are anonymised (retention), after which they have none. Reported on the
 * {@code fullName} property, as a blank name always was.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NamedOrAnonymised.Check.class)
public @interface NamedOrAnonymised {

    String message() default "{jakarta.validation.constraints.NotBlank.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NamedOrAnonymised, Customer> {
        @Override
        public boolean isValid(Customer customer, ConstraintValidatorContext context) {
            if (customer == null || customer.isNamedOrAnonymised()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("fullName")
                    .addConstraintViolation();
            return false;
        }
    }
}
