package fi.asiointipiste.organisation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void aRecoveryCodeIsReadAsTypedWithoutHyphensCaseOrLookAlikeDigits() {
        assertThat(StaffIdentityStore.normaliseRecoveryCode("ryxa-cvae-tise")).isEqualTo("RYXACVAETISE");
        assertThat(StaffIdentityStore.normaliseRecoveryCode("RYXA CVAE TISE")).isEqualTo("RYXACVAETISE");
        assertThat(StaffIdentityStore.normaliseRecoveryCode("4MFQ-H030-P6RZ"))
                .as("zero for O")
                .isEqualTo("4MFQHO3OP6RZ");
        assertThat(StaffIdentityStore.normaliseRecoveryCode("123456"))
                .as("a TOTP code is not one")
                .isNull();
        assertThat(StaffIdentityStore.normaliseRecoveryCode("RYXA-CVAE-TIS!")).isNull();
    }

    @Test
    void theHashIsSaltedWithTheUserName() {
        String code = "RYXACVAETISE";
        assertThat(StaffIdentityStore.recoveryCodeHash("clerk", code))
                .hasSize(64)
                .isEqualTo(StaffIdentityStore.recoveryCodeHash("clerk", code))
                .isNotEqualTo(StaffIdentityStore.recoveryCodeHash("clerk2", code));
    }
}
