package org.sankofa.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sankofa.directory.Countries;
import org.sankofa.legal.ConsentKind;

/**
 * The UN Treaty Collection's status table as it is published: participant (with footnote marks), signature, and the
 * consent to be bound with its kind mark. The sample follows the layout of the Palermo Protocol's table (chapter
 * XVIII-12-a); it is test input for the reader, not data Sankofa ships.
 */
class UntcTableTests {

    private final UntcTable table = new UntcTable(new Countries());

    static String sample() throws IOException {
        try (InputStream in = UntcTableTests.class.getResourceAsStream("/legal/untc-palermo-sample.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, UntcTable.Row> byCountry(UntcTable.Reading reading) {
        return reading.rows().stream().filter(r -> r.country() != null)
                .collect(Collectors.toMap(UntcTable.Row::country, Function.identity()));
    }

    @Test
    void readsThePalermoTableWithItsFootnoteMarksAndKindSuffixes() throws IOException {
        UntcTable.Reading reading = table.read(sample());
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).hasSize(19);
        Map<String, UntcTable.Row> rows = byCountry(reading);
        assertThat(rows).hasSize(18);
        assertThat(rows.get("SN")).isEqualTo(new UntcTable.Row(17, "Senegal", "SN", LocalDate.of(2000, 12, 13),
                ConsentKind.RATIFICATION, LocalDate.of(2003, 10, 27)));
        assertThat(rows.get("CI").consentKind()).isEqualTo(ConsentKind.ACCESSION);
        assertThat(rows.get("CI").signedOn()).isNull();
        assertThat(rows.get("CV").participant()).isEqualTo("Cabo Verde");
        assertThat(rows.get("NL").participant()).isEqualTo("Netherlands (Kingdom of the)");
        assertThat(rows.get("NL").consentKind()).isEqualTo(ConsentKind.ACCEPTANCE);
        assertThat(rows.get("ME").consentKind()).isEqualTo(ConsentKind.SUCCESSION);
        assertThat(rows.get("GB").consentOn()).isEqualTo(LocalDate.of(2006, 2, 9));
        assertThat(rows.get("GW").country()).isEqualTo("GW");
        assertThat(reading.rows()).filteredOn(r -> r.country() == null).singleElement()
                .satisfies(r -> assertThat(r.participant()).isEqualTo("European Union"));
    }

    @Test
    void readsSemicolonsTabsAByteOrderMarkAndNonBreakingSpaces() {
        String semicolons = "\uFEFFParticipant;Signature;Ratification, Acceptance(A), Accession(a)\n"
                + "Togo;12\u00a0Dec\u00a02000;8 May 2009\n";
        assertThat(byCountry(table.read(semicolons)).get("TG").consentOn()).isEqualTo(LocalDate.of(2009, 5, 8));
        String tabs = "Participant\tSignature\tRatification, Accession(a)\nGhana\t\t21 Aug 2012 a\n";
        assertThat(byCountry(table.read(tabs)).get("GH").consentKind()).isEqualTo(ConsentKind.ACCESSION);
    }

    @Test
    void reportsEveryProblemOfEveryRow() {
        String csv = """
                Participant,Signature,Ratification
                Senegal,13 Dec 2000,27 Oct 2003
                Atlantis,13 Dec 2000,27 Oct 2003
                Mali,31 Feb 2000,12 Apr 2002
                Niger,21 Aug 2001 a,30 Sep 2004
                Togo,,
                Benin,13 Dec 2000,30 Aug 2004 x
                Senegal,13 Dec 2000,27 Oct 2003
                Ghana,21 Aug 2012,21 Aug 2012,extra
                """;
        UntcTable.Reading reading = table.read(csv);
        assertThat(reading.rows()).extracting(UntcTable.Row::country).containsExactly("SN");
        assertThat(reading.errors()).containsExactly(
                Map.entry("rows[3].participant", "legal.import.participant.unknown"),
                Map.entry("rows[4].signature", "legal.import.date.invalid"),
                Map.entry("rows[5].signature", "legal.import.signature.kind"),
                Map.entry("rows[6].consent", "legal.import.row.empty"),
                Map.entry("rows[7].consent", "legal.import.date.invalid"),
                Map.entry("rows[8].participant", "legal.import.participant.twice"),
                Map.entry("rows[9].columns", "legal.import.columns"));
    }

    @Test
    void aTableWithoutTheHeaderOrWithoutRowsIsRefused() {
        assertThat(table.read("Senegal,13 Dec 2000,27 Oct 2003").errors())
                .containsExactly(Map.entry("csv", "legal.import.header"));
        assertThat(table.read("Participant,Signature,Ratification\n").errors())
                .containsExactly(Map.entry("csv", "legal.import.empty"));
        assertThat(table.read("   ").errors()).containsExactly(Map.entry("csv", "legal.import.empty"));
    }
}
