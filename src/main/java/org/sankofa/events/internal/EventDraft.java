package org.sankofa.events.internal;

import java.util.List;

import org.sankofa.events.EventKind;

/** What a person writes of an event (its status changes apart, through {@link Events#changeStatus}). */
public record EventDraft(EventKind kind, String title, EventDates dates, String city, String countryCode,
        String targetAudience, List<String> languages, String agenda, Long followsId, List<Long> organiserIds,
        List<Long> funderIds, List<Long> activityIds, List<Event.Output> outputs, String source) {

    public EventDraft {
        languages = languages == null ? List.of() : languages.stream().distinct().toList();
        organiserIds = organiserIds == null ? List.of() : organiserIds.stream().distinct().toList();
        funderIds = funderIds == null ? List.of() : funderIds.stream().distinct().toList();
        activityIds = activityIds == null ? List.of() : activityIds.stream().distinct().toList();
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }
}
