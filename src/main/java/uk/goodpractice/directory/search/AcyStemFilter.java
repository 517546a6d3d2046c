package uk.goodpractice.directory.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * After the Porter stemmer: brings nouns in "-acy" to the stem of their verb or adjective in
 * "-ate", which Porter leaves apart ("advocacy" → "advocaci", "advocate" → "advoc"; likewise
 * literacy/literate, accuracy/accurate, intimacy/intimate), so searching either finds both.
 */
final class AcyStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    AcyStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int n = term.length();
        if (!keyword.isKeyword() && n > 6 && term.charAt(n - 3) == 'a' && term.charAt(n - 2) == 'c' && term.charAt(n - 1) == 'i') {
            term.setLength(n - 3);
        }
        return true;
    }
}
