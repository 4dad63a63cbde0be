package org.sankofa.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class UserAccountRepository implements UserAccounts, UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccountRepository(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public long create(NewUser user) {
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, organisation_id, office_id, locale)
                values (:username, :displayName, :email, :hash, :organisationId, :officeId, :locale)
                returning id""")
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("email", user.email())
                .param("hash", passwordEncoder.encode(user.password()))
                .param("organisationId", user.organisationId())
                .param("officeId", user.officeId())
                .param("locale", user.locale() == null ? "en" : user.locale())
                .query(Long.class).single();
        for (RoleGrant grant : user.grants()) {
            jdbc.sql("""
                    insert into user_role (user_id, role, scope_country, scope_community)
                    values (?, ?, ?, ?)""")
                    .params(id, grant.role().name(), grant.scopeCountry(), grant.scopeCommunity())
                    .update();
        }
        return id;
    }

    @Override
    public Optional<CurrentUser> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, username, display_name, organisation_id, office_id, locale, enabled, locked_until,
                       totp_enabled, password_hash
                  from app_user where username = ?""")
                .param(username.trim().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::withGrants);
    }

    Optional<CurrentUser> findById(long id) {
        return jdbc.sql("""
                select id, username, display_name, organisation_id, office_id, locale, enabled, locked_until,
                       totp_enabled, password_hash
                  from app_user where id = ?""")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::withGrants);
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Override
    public boolean anyAdministrator() {
        return jdbc.sql("select count(*) from user_role where role = 'ADMINISTRATOR'").query(Long.class).single() > 0;
    }

    @Override
    public void changeLocale(long userId, String locale) {
        jdbc.sql("update app_user set locale = ?, updated_at = now() where id = ?").params(locale, userId).update();
    }

    /** Counts a failed login; returns whether the account is now locked. */
    @Transactional
    boolean recordFailure(String username, int maxFailures, java.time.Duration lockout) {
        return jdbc.sql("""
                update app_user
                   set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= :max then now() + :lockout * interval '1 second'
                                           else locked_until end
                 where username = :username
                returning locked_until is not null and locked_until > now()""")
                .param("max", maxFailures)
                .param("lockout", lockout.toSeconds())
                .param("username", username.trim().toLowerCase(java.util.Locale.ROOT))
                .query(Boolean.class).optional().orElse(false);
    }

    void recordSuccess(long userId) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = now() where id = ?")
                .param(userId).update();
    }

    void unlock(long userId) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, updated_at = now() where id = ?")
                .param(userId).update();
    }

    Optional<String> totpSecret(long userId) {
        return jdbc.sql("select totp_secret from app_user where id = ?").param(userId)
                .query(String.class).optional();
    }

    void storePendingTotpSecret(long userId, String secret) {
        jdbc.sql("update app_user set totp_secret = ?, totp_enabled = false, updated_at = now() where id = ?")
                .params(secret, userId).update();
    }

    void enableTotp(long userId) {
        jdbc.sql("update app_user set totp_enabled = true, updated_at = now() where id = ?").param(userId).update();
    }

    void disableTotp(long userId) {
        jdbc.sql("update app_user set totp_enabled = false, totp_secret = null, updated_at = now() where id = ?")
                .param(userId).update();
    }

    List<UserSummary> list() {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, o.name as organisation, f.name as office, u.enabled,
                       u.locked_until is not null and u.locked_until > now() as locked, u.totp_enabled,
                       coalesce(string_agg(r.role, ',' order by r.role), '') as roles
                  from app_user u
                  left join organisation o on o.id = u.organisation_id
                  left join office f on f.id = u.office_id
                  left join user_role r on r.user_id = u.id
                 group by u.id, o.name, f.name
                 order by u.username""")
                .query((rs, n) -> new UserSummary(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("organisation"), rs.getString("office"),
                        rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getBoolean("totp_enabled"),
                        rs.getString("roles").isEmpty() ? List.of()
                                : java.util.Arrays.stream(rs.getString("roles").split(",")).map(Role::valueOf).toList()))
                .list();
    }

    private CurrentUser withGrants(CurrentUser user) {
        Set<RoleGrant> grants = new HashSet<>(jdbc.sql("""
                select role, scope_country, scope_community from user_role where user_id = ?""")
                .param(user.id())
                .query((rs, n) -> new RoleGrant(Role.valueOf(rs.getString("role")), rs.getString("scope_country"),
                        rs.getString("scope_community")))
                .list());
        return new CurrentUser(user.id(), user.getUsername(), user.displayName(), user.organisationId(),
                user.officeId(), user.locale(), grants, user.isEnabled(), !user.isAccountNonLocked(),
                user.totpEnabled(), user.getPassword());
    }

    private static CurrentUser row(ResultSet rs) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
        return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                (Long) rs.getObject("organisation_id"), (Long) rs.getObject("office_id"), rs.getString("locale"),
                Set.of(), rs.getBoolean("enabled"), locked, rs.getBoolean("totp_enabled"),
                rs.getString("password_hash"));
    }

    record UserSummary(long id, String username, String displayName, String organisation, String office,
            boolean enabled, boolean locked, boolean totpEnabled, List<Role> roles) {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
