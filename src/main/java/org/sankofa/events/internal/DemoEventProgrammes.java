package org.sankofa.events.internal;

import java.util.List;

import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.programmes.ProgrammeNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo events that serve the demo programmes (shared/seeds 000, 001): the six national workshops organise the
 * Regional Return and Reintegration Programme's "six national workshops", the Abuja launch is a workshop of the Stop
 * Trafficking Campaign. Loads once (an event already linked to the return programme).
 */
@Component
class DemoEventProgrammes implements DemoStep {

    private final EventProgrammes programmes;
    private final ProgrammeNames names;
    private final JdbcClient jdbc;

    DemoEventProgrammes(EventProgrammes programmes, ProgrammeNames names, JdbcClient jdbc) {
        this.programmes = programmes;
        this.names = names;
        this.jdbc = jdbc;
    }

    @Override
    public DemoPart part() {
        return DemoPart.EVENT_PROGRAMMES;
    }

    @Override
    public void load() {
        for (ProgrammeNames.ProgrammeRef programme : names.all()) {
            if (programme.code().equals("RRRP-CTV")) {
                List<Long> workshops = jdbc.sql("select id from event where title like"
                        + " 'National workshop on child trafficking and best practices, %'").query(Long.class).list();
                programmes.linkForDemo(workshops, programme.id());
            }
            if (programme.code().equals("STC-OAP")) {
                List<Long> abuja = jdbc.sql("select id from event where title = ?").param(DemoEvents.ABUJA)
                        .query(Long.class).list();
                programmes.linkForDemo(abuja, programme.id());
            }
        }
    }
}
