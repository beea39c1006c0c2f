package org.dossier.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small but valid PDF 1.4 with real text (Helvetica, WinAnsi), written object by object with a
 * correct cross-reference table, so text extraction (search) can read it. Non-Latin-1 characters
 * are replaced, since the standard fonts cannot show them.
 */
final class Pdf {

    private static final int LINES_PER_PAGE = 46;
    private static final int WIDTH = 92;

    private Pdf() {
    }

    static byte[] document(String title, String byline, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            lines.addAll(wrap(p));
            lines.add("");
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += LINES_PER_PAGE) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + LINES_PER_PAGE)));
        }
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            kids.append(6 + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        objects.add("<< /Title (" + escape(title) + ") /Author (Hanbridge Institute) /Producer (Dossier demo) >>");
        for (int i = 0; i < pages.size(); i++) {
            String stream = content(i == 0 ? title : null, i == 0 ? byline : null, pages.get(i), i + 1);
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R"
                    + " /F2 4 0 R >> >> /Contents " + (7 + 2 * i) + " 0 R >>");
            objects.add("<< /Length " + stream.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n"
                    + stream + "\nendstream");
        }
        return assemble(objects);
    }

    private static byte[] assemble(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 5 0 R >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String content(String title, String byline, List<String> lines, int page) {
        StringBuilder s = new StringBuilder("BT\n");
        int y = 740;
        if (title != null) {
            s.append("/F2 17 Tf 72 ").append(y).append(" Td (").append(escape(title)).append(") Tj\n");
            s.append("/F1 10 Tf 0 -22 Td (").append(escape(byline)).append(") Tj\n");
            s.append("14 TL 0 -28 Td\n");
        } else {
            s.append("/F1 10 Tf 14 TL 72 ").append(y).append(" Td\n");
        }
        s.append("/F1 10 Tf\n");
        for (String line : lines) {
            s.append('(').append(escape(line)).append(") Tj T*\n");
        }
        s.append("ET\nBT /F1 8 Tf 72 40 Td (Hanbridge Institute - page ").append(page).append(") Tj ET");
        return s.toString();
    }

    static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '(', ')', '\\' -> out.append('\\').append(c);
                case '\u2014', '\u2013' -> out.append('-');
                case '\u2018', '\u2019' -> out.append('\'');
                case '\u201c', '\u201d' -> out.append('"');
                default -> out.append(c < 256 ? c : '?');
            }
        }
        return out.toString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
