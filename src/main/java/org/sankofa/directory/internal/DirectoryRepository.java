package org.sankofa.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class DirectoryRepository implements Directory {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DirectoryRepository(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Organisation create(NewOrganisation o, String actor) {
        long id = jdbc.sql("""
                insert into organisation (name, acronym, type, country_code, website)
                values (?, ?, ?, ?, ?) returning id""")
                .params(o.name(), o.acronym(), o.type().name(), o.countryCode(), o.website())
                .query(Long.class).single();
        audit.record(AuditEvent.of(actor, "ORGANISATION_CREATED", "organisation", id, null));
        return organisation(new OrganisationId(id)).orElseThrow();
    }

    @Override
    @Transactional
    public Office create(NewOffice o, String actor) {
        long id = jdbc.sql("""
                insert into office (organisation_id, code, name, country_code, city)
                values (?, ?, ?, ?, ?) returning id""")
                .params(o.organisationId().value(), o.code(), o.name(), o.countryCode(), o.city())
                .query(Long.class).single();
        audit.record(AuditEvent.of(actor, "OFFICE_CREATED", "office", id, null));
        return office(new OfficeId(id)).orElseThrow();
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
    public List<Organisation> organisations() {
        return jdbc.sql("select * from organisation order by lower(name)").query((rs, n) -> organisation(rs)).list();
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
