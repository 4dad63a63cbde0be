package org.sankofa.cases.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.AgeBand;
import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CaseFilter;
import org.sankofa.cases.CaseFilters;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.CasePage;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.CodeList;
import org.sankofa.cases.RouteLeg;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.CaseList;
import org.sankofa.cases.internal.CaseReader;
import org.sankofa.cases.internal.CaseRules;
import org.sankofa.cases.internal.RegisterCase;
import org.sankofa.cases.internal.UpdateCase;
import org.sankofa.directory.Countries;
import org.sankofa.directory.CountryPicker;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case pages: the list with its filters (GET, the list region updated by htmx) and the name search (POST, so
 * that names never appear in an address), registration, the case page and its edit form. Roles without case access
 * are refused before anything is read; a case outside one's scope is a 404.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize(Roles.CASE_READERS)
class CaseController {

    static final int PAGE_SIZE = 25;
    static final int MAX_QUERY = 100;

    private final CaseList cases;
    private final CaseReader reader;
    private final RegisterCase registration;
    private final UpdateCase updates;
    private final CaseRules rules;
    private final Countries countries;
    private final CountryPicker countryPicker;
    private final CaseAccess access;

    CaseController(CaseList cases, CaseReader reader, RegisterCase registration, UpdateCase updates, CaseRules rules,
            Countries countries, CountryPicker countryPicker, CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.reader = reader;
        this.registration = registration;
        this.updates = updates;
        this.rules = rules;
        this.countries = countries;
        this.countryPicker = countryPicker;
    }

