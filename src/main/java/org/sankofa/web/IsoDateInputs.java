package org.sankofa.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every date field of every page in the one date convention (docs/decisions/0012-messages-icu.md): an
 * {@code <input type="date">} is rendered as a text field that takes and shows an ISO date ({@code 2026-03-12}), with
 * the pattern and a placeholder in the reader's language ({@code YYYY-MM-DD}, {@code AAAA-MM-JJ}) — the browser's date
 * picker would show the date in the browser's own format, which the page cannot choose. Templates keep writing
 * {@code type="date"}; this dialect runs after the standard one, so a computed {@code th:type} is seen too.
 */
@Component
class IsoDateInputs extends AbstractProcessorDialect {

    /** An ISO calendar date, as the server reads it. */
    static final String PATTERN = "\\d{4}-\\d{2}-\\d{2}";

    IsoDateInputs() {
        super("Sankofa ISO dates", "sankofa", 2000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new DateInput(dialectPrefix));
    }

    private static final class DateInput extends AbstractElementTagProcessor {

        DateInput(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, "input", false, null, false, 10_000);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
                IElementTagStructureHandler structure) {
            if (!"date".equalsIgnoreCase(tag.getAttributeValue("type"))) {
                return;
            }
            structure.setAttribute("type", "text");
            structure.setAttribute("inputmode", "numeric");
            structure.setAttribute("pattern", PATTERN);
            structure.setAttribute("maxlength", "10");
            structure.setAttribute("autocomplete", "off");
            structure.setAttribute("placeholder", context.getMessage(IsoDateInputs.class, "date.placeholder", null,
                    false));
            structure.setAttribute("data-date", "iso");
        }
    }
}
