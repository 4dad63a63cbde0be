package org.sankofa.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sankofa.identity.Colleague;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.MailRecipient;
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
    /** Told of each change to an account, so that its API tokens are read again after the commit. */
    private final TokenOwners tokenOwners;

    UserAccountRepository(JdbcClient jdbc, PasswordEncoder passwordEncoder, TokenOwners tokenOwners) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.tokenOwners = tokenOwners;
    }

    @Override
    @Transactional
    public long create(NewUser user) {
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, organisation_id, office_id, locale)
                values (:username, :displayName, :email, :hash, :organisationId, :officeId, :locale)
                returning id""")
                .param("username", normalise(user.username()))
                .param("displayName", user.displayName())
                .param("email", user.email())
                .param("hash", passwordEncoder.encode(user.password()))
                .param("organisationId", user.organisationId())
                .param("officeId", user.officeId())
                .param("locale", user.locale() == null ? "en" : user.locale())
                .query(Long.class).single();
        insertGrants(id, user.grants());
        return id;
    }

    @Override
    public Optional<CurrentUser> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, username, display_name, organisation_id, office_id, locale, enabled, totp_enabled,
                       password_hash
                  from app_user where username = ?""")
                .param(normalise(username))
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::withGrants);
    }

    Optional<CurrentUser> findById(long id) {
        return jdbc.sql("""
                select id, username, display_name, organisation_id, office_id, locale, enabled, totp_enabled,
                       password_hash
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
        tokenOwners.forgetAfterCommit(userId);
    }

    @Override
    public Map<Long, Colleague> colleagues(Collection<Long> userIds) {
        Long[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return jdbc.sql("select id, username, display_name, office_id from app_user where id = any(?)")
                .param(ids).query(Colleague.class).list().stream()
                .collect(Collectors.toMap(Colleague::id, Function.identity()));
    }

    @Override
    public Map<String, Colleague> colleaguesByUsername(Collection<String> usernames) {
        String[] names = usernames.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (names.length == 0) {
            return Map.of();
        }
        return jdbc.sql("select id, username, display_name, office_id from app_user where username = any(?)")
                .param(names).query(Colleague.class).list().stream()
                .collect(Collectors.toMap(Colleague::username, Function.identity()));
    }

    @Override
    public List<MailRecipient> mailRecipients(long officeId, Role role) {
        return jdbc.sql("""
                select distinct u.email, u.locale from app_user u join user_role r on r.user_id = u.id
                 where u.office_id = ? and r.role = ? and u.enabled and u.email is not null
                 order by u.email""")
                .params(officeId, role.name()).query(MailRecipient.class).list();
    }

    /** A failed sign-in to an existing account: its id and its failed sign-ins since its last sign-in. */
    record Failure(long userId, int failures) {
    }

    /**
     * Counts a failed sign-in to an account, from anywhere, since its last sign-in.
     *
     * @return the account and its count; empty when no account has that name
     */
    Optional<Failure> recordFailure(String username) {
        return jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1, last_failed_login_at = now()
                 where username = ?
                returning id, failed_logins""")
                .param(normalise(username))
                .query((rs, n) -> new Failure(rs.getLong("id"), rs.getInt("failed_logins")))
                .optional();
    }

    /**
     * A sign-in: its time is kept and the count of failed sign-ins starts again.
     *
     * @return the failed sign-ins there had been since the previous sign-in (none: a count of 0)
     */
    SignInFailures recordSuccess(long userId) {
        return jdbc.sql("""
                update app_user u set failed_logins = 0, last_login_at = now()
                  from app_user before
                 where before.id = u.id and u.id = ?
                returning before.failed_logins, before.last_failed_login_at""")
                .param(userId)
                .query((rs, n) -> new SignInFailures(rs.getInt("failed_logins"),
                        instant(rs.getObject("last_failed_login_at", OffsetDateTime.class))))
                .optional().orElse(new SignInFailures(0, null));
    }

    /** An administrator has seen the failed sign-ins of an account: the count starts again. */
    void clearFailures(long userId) {
        jdbc.sql("update app_user set failed_logins = 0, updated_at = now() where id = ?").param(userId).update();
    }

    Optional<String> totpSecret(long userId) {
        return jdbc.sql("select totp_secret from app_user where id = ?").param(userId)
                .query(String.class).optional();
    }

    /**
     * Records that the code of this time step was used, when no code of this step or a later one was: false when it
     * was (a replay). One statement, so two requests with the same code cannot both succeed.
     */
    boolean claimTotpStep(long userId, long step) {
        return jdbc.sql("""
                update app_user set totp_last_step = :step
                 where id = :id and (totp_last_step is null or totp_last_step < :step)""")
                .param("step", step).param("id", userId).update() == 1;
    }

    void storePendingTotpSecret(long userId, String secret) {
        jdbc.sql("update app_user set totp_secret = ?, totp_enabled = false, updated_at = now() where id = ?")
                .params(secret, userId).update();
        tokenOwners.forgetAfterCommit(userId);
    }

    void enableTotp(long userId) {
        jdbc.sql("update app_user set totp_enabled = true, updated_at = now() where id = ?").param(userId).update();
        tokenOwners.forgetAfterCommit(userId);
    }

    void disableTotp(long userId) {
        jdbc.sql("update app_user set totp_enabled = false, totp_secret = null, updated_at = now() where id = ?")
                .param(userId).update();
        tokenOwners.forgetAfterCommit(userId);
    }

    /** Every account with its roles, by username; organisation and office as ids (names come from the directory). */
    List<UserSummary> list() {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.organisation_id, u.office_id, u.enabled,
                       u.failed_logins, u.totp_enabled,
                       coalesce(string_agg(distinct r.role, ',' order by r.role), '') as roles
                  from app_user u
                  left join user_role r on r.user_id = u.id
                 group by u.id
                 order by u.username""")
                .query((rs, n) -> new UserSummary(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), (Long) rs.getObject("organisation_id"),
                        (Long) rs.getObject("office_id"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                        rs.getBoolean("totp_enabled"),
                        rs.getString("roles").isEmpty() ? List.of()
                                : java.util.Arrays.stream(rs.getString("roles").split(",")).map(Role::valueOf).toList()))
                .list();
    }

    Optional<UserDetail> detail(long id) {
        return jdbc.sql("""
                select id, username, display_name, email, organisation_id, office_id, locale, enabled,
                       failed_logins, last_failed_login_at, totp_enabled, version
                  from app_user where id = ?""")
                .param(id)
                .query((rs, n) -> new UserDetail(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("email"), (Long) rs.getObject("organisation_id"),
                        (Long) rs.getObject("office_id"), rs.getString("locale"), rs.getBoolean("enabled"),
                        new SignInFailures(rs.getInt("failed_logins"),
                                instant(rs.getObject("last_failed_login_at", OffsetDateTime.class))),
                        rs.getBoolean("totp_enabled"), rs.getInt("version"), Set.of()))
                .optional()
                .map(d -> new UserDetail(d.id(), d.username(), d.displayName(), d.email(), d.organisationId(),
                        d.officeId(), d.locale(), d.enabled(), d.failedSignIns(), d.totpEnabled(), d.version(),
                        grants(d.id())));
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(normalise(username))
                .query(Long.class).single() > 0;
    }

    /** Changes what an administrator may change; false when someone else saved the account first. */
    boolean update(long id, int version, Long organisationId, Long officeId, boolean enabled, Set<RoleGrant> grants) {
        int updated = jdbc.sql("""
                update app_user set organisation_id = ?, office_id = ?, enabled = ?, version = version + 1,
                                    updated_at = now()
                 where id = ? and version = ?""")
                .params(organisationId, officeId, enabled, id, version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        insertGrants(id, grants);
        tokenOwners.forgetAfterCommit(id);
        return true;
    }

    /** Ends every session of the account, so that a change of roles or a disabled account takes effect at once. */
    void endSessions(String username) {
        jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
    }

    /** Ends every session of the person but the one given (the one they are using). */
    void endOtherSessions(String username, String keptSessionId) {
        jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
                .params(username, keptSessionId).update();
    }

    Optional<String> passwordHash(long userId) {
        return jdbc.sql("select password_hash from app_user where id = ?").param(userId).query(String.class).optional();
    }

    void storePasswordHash(long userId, String hash) {
        jdbc.sql("update app_user set password_hash = ?, updated_at = now() where id = ?").params(hash, userId)
                .update();
        tokenOwners.forgetAfterCommit(userId);
    }

    private void insertGrants(long userId, Set<RoleGrant> grants) {
        for (RoleGrant grant : grants) {
            jdbc.sql("""
                    insert into user_role (user_id, role, scope_country, scope_community)
                    values (?, ?, ?, ?)""")
                    .params(userId, grant.role().name(), grant.scopeCountry(), grant.scopeCommunity())
                    .update();
        }
    }

    private Set<RoleGrant> grants(long userId) {
        return new HashSet<>(jdbc.sql("""
                select role, scope_country, scope_community from user_role where user_id = ?""")
                .param(userId)
                .query((rs, n) -> new RoleGrant(Role.valueOf(rs.getString("role")), rs.getString("scope_country"),
                        rs.getString("scope_community")))
                .list());
    }

    static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private CurrentUser withGrants(CurrentUser user) {
        Set<RoleGrant> grants = grants(user.id());
        return new CurrentUser(user.id(), user.getUsername(), user.displayName(), user.organisationId(),
                user.officeId(), user.locale(), grants, user.isEnabled(), !user.isAccountNonLocked(),
                user.totpEnabled(), user.getPassword());
    }

    /** An account as it signs in; never locked (failed sign-ins make the next attempt wait instead). */
    private static CurrentUser row(ResultSet rs) throws SQLException {
        return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                (Long) rs.getObject("organisation_id"), (Long) rs.getObject("office_id"), rs.getString("locale"),
                Set.of(), rs.getBoolean("enabled"), false, rs.getBoolean("totp_enabled"),
                rs.getString("password_hash"));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
