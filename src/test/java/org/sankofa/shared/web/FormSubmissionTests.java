package org.sankofa.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The three answers of a page form, and a change whose version did not come back. */
class FormSubmissionTests {

    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final List<String> ran = new ArrayList<>();
    private Map<String, String> shownErrors;
    private String shownAlert;

    private String again(Map<String, String> errors, String alert) {
        shownErrors = errors;
        shownAlert = alert;
        return "form";
    }

    @Test
    void aFormReadWithoutMistakesRunsItsUseCaseAndAnswersWhatItAnswers() {
        String view = FormSubmission.submit(new FormErrors(), response, () -> {
            ran.add("saved");
            return "redirect:/saved";
        }, this::again);

        assertThat(view).isEqualTo("redirect:/saved");
        assertThat(ran).containsExactly("saved");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aValueThatCannotBeReadShowsTheFormAgainWithoutRunningTheUseCase() {
        FormErrors read = new FormErrors();
        assertThat(read.date("on", "31/12/2024")).isNull();

        String view = FormSubmission.submit(read, response, () -> {
            ran.add("saved");
            return "redirect:/saved";
        }, this::again);

        assertThat(view).isEqualTo("form");
        assertThat(ran).isEmpty();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(shownErrors).containsExactly(Map.entry("on", "validation.format"));
        assertThat(shownAlert).isNull();
    }

    @Test
    void theRulesRefusalShowsEveryFieldItNames() {
        FormSubmission.submit(new FormErrors(), response, () -> {
            throw new InvalidInputException(Map.of("name", "name.required", "city", "city.required"));
        }, this::again);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(shownErrors).containsOnly(Map.entry("name", "name.required"), Map.entry("city", "city.required"));
    }

    @Test
    void aConflictShowsTheFormAgainWithItsAlert() {
        FormSubmission.submit(new FormErrors(), response, () -> {
            throw new ConflictException("error.stale");
        }, this::again);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(shownErrors).isEmpty();
        assertThat(shownAlert).isEqualTo("error.stale");
    }

    @Test
    void aChangeRunsAtTheVersionItsFormCarriedBack() {
        String view = FormSubmission.submit(new FormErrors(), " 3 ", response, version -> {
            ran.add("saved at " + version);
            return "redirect:/saved";
        }, this::again);

        assertThat(view).isEqualTo("redirect:/saved");
        assertThat(ran).containsExactly("saved at 3");
    }

    @Test
    void aChangeWithoutAReadableVersionIsABadRequestAndRunsNothing() {
        for (String version : new String[] {null, "", "latest", "-1"}) {
            FormErrors read = new FormErrors().reject("name", "name.required");
            MockHttpServletResponse answer = new MockHttpServletResponse();

            String view = FormSubmission.submit(read, version, answer, v -> {
                ran.add("saved");
                return "redirect:/saved";
            }, this::again);

            assertThat(view).isEqualTo("form");
            assertThat(answer.getStatus()).as(version).isEqualTo(400);
            assertThat(shownAlert).isEqualTo(FormSubmission.BAD_REQUEST);
            assertThat(shownErrors).containsExactly(Map.entry("name", "name.required"));
        }
        assertThat(ran).isEmpty();
    }
}
