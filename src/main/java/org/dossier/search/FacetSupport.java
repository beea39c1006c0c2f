package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.dossier.search.SearchResult.FacetValue;
import org.springframework.stereotype.Component;

/**
 * Facet state and counts. The ordinal state is built once per index reader (it maps every facet
 * value to an ordinal) and reused by every search on that reader.
 */
@Component
class FacetSupport {

    static final int TOP = 12;
    private final FacetLabels labels;
    private volatile Cached cached;

    FacetSupport(FacetLabels labels) {
        this.labels = labels;
    }

    private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** The state for this reader, or null when nothing in the index has facets yet. */
    SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        Cached current = cached;
        if (current != null && current.reader == reader) {
            return current.state;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, SearchDocuments.facetsConfig());
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        cached = new Cached(reader, state);
        return state;
    }

    /** Counts per dimension in page order; selected values are always listed, even with a count of 0. */
    Map<String, List<FacetValue>> counts(Facets facets, SearchRequest request) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult result;
            try {
                result = dim.equals("year") ? facets.getAllChildren(dim) : facets.getTopChildren(TOP, dim);
            } catch (IllegalArgumentException unknownDim) {
                result = null;
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetValue(lv.label, labels.label(dim, lv.label), lv.value.longValue()));
                }
            }
            for (String selected : request.filters().getOrDefault(dim, List.of())) {
                if (values.stream().noneMatch(v -> v.value().equals(selected))) {
                    values.add(new FacetValue(selected, labels.label(dim, selected), 0));
                }
            }
            if (dim.equals("year")) {
                values.sort(Comparator.comparing(FacetValue::value).reversed());
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }
}
