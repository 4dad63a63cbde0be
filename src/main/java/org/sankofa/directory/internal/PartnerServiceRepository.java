package org.sankofa.directory.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Coordinates;
import org.sankofa.directory.NewPartnerService;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.PartnerService;
import org.sankofa.directory.PartnerServiceId;
import org.sankofa.directory.PartnerServicePage;
import org.sankofa.directory.PartnerServiceQuery;
import org.sankofa.directory.PartnerServices;
import org.sankofa.directory.ServedGroup;
import org.sankofa.directory.ServiceAvailability;
import org.sankofa.directory.ServiceEditor;
import org.sankofa.directory.ServiceType;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' services in SQL. The scope of an editor is checked here, on every path (pages, API): a person of a
 * partner organisation changes only that organisation's services.
 */
@Repository
class PartnerServiceRepository implements PartnerServices {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PartnerServiceRules rules;

    PartnerServiceRepository(JdbcClient jdbc, AuditLog audit, PartnerServiceRules rules) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.rules = rules;
    }

    private static final String SELECT = """
            select s.*, o.name as organisation_name from partner_service s
              join organisation o on o.id = s.organisation_id""";

    @Override
    @Transactional
    public PartnerService add(ServiceEditor editor, OrganisationId organisation, NewPartnerService input) {
        requireOrganisation(organisation);
        if (!editor.mayEdit(organisation)) {
            throw new AccessDeniedException("the services of another organisation");
        }
        return insert(editor.username(), organisation, input, LocalDate.now(), false);
    }

    @Override
    @Transactional
    public PartnerService addSynthetic(OrganisationId organisation, NewPartnerService input, LocalDate confirmedOn) {
        requireOrganisation(organisation);
        return insert(SYSTEM, organisation, input, confirmedOn, true);
    }

    private PartnerService insert(String actor, OrganisationId organisation, NewPartnerService input,
            LocalDate confirmedOn, boolean synthetic) {
        NewPartnerService s = rules.normalise(input);
        rules.check(s);
        long id = jdbc.sql("""
                insert into partner_service (organisation_id, service_type, name, served_groups, country_code, city,
                    latitude, longitude, capacity, availability, languages, contact_name, contact_phone,
                    contact_email, hours, confirmed_on, synthetic)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisation.value(), s.type().name(), s.name(), groups(s.servedGroups()), s.countryCode(),
                        s.city(), latitude(s), longitude(s), s.capacity(), s.availability().name(),
                        s.languages().toArray(String[]::new), s.contactName(), s.contactPhone(), s.contactEmail(),
                        s.hours(), confirmedOn, synthetic)
                .query(Long.class).single();
        audit.record(AuditEvent.of(actor, "PARTNER_SERVICE_ADDED", "partner_service", id,
                "organisation=" + organisation.value() + ",fields=" + String.join(",", fields(null, s))));
        return service(new PartnerServiceId(id)).orElseThrow();
    }

    @Override
    @Transactional
    public PartnerService change(ServiceEditor editor, PartnerServiceId id, int expectedVersion,
            NewPartnerService input) {
        PartnerService current = editable(editor, id);
        NewPartnerService s = rules.normalise(input);
        rules.check(s);
        if (current.version() != expectedVersion) {
            throw new ConflictException("error.stale");
        }
        List<String> changed = fields(current, s);
        if (changed.isEmpty()) {
            return current;
        }
        int rows = jdbc.sql("""
                update partner_service set service_type = ?, name = ?, served_groups = ?, country_code = ?, city = ?,
                       latitude = ?, longitude = ?, capacity = ?, availability = ?, languages = ?, contact_name = ?,
                       contact_phone = ?, contact_email = ?, hours = ?, confirmed_on = current_date,
                       version = version + 1, updated_at = now()
                 where id = ? and version = ? and removed_at is null""")
                .params(s.type().name(), s.name(), groups(s.servedGroups()), s.countryCode(), s.city(), latitude(s),
                        longitude(s), s.capacity(), s.availability().name(), s.languages().toArray(String[]::new),
                        s.contactName(), s.contactPhone(), s.contactEmail(), s.hours(), id.value(), expectedVersion)
                .update();
        if (rows == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(editor.username(), "PARTNER_SERVICE_CHANGED", "partner_service", id.value(),
                "fields=" + String.join(",", changed)));
        return service(id).orElseThrow();
    }

    @Override
    @Transactional
    public PartnerService confirm(ServiceEditor editor, PartnerServiceId id, int expectedVersion) {
        editable(editor, id);
        int rows = jdbc.sql("""
                update partner_service set confirmed_on = current_date, version = version + 1, updated_at = now()
                 where id = ? and version = ? and removed_at is null""")
                .params(id.value(), expectedVersion).update();
        if (rows == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(editor.username(), "PARTNER_SERVICE_CONFIRMED", "partner_service", id.value(),
                "confirmed_on=" + LocalDate.now()));
        return service(id).orElseThrow();
    }

    @Override
    @Transactional
    public void remove(ServiceEditor editor, PartnerServiceId id, int expectedVersion) {
        editable(editor, id);
        int rows = jdbc.sql("""
                update partner_service set removed_at = now(), version = version + 1, updated_at = now()
                 where id = ? and version = ? and removed_at is null""")
                .params(id.value(), expectedVersion).update();
        if (rows == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(editor.username(), "PARTNER_SERVICE_REMOVED", "partner_service", id.value(),
                null));
    }

    /** The service if it is not removed and the editor may change it: 404 when unknown, 403 when not theirs. */
    private PartnerService editable(ServiceEditor editor, PartnerServiceId id) {
        PartnerService current = jdbc.sql(SELECT + " where s.id = ? and s.removed_at is null").param(id.value())
                .query((rs, n) -> service(rs)).optional()
                .orElseThrow(() -> new NotFoundException("partner_service"));
        if (!editor.mayEdit(current.organisationId())) {
            throw new AccessDeniedException("the services of another organisation");
        }
        return current;
    }

    @Override
    public Optional<PartnerService> service(PartnerServiceId id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id.value()).query((rs, n) -> service(rs)).optional();
    }

    @Override
    public Map<PartnerServiceId, PartnerService> services(java.util.Collection<PartnerServiceId> ids) {
        Long[] values = ids.stream().filter(Objects::nonNull).map(PartnerServiceId::value).distinct()
                .toArray(Long[]::new);
        if (values.length == 0) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where s.id = any(?)").param(values).query((rs, n) -> service(rs)).list().stream()
                .collect(Collectors.toMap(PartnerService::id, java.util.function.Function.identity()));
    }

    @Override
    public List<PartnerService> services(OrganisationId organisation) {
        return jdbc.sql(SELECT + " where s.organisation_id = ? and s.removed_at is null"
                        + " order by s.service_type, s.country_code, s.city, s.id")
                .param(organisation.value()).query((rs, n) -> service(rs)).list();
    }

    @Override
    public PartnerServicePage search(PartnerServiceQuery query) {
        StringBuilder where = new StringBuilder(" where s.removed_at is null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.countryCode() != null) {
            where.append(" and s.country_code = :country");
            params.put("country", query.countryCode());
        }
        if (!query.city().isEmpty()) {
            where.append(" and unaccent(s.city) ilike unaccent(:city) escape '\\'");
            params.put("city", "%" + escapeLike(query.city()) + "%");
        }
        if (!query.types().isEmpty()) {
            where.append(" and s.service_type = any(:types)");
            params.put("types", query.types().stream().map(Enum::name).sorted().toArray(String[]::new));
        }
        if (query.servedGroup() != null) {
            where.append(" and :group = any(s.served_groups)");
            params.put("group", query.servedGroup().name());
        }
        if (query.organisationId() != null) {
            where.append(" and s.organisation_id = :organisation");
            params.put("organisation", query.organisationId().value());
        }
        long total = jdbc.sql("select count(*) from partner_service s" + where).params(params).query(Long.class)
                .single();
        params.put("size", query.size());
        params.put("offset", query.offset());
        List<PartnerService> items = jdbc.sql(SELECT + where
                        + " order by s.country_code, lower(s.city), s.service_type, lower(o.name), s.id"
                        + " limit :size offset :offset")
                .params(params).query((rs, n) -> service(rs)).list();
        return new PartnerServicePage(items, query.page(), query.size(), total);
    }

    @Override
    @Transactional
    public void placeOffice(OfficeId office, Coordinates coordinates, String actor) {
        Coordinates point = rules.checkedPoint(coordinates);
        int rows = jdbc.sql("update office set latitude = ?, longitude = ?, updated_at = now() where id = ?")
                .params(point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                        office.value())
                .update();
        if (rows == 0) {
            throw new NotFoundException("office");
        }
        audit.record(AuditEvent.of(actor, "OFFICE_UPDATED", "office", office.value(), "fields=place"));
    }

    @Override
    public Map<OfficeId, Coordinates> officePlaces(String countryCode) {
        record Place(long id, BigDecimal latitude, BigDecimal longitude) {
        }
        return jdbc.sql("select id, latitude, longitude from office where country_code = ? and latitude is not null")
                .param(countryCode).query(Place.class).list().stream()
                .collect(Collectors.toMap(p -> new OfficeId(p.id()), p -> new Coordinates(p.latitude(),
                        p.longitude())));
    }

    @Override
    public boolean anySynthetic() {
        return jdbc.sql("select exists (select 1 from partner_service where synthetic)").query(Boolean.class)
                .single();
    }

    private void requireOrganisation(OrganisationId organisation) {
        boolean exists = organisation != null && jdbc.sql("select exists (select 1 from organisation where id = ?)")
                .param(organisation.value()).query(Boolean.class).single();
        if (!exists) {
            throw new NotFoundException("organisation");
        }
    }

    /** The names of the fields that differ (all fields given when there is no current record). */
    private static List<String> fields(PartnerService current, NewPartnerService s) {
        List<String> fields = new ArrayList<>();
        changed(fields, "type", current == null ? null : current.type(), s.type());
        changed(fields, "name", current == null ? null : current.name(), s.name());
        changed(fields, "servedGroups", current == null ? null : current.servedGroups(), s.servedGroups());
        changed(fields, "country", current == null ? null : current.countryCode(), s.countryCode());
        changed(fields, "city", current == null ? null : current.city(), s.city());
        changed(fields, "coordinates", current == null ? null : current.coordinates(), s.coordinates());
        changed(fields, "capacity", current == null ? null : current.capacity(), s.capacity());
        changed(fields, "availability", current == null ? null : current.availability(), s.availability());
        changed(fields, "languages", current == null ? List.of() : current.languages(), s.languages());
        changed(fields, "contactName", current == null ? null : current.contactName(), s.contactName());
        changed(fields, "contactPhone", current == null ? null : current.contactPhone(), s.contactPhone());
        changed(fields, "contactEmail", current == null ? null : current.contactEmail(), s.contactEmail());
        changed(fields, "hours", current == null ? null : current.hours(), s.hours());
        return fields;
    }

    private static void changed(List<String> fields, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
    }

    private static String[] groups(Set<ServedGroup> groups) {
        return groups.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private static BigDecimal latitude(NewPartnerService s) {
        return s.coordinates() == null ? null : s.coordinates().latitude();
    }

    private static BigDecimal longitude(NewPartnerService s) {
        return s.coordinates() == null ? null : s.coordinates().longitude();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static PartnerService service(ResultSet rs) throws SQLException {
        Set<ServedGroup> groups = EnumSet.noneOf(ServedGroup.class);
        for (String group : strings(rs.getArray("served_groups"))) {
            groups.add(ServedGroup.valueOf(group));
        }
        BigDecimal latitude = rs.getBigDecimal("latitude");
        BigDecimal longitude = rs.getBigDecimal("longitude");
        return new PartnerService(new PartnerServiceId(rs.getLong("id")),
                new OrganisationId(rs.getLong("organisation_id")), rs.getString("organisation_name"),
                ServiceType.valueOf(rs.getString("service_type")), rs.getString("name"), groups,
                rs.getString("country_code"), rs.getString("city"),
                latitude == null ? null : new Coordinates(latitude, longitude), (Integer) rs.getObject("capacity"),
                ServiceAvailability.valueOf(rs.getString("availability")), strings(rs.getArray("languages")),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"),
                rs.getString("hours"), rs.getObject("confirmed_on", LocalDate.class), rs.getBoolean("synthetic"),
                rs.getObject("removed_at") != null, rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(value.toString());
        }
        return values;
    }
}
