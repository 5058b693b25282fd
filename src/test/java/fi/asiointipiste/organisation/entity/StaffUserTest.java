package fi.asiointipiste.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The security stamp changes exactly when the account's access changes: then its sessions end. */
class StaffUserTest {

    private final StaffUser user = new StaffUser("clerk", "Clerk", "hash", EnumSet.of(Role.CLERK));

    @Test
    void eachAccountStartsWithItsOwnStamp() {
        assertThat(user.getSecurityStamp())
                .hasSize(32)
                .isNotEqualTo(new StaffUser("clerk2", "Clerk", "hash", EnumSet.of(Role.CLERK)).getSecurityStamp());
    }

    @Test
    void deactivatingChangesTheStamp() {
        String before = user.getSecurityStamp();
        user.update("Clerk", EnumSet.of(Role.CLERK), null, List.of(), false);
        assertThat(user.getSecurityStamp()).isNotEqualTo(before);
    }

    @Test
    void aRoleChangeChangesTheStamp() {
        String before = user.getSecurityStamp();
        user.update("Clerk", EnumSet.of(Role.CLERK, Role.SUPERVISOR), null, List.of(), true);
        assertThat(user.getSecurityStamp()).isNotEqualTo(before);
        String after = user.getSecurityStamp();
        user.update("Clerk", EnumSet.of(Role.CLERK), null, List.of(), true);
        assertThat(user.getSecurityStamp()).as("a role taken away").isNotEqualTo(after);
    }

    @Test
    void aNameOrPointsChangeKeepsTheStamp() {
        String before = user.getSecurityStamp();
        user.update("Clerk Renamed", EnumSet.of(Role.CLERK), null, List.of(), true);
        user.signedIn(LocalDateTime.now());
        assertThat(user.getSecurityStamp()).isEqualTo(before);
    }

    @Test
    void aNewPasswordChangesTheStampButARehashOfTheSameDoesNot() {
        String before = user.getSecurityStamp();
        user.upgradePasswordHash("stronger hash");
        assertThat(user.getSecurityStamp()).isEqualTo(before);
        assertThat(user.getPasswordHash()).isEqualTo("stronger hash");
        user.changePasswordHash("new password's hash");
        assertThat(user.getSecurityStamp()).isNotEqualTo(before);
    }

    @Test
    void enrollingOrRemovingASecondFactorChangesTheStamp() {
        String before = user.getSecurityStamp();
        user.enrolSecondFactor("v1:sealed", LocalDateTime.now(), 100L, Set.of("h1", "h2"));
        assertThat(user.hasSecondFactor()).isTrue();
        assertThat(user.getUnusedRecoveryCodes()).isEqualTo(2);
        String enrolled = user.getSecurityStamp();
        assertThat(enrolled).isNotEqualTo(before);
        user.resetSecondFactor();
        assertThat(user.hasSecondFactor()).isFalse();
        assertThat(user.getUnusedRecoveryCodes()).isZero();
        assertThat(user.getSecurityStamp()).isNotEqualTo(enrolled);
    }

    @Test
    void aTotpStepAndARecoveryCodeWorkOnce() {
        user.enrolSecondFactor("v1:sealed", LocalDateTime.now(), 100L, Set.of("h1", "h2"));
        String stamp = user.getSecurityStamp();
        assertThat(user.spendTotpStep(100L)).as("the enrolment's own code").isFalse();
        assertThat(user.spendTotpStep(101L)).isTrue();
        assertThat(user.spendTotpStep(101L)).isFalse();
        assertThat(user.spendRecoveryCode("h1")).isTrue();
        assertThat(user.spendRecoveryCode("h1")).isFalse();
        assertThat(user.spendRecoveryCode("nope")).isFalse();
        assertThat(user.getUnusedRecoveryCodes()).isEqualTo(1);
        assertThat(user.getSecurityStamp()).as("using a code changes no access").isEqualTo(stamp);
    }
}
