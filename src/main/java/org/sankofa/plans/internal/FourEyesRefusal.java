package org.sankofa.plans.internal;

/** The person who submitted a progress report tries to approve it: another person of the plan's scope must (403). */
public class FourEyesRefusal extends RuntimeException {

    public FourEyesRefusal() {
        super("four eyes: the submitter may not approve");
    }

    public String messageKey() {
        return "plan.report.fourEyes";
    }
}
