package org.sankofa.plans.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Measure;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.internal.Area;
import org.sankofa.plans.internal.Computations;
import org.sankofa.plans.internal.ComputedValues;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorDraft;
import org.sankofa.plans.internal.IndicatorValue;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanAccess;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.plans.internal.ValueEntry;
import org.sankofa.plans.internal.ValuePart;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An indicator's page (targets, values, the value form) and the form that adds an indicator to a plan. */
@Controller
class IndicatorController {

    static final int PART_ROWS = 4;

    private final Indicators indicators;
    private final Plans plans;
    private final PlanAccess access;
    private final ComputedValues computedValues;
    private final StrategicAreas strategicAreas;
    private final Computations computations;

    IndicatorController(Indicators indicators, Plans plans, PlanAccess access, ComputedValues computedValues,
            StrategicAreas strategicAreas, Computations computations) {
        this.computations = computations;
        this.indicators = indicators;
        this.plans = plans;
        this.access = access;
        this.computedValues = computedValues;
        this.strategicAreas = strategicAreas;
    }

    /** {@code computedKey}: empty for values entered by hand, else the computation chosen from the list. */
    record IndicatorForm(String parent, String code, String definition, String measure, String direction,
            String unit, String baseline, String baselinePeriod, List<String> disaggregations, String references,
            String computedKey) {

        static IndicatorForm empty() {
            return new IndicatorForm("", "", "", Measure.NUMBER.name(), Direction.HIGHER_IS_BETTER.name(), "", "",
                    "", List.of(), "", "");
        }
    }

    /** The value form; parts come as three parallel lists (dimension, category, value). */
    record ValueForm(String period, String value, String numerator, String denominator, String yes, String text,
            String evidence, String comment, List<String> partDimension, List<String> partCategory,
            List<String> partValue, String version) {

        static ValueForm of(String period, IndicatorValue v) {
            if (v == null) {
                return new ValueForm(period == null ? "" : period, "", "", "", "", "", "", "", List.of(), List.of(),
                        List.of(), "");
            }
            return new ValueForm(v.period(), plain(v.value()), plain(v.numerator()), plain(v.denominator()),
                    v.value() == null ? "" : String.valueOf(v.value().signum() != 0), nz(v.valueText()),
                    nz(v.evidence()), nz(v.comment()), v.parts().stream().map(p -> p.dimension().name()).toList(),
                    v.parts().stream().map(ValuePart::category).toList(),
                    v.parts().stream().map(p -> plain(p.value())).toList(), String.valueOf(v.version()));
        }

        public String part(List<String> list, int i) {
            return list != null && i < list.size() && list.get(i) != null ? list.get(i) : "";
        }
    }

    @GetMapping("/plans/{id}/indicators/new")
    @PreAuthorize(Roles.COORDINATORS)
    String newForm(@PathVariable PlanId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return form(model, plans.editable(id, user), IndicatorForm.empty(), Map.of());
    }

    @PostMapping("/plans/{id}/indicators")
    @PreAuthorize(Roles.COORDINATORS)
    String create(@PathVariable PlanId id, @ModelAttribute IndicatorForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        FormErrors read = new FormErrors();
        Long areaId = null;
        Long objectiveId = null;
        String parent = form.parent() == null ? "" : form.parent().strip();
        if (parent.startsWith("area-")) {
            areaId = read.id("parent", parent.substring(5));
        } else if (parent.startsWith("objective-")) {
            objectiveId = read.id("parent", parent.substring(10));
        } else if (!parent.isEmpty()) {
            read.reject("parent", FormReading.CHOICE);
        }
        List<Disaggregation> disaggregations = new ArrayList<>();
        for (String d : form.disaggregations() == null ? List.<String>of() : form.disaggregations()) {
            Disaggregation chosen = read.choice("disaggregations", d, Disaggregation.class, FormReading.CHOICE);
            if (chosen != null) {
                disaggregations.add(chosen);
            }
        }
        List<String> references = form.references() == null ? List.of()
                : List.of(form.references().split("[;\\n]")).stream().map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
        IndicatorDraft draft = new IndicatorDraft(areaId, objectiveId, form.code(), form.definition(),
                read.choice("measure", form.measure(), Measure.class, FormReading.CHOICE),
                read.choice("direction", form.direction(), Direction.class, FormReading.CHOICE), form.unit(),
                FormReading.amount(read, "baseline", form.baseline()), null, form.baselinePeriod(), disaggregations,
                FormErrors.text(form.computedKey()) == null ? IndicatorSource.MANUAL : IndicatorSource.COMPUTED,
                FormErrors.text(form.computedKey()) == null ? null : form.computedKey().strip(), references);
        return FormSubmission.submit(read, response, () -> {
            Indicator created = indicators.create(id, draft, user);
            redirect.addFlashAttribute("message", "plan.indicator.added");
            return "redirect:/indicators/" + created.id();
        }, (errors, alert) -> form(model, plan, form, errors));
    }

    @GetMapping("/indicators/{id}")
    String view(@PathVariable long id, @RequestParam(required = false) String period,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Indicator indicator = indicators.require(id);
        if (indicator.source() == IndicatorSource.COMPUTED) {
            // a computed indicator: ?period= asks for the count of one more period
            Optional<IsoPeriod> asked = period == null || period.isBlank() ? Optional.empty()
                    : IsoPeriod.parse(period.strip());
            Map<String, String> errors = period != null && !period.isBlank() && asked.isEmpty()
                    ? Map.of("computePeriod", "plan.period.invalid") : Map.of();
            model.addAttribute("askedPeriod", period == null ? "" : period);
            return view(indicator, user, model, ValueForm.of(null, null), errors, null, asked.orElse(null));
        }
        Optional<IndicatorValue> existing = period == null || IsoPeriod.parse(period).isEmpty() ? Optional.empty()
                : indicators.value(id, period);
        return view(indicator, user, model, ValueForm.of(period, existing.orElse(null)), Map.of(), null);
    }

