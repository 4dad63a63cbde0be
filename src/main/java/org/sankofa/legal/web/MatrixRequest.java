package org.sankofa.legal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sankofa.directory.Community;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.RoleGrant;
import org.sankofa.shared.web.FormErrors;

/**
 * The community and date asked for, with defaults (the user's own community, else the first; today) and the field
 * errors of a community that does not exist or a date that is not YYYY-MM-DD.
 */
record MatrixRequest(String communityValue, String dateValue, String community, LocalDate date,
        Map<String, String> errors) {

    static MatrixRequest read(String community, String date, List<Community> communities, CurrentUser user,
            boolean defaults) {
        FormErrors read = new FormErrors();
        String code = community == null ? "" : community.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            if (defaults) {
                code = defaultCommunity(communities, user);
            } else {
                read.reject("community", "legal.matrix.community.required");
            }
        } else {
            String asked = code;
            if (communities.stream().noneMatch(c -> c.code().equals(asked))) {
                read.reject("community", "legal.matrix.community.unknown");
            }
        }
        LocalDate on = FormErrors.text(date) == null ? LocalDate.now()
                : read.date("date", date, "legal.matrix.date.invalid");
        Map<String, String> errors = read.asMap();
        return new MatrixRequest(community == null || community.isBlank() ? code : community,
                on == null ? date : on.toString(), errors.containsKey("community") ? null : code, on, errors);
    }

    private static String defaultCommunity(List<Community> communities, CurrentUser user) {
        if (user != null) {
            for (RoleGrant grant : user.grants()) {
                String own = grant.scopeCommunity();
                if (own != null && communities.stream().anyMatch(c -> c.code().equals(own))) {
                    return own;
                }
            }
        }
        return communities.isEmpty() ? "" : communities.get(0).code();
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