    @GetMapping
    String list(@ModelAttribute("filter") CaseFilters.Params params, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "false") boolean count, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        response.addHeader("Vary", "HX-Request");
        FormErrors read = new FormErrors();
        CaseFilter filter = CaseFilters.read(params, cursor, PAGE_SIZE, countries, read);
        // the total is counted by a second request (htmx, GET /cases/count) once the rows are shown, or here when
        // asked for (count=true, the link shown instead without JavaScript)
        return FormSubmission.submit(read, response,
                () -> listed(cases.list(user, filter, count), params, model, user, Map.of(), htmx),
                (errors, alert) -> listed(new CasePage(List.of(), null, 0), params, model, user, errors, htmx));
    }

    private String listed(CasePage page, CaseFilters.Params params, Model model, CurrentUser user,
            Map<String, String> errors, HtmxRequest htmx) {
        model.addAttribute("page", page);
        model.addAttribute("nextUrl", page.next() == null ? null : url("/cases", params, "cursor", page.next()));
        model.addAttribute("countUrl", url("/cases/count", params, null, null));
        model.addAttribute("countedUrl", url("/cases", params, "count", "true"));
        // the HTCDS export of module exchange, with the same filters (supervisors: the page shows it to them only)
        model.addAttribute("exportUrl", url("/exports/htcds.xlsx", params, null, null));
        model.addAttribute("searching", false);
        return listView(model, user, params, errors, "", htmx);
    }

    /** The total of the list with these filters, as a fragment the list page loads after its rows (htmx). */
    @GetMapping("/count")
    String count(@ModelAttribute("filter") CaseFilters.Params params, @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response, Model model) {
        FormErrors read = new FormErrors();
        CaseFilter filter = CaseFilters.read(params, null, PAGE_SIZE, countries, read);
        return FormSubmission.submit(read, response, () -> {
            model.addAttribute("total", cases.count(user, filter));
            return "cases/list :: count";
        }, (errors, alert) -> {
            model.addAttribute("total", null);
            return "cases/list :: count";
        });
    }

    /** The name search form: words of a name (sent by POST, so that names never appear in an address). */
    record SearchForm(String q) {

        String query() {
            return q == null ? "" : q;
        }
    }

    @PostMapping("/search")
    String search(@ModelAttribute SearchForm form, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        String q = form.query();
        FormErrors read = new FormErrors();
        if (q.isBlank()) {
            read.reject("q", "validation.required");
        } else if (q.length() > MAX_QUERY) {
            read.reject("q", "validation.too.long");
        }
        return FormSubmission.submit(read, response,
                () -> searched(cases.search(user, q, CaseFilter.none(PAGE_SIZE), "search"), q, model, user,
                        Map.of(), htmx),
                (errors, alert) -> searched(new CasePage(List.of(), null, 0), q, model, user, errors, htmx));
    }

    private String searched(CasePage page, String q, Model model, CurrentUser user, Map<String, String> errors,
            HtmxRequest htmx) {
        model.addAttribute("page", page);
        model.addAttribute("nextUrl", null);
        model.addAttribute("searching", true);
        return listView(model, user, CaseFilters.Params.empty(), errors, q, htmx);
    }

    private String listView(Model model, CurrentUser user, CaseFilters.Params params, Map<String, String> errors,
            String q, HtmxRequest htmx) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("filter", params);
        model.addAttribute("errors", errors);
        model.addAttribute("q", q);
        model.addAttribute("statuses", Option.of(CodeList.CASE_STATUS));
        model.addAttribute("sexes", Option.of(CodeList.GENDER));
        model.addAttribute("exploitations", Option.of(CodeList.TYPE_OF_EXPLOITATION));
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("countries", Option.countries(countryPicker, locale));
        model.addAttribute("offices", cases.offices(user));
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return "cases/list :: results";
        }
        return "cases/list";
    }

    private static String url(String path, CaseFilters.Params p, String extra, String value) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("status", optional(p.status()))
                .queryParamIfPresent("office", java.util.Optional.ofNullable(p.office()))
                .queryParamIfPresent("sex", optional(p.sex()))
                .queryParamIfPresent("age", optional(p.age()))
                .queryParamIfPresent("child", optional(p.child()))
                .queryParamIfPresent("exploitation", optional(p.exploitation()))
                .queryParamIfPresent("nationality", optional(p.nationality()))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(p.from()))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(p.to()))
                .queryParamIfPresent("sort", optional(p.sort()))
                .queryParamIfPresent(extra == null ? "cursor" : extra, java.util.Optional.ofNullable(value))
                .encode().build().toUriString();
    }

    private static java.util.Optional<String> optional(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    @GetMapping("/new")
    @PreAuthorize(Roles.CASE_STAFF)
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(model, new CaseForm(null), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize(Roles.CASE_STAFF)
    String create(@RequestParam MultiValueMap<String, String> values, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseForm form = new CaseForm(values);
        FormErrors read = new FormErrors();
        CaseDraft draft = form.draft(read);
        return FormSubmission.submit(read, response, () -> {
            RegisterCase.Registered registered = registration.register(draft, user);
            redirect.addFlashAttribute("message", "case.created");
            return "redirect:/cases/" + registered.id();
        }, (errors, alert) -> form(model, form, null, withRules(draft, errors), alert));
    }

    @GetMapping("/{id}")
    String view(@PathVariable CaseId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CaseRecord record = reader.read(user, id, "page");
        model.addAttribute("c", record);
        // office staff of an office that transferred the case away read it without changing it
        model.addAttribute("readOnly", record.fullAccess() && user.officeId() != null
                && record.officeId() != user.officeId());
        return "cases/view";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.CASE_STAFF)
    String editForm(@PathVariable CaseId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CaseRecord record = reader.readToChange(user, id);
        return form(model, CaseForm.of(UpdateCase.draftOf(record)), Heading.of(record), Map.of(), null);
    }

    /**
     * Saves the form. Access is checked once, by the change itself (or, when the form could not be read, by reading
     * the heading of the form shown again); saving records CASE_UPDATED, never a view.
     */
    @PostMapping("/{id}")
    @PreAuthorize(Roles.CASE_STAFF)
    String update(@PathVariable CaseId id, @RequestParam MultiValueMap<String, String> values,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseForm form = new CaseForm(values);
        FormErrors read = new FormErrors();
        CaseDraft draft = form.draft(read);
        if (draft.version() == null) {
            read.reject("version", "validation.required");
        }
        return FormSubmission.submit(read, response, () -> {
            updates.update(user, id, draft);
            redirect.addFlashAttribute("message", "case.updated");
            return "redirect:/cases/" + id;
        }, (errors, alert) -> form(model, form, heading(user, id), withRules(draft, errors), alert));
    }

    /** What the edit form shows of the case itself: its id and number (no identifying data). */
    record Heading(CaseId id, String caseNumber) {

        static Heading of(CaseRecord record) {
            return new Heading(record.id(), record.caseNumber());
        }
    }

    /** The heading of a case the person may change (403/404 otherwise). */
    private Heading heading(CurrentUser user, CaseId id) {
        CaseFacts facts = access.editable(user, id);
        return new Heading(facts.id(), facts.caseNumber());
    }

    /**
     * The messages to show with the form: what could not be read and the case rules' messages, so that every wrong
     * field is explained at once (a reading error wins on its field). None after a conflict.
     */
    private Map<String, String> withRules(CaseDraft draft, Map<String, String> errors) {
        if (errors.isEmpty()) {
            return errors;
        }
        Map<String, String> all = new LinkedHashMap<>(rules.broken(draft, LocalDate.now()));
        all.putAll(errors);
        return all;
    }

    private String form(Model model, CaseForm form, Heading record, Map<String, String> errors, String alert) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("f", form);
        model.addAttribute("c", record);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("countries", Option.countries(countryPicker, locale));
        model.addAttribute("referralSources", Option.of(CodeList.REFERRAL_SOURCE));
        model.addAttribute("traffickingStatuses", Option.of(CodeList.TRAFFICKING_STATUS));
        model.addAttribute("decisionMakers", Option.of(CodeList.TRAFFICKING_STATUS_DECISION_MAKER));
        model.addAttribute("sexes", Option.of(CodeList.GENDER));
        model.addAttribute("languages", Option.languages());
        model.addAttribute("guardianRelations", Option.guardianRelations());
        model.addAttribute("recruitmentMethods", Option.of(CodeList.METHOD_OF_RECRUITMENT));
        model.addAttribute("controlMethods", Option.of(CodeList.METHODS_OF_CONTROL));
        model.addAttribute("exploitations", Option.of(CodeList.TYPE_OF_EXPLOITATION));
        model.addAttribute("industries", Option.of(CodeList.FORCED_LABOUR_INDUSTRY));
        model.addAttribute("sexExploitations", Option.of(CodeList.TYPE_OF_SEX_EXPLOITATION));
        model.addAttribute("recruiterRelations", Option.of(CodeList.RELATIONSHIP_TO_TRAFFICKER));
        model.addAttribute("routeRoles", RouteLeg.ROLES);
        model.addAttribute("today", LocalDate.now());
        return "cases/form";
    }
}
