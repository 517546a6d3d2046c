package uk.goodpractice.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import java.util.HashMap;

/**
 * A ranked full-text index of one snapshot's documents, held in memory (Lucene, BM25). Each
 * document has four fields, weighted title &gt; summary &gt; sections &gt; contacts; words are
 * matched by their English stem, quoted phrases as phrases, and the acronyms the sources define
 * both ways (see {@link Acronyms}). Immutable once built and safe to share between threads.
 */
public final class SearchIndex {

    /** The fields, in the order of their weight, and the weights. */
    public static final List<String> FIELDS = List.of("title", "summary", "sections", "contacts");
    private static final Map<String, Float> BOOSTS = Map.of("title", 8f, "summary", 4f, "sections", 2f, "contacts", 1f);
    /** The caller's key of a document: updates and deletes find it by this, and the snapshot's ordinal is looked up by it. */
    private static final String KEY = "key";
    /** Every field's text together: a document matches when each word is found somewhere in it. */
    private static final String ALL = "all";
    private static final int FRAGMENT_CHARS = 160;
    private static final int FRAGMENTS_PER_FIELD = 2;

    /**
     * What one document says, by field; {@code ordinal} is the caller's number for it.
     *
     * @param fields the text of each of {@link #FIELDS}, in that order (null or empty where it has none)
     */
    public record Doc(int ordinal, List<String> fields) {
    }

    /** The documents matching a query, best first (ties in the callers' order), and the query for highlighting. */
    public record Hits(int[] ordinals, BitSet matched, Query query) {
        static Hits none(int size) {
            return new Hits(new int[0], new BitSet(size), new MatchNoDocsQuery());
        }
    }

    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final IndexSearcher searcher;
    private final int[] ordinalOfDoc;
    private final Map<Integer, List<String>> texts = new HashMap<>();
    private final int size;
    private final Map<String, String> acronyms;

    private SearchIndex(Analyzer indexAnalyzer, Analyzer queryAnalyzer, IndexSearcher searcher, int[] ordinalOfDoc, int size,
            Map<String, String> acronyms) {
        this.indexAnalyzer = indexAnalyzer;
        this.queryAnalyzer = queryAnalyzer;
        this.searcher = searcher;
        this.ordinalOfDoc = ordinalOfDoc;
        this.size = size;
        this.acronyms = acronyms;
    }

    /**
     * Indexes {@code docs}; {@code acronyms} (lower-cased acronym to expansion, as {@link Acronyms}
     * finds them) are matched both ways at query time.
     */
    public static SearchIndex build(List<Doc> docs, Map<String, String> acronyms) {
        Map<String, Doc> byKey = new LinkedHashMap<>();
        docs.forEach(d -> byKey.put(Integer.toString(d.ordinal()), d));
        return new Maintained().update(byKey, acronyms);
    }

    /**
     * An index kept from one snapshot to the next: each {@link #update} analyses only the documents
     * whose text changed since the last one (by the caller's key, e.g. a slug), and removes those no
     * longer given. The index it returns scores exactly as one built from scratch would: the one
     * segment is merged after each change, so no deleted document's terms count in BM25's statistics.
     * One update at a time; the indexes it returned stay valid (Lucene readers are point-in-time).
     */
    public static final class Maintained {
        private final Analyzer index = Analysis.index();
        private ByteBuffersDirectory dir;
        private IndexWriter writer;
        /** The fields of each document in the index, by key, exactly as they were analysed. */
        private final Map<String, List<String>> indexed = new HashMap<>();

        /** The index of {@code docs} (by key; ordinals are this snapshot's) with {@code acronyms} matched at query time. */
        public synchronized SearchIndex update(Map<String, Doc> docs, Map<String, String> acronyms) {
            try {
                return updateOrFail(docs, acronyms);
            } catch (IOException | RuntimeException e) {
                // a half-applied update is not kept: the next one starts from scratch
                reset();
                if (e instanceof IOException io) {
                    throw new UncheckedIOException("Cannot index in memory", io);
                }
                throw (RuntimeException) e;
            }
        }

        private SearchIndex updateOrFail(Map<String, Doc> docs, Map<String, String> acronyms) throws IOException {
            if (writer == null) {
                dir = new ByteBuffersDirectory();
                writer = new IndexWriter(dir, new IndexWriterConfig(index).setRAMBufferSizeMB(64));
            }
            boolean changed = false;
            for (String gone : indexed.keySet().stream().filter(k -> !docs.containsKey(k)).toList()) {
                writer.deleteDocuments(new Term(KEY, gone));
                indexed.remove(gone);
                changed = true;
            }
            for (Map.Entry<String, Doc> e : docs.entrySet()) {
                List<String> fields = e.getValue().fields().stream().map(f -> f == null ? "" : f).toList();
                if (!fields.equals(indexed.get(e.getKey()))) {
                    writer.updateDocument(new Term(KEY, e.getKey()), document(e.getKey(), fields));
                    indexed.put(e.getKey(), fields);
                    changed = true;
                }
            }
            if (changed) {
                writer.forceMerge(1);
                writer.commit();
            } else if (!DirectoryReader.indexExists(dir)) {
                writer.commit();
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            Map<String, Integer> ordinalOf = new HashMap<>();
            docs.forEach((k, d) -> ordinalOf.put(k, d.ordinal()));
            int[] ordinalOfDoc = new int[reader.maxDoc()];
            Arrays.fill(ordinalOfDoc, -1);
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues keys = leaf.reader().getSortedDocValues(KEY);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (keys != null && keys.advanceExact(doc)) {
                        Integer ordinal = ordinalOf.get(keys.lookupOrd(keys.ordValue()).utf8ToString());
                        ordinalOfDoc[leaf.docBase + doc] = ordinal == null ? -1 : ordinal;
                    }
                }
            }
            int size = docs.values().stream().mapToInt(Doc::ordinal).max().orElse(-1) + 1;
            SearchIndex built = new SearchIndex(index, Analysis.query(acronyms), new IndexSearcher(reader), ordinalOfDoc, size,
                    Map.copyOf(acronyms));
            // the texts already kept for the diff, not this build's copies: one copy of the wording for all snapshots
            docs.forEach((k, d) -> built.texts.put(d.ordinal(), indexed.get(k)));
            return built;
        }

