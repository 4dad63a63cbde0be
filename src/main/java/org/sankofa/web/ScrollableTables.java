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
 * Every table of every page can be scrolled with the keyboard. At phone width a table wider than the screen scrolls
 * inside its own box ({@code sankofa.css}); a box that scrolls must take the focus, or someone without a pointer cannot
 * see its right-hand columns (WCAG 2.1.1, axe's {@code scrollable-region-focusable}). Each {@code <table>} is
 * rendered with {@code tabindex="0"} unless its template chose otherwise — one rule here rather than an attribute to
 * remember in every template.
 */
@Component
class ScrollableTables extends AbstractProcessorDialect {

    ScrollableTables() {
        super("Sankofa scrollable tables", "sankofa", 2000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new Table(dialectPrefix));
    }

    private static final class Table extends AbstractElementTagProcessor {

        Table(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, "table", false, null, false, 10_000);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
                IElementTagStructureHandler structure) {
            if (!tag.hasAttribute("tabindex")) {
                structure.setAttribute("tabindex", "0");
            }
        }
    }
}
