package org.sankofa.identity.internal;

import java.util.List;

import org.sankofa.identity.Role;

/** One line of the list of accounts; organisation and office as ids; failed sign-ins since the account's last one. */
public record UserSummary(long id, String username, String displayName, Long organisationId, Long officeId,
        boolean enabled, int failedSignIns, boolean totpEnabled, List<Role> roles) {
}