        private static Document document(String key, List<String> fields) {
            Document doc = new Document();
            doc.add(new StringField(KEY, key, Field.Store.NO));
            doc.add(new SortedDocValuesField(KEY, new BytesRef(key)));
            StringBuilder all = new StringBuilder();
            for (int f = 0; f < FIELDS.size(); f++) {
                String text = f < fields.size() ? fields.get(f) : null;
                if (text != null && !text.isBlank()) {
                    doc.add(new TextField(FIELDS.get(f), text, Field.Store.NO));
                    all.append(text).append('\n');
                }
            }
            doc.add(new TextField(ALL, all.toString(), Field.Store.NO));
            return doc;
        }

        private void reset() {
            try {
                if (writer != null) {
                    writer.rollback();
                }
            } catch (IOException | RuntimeException ignored) {
                // dropped all the same
            }
            writer = null;
            dir = null;
            indexed.clear();
        }
    }

    /** The acronyms matched both ways (lower-cased acronym to expansion). */
    public Map<String, String> acronyms() {
        return acronyms;
    }

    /**
     * The documents matching {@code q}: every word (or its stem, or an acronym's expansion) must be
     * found in some field; "quoted phrases" match as phrases; {@code OR}, {@code NOT}, {@code -word}
     * and a trailing {@code *} work as in Lucene's classic syntax. Anything that does not parse is
     * searched for as plain words instead, so no query is an error.
     */
    public Hits search(String q) {
        Query query = parse(q);
        if (query == null) {
            return Hits.none(size);
        }
        try {
            return run(query);
        } catch (IndexSearcher.TooManyClauses | IllegalArgumentException | IllegalStateException e) {
            Query plain = parsePlain(q);
            return plain == null ? Hits.none(size) : run(plain);
        }
    }

    private Hits run(Query query) {
        try {
            TopDocs top = searcher.search(query, Math.max(1, ordinalOfDoc.length));
            ScoreDoc[] docs = top.scoreDocs;
            Integer[] order = new Integer[docs.length];
            for (int k = 0; k < docs.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -docs[k].score).thenComparingInt(k -> ordinalOfDoc[docs[k].doc]));
            int[] ordinals = new int[docs.length];
            BitSet matched = new BitSet(size);
            for (int k = 0; k < docs.length; k++) {
                ordinals[k] = ordinalOfDoc[docs[order[k]].doc];
                matched.set(ordinals[k]);
            }
            return new Hits(ordinals, matched, query);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search in memory", e);
        }
    }

    private Query parse(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        try {
            return query(Lenient.query(q));
        } catch (ParseException | RuntimeException e) {
            return parsePlain(q);
        }
    }

    private Query parsePlain(String q) {
        try {
            return query(QueryParser.escape(q));
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Every word must be found in the text as a whole (so a title word and a section word together
     * match); each field where words are found adds its weighted BM25 score.
     */
    private Query query(String text) throws ParseException {
        Query must = nonEmpty(parser(ALL, QueryParser.Operator.AND).parse(text));
        if (must == null) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(must, BooleanClause.Occur.MUST);
        for (String field : FIELDS) {
            Query scored = nonEmpty(parser(field, QueryParser.Operator.OR).parse(text));
            if (scored != null) {
                query.add(new BoostQuery(scored, BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static Query nonEmpty(Query q) {
        return q == null || q instanceof BooleanQuery b && b.clauses().isEmpty() ? null : q;
    }

    private QueryParser parser(String field, QueryParser.Operator operator) {
        QueryParser parser = new QueryParser(field, queryAnalyzer);
        parser.setDefaultOperator(operator);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    /**
     * The passages of document {@code ordinal} that match {@code hits}' query, per field, with the
     * matches in {@code <mark>} and everything else HTML-escaped, so a page can show them as they are.
     */
    public Map<String, List<String>> highlights(Hits hits, int ordinal) {
        List<String> fields = texts.get(ordinal);
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (fields == null) {
            return result;
        }
        for (int f = 0; f < FIELDS.size() && f < fields.size(); f++) {
            String text = fields.get(f);
            if (text == null || text.isBlank()) {
                continue;
            }
            String field = FIELDS.get(f);
            QueryScorer scorer = new QueryScorer(hits.query(), field);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
            try {
                List<String> fragments = new ArrayList<>();
                for (String fragment : highlighter.getBestFragments(indexAnalyzer, field, text, FRAGMENTS_PER_FIELD)) {
                    fragments.add(fragment.strip().replaceAll("\\s+", " "));
                }
                if (!fragments.isEmpty()) {
                    result.put(field, fragments);
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                // a passage that cannot be highlighted is left out; the hit stands
            }
        }
        return result;
    }

    /** The terms a text is indexed as (for tests and for explaining a match). */
    public List<String> indexTerms(String text) {
        return Analysis.terms(indexAnalyzer, "sections", text);
    }
}
