package org.sankofa.plans;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.Activities;
import org.sankofa.plans.internal.Activity;
import org.sankofa.plans.internal.ActivityDraft;
import org.sankofa.plans.internal.Area;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorDraft;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Objective;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanSummary;
import org.sankofa.plans.internal.PlanFilter;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.ProgressReport;
import org.sankofa.plans.internal.ProgressReports;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.shared.web.Decision;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.plans.PlanTestSupport.national;
import static org.sankofa.plans.PlanTestSupport.newNationalCoordinator;
import static org.sankofa.plans.PlanTestSupport.regional;
import static org.sankofa.plans.PlanTestSupport.unique;
import static org.sankofa.plans.PlanTestSupport.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The logframe workbook (export, all-or-nothing import with a row-level report) and the progress report PDF. */
@SankofaTest
class LogframeTests {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;
    @Autowired
    Plans plans;
    @Autowired
    Indicators indicators;

    @Autowired
    StrategicAreas strategicAreas;

    @Autowired
    Activities activities;
    @Autowired
    ProgressReports reports;

    private String bearer(String username) {
        return "Bearer " + TOKENS.computeIfAbsent(username, name -> {
            try {
                String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("username", name, "password",
                                        DemoUsers.PASSWORD))))
                        .andReturn().getResponse().getContentAsString();
                return JsonPath.read(body, "$.token");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A Malian plan with every kind of row: accents, directory organisations, dates, budgets, targets. */
    private Plan richPlan(CurrentUser coordinator) {
        Plan plan = plans.create(national("ML", unique("Plan national de lutte — Ségou"), PlanStatus.IN_FORCE),
                coordinator);
        List<Long> orgs = jdbc.sql("select id from organisation order by id limit 3").query(Long.class).list();
        long prevention = strategicAreas.addArea(plan.planId(), "Prévention et sensibilisation", Pillar.PREVENTION,
                "Campanhas de prevenção nas escolas", coordinator);
        long protection = strategicAreas.addArea(plan.planId(), "Protection des victimes", Pillar.PROTECTION, null, coordinator);
        long o1 = strategicAreas.addObjective(prevention, "Informer les élèves de Kayes", coordinator);
        long o2 = strategicAreas.addObjective(protection, "Assister les enfants retournés", coordinator);
        activities.add(o1, new ActivityDraft("Caravanes de sensibilisation", orgs.get(0), null,
                List.of(orgs.get(1), orgs.get(2)), "Radios communautaires", LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 6, 30), LocalDate.of(2024, 2, 1), null, ActivityStatus.ONGOING,
                new BigDecimal("15000000.50"), new BigDecimal("10000000"), new BigDecimal("2500.25"), "XOF", null,
                "Coopération néerlandaise"), coordinator);
        activities.add(o1, new ActivityDraft("Formation des enseignants", null, "Ministère de l’Éducation",
                List.of(), null, null, null, null, null, ActivityStatus.NOT_STARTED, null, null, null, null,
                orgs.get(0), null), coordinator);
        activities.add(o2, new ActivityDraft("Accueil transitoire", orgs.get(1), null, List.of(), null,
                LocalDate.of(2023, 10, 1), LocalDate.of(2027, 12, 31), null, null, ActivityStatus.DELAYED,
                new BigDecimal("1000"), null, null, "EUR", null, null), coordinator);
        Indicator identified = indicators.create(plan.planId(), new IndicatorDraft(protection, null, "PRO-1",
                "Victimes identifiées", Measure.NUMBER, Direction.HIGHER_IS_BETTER, "personnes",
                new BigDecimal("12"), null, "2022", List.of(Disaggregation.SEX, Disaggregation.AGE_GROUP),
                IndicatorSource.MANUAL, null, List.of("SDG 16.2.2", "GCM objective 10")), coordinator);
        Indicator share = indicators.create(plan.planId(), new IndicatorDraft(null, o1, "PRV-1",
                "Part des écoles touchées", Measure.PERCENT, Direction.HIGHER_IS_BETTER, null, new BigDecimal("5.5"),
                null, null, List.of(), IndicatorSource.MANUAL, null, List.of()), coordinator);
        Indicator law = indicators.create(plan.planId(), new IndicatorDraft(null, null, null,
                "Loi révisée adoptée", Measure.TEXT, Direction.HIGHER_IS_BETTER, null, null, "Projet de loi",
                null, List.of(), IndicatorSource.MANUAL, null, List.of()), coordinator);
        indicators.setTarget(identified.id(), "2024", new BigDecimal("40"), null, coordinator);
        indicators.setTarget(identified.id(), "2025Q1", new BigDecimal("12.5"), null, coordinator);
        indicators.setTarget(share.id(), "2025", new BigDecimal("60"), null, coordinator);
        indicators.setTarget(law.id(), "2025", null, "Adoptée par l’Assemblée", coordinator);
        return plans.require(plan.planId());
    }

