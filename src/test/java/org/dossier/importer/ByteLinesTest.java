package org.dossier.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSONL lines are split as bytes: LF or CRLF, a last line without a newline, lines longer than the buffer. */
class ByteLinesTest {

    @Test
    void splitsAtNewlinesAndDropsTheCarriageReturnBeforeThem() throws IOException {
        assertThat(lines("one\r\ntwo\n\nfour")).containsExactly("one", "two", "", "four");
        assertThat(lines("only\n")).containsExactly("only");
        assertThat(lines("")).isEmpty();
    }

    @Test
    void linesLongerThanTheBufferComeWhole() throws IOException {
        String longLine = "é".repeat(100_000);
        assertThat(lines("a\n" + longLine + "\nb")).containsExactly("a", longLine, "b");
    }

    @Test
    void blankMeansOnlySpacesAndTabs() {
        assertThat(ByteLines.isBlank(" \t\r".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ByteLines.isBlank(" {}".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aLineThatIsNotUtf8IsABadLineWithAReason() {
        byte[] line = "{\"title\":\"T\",\"body\":\"caf\u00e9\",\"date\":\"2020\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new LineParser().parse(7, line))
                .isInstanceOf(BadLineException.class).hasMessageStartingWith("not valid JSON (Invalid UTF-8");
    }

    private static List<String> lines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ByteLines in = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (byte[] line = in.next(); line != null; line = in.next()) {
                lines.add(new String(line, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
