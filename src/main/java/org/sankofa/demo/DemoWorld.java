package org.sankofa.demo;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sankofa.database.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo world in demo mode, once the application has started and before any command runs: every
 * {@link DemoStep} of every module, in the order of {@link DemoPart} — the one place that orders them — then lists the
 * demo users in the log. Two steps for one part are refused at start.
 */
@Component
class DemoWorld {

    private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

    private final DemoMode demoMode;
    private final List<DemoStep> steps;
    private final DemoPeople people;

    DemoWorld(DemoMode demoMode, List<DemoStep> steps, DemoPeople people) {
        this.demoMode = demoMode;
        this.steps = ordered(steps);
        this.people = people;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        if (!demoMode.enabled()) {
            return;
        }
        for (DemoStep step : steps) {
            step.load();
        }
        log.info(people.listing());
    }

    /** The steps in the order of their parts; a part claimed twice is a mistake of the code. */
    static List<DemoStep> ordered(List<DemoStep> steps) {
        Map<DemoPart, DemoStep> byPart = new EnumMap<>(DemoPart.class);
        for (DemoStep step : steps) {
            DemoStep other = byPart.putIfAbsent(step.part(), step);
            if (other != null) {
                throw new IllegalStateException("two demo steps load " + step.part() + ": "
                        + other.getClass().getName() + " and " + step.getClass().getName());
            }
        }
        return steps.stream().sorted(Comparator.comparing(DemoStep::part)).toList();
    }
}
