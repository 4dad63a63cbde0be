package org.sankofa.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.programmes.internal.ProgrammeFilter;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A programme's rules (ISO 4217 currencies, budgets never summed across currencies, countries and phases within the
 * period, nothing half-written) and who reads and changes it: an observer only the programmes their organisation
 * funds, an implementer only their organisation's.
 */
@SankofaTest
class ProgrammeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Programmes programmes;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private long org(String acronym) {
        return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    private ProgrammeDraft draft(String code, String donor, String implementer, List<ProgrammeDraft.Budget> budget) {
        return new ProgrammeDraft(code, "Programme " + code, null, LocalDate.of(2020, 1, 1), null, null,
                List.of(new ProgrammeDraft.Donor(org(donor), "GR-" + code)), List.of(org(implementer)), List.of(),
                List.of(new ProgrammeDraft.Country("SN", LocalDate.of(2020, 1, 1)),
                        new ProgrammeDraft.Country("ML", LocalDate.of(2022, 6, 1))),
                List.of(new ProgrammeDraft.Phase("Phase 1", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))),
                budget, List.of(), List.of(new ProgrammeDraft.Document("Proposal", "https://example.org/p.pdf")));
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void budgetsAreTotalledPerCurrencyAndNeverAcrossCurrencies() {
        Programme p = programmes.create(draft(code(), "NL-MFA", "IOM", List.of(
                new ProgrammeDraft.Budget("Returns", "USD", new BigDecimal("1000"), new BigDecimal("400"),
                        new BigDecimal("100")),
                new ProgrammeDraft.Budget("Workshops", "EUR", new BigDecimal("500"), null, null),
                new ProgrammeDraft.Budget("Shelter", "USD", new BigDecimal("250.50"), BigDecimal.ZERO,
                        BigDecimal.ZERO))), as("admin"));
        assertThat(p.totals()).hasSize(2);
        assertThat(p.totals()).anySatisfy(t -> {
            assertThat(t.currency()).isEqualTo("USD");
            assertThat(t.planned()).isEqualByComparingTo("1250.50");
            assertThat(t.received()).isEqualByComparingTo("400");
        });
        assertThat(p.totals()).anySatisfy(t -> {
            assertThat(t.currency()).isEqualTo("EUR");
            assertThat(t.planned()).isEqualByComparingTo("500");
        });
        assertThat(p.countriesOn(LocalDate.of(2021, 1, 1))).containsExactly("SN");
        assertThat(p.countriesOn(LocalDate.of(2023, 1, 1))).containsExactlyInAnyOrder("SN", "ML");
    }

