package org.sankofa.programmes;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeFilter;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.programmes.internal.Progress;
import org.sankofa.programmes.internal.Targets;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The programmes of the seeds in the demo world, with demo cases enrolled so that progress shows. */
@SankofaTest
class ProgrammeDemoTests {

    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Programmes programmes;
    @Autowired
    Targets targets;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Programme byCode(String code) {
        long id = jdbc.sql("select id from programme where code = ?").param(code).query(Long.class).single();
        return programmes.programme(ProgrammeId.of(id)).orElseThrow();
    }

    @Test
    void theFiveProgrammesOfTheSeedsAreThereWithTheirDonors() {
        assertThat(byCode("RRRP-CTV").donors()).extracting(Programme.Party::name)
                .anySatisfy(n -> assertThat(n).contains("BPRM"));
        assertThat(byCode("STC-OAP").donors()).extracting(Programme.Party::name)
                .anySatisfy(n -> assertThat(n).contains("BPRM"));
        assertThat(byCode("COMPASS").donors()).extracting(Programme.Party::name)
                .anySatisfy(n -> assertThat(n).contains("NL-MFA"));
        assertThat(byCode("PROMIS").implementers()).extracting(Programme.Party::name)
                .anySatisfy(n -> assertThat(n).contains("UNODC"));
        assertThat(byCode("MPRR-SSA").donors()).extracting(Programme.Party::name)
                .anySatisfy(n -> assertThat(n).contains("EU"));
        // the observer of the Netherlands sees COMPASS and PROMIS, not the others
        assertThat(programmes.search(ProgrammeFilter.none(), as("observer"))).extracting(s -> s.code())
                .contains("COMPASS", "PROMIS").doesNotContain("RRRP-CTV", "MPRR-SSA", "STC-OAP");
    }

    @Test
    void theReturnProgrammeCoveredNineCountriesThenFifteenWithItsBaselineAndProgress() {
        Programme rrrp = byCode("RRRP-CTV");
        assertThat(rrrp.countriesOn(LocalDate.of(2010, 6, 1))).hasSize(9);
        assertThat(rrrp.countriesOn(LocalDate.of(2025, 6, 1))).hasSize(15);
        List<Progress> progress = targets.progress(rrrp);
        Progress further = progress.stream().filter(p -> p.target().measure() == TargetMeasure.CHILDREN_ASSISTED)
                .findFirst().orElseThrow();
        assertThat(further.target().baseline()).isEqualByComparingTo("320");
        assertThat(further.target().aimed()).isEqualByComparingTo("100");
        assertThat(targets.enrolledCount(rrrp)).isPositive();
        Progress countries = progress.stream().filter(p -> p.target().measure() == TargetMeasure.COUNTRIES_COVERED)
                .findFirst().orElseThrow();
        assertThat(countries.achieved().total()).isEqualTo(15);
        long returned = progress.stream().filter(p -> p.target().measure() == TargetMeasure.CHILDREN_RETURNED)
                .findFirst().orElseThrow().achieved().total();
        long assisted = further.achieved().total();
        assertThat(returned + assisted).as("demo progress of the return programme").isPositive();
    }
}
