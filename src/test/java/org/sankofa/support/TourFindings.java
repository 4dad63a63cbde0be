package org.sankofa.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a tour of the pages found, kept until the end so that one failure lists every problem of the run, grouped by
 * kind; the same problem seen in several languages, widths or roles is listed once with where it was seen.
 */
public final class TourFindings {

    /** The kinds of problem, in the order of the report. */
    public enum Kind {
        MISSING_MESSAGE("message key shown instead of a text (??key??)"),
        RAW_CODE("code of a code list shown as text"),
        BROKEN_LINK("link the role cannot open"),
        OVERFLOW("horizontal overflow at phone width"),
        ACCESSIBILITY("axe-core violation, serious or critical");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * One problem: of a kind, seen by a user in a language at a width (0: at any width), on a page, described by a
     * detail that is the same wherever the problem shows (the code, the rule), with an example of how it showed.
     */
    public record Finding(Kind kind, String user, String language, int width, String page, String detail,
            String example) {
    }

    private final List<Finding> findings = new ArrayList<>();

    public void add(Kind kind, String user, String language, int width, String page, String detail,
            String example) {
        findings.add(new Finding(kind, user, language, width, page, detail, example));
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    public List<Finding> all() {
        return List.copyOf(findings);
    }

    /** The number of findings of a kind per user (every language, width and page counted). */
    public Map<Kind, Map<String, Long>> countsByKindAndUser() {
        Map<Kind, Map<String, Long>> counts = new TreeMap<>();
        for (Finding finding : findings) {
            counts.computeIfAbsent(finding.kind(), k -> new TreeMap<>()).merge(finding.user(), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * The report: a count per kind and user, then each distinct problem (kind, page with its ids as {@code {id}},
     * detail) once, with the users, languages and widths where it was seen.
     */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(findings.size()).append(" findings, ").append(distinct().size()).append(" distinct problems\n");
        countsByKindAndUser().forEach((kind, byUser) -> out.append(String.format("  %-14s %5d  %s%n", kind,
                byUser.values().stream().mapToLong(Long::longValue).sum(), byUser)));
        Map<Kind, List<Map.Entry<String, List<Finding>>>> byKind = distinct().entrySet().stream()
                .collect(Collectors.groupingBy(e -> e.getValue().get(0).kind(), TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, problems) -> {
            out.append("\n== ").append(kind).append(": ").append(kind.description()).append(" — ")
                    .append(problems.size()).append(" distinct\n");
            for (var problem : problems) {
                List<Finding> seen = problem.getValue();
                out.append("- ").append(pattern(seen.get(0).page())).append(" — ").append(seen.get(0).detail())
                        .append("\n    seen by ").append(summary(seen, Finding::user))
                        .append(" in ").append(summary(seen, Finding::language))
                        .append(" at ").append(summary(seen, f -> f.width() == 0 ? "any" : f.width() + " px"))
                        .append(" (").append(seen.size()).append("×)\n    e.g. ").append(seen.get(0).page());
                if (!seen.get(0).example().isEmpty()) {
                    out.append(": ").append(seen.get(0).example());
                }
                out.append('\n');
            }
        });
        return out.toString();
    }

    /** Writes the report to a file (beside the screenshots), for reading after the run. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's path with its numeric ids replaced, so that the same page of two roles reads the same. */
    public static String pattern(String page) {
        return page.replaceAll("/\\d+(?=/|$|\\?)", "/{id}").replaceAll("=\\d+(?=&|$)", "={id}");
    }

    private Map<String, List<Finding>> distinct() {
        Map<String, List<Finding>> grouped = new LinkedHashMap<>();
        findings.stream().sorted(Comparator.comparing(Finding::kind).thenComparing(f -> pattern(f.page()))
                .thenComparing(Finding::detail)).forEach(f -> grouped
                .computeIfAbsent(f.kind() + " " + pattern(f.page()) + " " + f.detail(), k -> new ArrayList<>())
                .add(f));
        return grouped;
    }

    private static String summary(List<Finding> seen, Function<Finding, String> what) {
        return String.join(", ", seen.stream().map(what).collect(Collectors.toCollection(TreeSet::new)));
    }
}
