package org.sankofa.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Directory;
import org.sankofa.directory.DuplicateValueException;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.OrganisationPage;
import org.sankofa.directory.OrganisationQuery;
import org.sankofa.directory.OrganisationType;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class DirectoryRepository implements Directory {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final DirectoryRules rules;
    /**
     * Offices by id, as every list and case page names them (one lookup per request otherwise): offices change only
     * by an administrator's edit, which forgets them here at once; another node sees an edit within a minute.
     */
    private final Cache<Long, Office> officesById = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    DirectoryRepository(JdbcClient jdbc, AuditLog audit, DirectoryRules rules) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.rules = rules;
    }

    @Override
    @Transactional
    public Organisation create(NewOrganisation input, String actor) {
        NewOrganisation o = rules.normalise(input);
        rules.check(o);
        refuseDuplicateName(o.name(), null);
        long id = jdbc.sql("""
                insert into organisation (name, acronym, type, country_code, website)
                values (?, ?, ?, ?, ?) returning id""")
                .params(o.name(), o.acronym(), o.type().name(), o.countryCode(), o.website())
                .query(Long.class).single();
        audit.record(AuditEvent.of(actor, "ORGANISATION_CREATED", "organisation", id,
                fields(organisationFields(null, o))));
        return organisation(new OrganisationId(id)).orElseThrow();
    }

    @Override
    @Transactional
    public Office create(NewOffice input, String actor) {
        NewOffice o = rules.normalise(input);
        if (o.organisationId() == null || organisation(o.organisationId()).isEmpty()) {
            throw new NotFoundException("organisation");
        }
        rules.check(o);
        refuseDuplicateCode(o.code(), null);
        long id = jdbc.sql("""
                insert into office (organisation_id, code, name, country_code, city)
                values (?, ?, ?, ?, ?) returning id""")
                .params(o.organisationId().value(), o.code(), o.name(), o.countryCode(), o.city())
                .query(Long.class).single();
        audit.record(AuditEvent.of(actor, "OFFICE_CREATED", "office", id, fields(officeFields(null, o))));
        return office(new OfficeId(id)).orElseThrow();
    }

    @Override
    @Transactional
    public Organisation update(OrganisationId id, int expectedVersion, NewOrganisation input, String actor) {
        Organisation current = organisation(id).orElseThrow(() -> new NotFoundException("organisation"));
        NewOrganisation o = rules.normalise(input);
        rules.check(o);
        refuseDuplicateName(o.name(), id.value());
        if (current.version() != expectedVersion) {
            throw new ConflictException("error.stale");
        }
        List<String> changed = organisationFields(current, o);
        if (changed.isEmpty()) {
            return current;
        }
        int rows = jdbc.sql("""
                update organisation set name = ?, acronym = ?, type = ?, country_code = ?, website = ?,
                       version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(o.name(), o.acronym(), o.type().name(), o.countryCode(), o.website(), id.value(),
                        expectedVersion)
                .update();
        if (rows == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(actor, "ORGANISATION_UPDATED", "organisation", id.value(), fields(changed)));
        return organisation(id).orElseThrow();
    }

    @Override
    @Transactional
    public Office update(OfficeId id, int expectedVersion, NewOffice input, String actor) {
        Office current = office(id).orElseThrow(() -> new NotFoundException("office"));
        NewOffice o = rules.normalise(new NewOffice(current.organisationId(), input.code(), input.name(),
                input.countryCode(), input.city()));
        rules.check(o);
        refuseDuplicateCode(o.code(), id.value());
        if (current.version() != expectedVersion) {
            throw new ConflictException("error.stale");
        }
        List<String> changed = officeFields(current, o);
        if (changed.isEmpty()) {
            return current;
        }
        int rows = jdbc.sql("""
                update office set code = ?, name = ?, country_code = ?, city = ?,
                       version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(o.code(), o.name(), o.countryCode(), o.city(), id.value(), expectedVersion)
                .update();
        if (rows == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(actor, "OFFICE_UPDATED", "office", id.value(), fields(changed)));
        officesById.invalidate(id.value());
        return office(id).orElseThrow();
    }

    @Override
    public Optional<Organisation> organisation(OrganisationId id) {
        return jdbc.sql("select * from organisation where id = ?").param(id.value())
                .query((rs, n) -> organisation(rs)).optional();
    }

    @Override
    public Optional<Office> office(OfficeId id) {
        return jdbc.sql("select * from office where id = ?").param(id.value()).query((rs, n) -> office(rs)).optional();
    }

    @Override
    public Optional<Office> officeByCode(String code) {
        return jdbc.sql("select * from office where code = ?").param(code).query((rs, n) -> office(rs)).optional();
    }

    @Override
    public List<Office> offices(OrganisationId organisationId) {
        return jdbc.sql("select * from office where organisation_id = ? order by code").param(organisationId.value())
                .query((rs, n) -> office(rs)).list();
    }

    @Override
    public List<Office> offices() {
        return jdbc.sql("select * from office order by country_code, code").query((rs, n) -> office(rs)).list();
    }

    @Override
    public Map<OfficeId, Office> offices(Collection<OfficeId> ids) {
        List<Long> values = ids.stream().filter(Objects::nonNull).map(OfficeId::value).distinct().toList();
        if (values.isEmpty()) {
            return Map.of();
        }
        return officesById.getAll(values, missing -> jdbc.sql("select * from office where id = any(?)")
                        .param(missing.toArray(Long[]::new)).query((rs, n) -> office(rs)).list().stream()
                        .collect(Collectors.toMap(o -> o.id().value(), Function.identity())))
                .values().stream().collect(Collectors.toMap(Office::id, Function.identity()));
    }

    @Override
    public Map<OrganisationId, Organisation> organisations(Collection<OrganisationId> ids) {
        Long[] values = ids.stream().filter(Objects::nonNull).map(OrganisationId::value).distinct()
                .toArray(Long[]::new);
        if (values.length == 0) {
            return Map.of();
        }
        return jdbc.sql("select * from organisation where id = any(?)").param(values)
                .query((rs, n) -> organisation(rs)).list().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    @Override
    public OrganisationPage search(OrganisationQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!query.text().isEmpty()) {
            where.append(" and (unaccent(name) ilike unaccent(:pattern) escape '\\'"
                    + " or unaccent(coalesce(acronym, '')) ilike unaccent(:pattern) escape '\\')");
            params.put("pattern", "%" + escapeLike(query.text()) + "%");
        }
        if (query.type() != null) {
            where.append(" and type = :type");
            params.put("type", query.type().name());
        }
        long total = jdbc.sql("select count(*) from organisation" + where).params(params).query(Long.class).single();
        params.put("size", query.size());
        params.put("offset", query.offset());
        List<Organisation> items = jdbc.sql("select * from organisation" + where
                        + " order by lower(name), id limit :size offset :offset")
                .params(params).query((rs, n) -> organisation(rs)).list();
        return new OrganisationPage(items, query.page(), query.size(), total);
    }

    private void refuseDuplicateName(String name, Long exceptId) {
        boolean taken = jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(?) and id <> ?)")
                .params(name, exceptId == null ? -1L : exceptId).query(Boolean.class).single();
        if (taken) {
            throw new DuplicateValueException("name", "organisation.name.taken");
        }
    }

    private void refuseDuplicateCode(String code, Long exceptId) {
        boolean taken = jdbc.sql("select exists (select 1 from office where code = ? and id <> ?)")
                .params(code, exceptId == null ? -1L : exceptId).query(Boolean.class).single();
        if (taken) {
            throw new DuplicateValueException("code", "office.code.taken");
        }
    }

    /** The names of the fields that differ (all fields given when there is no current record). */
    private static List<String> organisationFields(Organisation current, NewOrganisation o) {
        List<String> fields = new ArrayList<>();
        changed(fields, "name", current == null ? null : current.name(), o.name());
        changed(fields, "acronym", current == null ? null : current.acronym(), o.acronym());
        changed(fields, "type", current == null ? null : current.type(), o.type());
        changed(fields, "country", current == null ? null : current.countryCode(), o.countryCode());
        changed(fields, "website", current == null ? null : current.website(), o.website());
        return fields;
    }

    private static List<String> officeFields(Office current, NewOffice o) {
        List<String> fields = new ArrayList<>();
        changed(fields, "code", current == null ? null : current.code(), o.code());
        changed(fields, "name", current == null ? null : current.name(), o.name());
        changed(fields, "country", current == null ? null : current.countryCode(), o.countryCode());
        changed(fields, "city", current == null ? null : current.city(), o.city());
        return fields;
    }

    private static void changed(List<String> fields, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
    }

    private static String fields(List<String> names) {
        return "fields=" + String.join(",", names);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<Organisation> organisations() {
        return jdbc.sql("select * from organisation order by lower(name)").query((rs, n) -> organisation(rs)).list();
    }

    @Override
    public Partners partners(String countryCode) {
        List<Organisation> here = new java.util.ArrayList<>();
        List<Organisation> elsewhere = new java.util.ArrayList<>();
        jdbc.sql("""
                select o.*,
                       (o.country_code = :country
                        or exists (select 1 from office f where f.organisation_id = o.id and f.country_code = :country)
                        or exists (select 1 from partner_service s where s.organisation_id = o.id
                                      and s.removed_at is null and s.country_code = :country)) as here
                  from organisation o
                 where o.type = 'NGO'
                    or exists (select 1 from partner_service s where s.organisation_id = o.id and s.removed_at is null)
                 order by lower(o.name), o.id""")
                .param("country", countryCode)
                .query(rs -> {
                    (rs.getBoolean("here") ? here : elsewhere).add(organisation(rs));
                });
        return new Partners(countryCode, here, elsewhere);
    }

    @Override
    public List<String> communityCodes() {
        return jdbc.sql("select code from community order by code").query(String.class).list();
    }

    static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(new OrganisationId(rs.getLong("id")), rs.getString("name"), rs.getString("acronym"),
                OrganisationType.valueOf(rs.getString("type")), rs.getString("country_code"), rs.getString("website"),
                rs.getInt("version"));
    }

    static Office office(ResultSet rs) throws SQLException {
        return new Office(new OfficeId(rs.getLong("id")), new OrganisationId(rs.getLong("organisation_id")),
                rs.getString("code"), rs.getString("name"), rs.getString("country_code"), rs.getString("city"),
                rs.getInt("version"));
    }
}
