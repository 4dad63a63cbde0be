package org.sankofa.events.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.events.EventId;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.Participants;
import org.sankofa.events.internal.TestTopics;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tests of an event: its question topics, each participant's pre- and post-test scores overall and per topic,
 * and the improvement per topic — a page for the event's organisers and administrators (it names the participants);
 * every reader sees the improvement per topic on the event page.
 */
@Controller
@RequestMapping("/events/{id}")
@PreAuthorize(Roles.EVENT_ORGANISERS)
class TestController {

    private final Events events;
    private final Participants participants;
    private final TestTopics topics;

    TestController(Events events, Participants participants, TestTopics topics) {
        this.events = events;
        this.participants = participants;
        this.topics = topics;
    }

    /** A topic's name. */
    record TopicForm(String topic) {
    }

    /**
     * A participant's scores: overall, and per topic as three lists in the same order (the topic's id, the score
     * before and the score after).
     */
    record TestScoreForm(String preScore, String postScore, List<String> topic, List<String> topicPre,
            List<String> topicPost) {
    }

    @GetMapping("/tests")
    String page(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(events.editable(id, user), user, model, Map.of(), null, null, null);
    }

    @PostMapping("/topics")
    String addTopic(@PathVariable EventId id, @ModelAttribute TopicForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Event event = events.editable(id, user);
        return FormSubmission.submit(new FormErrors(), response, () -> {
            topics.add(id, form.topic(), user);
            redirect.addFlashAttribute("message", "event.topic.added");
            return "redirect:/events/" + id + "/tests";
        }, (errors, alert) -> page(event, user, model, errors, alert, form.topic(), null));
    }

    @PostMapping("/topics/{topicId}/delete")
    String removeTopic(@PathVariable EventId id, @PathVariable long topicId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        topics.remove(id, topicId, user);
        redirect.addFlashAttribute("message", "event.topic.removed");
        return "redirect:/events/" + id + "/tests";
    }

    @PostMapping("/tests/{participantId}")
    String score(@PathVariable EventId id, @PathVariable long participantId, @ModelAttribute TestScoreForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = events.editable(id, user);
        FormErrors read = new FormErrors();
        BigDecimal pre = read.decimal("preScore", form.preScore(), "event.score.range");
        BigDecimal post = read.decimal("postScore", form.postScore(), "event.score.range");
        List<TestTopics.TopicScore> scores = new ArrayList<>();
        List<String> ids = form.topic() == null ? List.of() : form.topic();
        for (int i = 0; i < ids.size(); i++) {
            Long topic = read.id("topics", ids.get(i), "event.topic.unknown");
            BigDecimal topicPre = read.decimal("topic-" + ids.get(i), at(form.topicPre(), i), "event.score.range");
            BigDecimal topicPost = read.decimal("topic-" + ids.get(i), at(form.topicPost(), i), "event.score.range");
            if (topic != null) {
                scores.add(new TestTopics.TopicScore(topic, topicPre, topicPost));
            }
        }
        return FormSubmission.submit(read, response, () -> {
            topics.score(id, participantId, pre, post, scores, user);
            redirect.addFlashAttribute("message", "event.score.recorded");
            return "redirect:/events/" + id + "/tests#scores-" + participantId;
        }, (errors, alert) -> page(event, user, model, errors, alert, null, participantId));
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private String page(Event event, CurrentUser user, Model model, Map<String, String> errors, String alert,
            String topic, Long scoreOf) {
        model.addAttribute("event", event);
        model.addAttribute("figures", participants.figures(event.eventId(), user).scores());
        model.addAttribute("topicFigures", topics.figures(event.eventId(), user));
        model.addAttribute("topics", topics.of(event.eventId()));
        model.addAttribute("participants", participants.of(event.eventId(), user));
        model.addAttribute("topicScores", topics.scores(event.eventId(), user));
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("topic", topic == null ? "" : topic);
        model.addAttribute("scoreOf", scoreOf);
        return "events/tests";
    }
}
