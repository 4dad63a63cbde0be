package org.sankofa.identity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.Roles;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: list, create, change roles, office and whether the account is enabled,
 * clear repeated failed sign-ins (and lift the waits they caused), reset the second factor. Every change is validated
 * first (nothing is stored when a value is wrong) and audited with the names of the fields changed, never their values.
 */
@Service
public class UserAdministration {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;
    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,59}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LOCALES = Set.of("en", "fr", "pt");

    private final UserAccountRepository users;
    private final Directory directory;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final SecurityProperties properties;

    UserAdministration(UserAccountRepository users, Directory directory, AuditLog audit, SignInThrottle throttle,
            SecurityProperties properties) {
        this.users = users;
        this.directory = directory;
        this.audit = audit;
        this.throttle = throttle;
        this.properties = properties;
    }

    /**
     * One line of the list, with the names of the organisation and office, and the failed sign-ins to the account
     * since its last sign-in ({@code repeatedFailures}: as many as the person is told about, or more).
     */
    public record UserRow(long id, String username, String displayName, String organisation, String office,
            boolean enabled, int failedSignIns, boolean repeatedFailures, boolean totpEnabled, List<Role> roles) {
    }

    /** What an administrator may change on an existing account. */
    public record AccountChange(int version, Long organisationId, Long officeId, boolean enabled,
            Set<RoleGrant> grants) {
    }

    /** Every account, with the names of its organisation and office: three statements, however many accounts. */
    public List<UserRow> list() {
        List<UserSummary> users = this.users.list();
        Map<OrganisationId, Organisation> organisations = directory.organisations(users.stream()
                .map(UserSummary::organisationId).filter(Objects::nonNull).map(OrganisationId::new).toList());
        Map<OfficeId, Office> offices = directory.offices(users.stream()
                .map(UserSummary::officeId).filter(Objects::nonNull).map(OfficeId::new).toList());
        List<UserRow> rows = new ArrayList<>();
        for (UserSummary user : users) {
            Organisation organisation = user.organisationId() == null ? null
                    : organisations.get(new OrganisationId(user.organisationId()));
            Office office = user.officeId() == null ? null : offices.get(new OfficeId(user.officeId()));
            rows.add(new UserRow(user.id(), user.username(), user.displayName(),
                    organisation == null ? null : organisation.name(), office == null ? null : office.name(),
                    user.enabled(), user.failedSignIns(), repeatedFailures(user.failedSignIns()), user.totpEnabled(),
                    user.roles()));
        }
        return rows;
    }

    public UserDetail detail(long id) {
        return users.detail(id).orElseThrow(() -> new NotFoundException("user"));
    }

    /** Whether so many failed sign-ins since the last one are reported (to the person and on the users page). */
    public boolean repeatedFailures(int failedSignIns) {
        return failedSignIns >= properties.notifyAfterFailures();
    }

    @Transactional
    public long create(NewUser user, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = UserAccountRepository.normalise(user.username());
        if (username == null || username.isEmpty()) {
            errors.put("username", "validation.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "admin.users.username.invalid");
        } else if (users.usernameTaken(username)) {
            errors.put("username", "admin.users.username.taken");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            errors.put("displayName", "validation.required");
        } else if (user.displayName().strip().length() > 120) {
            errors.put("displayName", "validation.too.long");
        }
        String email = Texts.blankToNull(user.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.put("email", "admin.users.email.invalid");
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD_LENGTH) {
            errors.put("password", "admin.users.password.short");
        } else if (user.password().length() > MAX_PASSWORD_LENGTH) {
            errors.put("password", "validation.too.long");
        }
        if (user.locale() == null || !LOCALES.contains(user.locale())) {
            errors.put("locale", "admin.users.locale.invalid");
        }
        checkOrganisationAndOffice(user.organisationId(), user.officeId(), errors);
        Set<RoleGrant> grants = checkGrants(user.grants(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id;
        try {
            id = users.create(new NewUser(username, user.displayName().strip(), email, user.password(),
                    user.organisationId(), user.officeId(), user.locale(), grants));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // someone created the same username between the check above and this insert
            throw InvalidInputException.of("username", "admin.users.username.taken");
        }
        audit.record(AuditEvent.of(actor, "USER_CREATED", "user", id,
                "fields=username,display_name," + (email == null ? "" : "email,")
                        + "password,organisation,office,locale,roles"));
        return id;
    }

    @Transactional
    public void change(long id, AccountChange change, CurrentUser actor) {
        UserDetail before = detail(id);
        Map<String, String> errors = new LinkedHashMap<>();
        checkOrganisationAndOffice(change.organisationId(), change.officeId(), errors);
        Set<RoleGrant> grants = checkGrants(change.grants(), errors);
        if (actor.id() == id && (!change.enabled() || grants.stream().noneMatch(g -> Roles.ADMINISTRATOR_ROLES.contains(g.role())))) {
            errors.put(change.enabled() ? "roles" : "enabled", "admin.users.self");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(before.organisationId(), change.organisationId())) {
            fields.add("organisation");
        }
        if (!Objects.equals(before.officeId(), change.officeId())) {
            fields.add("office");
        }
        if (before.enabled() != change.enabled()) {
            fields.add("enabled");
        }
        if (!before.grants().equals(grants)) {
            fields.add("roles");
        }
        if (fields.isEmpty()) {
            return;
        }
        if (!users.update(id, change.version(), change.organisationId(), change.officeId(), change.enabled(), grants)) {
            throw new ConflictException("error.stale");
        }
        if (fields.contains("enabled") || fields.contains("roles")) {
            users.endSessions(before.username());
        }
        audit.record(AuditEvent.of(actor.getUsername(), "USER_UPDATED", "user", id,
                "fields=" + String.join(",", fields)));
    }

    /**
     * The administrator has looked into the failed sign-ins of an account: the count starts again, and the waits they
     * caused are lifted from every address (for the person stuck behind the same address as whoever tried).
     */
    @Transactional
    public void clearFailedSignIns(long id, String actor) {
        UserDetail user = detail(id);
        users.clearFailures(id);
        throttle.forget(user.username());
        audit.record(AuditEvent.of(actor, "USER_SIGN_IN_FAILURES_CLEARED", "user", id, "fields=failed_logins"));
    }

    /** Removes the second factor (a lost phone): the person sets up a new one at their next sign-in. */
    @Transactional
    public void resetSecondFactor(long id, String actor) {
        UserDetail user = detail(id);
        users.disableTotp(id);
        users.endSessions(user.username());
        audit.record(AuditEvent.of(actor, "USER_SECOND_FACTOR_RESET", "user", id, "fields=totp_secret,totp_enabled"));
    }

    /** The organisations (by name) with their offices (by code), for choosing an office in a form: two statements. */
    public Map<Organisation, List<Office>> organisationsWithOffices() {
        Map<OrganisationId, List<Office>> offices = new HashMap<>();
        for (Office office : directory.offices()) {
            offices.computeIfAbsent(office.organisationId(), id -> new ArrayList<>()).add(office);
        }
        Map<Organisation, List<Office>> result = new LinkedHashMap<>();
        for (Organisation organisation : directory.organisations()) {
            List<Office> own = offices.getOrDefault(organisation.id(), new ArrayList<>());
            own.sort(Comparator.comparing(Office::code));
            result.put(organisation, List.copyOf(own));
        }
        return result;
    }

    public List<String> communityCodes() {
        return directory.communityCodes();
    }

    private void checkOrganisationAndOffice(Long organisationId, Long officeId, Map<String, String> errors) {
        if (organisationId == null) {
            errors.put("organisationId", "validation.required");
            return;
        }
        if (directory.organisation(new OrganisationId(organisationId)).isEmpty()) {
            errors.put("organisationId", "admin.users.organisation.unknown");
            return;
        }
        if (officeId != null && directory.office(new OfficeId(officeId))
                .filter(o -> o.organisationId().value() == organisationId).isEmpty()) {
            errors.put("officeId", "admin.users.office.mismatch");
        }
    }

    /** The grants with only the scopes that apply, or errors for missing or unknown scopes. */
    private Set<RoleGrant> checkGrants(Set<RoleGrant> requested, Map<String, String> errors) {
        Set<RoleGrant> grants = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty() || requested.stream().anyMatch(g -> g == null || g.role() == null)) {
            errors.put("roles", "admin.users.roles.required");
            return grants;
        }
        for (RoleGrant grant : requested) {
            switch (grant.role()) {
                case NATIONAL_COORDINATOR -> {
                    String country = grant.scopeCountry() == null ? null
                            : grant.scopeCountry().strip().toUpperCase(Locale.ROOT);
                    if (country == null || !COUNTRIES.contains(country)) {
                        errors.put("scopeCountry", "admin.users.scope.country.required");
                    }
                    grants.add(new RoleGrant(grant.role(), country, null));
                }
                case REGIONAL_COORDINATOR -> {
                    String community = grant.scopeCommunity() == null ? null
                            : grant.scopeCommunity().strip().toUpperCase(Locale.ROOT);
                    if (community == null || !directory.communityCodes().contains(community)) {
                        errors.put("scopeCommunity", "admin.users.scope.community.required");
                    }
                    grants.add(new RoleGrant(grant.role(), null, community));
                }
                default -> grants.add(RoleGrant.of(grant.role()));
            }
        }
        return grants;
    }
}
