package org.sankofa.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.sankofa.identity.CurrentUser;

/**
 * What a funded programme needs of the cases enrolled in it (issue 14): whether the person enrolling a case may work
 * on it, and how many enrolled persons reached an outcome while they were enrolled — counted by the database in
 * groups of the same sex, age and country, never a case or an identity. The programmes module holds the enrolments
 * (which case, from which day, until which day) and asks through this, never through the case tables.
 */
public interface EnrolledCases {

    /** What an enrolled person can have reached in a span of days. */
    enum Outcome {
        /** At least one service delivered. */
        ASSISTED,
        /** The return arrived at its destination (the arrival day). */
        RETURNED,
        /** The case was closed with the reason "reintegration completed" (the closure day). */
        REINTEGRATED,
        /** A referral to a partner was completed (the completion day). */
        REFERRAL_COMPLETED
    }

    /**
     * A case enrolled in a programme from {@code enrolledOn} until {@code leftOn} (both days included; null: still
     * enrolled).
     */
    record Enrolment(CaseId caseId, LocalDate enrolledOn, LocalDate leftOn) {
    }

    /** A case the person may enrol: its readable number and the country of its person, for the record of the enrolment. */
    record Enrollable(CaseId caseId, String caseNumber, boolean child, String country) {
    }

    /**
     * The case, when {@code user} may change it (the owning office's staff): 404 ({@code NotFoundException}) outside
     * their scope, 403 for an office that transferred it away, for partners and for other roles.
     */
    Enrollable enrollable(CurrentUser user, CaseId caseId);

    /**
     * The case, as {@link #enrollable}, for reading its programmes: the read is recorded as a view of the case, as every
     * read of a case's records is; a change starts at {@link #enrollable}, which records none.
     */
    Enrollable readable(CurrentUser user, CaseId caseId);

    /**
     * The persons of {@code enrolments} who reached {@code outcome} on a day that lies both between {@code from} and
     * {@code to} and within their own enrolment, each counted once whatever the number of times (or offices) they
     * reached it; only children when {@code childrenOnly}. Persons screened "not a victim" are never counted. The
     * country of a group is the person's citizenship, or where they were identified when it is not recorded; forms of
     * exploitation are left empty.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    List<CaseFigures.Group> groups(Outcome outcome, boolean childrenOnly, Collection<Enrolment> enrolments,
            LocalDate from, LocalDate to);

    /** A child's case whose return arrived, as the demo world enrols it: no identity, only what enrolment needs. */
    record Candidate(CaseId caseId, long officeId, LocalDate identifiedOn, String country) {
    }

    /**
     * For the demo world: up to {@code limit} children's cases owned by {@code officeId} whose return arrived, oldest
     * identification first.
     */
    List<Candidate> childrenReturned(long officeId, int limit);
}
