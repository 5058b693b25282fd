package fi.asiointipiste.organisation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.StaffUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffUserFormTest {

    /** The form as the page has it, reading the account from a field instead of the facade. */
    static class Form extends StaffUserForm {
        StaffUser stored;
        int reads;

        @Override
        protected Optional<StaffUser> find(Long id) {
            reads++;
            return Optional.ofNullable(stored);
        }
    }

    @Test
    void aNewAccountStartsActiveWithNoRolesOrPoints() {
        Form form = new Form();
        form.load();
        assertThat(form.isExisting()).isFalse();
        assertThat(form.isActive()).isTrue();
        assertThat(form.getRoles()).isEmpty();
        assertThat(form.getPointIds()).isEmpty();
        assertThat(form.reads).isZero();
    }

    @Test
    void loadsTheAccountOnceAndKeepsTheVersionItWasReadAt() {
        Form form = new Form();
        form.stored = new StaffUser("tiina.t", "Tiina Tuki", "hash", EnumSet.of(Role.CLERK, Role.SUPERVISOR));
        form.setId(7L);
        form.load();
        form.setDisplayName("Changed meanwhile");
        form.load();
        assertThat(form.reads).isEqualTo(1);
        assertThat(form.isExisting()).isTrue();
        assertThat(form.getVersion()).isZero();
        assertThat(form.getUsername()).isEqualTo("tiina.t");
        assertThat(form.getDisplayName()).isEqualTo("Changed meanwhile");
        assertThat(form.getRoles()).containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR);
        assertThat(form.getAgencyId()).isNull();
    }

    @Test
    void theDraftIsTrimmedAndKnowsWhetherANewPasswordWasGiven() {
        Form form = new Form();
        form.setUsername("  uusi.neuvoja ");
        form.setDisplayName(" Uusi Neuvoja  ");
        form.setRoles(List.of(Role.CLERK));
        form.setPointIds(List.of(3L, 5L));
        form.setAgencyId(2L);
        form.setPassword("   ");
        StaffUserDraft draft = form.draft();
        assertThat(draft.username()).isEqualTo("uusi.neuvoja");
        assertThat(draft.displayName()).isEqualTo("Uusi Neuvoja");
        assertThat(draft.roles()).containsExactly(Role.CLERK);
        assertThat(draft.pointIds()).containsExactly(3L, 5L);
        assertThat(draft.agencyId()).isEqualTo(2L);
        assertThat(draft.active()).isTrue();
        assertThat(draft.hasPassword()).isFalse();
        form.setPassword("pitka-salasana-123");
        assertThat(form.draft().hasPassword()).isTrue();
    }
}
