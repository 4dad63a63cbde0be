package org.sankofa.plans.internal;

import java.util.List;

/** An imported logframe with at least one wrong row: nothing was written; each problem names its sheet, row and column. */
public class LogframeRejected extends RuntimeException {

    private final List<LogframeProblem> problems;

    public LogframeRejected(List<LogframeProblem> problems) {
        super("logframe rejected: " + problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<LogframeProblem> problems() {
        return problems;
    }
}
