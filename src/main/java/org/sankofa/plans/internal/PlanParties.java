package org.sankofa.plans.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sankofa.directory.Countries;
import org.sankofa.directory.Directory;
import org.sankofa.plans.PlanId;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a plan belongs to and who takes part in it: its parties (countries and regional communities, which its scope
 * decides the number of), its partners and funders, and its documents. They are written whole with the plan.
 */
@Component
class PlanParties {

    /** The parties, partners and documents of one plan (the partners without their organisations' names). */
    record Of(List<String> countries, List<String> communities, List<Partner> partners,
            List<PlanDocument> documents) {
    }

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Countries countries;
    private final OrganisationNames organisations;

    PlanParties(JdbcClient jdbc, Directory directory, Countries countries, OrganisationNames organisations) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.countries = countries;
        this.organisations = organisations;
    }

    Of of(PlanId planId) {
        List<String> countryCodes = jdbc.sql("select country_code from plan_party where plan_id = ? "
                + "and country_code is not null order by country_code").param(planId.value()).query(String.class)
                .list();
        List<String> communityCodes = jdbc.sql("select community_code from plan_party where plan_id = ? "
                + "and community_code is not null order by community_code").param(planId.value())
                .query(String.class).list();
        List<Partner> partners = jdbc.sql("""
                select kind, organisation_id, name, note from plan_partner
                where plan_id = ? order by kind, position, id""").param(planId.value())
                .query((rs, n) -> new Partner(PartnerKind.valueOf(rs.getString("kind")),
                        PlanFields.nullableLong(rs, "organisation_id"), null, rs.getString("name"),
                        rs.getString("note"))).list();
        List<PlanDocument> documents = jdbc.sql(
                "select title, url from plan_document where plan_id = ? order by position, id").param(planId.value())
                .query((rs, n) -> new PlanDocument(rs.getString("title"), rs.getString("url"))).list();
        return new Of(countryCodes, communityCodes, partners, documents);
    }

    /** Writes the parties, partners and documents of a new plan. */
    void write(long planId, PlanDraft draft) {
        for (String country : new TreeSet<>(draft.countries())) {
            jdbc.sql("insert into plan_party (plan_id, country_code) values (?, ?)").params(planId, country).update();
        }
        for (String community : new TreeSet<>(draft.communities())) {
            jdbc.sql("insert into plan_party (plan_id, community_code) values (?, ?)").params(planId, community)
                    .update();
        }
        int position = 0;
        for (Partner p : draft.partners()) {
            jdbc.sql("insert into plan_partner (plan_id, kind, organisation_id, name, note, position) "
                    + "values (?, ?, ?, ?, ?, ?)")
                    .params(planId, p.kind().name(), p.organisationId(), Texts.blankToNull(p.name()),
                            Texts.blankToNull(p.note()), position++).update();
        }
        position = 0;
        for (PlanDocument d : draft.documents()) {
            jdbc.sql("insert into plan_document (plan_id, title, url, position) values (?, ?, ?, ?)")
                    .params(planId, d.title().strip(), d.url().strip(), position++).update();
        }
    }

    /** Replaces the parties, partners and documents of a plan with those of the draft. */
    void replace(long planId, PlanDraft draft) {
        jdbc.sql("delete from plan_party where plan_id = ?").param(planId).update();
        jdbc.sql("delete from plan_partner where plan_id = ?").param(planId).update();
        jdbc.sql("delete from plan_document where plan_id = ?").param(planId).update();
        write(planId, draft);
    }

    /** Names the unknown parties of the draft, or a number of parties its scope does not allow, in {@code errors}. */
    void checkParties(PlanDraft d, Map<String, String> errors) {
        for (String country : d.countries()) {
            if (!countries.exists(country)) {
                errors.put("countries", "plan.party.country.unknown");
            }
        }
        Set<String> known = Set.copyOf(directory.communityCodes());
        for (String community : d.communities()) {
            if (!known.contains(community)) {
                errors.put("communities", "plan.party.community.unknown");
            }
        }
        if (d.scope() != null && !errors.containsKey("countries") && !errors.containsKey("communities")) {
            int c = d.countries().size();
            int r = d.communities().size();
            String wrong = switch (d.scope()) {
                case NATIONAL -> c == 1 && r == 0 ? null : "plan.party.national";
                case REGIONAL -> r == 1 ? null : "plan.party.regional";
                case BI_REGIONAL -> r == 2 ? null : "plan.party.biRegional";
                case INTERREGIONAL -> c + r >= 1 ? null : "plan.party.required";
            };
            if (wrong != null) {
                errors.put("parties", wrong);
            }
        }
    }

    /** Names the wrong partners and documents of the draft in {@code errors}. */
    void checkPartners(PlanDraft d, Map<String, String> errors) {
        Map<Long, String> known = organisations.of(d.partners().stream().map(Partner::organisationId).toList());
        for (Partner p : d.partners()) {
            if (p.kind() == null || (p.organisationId() == null && Texts.isBlank(p.name()))) {
                errors.put("partners", "plan.partner.invalid");
            } else if (p.organisationId() != null && !known.containsKey(p.organisationId())) {
                errors.put("partners", "plan.organisation.unknown");
            } else if ((p.name() != null && p.name().length() > 300) || (p.note() != null && p.note().length() > 500)) {
                errors.put("partners", "validation.too.long");
            }
        }
        for (PlanDocument doc : d.documents()) {
            if (Texts.isBlank(doc.title()) || doc.title().length() > 300 || doc.url() == null
                    || !doc.url().strip().matches("(?i)^https?://\\S+$") || doc.url().length() > 500) {
                errors.put("documents", "plan.document.invalid");
            }
        }
    }
}
