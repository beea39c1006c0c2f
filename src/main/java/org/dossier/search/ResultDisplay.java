package org.dossier.search;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a result shows besides its snippet, kept in one binary doc-values field per document. Reading
 * it touches a few hundred bytes; reading stored fields would decompress the whole stored document,
 * snippet text included (profiled: a tenth of a search's time). Indexes of layout 1 have no such
 * field, and their results are read from the stored fields while they are being upgraded.
 *
 * @param date the publication date as yyyy-mm-dd, null for experts
 */
record ResultDisplay(String title, String url, String kind, String type, String section, String date,
                     List<String> authors) {

    private static final Set<String> STORED = Set.of(Fields.TITLE, Fields.URL, Fields.KIND, Fields.TYPE_NAME,
            Fields.SECTION_NAME, Fields.DATE, Fields.AUTHOR_NAMES);

    /** The doc-values field of a document; {@code date} is epoch millis or null. */
    static BinaryDocValuesField field(String title, String url, String kind, String type, String section, Long date,
                                      List<String> authors) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(title);
            out.writeString(url);
            out.writeString(kind);
            out.writeString(type);
            out.writeString(section);
            out.writeString(date == null ? "" : day(date));
            out.writeVInt(authors.size());
            for (String author : authors) {
                out.writeString(author);
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible); // an in-memory output does not fail
        }
        return new BinaryDocValuesField(Fields.DISPLAY, new BytesRef(out.toArrayCopy()));
    }

    /** The display of a top-level document id. */
    static ResultDisplay of(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.DISPLAY);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            return stored(leaf.reader().storedFields().document(doc - leaf.docBase, STORED));
        }
        BytesRef bytes = values.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String title = in.readString();
        String url = in.readString();
        String kind = in.readString();
        String type = in.readString();
        String section = in.readString();
        String date = in.readString();
        int count = in.readVInt();
        List<String> authors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            authors.add(in.readString());
        }
        return new ResultDisplay(title, url, kind, type, section, date.isEmpty() ? null : date, List.copyOf(authors));
    }

    private static ResultDisplay stored(Document doc) {
        var date = doc.getField(Fields.DATE);
        return new ResultDisplay(doc.get(Fields.TITLE), doc.get(Fields.URL), doc.get(Fields.KIND),
                doc.get(Fields.TYPE_NAME), doc.get(Fields.SECTION_NAME),
                date == null ? null : day(date.numericValue().longValue()), List.of(doc.getValues(Fields.AUTHOR_NAMES)));
    }

    private static String day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
