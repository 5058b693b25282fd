package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.Role;
import java.util.List;
import java.util.Set;

/**
 * What an administrator enters for a staff account: agency and service points by id, and a password that is
 * required for a new account and optional (blank: unchanged) for an existing one. The username is used only when
 * the account is created.
 */
public record StaffUserDraft(
        String username,
        String displayName,
        Set<Role> roles,
        Long agencyId,
        List<Long> pointIds,
        boolean active,
        String password) {

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
