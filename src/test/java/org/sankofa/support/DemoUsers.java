package org.sankofa.support;

import java.util.List;

/** The demo users (DESIGN §2 roles) and their password in tests. */
public final class DemoUsers {

    public static final String PASSWORD = "sankofa-demo";

    public static final List<String> ALL = List.of("admin", "caseworker.dakar", "supervisor.dakar",
            "caseworker.conakry", "supervisor.conakry", "partner.dakar", "coordinator.mali", "coordinator.ecowas",
            "mne", "organiser", "observer");

    private DemoUsers() {
    }
}
