package org.sankofa.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sankofa.plans.IndicatorFeed;
import org.sankofa.plans.IndicatorFeed.Computation;
import org.springframework.stereotype.Component;

/**
 * Every computation a COMPUTED indicator can name, gathered from the modules' {@link IndicatorFeed}s (the case
 * records first, then the events), and the feed that counts each key.
 */
@Component
public class Computations {

    private final List<IndicatorFeed> feeds;

    Computations(List<IndicatorFeed> feeds) {
        this.feeds = List.copyOf(feeds);
    }

    /** Every computation offered, in the order a form lists them. */
    public List<Computation> all() {
        List<Computation> all = new ArrayList<>();
        feeds.forEach(f -> all.addAll(f.computations()));
        return all;
    }

    public Optional<Computation> find(String key) {
        return key == null ? Optional.empty() : all().stream().filter(c -> c.key().equals(key.strip())).findFirst();
    }

    /** The feed that counts {@code key}. */
    IndicatorFeed feed(String key) {
        for (IndicatorFeed feed : feeds) {
            if (feed.computations().stream().anyMatch(c -> c.key().equals(key))) {
                return feed;
            }
        }
        throw new IllegalStateException("unknown computation " + key);
    }
}