    private String view(Indicator indicator, CurrentUser user, Model model, ValueForm form,
            Map<String, String> errors, String alert) {
        return view(indicator, user, model, form, errors, alert, null);
    }

    private String view(Indicator indicator, CurrentUser user, Model model, ValueForm form,
            Map<String, String> errors, String alert, IsoPeriod asked) {
        Plan plan = plans.require(PlanId.of(indicator.planId()));
        boolean computed = indicator.source() == IndicatorSource.COMPUTED;
        List<IndicatorValue> values = computed ? computedValues.values(indicator, plan, asked)
                : indicators.values(indicator.id());
        model.addAttribute("computed", computed);
        model.addAttribute("computation", computed ? computations.find(indicator.computedKey()).orElse(null)
                : null);
        model.addAttribute("indicator", indicator);
        model.addAttribute("plan", plan);
        model.addAttribute("values", values);
        model.addAttribute("synthetic", values.stream().anyMatch(IndicatorValue::synthetic));
        model.addAttribute("canEdit", access.canEdit(user, Plans.parties(plan)));
        model.addAttribute("canReport", access.canReport(user, Plans.parties(plan)));
        model.addAttribute("valueForm", form);
        model.addAttribute("partRows", java.util.stream.IntStream.range(0, PART_ROWS).boxed().toList());
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("parent", parentTitle(indicator));
        return "plans/indicator";
    }

    @PostMapping("/indicators/{id}/values")
    @PreAuthorize(Roles.REPORTERS)
    String enter(@PathVariable long id, @ModelAttribute ValueForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Indicator indicator = indicators.require(id);
        if (indicator.source() == IndicatorSource.COMPUTED) {
            // nothing to type: the values are counted from the case records
            if (!access.canReport(user, plans.parties(PlanId.of(indicator.planId())))) {
                throw new AccessDeniedException("may not enter values for this plan");
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(indicator, user, model, ValueForm.of(null, null), Map.of(), "plan.value.computed");
        }
        FormErrors read = new FormErrors();
        List<ValuePart> parts = new ArrayList<>();
        for (int i = 0; i < PART_ROWS * 4 && i < size(form.partDimension()); i++) {
            String category = form.part(form.partCategory(), i);
            String amount = form.part(form.partValue(), i);
            if (category.isBlank() && amount.isBlank()) {
                continue;
            }
            Disaggregation dimension = read.choice("parts", form.part(form.partDimension(), i),
                    Disaggregation.class, FormReading.CHOICE);
            BigDecimal number = FormReading.amount(read, "parts", amount);
            parts.add(new ValuePart(dimension, category.strip(), number));
        }
        Boolean yes = FormErrors.text(form.yes()) == null ? null : Boolean.valueOf("true".equals(form.yes().strip()));
        ValueEntry entry = new ValueEntry(form.period(), FormReading.amount(read, "value", form.value()),
                FormReading.amount(read, "numerator", form.numerator()),
                FormReading.amount(read, "denominator", form.denominator()), yes, form.text(), form.evidence(),
                form.comment(), parts, FormErrors.versionOf(form.version()));
        return FormSubmission.submit(read, response, () -> {
            IndicatorValue saved = indicators.enter(id, entry, user);
            redirect.addFlashAttribute("message", "plan.value.saved");
            redirect.addFlashAttribute("savedPeriod", saved.period());
            return "redirect:/indicators/" + id;
        }, (errors, alert) -> view(indicator, user, model, form, errors, alert));
    }

    /** The target form: the period, and a number or a text (neither removes the period's target). */
    record TargetForm(String period, String target, String targetText) {
    }

    @PostMapping("/indicators/{id}/targets")
    @PreAuthorize(Roles.COORDINATORS)
    String setTarget(@PathVariable long id, @ModelAttribute TargetForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Indicator indicator = indicators.require(id);
        FormErrors read = new FormErrors();
        BigDecimal number = FormReading.amount(read, "target", form.target());
        return FormSubmission.submit(read, response, () -> {
            indicators.setTarget(id, form.period(), number, form.targetText(), user);
            redirect.addFlashAttribute("message", "plan.target.saved");
            return "redirect:/indicators/" + id + "#targets";
        }, (errors, alert) -> {
            model.addAttribute("targetForm", Map.of("period", nz(form.period()), "target", nz(form.target()),
                    "targetText", nz(form.targetText())));
            Map<String, String> targetErrors = new LinkedHashMap<>();
            errors.forEach((k, v) -> targetErrors.put("target-" + k, v));
            return view(indicator, user, model, ValueForm.of(null, null), targetErrors, alert);
        });
    }

    private String parentTitle(Indicator indicator) {
        if (indicator.areaId() == null && indicator.objectiveId() == null) {
            return null;
        }
        for (Area area : strategicAreas.of(PlanId.of(indicator.planId()))) {
            if (indicator.areaId() != null && area.id() == indicator.areaId()) {
                return area.title();
            }
            for (var objective : area.objectives()) {
                if (indicator.objectiveId() != null && objective.id() == indicator.objectiveId()) {
                    return objective.title();
                }
            }
        }
        return null;
    }


    private String form(Model model, Plan plan, IndicatorForm form, Map<String, String> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("areas", strategicAreas.of(plan.planId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("dimensions", Disaggregation.values());
        model.addAttribute("computations", computations.all());
        return "plans/indicator-form";
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
