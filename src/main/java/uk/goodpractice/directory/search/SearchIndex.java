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
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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
    private static final String ORDINAL = "ordinal";
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
    private final Map<Integer, List<String>> texts = new java.util.HashMap<>();
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
        Analyzer index = Analysis.index();
        Analyzer query = Analysis.query(acronyms);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int size = docs.stream().mapToInt(Doc::ordinal).max().orElse(-1) + 1;
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(index).setRAMBufferSizeMB(64))) {
            for (Doc d : docs) {
                Document doc = new Document();
                doc.add(new NumericDocValuesField(ORDINAL, d.ordinal()));
                StringBuilder all = new StringBuilder();
                for (int f = 0; f < FIELDS.size(); f++) {
                    String text = f < d.fields().size() ? d.fields().get(f) : null;
                    if (text != null && !text.isBlank()) {
                        doc.add(new TextField(FIELDS.get(f), text, Field.Store.NO));
                        all.append(text).append('\n');
                    }
                }
                doc.add(new TextField(ALL, all.toString(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index in memory", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            int[] ordinalOfDoc = new int[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    ordinalOfDoc[leaf.docBase + doc] = values != null && values.advanceExact(doc) ? (int) values.longValue() : -1;
                }
            }
            SearchIndex built = new SearchIndex(index, query, new IndexSearcher(reader), ordinalOfDoc, size, Map.copyOf(acronyms));
            docs.forEach(d -> built.texts.put(d.ordinal(), d.fields()));
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index in memory", e);
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
