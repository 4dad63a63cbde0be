package org.sankofa.legal.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.sankofa.directory.Countries;
import org.sankofa.legal.HarmonisationMatrix;

/** The matrix as a person reads it: rows ordered by the country's name in their language. */
record MatrixView(HarmonisationMatrix matrix, List<RowView> rows) {

    record RowView(String code, String name, HarmonisationMatrix.Row row) {
    }

    static MatrixView of(HarmonisationMatrix matrix, Countries countries, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        List<RowView> rows = matrix.rows().stream()
                .map(r -> new RowView(r.country(), countries.name(r.country(), locale), r))
                .sorted(Comparator.comparing(RowView::name, collator)).toList();
        return new MatrixView(matrix, rows);
    }
}
