package org.dossier.admin;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) between two revisions; small inputs, so the quadratic table is fine. */
final class LineDiff {

    private static final int MAX_LINES = 4000;

    private LineDiff() {
    }

    static List<DiffLine> between(List<String> before, List<String> after) {
        List<String> a = before.size() > MAX_LINES ? before.subList(0, MAX_LINES) : before;
        List<String> b = after.size() > MAX_LINES ? after.subList(0, MAX_LINES) : after;
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<DiffLine> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new DiffLine(DiffLine.Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new DiffLine(DiffLine.Kind.DEL, a.get(i++)));
            } else {
                out.add(new DiffLine(DiffLine.Kind.ADD, b.get(j++)));
            }
        }
        while (i < a.size()) {
            out.add(new DiffLine(DiffLine.Kind.DEL, a.get(i++)));
        }
        while (j < b.size()) {
            out.add(new DiffLine(DiffLine.Kind.ADD, b.get(j++)));
        }
        return out;
    }
}