    @Test
    void anUnknownCurrencyIsRefusedAndNothingIsWritten() {
        String code = code();
        assertThatThrownBy(() -> programmes.create(draft(code, "NL-MFA", "IOM", List.of(
                new ProgrammeDraft.Budget("Returns", "USD", BigDecimal.TEN, null, null),
                new ProgrammeDraft.Budget("Other", "ABC", BigDecimal.TEN, null, null))), as("admin")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("budget", "programme.currency.unknown"));
        assertThat(jdbc.sql("select count(*) from programme where code = ?").param(code).query(Long.class).single())
                .isZero();
    }

    @Test
    void theApiAnswers422InTheReadersLanguageForAnUnknownCurrency() throws Exception {
        String code = code();
        String body = """
                {"code": "%s", "title": "Currency check", "startsOn": "2024-01-01", "implementers": [%d],
                 "budget": [{"label": "Returns", "currency": "ZZZ", "planned": 10}]}""".formatted(code, org("IOM"));
        mvc.perform(post("/api/v1/programmes").with(user(as("admin"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body).header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("ISO 4217")))
                .andExpect(content().string(containsString("devise")));
        assertThat(jdbc.sql("select count(*) from programme where code = ?").param(code).query(Long.class).single())
                .isZero();
    }

    @Test
    void aCountryCannotJoinBeforeTheProgrammeStartsNorAPhaseLieOutsideIt() {
        ProgrammeDraft d = draft(code(), "NL-MFA", "IOM", List.of());
        ProgrammeDraft early = new ProgrammeDraft(d.code(), d.title(), null, d.startsOn(), LocalDate.of(2025, 12, 31),
                null, d.donors(), d.implementers(), List.of(),
                List.of(new ProgrammeDraft.Country("SN", LocalDate.of(2019, 1, 1))),
                List.of(new ProgrammeDraft.Phase("Late", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30))),
                List.of(), List.of(), List.of());
        assertThatThrownBy(() -> programmes.create(early, as("admin"))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("countries", "programme.country.outside")
                        .containsEntry("phases", "programme.phase.outside"));
    }

    @Test
    void anObserverReadsOnlyTheProgrammesTheirOrganisationFunds() throws Exception {
        Programme funded = programmes.create(draft(code(), "NL-MFA", "IOM", List.of()), as("admin"));
        Programme other = programmes.create(draft(code(), "EU", "IOM", List.of()), as("admin"));
        CurrentUser observer = as("observer");
        assertThat(programmes.readable(funded.programmeId(), observer).code()).isEqualTo(funded.code());
        assertThatThrownBy(() -> programmes.readable(other.programmeId(), observer))
                .isInstanceOf(NotFoundException.class);
        assertThat(programmes.search(ProgrammeFilter.none(), observer)).extracting(s -> s.code())
                .contains(funded.code()).doesNotContain(other.code());
        mvc.perform(get("/programmes/" + other.id()).with(user(observer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/" + other.id()).with(user(observer))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes").with(user(observer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(funded.title())))
                .andExpect(content().string(not(containsString(other.title()))));
        // a coordinator reads both
        assertThat(programmes.search(ProgrammeFilter.none(), as("coordinator.mali"))).extracting(s -> s.code())
                .contains(funded.code(), other.code());
    }

    @Test
    void anImplementerChangesOnlyTheirOrganisationsProgrammes() {
        Programme unodc = programmes.create(draft(code(), "NL-MFA", "UNODC", List.of()), as("admin"));
        Programme iom = programmes.create(draft(code(), "NL-MFA", "IOM", List.of()), as("admin"));
        CurrentUser mne = as("mne"); // M&E officer of UNODC
        Programme changed = programmes.update(unodc.programmeId(), unodc.version(),
                draft(unodc.code(), "NL-MFA", "UNODC", List.of()), mne);
        assertThat(changed.version()).isEqualTo(unodc.version() + 1);
        assertThatThrownBy(() -> programmes.update(iom.programmeId(), iom.version(),
                draft(iom.code(), "NL-MFA", "IOM", List.of()), mne)).isInstanceOf(AccessDeniedException.class);
        // nor may they create one that names only another organisation
        assertThatThrownBy(() -> programmes.create(draft(code(), "NL-MFA", "IOM", List.of()), mne))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROGRAMME_UPDATED' and target_id = ?")
                .param(String.valueOf(unodc.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void partnersReadNoProgramme() throws Exception {
        mvc.perform(get("/programmes").with(user(as("partner.dakar")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programmes").with(user(as("partner.dakar")))).andExpect(status().isForbidden());
    }

    @Test
    void theFormCreatesAProgrammeAndNamesEveryWrongLine() throws Exception {
        String code = code();
        mvc.perform(post("/programmes").with(user(as("admin"))).with(csrf()).param("code", code)
                .param("title", "Form " + code).param("startsOn", "2024-01-01").param("implementers",
                        String.valueOf(org("IOM")))
                .param("budget", "Returns | EUR | 12x").param("countries", "Senegal")
                .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("two-letter ISO code")))
                .andExpect(content().string(containsString("label | currency")));
        mvc.perform(post("/programmes").with(user(as("admin"))).with(csrf()).param("code", code)
                .param("title", "Form " + code).param("startsOn", "2024-01-01").param("implementers",
                        String.valueOf(org("IOM")))
                .param("donorIds", String.valueOf(org("EU")), "").param("grantRefs", "EU-42", "")
                .param("budget", "Returns | EUR | 1200 | 300 | 100").param("countries", "SN 2024-01-01"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from programme where code = ?").param(code).query(Long.class).single();
        mvc.perform(get("/programmes/" + id).with(user(as("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("EU-42")))
                .andExpect(content().string(containsString("Total in EUR")));
        mvc.perform(get("/api/v1/programmes/" + id).with(user(as("admin")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.budget[0].currency").value("EUR"));
    }
}
