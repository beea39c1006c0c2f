package org.dossier.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference text and files for known inputs. */
class CitationStylesTest {

    private final Citation two = new Citation(7, "Sanctions and the Won", List.of(Citation.Name.of("Ada Park"),
            Citation.Name.of("Min-jun Lee")), LocalDate.of(2024, 3, 4), "https://ex.org/reports/won", "/reports/won",
            "The Hanbridge Institute", "report", "Report", "Why the won fell.", "https://ex.org/won.pdf");
    private final Citation anonymous = new Citation(8, "Notes {on} 50% of #1_things", List.of(), LocalDate.of(2023, 5,
            1), "https://ex.org/blog/notes", "/blog/notes", "The Hanbridge Institute", "blog-post", "Blog Post", "",
            null);

    @Test
    void chicagoApaAndMlaFollowTheirStyles() {
        assertThat(CitationStyles.chicago(two)).isEqualTo("Park, Ada, and Min-jun Lee. “Sanctions and the Won.” "
                + "The Hanbridge Institute, March 4, 2024. https://ex.org/reports/won.");
        assertThat(CitationStyles.apa(two)).isEqualTo("Park, A., & Lee, M.-J. (2024, March 4). Sanctions and the Won. "
                + "The Hanbridge Institute. https://ex.org/reports/won");
        assertThat(CitationStyles.mla(two)).isEqualTo("Park, Ada, and Min-jun Lee. “Sanctions and the Won.” "
                + "The Hanbridge Institute, 4 Mar. 2024, https://ex.org/reports/won.");
        assertThat(CitationStyles.apa(anonymous)).startsWith("Notes {on} 50% of #1_things. (2023, May 1). ");
        assertThat(CitationStyles.mla(anonymous)).contains("1 May 2023");
    }

    @Test
    void bibtexEscapesSpecialCharactersAndUsesReportTypes() {
        assertThat(CitationFormats.bibtex(two)).startsWith("@techreport{park2024sanctions,\n")
                .contains("author = {Park, Ada and Lee, Min-jun}", "institution = {The Hanbridge Institute}",
                        "year = {2024}", "month = {mar}");
        assertThat(CitationFormats.bibtex(anonymous)).startsWith("@misc{dossier2023notes,")
                .contains("title = {{Notes \\{on\\} 50\\% of \\#1\\_things}}");
    }

    @Test
    void risAndCslJsonCarryAuthorsDatesAndPdf() {
        String ris = CitationFormats.ris(two);
        assertThat(ris).startsWith("TY  - RPRT\r\n").contains("AU  - Park, Ada\r\nAU  - Lee, Min-jun\r\n",
                "DA  - 2024/03/04\r\n", "L1  - https://ex.org/won.pdf\r\n").endsWith("ER  - \r\n");
        assertThat(CitationFormats.cslJson(two)).contains("\"type\":\"report\"",
                "\"author\":[{\"family\":\"Park\",\"given\":\"Ada\"}", "\"issued\":{\"date-parts\":[[2024,3,4]]}");
        assertThat(two.highwireDate()).isEqualTo("2024/03/04");
    }
}
