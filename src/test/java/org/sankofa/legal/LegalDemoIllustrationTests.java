package org.sankofa.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.legal.HarmonisationMatrix.Cell;
import org.sankofa.legal.HarmonisationMatrix.State;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo lets a coordinator see the matrix at work without inventing a legal fact: its statuses are a synthetic
 * illustration, flagged in the data and marked on the page, in the workbook and in the API.
 */
@SankofaTest
class LegalDemoIllustrationTests {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    LegalRecords legal;

    private Instrument demo(String shortName) {
        return legal.instruments().stream().filter(i -> i.shortName().equals(shortName)).findFirst().orElseThrow();
    }

    private List<Cell> column(HarmonisationMatrix matrix, Instrument instrument) {
        int index = matrix.instruments().indexOf(instrument);
        return matrix.rows().stream().map(r -> r.cells().get(index)).toList();
    }

    @Test
    void theDemoMatrixOfEcowasShowsEveryStateAndEveryRecordedCellIsSynthetic() {
        HarmonisationMatrix matrix = legal.matrix("ECOWAS", TODAY).orElseThrow();
        Set<State> states = EnumSet.noneOf(State.class);
        int synthetic = 0;
        for (String name : List.of("Palermo Protocol", "ECOWAS/ECCAS Multilateral Agreement (2006)")) {
            Instrument instrument = demo(name);
            for (Cell cell : column(matrix, instrument)) {
                states.add(cell.state());
                synthetic += cell.synthetic() ? 1 : 0;
                if (cell.state() != State.NO_RECORD && cell.source().startsWith("Synthetic illustration")) {
                    assertThat(cell.synthetic()).isTrue();
                    if (cell.consentOn() != null) {
                        assertThat(cell.consentOn().getDayOfYear()).isEqualTo(1);
                    }
                }
            }
        }
        assertThat(states).containsExactlyInAnyOrder(State.values());
        assertThat(synthetic).isGreaterThanOrEqualTo(15);
        assertThat(matrix.synthetic()).isTrue();
        assertThat(legal.statuses(demo("Palermo Protocol").id(), "SN", 0, 5).items())
                .singleElement().satisfies(s -> assertThat(s.synthetic()).isTrue());
    }

    @Test
    void theMatrixPageMarksEachSyntheticCellAndSaysWhatTheyAreInTheReadersLanguage() throws Exception {
        String html = mvc.perform(get("/legal/matrix?community=ECOWAS")
                        .with(user(users.findByUsername("coordinator.ecowas").orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"synthetic-note\"", "data-synthetic=\"true\"", ">Synthetic<",
                "data-state=\"BOUND\"", "data-state=\"SIGNED\"", "data-state=\"MISSING\"");
        String reader = SignIn.uniqueUsername("lecteur");
        users.create(new NewUser(reader, "Lecteur " + reader, null, "a-long-test-password-1", null, null, "fr",
                Set.of(RoleGrant.of(Role.OBSERVER))));
        String french = mvc.perform(get("/legal/matrix?community=ECOWAS")
                        .with(user(users.findByUsername(reader).orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(french).contains(">Synthétique<");
        String statuses = mvc.perform(get("/legal/statuses?country=SN")
                        .with(user(users.findByUsername("observer").orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(statuses).contains(">Synthetic<");
    }

    @Test
    void theWorkbookMarksEachSyntheticCellAndCarriesTheNote() throws Exception {
        byte[] xlsx = mvc.perform(get("/legal/matrix/export?community=ECOWAS&date=" + TODAY)
                        .with(user(users.findByUsername("coordinator.ecowas").orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("ECOWAS");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Cells marked “Synthetic”");
            List<String> headers = new ArrayList<>();
            sheet.getRow(3).forEach(cell -> headers.add(cell.getStringCellValue()));
            int palermo = headers.indexOf("Palermo Protocol");
            Row senegal = null;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().equals("SN")) {
                    senegal = sheet.getRow(r);
                }
            }
            assertThat(senegal).isNotNull();
            assertThat(senegal.getCell(palermo).getStringCellValue()).isEqualTo("Ratification 2003-01-01 — Synthetic");
        }
    }

    @Test
    void aStatusEditedByACoordinatorIsNoLongerSynthetic() {
        Instrument agreement = demo("ECOWAS/ECCAS Multilateral Agreement (2006)");
        InstrumentStatus ghana = legal.statuses(agreement.id(), "GH", 0, 5).items().get(0);
        assertThat(ghana.synthetic()).isTrue();
        InstrumentStatus saved = legal.updateStatus(ghana.id(), ghana.version(), new NewStatus(agreement.id(), "GH",
                null, null, null, null, LegalFixtures.SOURCE), LegalFixtures.user(users, "coordinator.ecowas"));
        assertThat(saved.synthetic()).isFalse();
        assertThat(saved.source()).isEqualTo(LegalFixtures.SOURCE);
    }
}