    /** The tree without its ids: what a round trip must keep. */
    private List<String> tree(long planId) {
        List<String> lines = new ArrayList<>();
        Map<Long, String> place = new HashMap<>();
        for (Area a : strategicAreas.of(PlanId.of(planId))) {
            place.put(a.id(), "area " + a.position());
            lines.add(String.join("|", "A", String.valueOf(a.position()), a.title(), a.pillar().name(),
                    String.valueOf(a.description())));
            for (Objective o : a.objectives()) {
                place.put(-o.id(), "objective " + a.position() + "." + o.position());
                lines.add(String.join("|", "O", String.valueOf(o.position()), o.title()));
                for (Activity x : o.activities()) {
                    lines.add(String.join("|", "X", String.valueOf(x.position()), x.title(),
                            String.valueOf(x.leadOrgId()), String.valueOf(x.leadText()),
                            x.supportingOrgIds().toString(), String.valueOf(x.supportingText()),
                            String.valueOf(x.plannedStart()), String.valueOf(x.plannedEnd()),
                            String.valueOf(x.actualStart()), String.valueOf(x.actualEnd()), x.status().name(),
                            amount(x.budgetPlanned()), amount(x.budgetSecured()), amount(x.budgetSpent()),
                            String.valueOf(x.currency()), String.valueOf(x.funderOrgId()),
                            String.valueOf(x.funderText())));
                }
            }
        }
        for (Indicator i : indicators.forPlan(PlanId.of(planId))) {
            String attached = i.objectiveId() != null ? place.get(-i.objectiveId())
                    : i.areaId() != null ? place.get(i.areaId()) : "plan";
            List<String> targets = i.targets().stream()
                    .map(t -> t.period() + "=" + amount(t.target()) + "/" + t.targetText()).toList();
            lines.add(String.join("|", "I", String.valueOf(i.code()), attached, i.definition(), i.measure().name(),
                    i.direction().name(), String.valueOf(i.unit()), amount(i.baseline()),
                    String.valueOf(i.baselineText()), String.valueOf(i.baselinePeriod()),
                    i.disaggregations().toString(), i.source().name(), String.valueOf(i.computedKey()),
                    i.references().toString(), targets.toString()));
        }
        return lines;
    }

