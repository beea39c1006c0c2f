package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.dossier.search.ParsedQuery.Alternatives;
import org.dossier.search.ParsedQuery.AnyOf;
import org.dossier.search.ParsedQuery.Clause;
import org.dossier.search.ParsedQuery.Phrase;
import org.dossier.search.ParsedQuery.Scope;
import org.dossier.search.ParsedQuery.Words;

/**
 * Turns a parsed query into a Lucene query ranked by BM25. Each word looks in the flat text field and,
 * with a small boost, in the title; Hangul words use the Nori fields instead (see {@link Analyzers}).
 * A word the index has never seen also matches its near spellings (fuzzy, up to two edits). A two-word phrase
 * of the text is looked up as one word pair ({@link PairPhraseQuery}): same matches and scores, far less work.
 */
final class LuceneQueries {

    /** How all positive clauses combine: every one required, or any one enough (the fallback). */
    enum Mode { ALL, ANY }

    /** Title boost relative to the flat text field; tuned on SciFact's train queries only. */
    static final float TITLE_BOOST = 0.3f;
    /** Up to this many words all must match; a longer query (a pasted sentence) ranks by any of its words. */
    static final int MAX_ALL_WORDS = 6;
    /** A word in at most this many documents is probably a typo (even a corpus has "nucelar" once). */
    static final int RARE = 2;
    private final float titleBoost;
    private final QueryBuilder english = new QueryBuilder(Analyzers.english());
    private final QueryBuilder korean = new QueryBuilder(new KoreanAnalyzer());
    private final QueryBuilder plain = new QueryBuilder(Analyzers.plain());
    private final Analyzer plainAnalyzer = Analyzers.plain();

    LuceneQueries() {
        this(TITLE_BOOST);
    }

    LuceneQueries(float titleBoost) {
        this.titleBoost = titleBoost;
    }

    /** The first mode to try: every word for short queries, any word for long ones. */
    Mode initialMode(ParsedQuery query) throws IOException {
        return positiveClauses(query) > MAX_ALL_WORDS ? Mode.ANY : Mode.ALL;
    }

    /** The Lucene query, with rare words' near spellings expanded against {@code reader}. */
    Query build(ParsedQuery query, Mode mode, IndexReader reader) throws IOException {
        return build(query, mode, reader == null ? null : new Expansions(reader));
    }

    /** The Lucene query; {@code expansions} answers whether a word is known and holds its near spellings, or null. */
    Query build(ParsedQuery query, Mode mode, Expansions expansions) throws IOException {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        boolean positive = false;
        for (Clause clause : query.clauses()) {
            Query q = clause(clause, expansions);
            if (q == null) {
                continue;
            }
            if (clause.negated()) {
                top.add(q, Occur.MUST_NOT);
            } else {
                boolean fielded = (clause instanceof Words w && w.scope() != Scope.ALL)
                        || (clause instanceof Phrase p && p.scope() != Scope.ALL);
                top.add(q, mode == Mode.ALL || fielded ? Occur.MUST : Occur.SHOULD);
                positive = true;
            }
        }
        if (!positive) {
            top.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return top.build();
    }

    /** Number of positive clauses that actually produce a query (stop words alone produce none). */
    int positiveClauses(ParsedQuery query) throws IOException {
        int n = 0;
        for (Clause c : query.clauses()) {
            if (!c.negated() && clause(c, null) != null) {
                n++;
            }
        }
        return n;
    }

    private Query clause(Clause clause, Expansions expansions) throws IOException {
        if (clause instanceof Words w) {
            return words(w.text(), w.scope(), expansions);
        }
        if (clause instanceof Phrase p) {
            return phrase(p.text(), p.scope());
        }
        if (clause instanceof AnyOf any) {
            List<Query> options = new ArrayList<>();
            for (Clause option : any.options()) {
                options.add(clause(option, expansions));
            }
            return anyOf(options);
        }
        Alternatives a = (Alternatives) clause;
        return anyOf(a.phrasings().stream().map(s -> phrase(s, a.scope())).toList());
    }

    private Query words(String text, Scope scope, Expansions expansions) throws IOException {
        if (scope != Scope.ALL) {
            return scoped(text, scope, false);
        }
        if (Analyzers.isKorean(text)) {
            return korean.createBooleanQuery(Fields.TEXT_KO, text, Occur.MUST);
        }
        Query body = english.createBooleanQuery(Fields.TEXT, text, Occur.MUST);
        if (body == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(body, Occur.SHOULD);
        Query title = english.createBooleanQuery(Fields.TITLE, text, Occur.MUST);
        if (title != null && titleBoost > 0) {
            b.add(new BoostQuery(title, titleBoost), Occur.SHOULD);
        }
        String single = singleToken(text);
        if (expansions != null && single != null && single.length() >= 4
                && expansions.reader().docFreq(new Term(Fields.SPELL, single)) <= RARE) {
            b.add(expansions.fuzzy(single, single.length() >= 7 ? 2 : 1), Occur.SHOULD);
        }
        return b.build();
    }

    private Query phrase(String text, Scope scope) {
        if (scope != Scope.ALL) {
            return scoped(text, scope, true);
        }
        if (Analyzers.isKorean(text)) {
            return korean.createPhraseQuery(Fields.TEXT_KO, text);
        }
        Query query = english.createPhraseQuery(Fields.TEXT, text);
        return query instanceof PhraseQuery p && PairPhraseQuery.covers(p) ? new PairPhraseQuery(p) : query;
    }

    private Query scoped(String text, Scope scope, boolean phrase) {
        String field = switch (scope) {
            case TITLE -> Analyzers.isKorean(text) ? Fields.TITLE_KO : Fields.TITLE;
            case AUTHOR -> Fields.AUTHORS;
            case TOPIC -> Fields.TOPICS;
            case ALL -> Fields.TEXT;
        };
        QueryBuilder builder = field.equals(Fields.TITLE_KO) ? korean : english;
        return phrase ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text, Occur.MUST);
    }

    private static Query anyOf(List<Query> options) {
        List<Query> present = new ArrayList<>(options.stream().filter(q -> q != null).toList());
        if (present.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        present.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /** The word as one lower-cased, folded token, or null when it is several tokens. */
    private String singleToken(String text) throws IOException {
        List<String> tokens = Tokens.of(plainAnalyzer, Fields.SPELL, text);
        return tokens.size() == 1 ? tokens.get(0).toLowerCase(Locale.ROOT) : null;
    }
}
