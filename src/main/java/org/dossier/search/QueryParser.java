package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.search.ParsedQuery.AnyOf;
import org.dossier.search.ParsedQuery.Clause;
import org.dossier.search.ParsedQuery.Phrase;
import org.dossier.search.ParsedQuery.Scope;
import org.dossier.search.ParsedQuery.Words;

/**
 * Reads the query syntax people know from web search: words, {@code "exact phrases"}, {@code -excluded},
 * {@code OR}, and {@code author:}, {@code topic:}, {@code title:} prefixes. It never throws: unbalanced
 * quotes, stray operators, control characters and other debris degrade to plain words or are dropped.
 */
final class QueryParser {

    private final int maxChars;

    QueryParser(int maxChars) {
        this.maxChars = maxChars;
    }

    ParsedQuery parse(String raw) {
        String text = clean(raw);
        List<Clause> clauses = new ArrayList<>();
        boolean pendingOr = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if ((c == '-' || c == '!') && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
            }
            int start = i;
            Scope scope = Scope.ALL;
            int colon = fieldEnd(text, i);
            if (colon > 0) {
                scope = scopeOf(text.substring(i, colon));
                i = colon + 1;
            }
            Clause clause;
            if (i < n && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    // unbalanced quote: the rest is plain words
                    text = text.substring(0, i) + " " + text.substring(i + 1);
                    n = text.length();
                    i = start;
                    continue;
                }
                clause = new Phrase(text.substring(i + 1, close), scope, negated);
                i = close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                String word = text.substring(i, end);
                i = end;
                if (scope == Scope.ALL && !negated && (word.equals("OR") || word.equals("|"))) {
                    pendingOr = !clauses.isEmpty();
                    continue;
                }
                if (scope == Scope.ALL && !negated && (word.equals("AND") || word.equals("&&") || word.equals("+"))) {
                    continue;
                }
                word = word.replace(':', ' ').strip();
                if (word.isEmpty()) {
                    continue;
                }
                clause = new Words(word, scope, negated);
            }
            if (pendingOr && !clause.negated()) {
                Clause previous = clauses.remove(clauses.size() - 1);
                List<Clause> options = new ArrayList<>(previous instanceof AnyOf any ? any.options() : List.of(previous));
                options.add(clause);
                clauses.add(new AnyOf(List.copyOf(options)));
            } else {
                clauses.add(clause);
            }
            pendingOr = false;
        }
        return new ParsedQuery(text.strip(), List.copyOf(clauses));
    }

    /** Control characters become spaces; the length is capped so a pasted book still answers fast. */
    private String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.length() > maxChars ? raw.substring(0, maxChars) : raw;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean junk = Character.isISOControl(cp) || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.FORMAT;
            out.appendCodePoint(junk ? ' ' : cp);
        });
        return out.toString();
    }

    /** The index of the colon ending a known field prefix at {@code i}, or -1. */
    private static int fieldEnd(String text, int i) {
        for (String field : List.of("author", "topic", "title")) {
            int colon = i + field.length();
            if (colon < text.length() - 1 && text.charAt(colon) == ':'
                    && text.regionMatches(true, i, field, 0, field.length())
                    && !Character.isWhitespace(text.charAt(colon + 1))) {
                return colon;
            }
        }
        return -1;
    }

    private static Scope scopeOf(String field) {
        return Scope.valueOf(field.toUpperCase(Locale.ROOT));
    }
}