    private static String amount(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private byte[] export(long planId, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/plans/{id}/logframe.xlsx", planId)
                .header(HttpHeaders.AUTHORIZATION, bearer(username))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
        return response.getContentAsByteArray();
    }

    private MockHttpServletResponse importApi(long planId, byte[] content, String username, String language)
            throws Exception {
        return mvc.perform(multipart("/api/v1/plans/{id}/logframe", planId)
                        .file(new MockMultipartFile("file", "logframe.xlsx", "application/octet-stream", content))
                        .header(HttpHeaders.AUTHORIZATION, bearer(username))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andReturn().getResponse();
    }

    private long emptyMalianPlan(CurrentUser coordinator) {
        return plans.create(national("ML", unique("Plan vide"), PlanStatus.DRAFT), coordinator).id();
    }

    private int rowsOf(long planId) {
        return jdbc.sql("select (select count(*) from strategic_area where plan_id = :p) "
                + "+ (select count(*) from indicator where plan_id = :p)").param("p", planId).query(Integer.class)
                .single();
    }

    @Test
    void exportThenImportIntoAnEmptyPlanKeepsTheWholeTree() throws Exception {
        CurrentUser mali = user(users, "coordinator.mali");
        Plan source = richPlan(mali);
        byte[] workbook = export(source.id(), "coordinator.mali");
        long target = emptyMalianPlan(mali);

        MockHttpServletResponse response = importApi(target, workbook, "coordinator.mali", "en");

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.activities")).isEqualTo(3);
        assertThat(tree(target)).isEqualTo(tree(source.id())).hasSize(10);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PLAN_LOGFRAME_IMPORTED' "
                + "and target_id = ?").param(String.valueOf(target)).query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * What the services (and so the API and the pages) accept, the import accepts: repeated titles at every level
     * (also differing only in case), repeated indicator codes and definitions, every text at its longest, and a
     * target given as a text that reads as a number the measure would refuse.
     */
    @Test
    void aPlanWithRepeatedTitlesAndTextsAtTheirLimitsExportsAWorkbookThatImports() throws Exception {
        CurrentUser mali = user(users, "coordinator.mali");
        Plan plan = plans.create(national("ML", unique("Plan aux titres répétés"), PlanStatus.DRAFT), mali);
        String title = "Protéger".repeat(300 / 8) + "é".repeat(300 % 8);
        long first = strategicAreas.addArea(plan.planId(), "Protection", Pillar.PROTECTION, "d".repeat(2000), mali);
        long second = strategicAreas.addArea(plan.planId(), "PROTECTION", Pillar.PROTECTION, null, mali);
        strategicAreas.addArea(plan.planId(), title, Pillar.PROSECUTION, null, mali);
        long objective = strategicAreas.addObjective(first, "Assister", mali);
        strategicAreas.addObjective(first, "Assister", mali);
        strategicAreas.addObjective(second, "Assister", mali);
        for (int n = 0; n < 2; n++) {
            activities.add(objective, new ActivityDraft(title, null, "l".repeat(300), List.of(), "s".repeat(500),
                    null, null, null, null, ActivityStatus.NOT_STARTED, null, null, null, null, null,
                    "f".repeat(300)), mali);
        }
        for (long area : new long[] {first, second}) {
            Indicator indicator = indicators.create(plan.planId(), new IndicatorDraft(area, null, "c".repeat(40),
                    "é".repeat(1000), Measure.TEXT, Direction.HIGHER_IS_BETTER, "u".repeat(60), null,
                    "b".repeat(300), null, List.of(), IndicatorSource.MANUAL, null, List.of("r".repeat(60))), mali);
            indicators.setTarget(indicator.id(), "2026", null, "t".repeat(300), mali);
        }
        Indicator share = indicators.create(plan.planId(), new IndicatorDraft(null, objective, null, "Part",
                Measure.PERCENT, Direction.HIGHER_IS_BETTER, null, null, null, null, List.of(),
                IndicatorSource.MANUAL, null, List.of()), mali);
        indicators.setTarget(share.id(), "2026", null, "150", mali); // a text, which no percentage could be
        indicators.setTarget(share.id(), "2027", new BigDecimal("99.5"), null, mali);
        long target = emptyMalianPlan(mali);

        MockHttpServletResponse response = importApi(target, export(plan.id(), "coordinator.mali"),
                "coordinator.mali", "en");

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        assertThat(tree(target)).isEqualTo(tree(plan.id())).hasSize(11);
    }

    @Test
    void everyDemoPlanRoundTripsInEveryLanguage() throws Exception {
        CurrentUser admin = user(users, "admin");
        List<PlanSummary> demo = plans.search(new PlanFilter(null, null, null)).stream()
                .filter(p -> !strategicAreas.of(PlanId.of(p.id())).isEmpty()).limit(6).toList();
        assertThat(demo).isNotEmpty();
        String[] languages = { "en", "fr", "pt" };
        int n = 0;
        for (PlanSummary plan : demo) {
            String language = languages[n++ % 3];
            byte[] workbook = mvc.perform(get("/api/v1/plans/{id}/logframe.xlsx", plan.id())
                            .header(HttpHeaders.AUTHORIZATION, bearer("admin"))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, language))
                    .andReturn().getResponse().getContentAsByteArray();
            long target = plans.create(regional("ECOWAS", unique("Copie")), admin).id();
            MockHttpServletResponse response = importApi(target, workbook, "admin", "en");
            assertThat(response.getStatus()).as(plan.title() + ": " + response.getContentAsString()).isEqualTo(201);
            assertThat(tree(target)).as(plan.title()).isEqualTo(tree(plan.id()));
        }
    }

    @Test
    void aWorkbookWithErrorsInSeveralRowsWritesNothingAndReportsEachRow() throws Exception {
        CurrentUser mali = user(users, "coordinator.mali");
        Plan source = richPlan(mali);
        byte[] broken = edit(export(source.id(), "coordinator.mali"), workbook -> {
            Sheet logframe = workbook.getSheetAt(0);
            logframe.getRow(1).getCell(3).setCellValue("PEACE");              // row 2: unknown pillar
            logframe.getRow(2).getCell(2).setCellValue("");                   // row 3: objective without title
            logframe.getRow(3).createCell(14).setCellValue(-5);               // row 4: negative budget
            logframe.getRow(4).createCell(5).setCellValue("Nowhere Org");     // row 5: unknown organisation
            logframe.getRow(5).getCell(1).setCellValue("1.1");                // row 6: duplicate reference
            Sheet sheet = workbook.getSheetAt(1);
            sheet.getRow(1).createCell(8).setCellValue("2025Q5");             // indicators row 2: bad period
        });
        long target = emptyMalianPlan(mali);

        MockHttpServletResponse response = importApi(target, broken, "coordinator.mali", "fr");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).contains("application/problem+json");
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        List<String> where = errors.stream().map(e -> e.get("sheet") + "!" + e.get("row") + ":"
                + e.get("column").toString().charAt(0)).toList();
        // the sheets keep the names they were exported with (English here); the messages are in the reader's language
        assertThat(where).contains("Logframe!2:D", "Logframe!3:C", "Logframe!4:O", "Logframe!5:F", "Logframe!6:B",
                "Indicators!2:I");
        assertThat(body).contains("Pilier inconnu « PEACE »", "Aucune organisation nommée « Nowhere Org »",
                "rien n’a été importé");
        assertThat(rowsOf(target)).as("nothing written").isZero();
    }

