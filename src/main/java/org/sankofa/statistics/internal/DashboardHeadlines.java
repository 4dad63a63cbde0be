package org.sankofa.statistics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

import org.sankofa.identity.CurrentUser;
import org.sankofa.statistics.Headlines;
import org.springframework.stereotype.Service;

/** {@link Headlines} from the dashboard of the last three years, unfiltered. */
@Service
class DashboardHeadlines implements Headlines {

    private final Dashboards dashboards;

    DashboardHeadlines(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public Headline of(CurrentUser user) {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        Dashboard dashboard = dashboards.of(user, new StatisticsFilter(year - 2, year, null, null, null, null, null));
        return new Headline(year - 2, year, dashboard.threshold(), Arrays.stream(Measure.values())
                .map(m -> {
                    var published = dashboard.total().figure(m);
                    return new Headlines.Figure(m.name().toLowerCase(Locale.ROOT),
                            published.suppressed() ? null : published.value());
                }).toList());
    }
}
