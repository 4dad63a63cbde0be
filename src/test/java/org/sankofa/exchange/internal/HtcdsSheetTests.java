package org.sankofa.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.sankofa.exchange.HtcdsColumn;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading files that must be refused, quickly and with the right message, without the application. */
class HtcdsSheetTests {

    @Test
    void aZipBombIsRefusedAsOne() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        long start = System.nanoTime();
        HtcdsSheet.Read read = HtcdsSheet.xlsx(zip.toByteArray());
        assertThat(read.problems()).extracting(ImportProblem::messageKey).containsExactly("exchange.import.zipBomb");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    @Test
    void tooManyRowsOfCsvAreRefused() {
        StringBuilder csv = new StringBuilder(String.join(",", HtcdsColumn.templateColumns().stream()
                .map(c -> c.field().isEmpty() ? "cas_ReasonForOutgoingReferral" : c.field()).toList())).append('\n');
        for (int i = 0; i < 10_001; i++) {
            csv.append(",,Name\n");
        }
        HtcdsSheet.Read read = HtcdsSheet.csv(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("exchange.import.tooManyRows");
    }
}
