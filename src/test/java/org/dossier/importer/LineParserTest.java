package org.dossier.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Dates and fields as the corpora and migrations write them. */
class LineParserTest {

    private final LineParser parser = new LineParser();

    private Instant date(String json) {
        return parser.parse(1, "{\"title\":\"T\",\"body\":\"\",\"date\":" + json + "}").date();
    }

    @Test
    void acceptsIsoDatesDateTimesAndYears() {
        assertThat(date("\"2024-03-05\"")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(date("\"1987-02-26T15:01:01\"")).isEqualTo(Instant.parse("1987-02-26T15:01:01Z"));
        assertThat(date("\"2024-03-05T09:00:00+09:00\"")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(date("\"2024-03-05T09:00:00Z\"")).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        assertThat(date("\"1946\"")).isEqualTo(Instant.parse("1946-01-01T00:00:00Z"));
        assertThat(date("1946")).isEqualTo(Instant.parse("1946-01-01T00:00:00Z"));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThatThrownBy(() -> date("\"26-FEB-1987\"")).hasMessageContaining("not an ISO date");
        assertThatThrownBy(() -> date("\"2024-13-01\"")).hasMessageContaining("not an ISO date");
        assertThatThrownBy(() -> date("null")).hasMessage("no date");
        assertThatThrownBy(() -> date("\"0\"")).hasMessageContaining("out of range");
    }

    @Test
    void authorAndCategoryJoinTheirListsFirst() {
        ImportLine line = parser.parse(3, "{\"id\":7,\"title\":\" T \",\"body\":null,\"date\":\"2020\","
                + "\"author\":\"A\",\"authors\":[\"B\",\"\"],\"category\":\"cocoa\",\"topics\":[\"grain\"],"
                + "\"tags\":\"one\"}");
        assertThat(line.externalId()).isEqualTo("7");
        assertThat(line.title()).isEqualTo("T");
        assertThat(line.bodyMarkdown()).isEmpty();
        assertThat(line.authors()).containsExactly("A", "B");
        assertThat(line.topics()).containsExactly("cocoa", "grain");
        assertThat(line.tags()).containsExactly("one");
    }

    @Test
    void slugLikeNamesAreMadeReadable() {
        assertThat(Vocabulary.displayName("money-fx")).isEqualTo("Money Fx");
        assertThat(Vocabulary.displayName("Argentina")).isEqualTo("Argentina");
    }

    @Test
    void untitledLinesAreSkippedUnlessTheBodyMayLendItsFirstLine() {
        String untitled = "{\"title\":null,\"body\":\"U.K. MONEY MARKET GIVEN HELP LONDON,\\nMarch 16 - The Bank.\","
                + "\"date\":\"1987-03-16\"}";
        assertThatThrownBy(() -> parser.parse(1, untitled)).hasMessage("no title");
        assertThat(new LineParser(true).parse(1, untitled).title()).isEqualTo("U.K. MONEY MARKET GIVEN HELP LONDON,");
        assertThatThrownBy(() -> new LineParser(true).parse(1, "{\"body\":\" \",\"date\":\"2020\"}"))
                .hasMessage("no title");
        assertThat(LineParser.firstLine("word ".repeat(60))).hasSizeLessThanOrEqualTo(120).endsWith("…");
    }
}
