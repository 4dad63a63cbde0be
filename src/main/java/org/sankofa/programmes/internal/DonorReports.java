package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donor reports: a programme's targets against what was achieved in an ISO period, counted from the records
 * ({@link Targets#achieved}), with small cells of persons suppressed, and the narrative the implementers write for
 * the period. Readers of the programme read its reports (an observer those of the programmes their organisation
 * funds); implementers write the narrative.
 */
@Service
public class DonorReports {

    static final int NARRATIVE = 8000;
    /** Sexes other than feminine and masculine are reported together, so that a rare category singles nobody out. */
    static final String OTHER_SEX = "other";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Programmes programmes;
    private final Targets targets;
    private final int threshold;

    DonorReports(JdbcClient jdbc, AuditLog audit, Programmes programmes, Targets targets,
            @Value("${sankofa.programmes.report.threshold:5}") int threshold) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.programmes = programmes;
        this.targets = targets;
        this.threshold = Math.max(1, threshold);
    }

    /** The period written {@code text} within the programme (422 otherwise, in the reader's language). */
    public static IsoPeriod period(Programme programme, String text) {
        IsoPeriod period = IsoPeriod.parse(text == null ? null : text.strip())
                .orElseThrow(() -> InvalidInputException.of("period", "programme.report.period.invalid"));
        if (period.end().isBefore(programme.startsOn())
                || programme.endsOn() != null && period.start().isAfter(programme.endsOn())) {
            throw InvalidInputException.of("period", "programme.report.period.outside");
        }
        return period;
    }

    @Transactional(readOnly = true)
    public DonorReport report(ProgrammeId id, String periodText, CurrentUser user) {
        Programme programme = programmes.readable(id, user);
        IsoPeriod period = period(programme, periodText);
        List<DonorReport.Line> lines = new ArrayList<>();
        for (Target target : targets.targets(programme.id())) {
            Achieved achieved = targets.achieved(programme, target, period.start(), period.end());
            BigDecimal aimed = target.values().stream()
                    .filter(v -> !v.start().isBefore(period.start()) && !v.end().isAfter(period.end()))
                    .map(Target.Value::value).reduce(BigDecimal::add).orElse(null);
            boolean persons = target.measure().byPerson();
            DonorReport.Cell total = persons ? cell(achieved.total()) : new DonorReport.Cell(achieved.total(), false);
            lines.add(new DonorReport.Line(target.label(), target.measure(), target.baseline(), aimed, total,
                    achieved.counted(), persons ? parts(achieved.byCountry(), total) : plain(achieved.byCountry()),
                    persons ? parts(sexes(achieved.bySex()), total) : List.of(),
                    persons ? parts(achieved.byAgeBand(), total) : List.of()));
        }
        String narrative = jdbc.sql("select narrative from programme_narrative where programme_id = ? and period = ?")
                .params(programme.id(), period.toString()).query(String.class).optional().orElse(null);
        return new DonorReport(programme.id(), programme.code(), programme.title(),
                programme.donors().stream().map(Programme.Party::name).toList(), period.toString(), period.start(),
                period.end(), threshold, lines, narrative);
    }

    /** Writes (or replaces) the narrative of a period: implementers of the programme and administrators. */
    @Transactional
    public void writeNarrative(ProgrammeId id, String periodText, String narrative, CurrentUser user) {
        Programme programme = programmes.editable(id, user);
        IsoPeriod period = period(programme, periodText);
        String text = narrative == null ? "" : narrative.strip();
        if (text.length() > NARRATIVE) {
            throw InvalidInputException.of("narrative", "programme.report.narrative.tooLong");
        }
        if (text.isEmpty()) {
            jdbc.sql("delete from programme_narrative where programme_id = ? and period = ?")
                    .params(programme.id(), period.toString()).update();
        } else {
            jdbc.sql("""
                    insert into programme_narrative (programme_id, period, narrative, written_by) values (?, ?, ?, ?)
                    on conflict (programme_id, period) do update set narrative = excluded.narrative,
                        written_by = excluded.written_by, written_at = now()""")
                    .params(programme.id(), period.toString(), text, user.getUsername()).update();
        }
        audit.record(AuditEvent.of(user.getUsername(), "PROGRAMME_NARRATIVE_WRITTEN", "programme", programme.id(),
                "period=" + period));
    }

    DonorReport.Cell cell(long value) {
        return SmallCells.cell(value, threshold);
    }

    List<DonorReport.Part> parts(Map<String, Long> counts, DonorReport.Cell total) {
        return SmallCells.parts(counts, total, threshold);
    }

    private static List<DonorReport.Part> plain(Map<String, Long> counts) {
        List<DonorReport.Part> parts = new ArrayList<>();
        counts.forEach((category, n) -> parts.add(new DonorReport.Part(category, new DonorReport.Cell(n, false))));
        return parts;
    }

    /** Feminine, masculine, and every other value together. */
    private static Map<String, Long> sexes(Map<String, Long> bySex) {
        Map<String, Long> grouped = new LinkedHashMap<>();
        grouped.put("Feminine", 0L);
        grouped.put("Masculine", 0L);
        grouped.put(OTHER_SEX, 0L);
        bySex.forEach((sex, n) -> grouped.merge(sex.equals("Feminine") || sex.equals("Masculine") ? sex : OTHER_SEX,
                n, Long::sum));
        return grouped;
    }

    public int threshold() {
        return threshold;
    }
}
