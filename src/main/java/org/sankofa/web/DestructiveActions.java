package org.sankofa.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Destructive actions ask first, with or without JavaScript. A template marks such a form with
 * {@code data-confirm="question"} (the question in the reader's language); this dialect adds the question to the form
 * as a hidden field. With JavaScript, {@code sankofa.js} asks it in a dialog and, on yes, adds
 * {@value #CONFIRMED}; an htmx request has asked it with {@code hx-confirm}. Without JavaScript the form arrives
 * unconfirmed, and {@link #preHandle} answers a page that asks the question and sends the same fields again,
 * confirmed ({@code confirm.html}) — the action runs only on the second request.
 */
@Component
class DestructiveActions extends AbstractProcessorDialect implements HandlerInterceptor {

    /** The question, carried by the form: a parameter name no form object can bind. */
    static final String QUESTION = "sankofa-confirm";
    /** Present once the person has answered yes. */
    static final String CONFIRMED = "sankofa-confirmed";
    private static final Set<String> NOT_SENT_AGAIN = Set.of(QUESTION, CONFIRMED, "_csrf");

    DestructiveActions() {
        super("Sankofa destructive actions", "sankofa", 2000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new QuestionField(dialectPrefix));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String question = request.getParameter(QUESTION);
        if (!"POST".equals(request.getMethod()) || question == null || question.isBlank()
                || request.getParameter(CONFIRMED) != null || "true".equals(request.getHeader("HX-Request"))) {
            return true;
        }
        throw new ConfirmationNeeded(question.strip(), request.getRequestURI().substring(
                request.getContextPath().length()), fieldsToSendAgain(request.getParameterMap()));
    }

    /** The fields of the unconfirmed request, to be sent again with the answer (the page adds its own CSRF token). */
    static List<Field> fieldsToSendAgain(Map<String, String[]> parameters) {
        return parameters.entrySet().stream().filter(p -> !NOT_SENT_AGAIN.contains(p.getKey()))
                .flatMap(p -> java.util.Arrays.stream(p.getValue()).map(value -> new Field(p.getKey(), value)))
                .toList();
    }

    /** One field of a form, sent again as it came. */
    record Field(String name, String value) {
    }

    /** An unconfirmed destructive action: the question, where the form posts, and what it sent. */
    static final class ConfirmationNeeded extends RuntimeException {

        private final String question;
        private final String action;
        private final List<Field> fields;

        ConfirmationNeeded(String question, String action, List<Field> fields) {
            super(null, null, false, false);
            this.question = question;
            this.action = action;
            this.fields = fields;
        }

        String question() {
            return question;
        }

        String action() {
            return action;
        }

        List<Field> fields() {
            return fields;
        }
    }

    /** Adds the question of a {@code <form data-confirm>} as a hidden field, first in the form. */
    private static final class QuestionField extends AbstractElementTagProcessor {

        QuestionField(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, "form", false, null, false, 10_000);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
                IElementTagStructureHandler structure) {
            String question = tag.getAttributeValue("data-confirm");
            if (question == null || question.isBlank()
                    || !"post".equalsIgnoreCase(String.valueOf(tag.getAttributeValue("method")))) {
                return;
            }
            IModelFactory factory = context.getModelFactory();
            IModel field = factory.createModel();
            field.add(factory.createStandaloneElementTag("input",
                    Map.of("type", "hidden", "name", QUESTION, "value", question), null, false, true));
            structure.insertImmediatelyAfter(field, false);
        }
    }
}
