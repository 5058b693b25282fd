package fi.asiointipiste.customers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomerValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;
    private static Locale originalLocale;

    @BeforeAll
    static void createValidator() {
        originalLocale = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("fi"));
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
        Locale.setDefault(originalLocale);
    }

    @Test
    void acceptsACustomerWithAValidCode() {
        Customer customer = new Customer("Pera Esimerkki", "131052-308T", "fi", LocalDateTime.now());
        assertThat(validator.validate(customer)).isEmpty();
    }

    @Test
    void acceptsACustomerWithoutCode() {
        Customer customer = new Customer("Hilma Esimerkki", null, "sv", LocalDateTime.now());
        assertThat(validator.validate(customer)).isEmpty();
    }

    @Test
    void rejectsAnInvalidCodeWithATranslatedMessage() {
        Customer customer = new Customer("Outi Esimerkki", "131052-308U", "fi", LocalDateTime.now());
        Set<ConstraintViolation<Customer>> violations = validator.validate(customer);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath().toString()).isEqualTo("personalIdentityCode");
            assertThat(v.getMessage()).startsWith("Henkilötunnus ei ole kelvollinen");
        });
    }

    @Test
    void rejectsAnUnknownLanguageAndAMissingName() {
        Customer customer = new Customer(" ", null, "de", LocalDateTime.now());
        assertThat(validator.validate(customer))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("fullName", "preferredLanguage");
    }
}
