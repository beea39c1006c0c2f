package org.dossier.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the structure a PDF reader relies on: header, cross-reference offsets, trailer, stream lengths. */
final class DemoPdfCheck {

    private DemoPdfCheck() {
    }

    static List<String> problems(byte[] bytes) {
        String pdf = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> problems = new ArrayList<>();
        if (!pdf.startsWith("%PDF-1.4\n")) {
            problems.add("no PDF 1.4 header");
        }
        Matcher start = Pattern.compile("startxref\\n(\\d+)\\n%%EOF\\n$").matcher(pdf);
        if (!start.find()) {
            return List.of("no startxref at the end");
        }
        int xref = Integer.parseInt(start.group(1));
        if (!pdf.startsWith("xref\n", xref)) {
            return List.of("startxref does not point at the xref table");
        }
        Matcher entry = Pattern.compile("(\\d{10}) (\\d{5}) ([nf]) \\n").matcher(pdf);
        entry.region(xref, pdf.length());
        int object = 0;
        while (entry.find()) {
            if (entry.group(3).equals("n") && !pdf.startsWith(object + " 0 obj\n", Integer.parseInt(entry.group(1)))) {
                problems.add("object " + object + " is not at its offset");
            }
            object++;
        }
        Matcher stream = Pattern.compile("/Length (\\d+) >>\\nstream\\n").matcher(pdf);
        while (stream.find()) {
            int end = stream.end() + Integer.parseInt(stream.group(1));
            if (!pdf.startsWith("\nendstream", end)) {
                problems.add("a stream length is wrong");
            }
        }
        if (!pdf.contains("/Root 1 0 R") || object < 7) {
            problems.add("trailer or objects missing");
        }
        return problems;
    }
}
