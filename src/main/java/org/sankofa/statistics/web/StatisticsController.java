package org.sankofa.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.sankofa.cases.AgeBand;
import org.sankofa.cases.Gender;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.statistics.internal.Dashboard;
import org.sankofa.statistics.internal.Dashboards;
import org.sankofa.statistics.internal.DetectionRates;
import org.sankofa.statistics.internal.Reaches;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The statistics dashboard of the person's reach, and its tables as a workbook or a CSV file. */
@Controller
@RequestMapping("/statistics")
class StatisticsController {

    private final Dashboards dashboards;
    private final DashboardWorkbook workbook;
    private final DashboardCsv csv;
    private final DashboardLabels labels;
    private final RegionMap region;
    private final DetectionRates rates;
    private final Countries countries;

    StatisticsController(Dashboards dashboards, DashboardWorkbook workbook, DashboardCsv csv, DashboardLabels labels,
            RegionMap region, DetectionRates rates, Countries countries) {
        this.dashboards = dashboards;
        this.rates = rates;
        this.countries = countries;
        this.workbook = workbook;
        this.csv = csv;
        this.labels = labels;
        this.region = region;
    }

    @GetMapping
    @PreAuthorize(Reaches.READERS)
    String dashboard(@ModelAttribute StatisticsParams params, @AuthenticationPrincipal CurrentUser user,
            Locale locale, Model model) {
        Dashboard dashboard = dashboards.of(user, params.filter());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("labels", labels.of(dashboard, locale));
        model.addAttribute("scopeNames", labels.countries(dashboard, locale));
        model.addAttribute("charts", DashboardCharts.of(dashboard, region));
        if (dashboard.filter().yearsOnly()) {
            List<DetectionRates.Row> rows = rates.of(dashboard);
            model.addAttribute("rates", rows);
            model.addAttribute("rateCountries", rows.stream().map(DetectionRates.Row::country).distinct()
                    .collect(Collectors.toMap(code -> code, code -> countries.name(code, locale))));
            boolean parts = rows.stream().anyMatch(row -> row.rate(DetectionRates.Part.FEMININE).persons() != null);
            model.addAttribute("rateParts", parts ? List.of(DetectionRates.Part.values())
                    : List.of(DetectionRates.Part.TOTAL));
        }
        model.addAttribute("years", IntStream.rangeClosed(StatisticsParams.FIRST_YEAR,
                LocalDate.now(ZoneOffset.UTC).getYear()).boxed().sorted((a, b) -> b - a).toList());
        model.addAttribute("sexes", List.of(Gender.values()));
        model.addAttribute("forms", List.of(TypeOfExploitation.values()));
        model.addAttribute("bands", List.of(AgeBand.values()));
        return "statistics/dashboard";
    }

    @GetMapping("/dashboard.xlsx")
    @PreAuthorize(Reaches.READERS)
    ResponseEntity<byte[]> xlsx(@ModelAttribute StatisticsParams params, @AuthenticationPrincipal CurrentUser user,
            Locale locale) throws IOException {
        Dashboard dashboard = dashboards.of(user, params.filter());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(dashboard, locale, out);
        return download(dashboard, out, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/dashboard.csv")
    @PreAuthorize(Reaches.READERS)
    ResponseEntity<byte[]> csv(@ModelAttribute StatisticsParams params, @AuthenticationPrincipal CurrentUser user,
            Locale locale) throws IOException {
        Dashboard dashboard = dashboards.of(user, params.filter());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(dashboard, locale, out);
        return download(dashboard, out, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> download(Dashboard dashboard, ByteArrayOutputStream out, String extension,
            MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sankofa-statistics-" + dashboard.filter().fromYear() + "-"
                                + dashboard.filter().toYear() + "." + extension).build().toString())
                .contentType(type)
                .body(out.toByteArray());
    }
}
