package org.sankofa.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.sankofa.cases.CaseId;
import org.springframework.modulith.NamedInterface;

/**
 * What the care sections show about the case itself: no identifying data. {@code readOnly} when the person's
 * office transferred the case to another office: it may read the history up to the transfer ({@code readUntil},
 * the moment the transfer was accepted), not change it, and not see what the receiving office recorded since.
 */
@NamedInterface("foundation")
public record CaseFacts(CaseId id, String caseNumber, String status, boolean child, LocalDate closedOn,
        String closureReason, boolean readOnly, OffsetDateTime readUntil) {

    public static final OffsetDateTime NO_LIMIT = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    /**
     * The facts from a row with the columns {@code id, case_number, status, child, closed_on, closure_reason,
     * read_only, read_until} (a {@code RowMapper}: {@code .query(CaseFacts::of)}).
     */
    public static CaseFacts of(ResultSet rs, int row) throws SQLException {
        return new CaseFacts(CaseId.of(rs.getLong("id")), rs.getString("case_number"), rs.getString("status"),
                rs.getBoolean("child"), rs.getObject("closed_on", LocalDate.class), rs.getString("closure_reason"),
                rs.getBoolean("read_only"), rs.getObject("read_until", OffsetDateTime.class));
    }

    public boolean closed() {
        return "Closed".equals(status) || "ClosedReferred".equals(status);
    }

    /**
     * The last moment whose records the person may read: the transfer for a former office, no limit otherwise.
     * Every list of a case's records adds {@code and <recorded_at> <= :seenUntil}.
     */
    public OffsetDateTime seenUntil() {
        return readUntil == null ? NO_LIMIT : readUntil;
    }

    /** The same limit as a date, for records dated by day (visits, departure, arrival). */
    public LocalDate seenUntilDay() {
        return seenUntil().toLocalDate();
    }
}