    @Test
    void wrongFileTypeSizeOrNoFileIsRefusedWithAMessage() throws Exception {
        long target = emptyMalianPlan(user(users, "coordinator.mali"));

        MockHttpServletResponse text = importApi(target, "Titre;Pilier\n".getBytes(), "coordinator.mali", "en");
        assertThat(text.getStatus()).isEqualTo(422);
        assertThat(text.getContentAsString()).contains("not an Excel workbook");

        byte[] notAWorkbook = { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 };
        MockHttpServletResponse zip = importApi(target, notAWorkbook, "coordinator.mali", "en");
        assertThat(zip.getStatus()).isEqualTo(422);
        assertThat(zip.getContentAsString()).contains("cannot be read");

        byte[] large = new byte[3 * 1024 * 1024];
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;
        MockHttpServletResponse tooLarge = importApi(target, large, "coordinator.mali", "pt");
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("demasiado grande");

        MockHttpServletResponse none = mvc.perform(multipart("/api/v1/plans/{id}/logframe", target)
                .header(HttpHeaders.AUTHORIZATION, bearer("coordinator.mali"))).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("Choose an Excel workbook");
        assertThat(rowsOf(target)).isZero();
    }

    @Test
    void importGoesOnlyIntoAPlanWithoutAreasOrIndicators() throws Exception {
        CurrentUser mali = user(users, "coordinator.mali");
        Plan source = richPlan(mali);
        byte[] workbook = export(source.id(), "coordinator.mali");
        int before = rowsOf(source.id());

        MockHttpServletResponse response = importApi(source.id(), workbook, "coordinator.mali", "en");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("only into an empty plan");
        assertThat(rowsOf(source.id())).isEqualTo(before);
    }

    @Test
    void aNationalCoordinatorImportsIntoTheirCountrysPlanButNotIntoTheEcowasPlan() throws Exception {
        CurrentUser mali = user(users, "coordinator.mali");
        byte[] workbook = export(richPlan(mali).id(), "coordinator.mali");
        long ecowas = plans.create(regional("ECOWAS", unique("Plan CEDEAO vide")), user(users, "admin")).id();

        assertThat(importApi(ecowas, workbook, "coordinator.mali", "en").getStatus()).isEqualTo(403);
        assertThat(importApi(ecowas, workbook, "mne", "en").getStatus()).isEqualTo(403);
        assertThat(rowsOf(ecowas)).isZero();
        assertThat(importApi(emptyMalianPlan(mali), workbook, "coordinator.mali", "en").getStatus()).isEqualTo(201);
        assertThat(importApi(ecowas, workbook, "coordinator.ecowas", "en").getStatus()).isEqualTo(201);
    }

