package fi.asiointipiste.customers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityCodeTest {

    @ParameterizedTest(name = "{0} → born {1}")
    @CsvSource({
        "131052-308T, 1952-10-13",
        "131052Y308T, 1952-10-13",
        "131052X308T, 1952-10-13",
        "131052W308T, 1952-10-13",
        "131052V308T, 1952-10-13",
        "131052U308T, 1952-10-13",
        "010100+123D, 1800-01-01",
        "020304A2349, 2004-03-02",
        "020304B2349, 2004-03-02",
        "311210C945R, 2010-12-31",
        "290200A002C, 2000-02-29",
        "290200F899A, 2000-02-29",
        "010150-999K, 1950-01-01"
    })
    void acceptsValidCodesOfEveryCenturySign(String code, LocalDate birthDate) {
        assertThat(PersonalIdentityCode.parse(code)).hasValueSatisfying(parsed -> {
            assertThat(parsed.value()).isEqualTo(code);
            assertThat(parsed.birthDate()).isEqualTo(birthDate);
        });
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(
            strings = {
                "131052-308U", // wrong check character
                "131052Z308T", // unknown century sign
                "131052G308T", // G is not a century sign
                "131052-000L", // individual number 000 is never issued
                "131052-001?", // individual number 001 is never issued
                "320152-308T", // no 32nd day
                "290201A002C", // 2001 is not a leap year
                "131052-308", // too short
                "131052-308TT", // too long
                "13105X-308T", // letter in the date
                "131052-3O8T" // letter O instead of zero
            })
    void rejectsInvalidCodes(String code) {
        assertThat(PersonalIdentityCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsMissingInput(String code) {
        assertThat(PersonalIdentityCode.parse(code)).isEmpty();
    }

    @Test
    void toleratesSpacesAndLowerCaseAsTyped() {
        assertThat(PersonalIdentityCode.parse(" 020304a2349 "))
                .map(PersonalIdentityCode::value)
                .hasValue("020304A2349");
    }

    @Test
    void masksEverythingButTheBirthDate() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T").orElseThrow();
        assertThat(code.masked()).isEqualTo("131052-****");
        assertThat(code.toString()).doesNotContain("308T");
    }

    @Test
    void computesAgeOnAGivenDay() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T").orElseThrow();
        assertThat(code.ageOn(LocalDate.of(2026, 10, 12))).isEqualTo(73);
        assertThat(code.ageOn(LocalDate.of(2026, 10, 13))).isEqualTo(74);
    }

    @Test
    void knowsTemporaryCodes() {
        assertThat(PersonalIdentityCode.parse("010150-999K").orElseThrow().isTemporary())
                .isTrue();
        assertThat(PersonalIdentityCode.parse("131052-308T").orElseThrow().isTemporary())
                .isFalse();
    }
}
