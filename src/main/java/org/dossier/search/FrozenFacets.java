package org.dossier.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * Facet counts read out once, so that many threads can share them: a count object of Lucene's keeps a
 * doc-values reader for its labels, which must not be used by two threads at a time. Answers exactly the
 * questions {@link FacetSupport} asks (the top {@link FacetSupport#TOP} values of each dimension, every
 * year), each as Lucene answered it when frozen.
 */
final class FrozenFacets extends Facets {

    private final Map<String, FacetResult> top = new HashMap<>();
    private final Map<String, FacetResult> all = new HashMap<>();

    FrozenFacets(Facets counts) throws IOException {
        for (String dim : Fields.FACETS) {
            top.put(dim, read(counts, dim, false));
            all.put(dim, read(counts, dim, true));
        }
    }

    /** Null for a dimension the index does not have yet (Lucene says so with an exception). */
    private static FacetResult read(Facets counts, String dim, boolean every) throws IOException {
        try {
            return every ? counts.getAllChildren(dim) : counts.getTopChildren(FacetSupport.TOP, dim);
        } catch (IllegalArgumentException unknownDim) {
            return null;
        }
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        return answer(all, dim, path);
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        if (topN != FacetSupport.TOP) {
            throw new UnsupportedOperationException("only the top " + FacetSupport.TOP + " were kept");
        }
        return answer(top, dim, path);
    }

    private static FacetResult answer(Map<String, FacetResult> results, String dim, String... path) {
        if (path.length > 0 || !results.containsKey(dim)) {
            throw new UnsupportedOperationException("not kept: " + dim);
        }
        return results.get(dim);
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
        throw new UnsupportedOperationException("not kept");
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
        throw new UnsupportedOperationException("not kept");
    }
}