    @Test
    void thePlanPageOffersExportAndImportAndShowsTheErrorReport() throws Exception {
        CurrentUser mali = user(users, "coordinator.mali");
        Plan source = richPlan(mali);
        long target = emptyMalianPlan(mali);
        String page = mvc.perform(get("/plans/{id}", target).with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.user(mali)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"logframe-export\"", "id=\"logframe-import\"", "enctype=\"multipart/form-data\"");
        String full = mvc.perform(get("/plans/{id}", source.id()).with(org.springframework.security.test.web
                        .servlet.request.SecurityMockMvcRequestPostProcessors.user(mali)))
                .andReturn().getResponse().getContentAsString();
        assertThat(full).contains("id=\"logframe-export\"", "id=\"logframe-import-closed\"")
                .doesNotContain("id=\"logframe-import\"");

        byte[] broken = edit(export(source.id(), "coordinator.mali"), workbook -> {
            workbook.getSheetAt(0).getRow(1).getCell(3).setCellValue("PEACE");
            workbook.getSheetAt(1).getRow(1).createCell(8).setCellValue("2025Q5");
        });
        MockHttpServletResponse response = mvc.perform(multipart("/plans/{id}/logframe", target)
                        .file(new MockMultipartFile("file", "logframe.xlsx", "application/octet-stream", broken))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.user(mali)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        String html = response.getContentAsString();
        assertThat(html).contains("id=\"logframe-problems\"", "2 problems: nothing was imported",
                "Unknown pillar “PEACE”", "“2025Q5” is not a period");
        assertThat(rowsOf(target)).isZero();

        MockHttpServletResponse ok = mvc.perform(multipart("/plans/{id}/logframe", target)
                        .file(new MockMultipartFile("file", "logframe.xlsx", "application/octet-stream",
                                export(source.id(), "coordinator.mali")))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.user(mali)).with(csrf()))
                .andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(tree(target)).isEqualTo(tree(source.id()));
    }

    @Test
    void theReportPdfCarriesThePlanTheNarrativesTheValuesAndTheApprover() throws Exception {
        CurrentUser mali = user(users, "coordinator.mali");
        Plan plan = richPlan(mali);
        Area prevention = strategicAreas.of(plan.planId()).get(0);
        Indicator identified = indicators.forPlan(plan.planId()).stream().filter(i -> "PRO-1".equals(i.code()))
                .findFirst().orElseThrow();
        indicators.enter(identified.id(), PlanTestSupport.number("2024Q2", 9, List.of()), mali);
        ProgressReport report = reports.create(plan.planId(), "2024", mali);
        report = reports.saveNarratives(report.id(), report.version(), Map.of(prevention.id(),
                "Les élèves de Ségou ont été sensibilisés; ação de prevenção concluída."), mali);
        report = reports.submit(report.id(), report.version(), mali);
        CurrentUser second = newNationalCoordinator(users, "ML");
        report = reports.approve(report.id(), Decision.none(), second);

        MockHttpServletResponse response = mvc.perform(get("/api/v1/reports/{id}.pdf", report.id())
                .header(HttpHeaders.AUTHORIZATION, bearer("observer"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(response.getContentAsByteArray());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all).contains(plan.title(), "Les élèves de Ségou ont été sensibilisés", "ação de prevenção",
                "Approuvé", second.getUsername(), "2024Q2: 9", "Victimes identifiées", "40");
    }

    @Test
    void theReportPdfIsForThoseSignedInOnly() throws Exception {
        CurrentUser mali = user(users, "coordinator.mali");
        Plan plan = richPlan(mali);
        ProgressReport report = reports.create(plan.planId(), "2025", mali);

        assertThat(mvc.perform(get("/api/v1/reports/{id}.pdf", report.id())).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        MockHttpServletResponse page = mvc.perform(get("/reports/{id}.pdf", report.id())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).contains("/login");
        assertThat(mvc.perform(get("/reports/{id}.pdf", report.id()).with(org.springframework.security.test.web
                        .servlet.request.SecurityMockMvcRequestPostProcessors.user(user(users, "observer"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        String reportPage = mvc.perform(get("/reports/{id}", report.id()).with(org.springframework.security.test
                        .web.servlet.request.SecurityMockMvcRequestPostProcessors.user(mali)))
                .andReturn().getResponse().getContentAsString();
        assertThat(reportPage).contains("id=\"report-pdf\"", "/reports/" + report.id() + ".pdf");
    }

    interface Edit {
        void apply(Workbook workbook) throws Exception;
    }

    private static byte[] edit(byte[] content, Edit edit) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @SuppressWarnings("unused")
    private static String dump(Sheet sheet) {
        StringBuilder s = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(c -> s.append(c).append(" | "));
            s.append('\n');
        }
        return s + Arrays.toString(new int[0]);
    }
}
