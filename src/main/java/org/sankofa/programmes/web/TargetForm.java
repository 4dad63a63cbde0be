package org.sankofa.programmes.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sankofa.programmes.TargetMeasure;
import org.sankofa.programmes.internal.TargetDraft;
import org.sankofa.shared.web.FormErrors;

/**
 * What the target form sends: the measure, label, baseline, the plans indicator of a manual figure, and the values
 * aimed at, one period per line ({@code 2024 50} or {@code 2024 | 50}).
 */
record TargetForm(String measure, String label, String baseline, String indicator, String values) {

    TargetDraft draft(FormErrors read) {
        TargetMeasure m = FormErrors.text(measure) == null ? null
                : read.choice("measure", measure, TargetMeasure.class, ProgrammeForm.CHOICE);
        if (m == null && !read.asMap().containsKey("measure")) {
            read.reject("measure", "programme.target.measure.required");
        }
        BigDecimal base = FormErrors.text(baseline) == null ? null
                : read.decimal("baseline", baseline, "programme.target.value.range");
        Long indicatorId = FormErrors.text(indicator) == null ? null
                : read.id("indicator", indicator, ProgrammeForm.CHOICE);
        Map<String, BigDecimal> aimed = new LinkedHashMap<>();
        for (String line : (values == null ? "" : values).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s*\\|\\s*|\\s+");
            if (parts.length != 2 || !parts[1].matches("[0-9]{1,14}(\\.[0-9]{1,2})?")) {
                read.reject("values", "programme.form.valueLine");
                continue;
            }
            aimed.put(parts[0], new BigDecimal(parts[1]));
        }
        if (label == null || label.isBlank()) {
            read.reject("label", "validation.required");
        }
        return new TargetDraft(m, label, base, indicatorId, aimed);
    }
}
