package uk.goodpractice.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * How text becomes terms. Indexing and querying share one chain (words, possessives dropped,
 * lower case, accents folded, Porter stem, and "-acy" brought to "-ate": "advocacy" and
 * "advocate" meet at "advoc"); queries
 * add the acronyms as a synonym graph before stemming, so "FDAC" also looks for the phrase
 * "family drug and alcohol court" and that phrase also for "FDAC". No stop words are removed, so
 * a quoted phrase matches exactly the words printed.
 */
final class Analysis {

    private Analysis() {
    }

    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new AcyStemFilter(new PorterStemFilter(words(source))));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer query(Map<String, String> acronyms) {
        SynonymMap synonyms = synonyms(acronyms);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = words(source);
                if (synonyms != null) {
                    words = new SynonymGraphFilter(words, synonyms, true);
                }
                return new TokenStreamComponents(source, new AcyStemFilter(new PorterStemFilter(words)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static TokenStream words(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    /** Each acronym to its expansion and back, both as the word chain before stemming makes them. */
    private static SynonymMap synonyms(Map<String, String> acronyms) {
        if (acronyms.isEmpty()) {
            return null;
        }
        Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, words(source));
            }
        };
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        acronyms.forEach((acronym, expansion) -> {
            List<String> a = terms(plain, acronym);
            List<String> e = terms(plain, expansion);
            if (a.size() == 1 && e.size() > 1) {
                CharsRef word = new CharsRef(a.get(0));
                CharsRef phrase = SynonymMap.Builder.join(e.toArray(String[]::new), new CharsRefBuilder());
                builder.add(word, phrase, true);
                builder.add(phrase, word, true);
            }
        });
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        return terms(analyzer, "", text);
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
