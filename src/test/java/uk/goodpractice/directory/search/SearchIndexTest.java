package uk.goodpractice.directory.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.LinkedHashMap;

class SearchIndexTest {

    private static final List<String> TEXTS = List.of(
            "Family Drug and Alcohol Court (FDAC)",
            "Daybreak tests a new model of Family Group Conference (FGC) delivery",
            "Multi-Agency Safeguarding Hub (MASH) in Leeds",
            "the court sits (PLO) on Mondays");

    private static final SearchIndex INDEX = SearchIndex.build(List.of(
            doc(0, "Family Drug and Alcohol Court", "A problem-solving court", "Parents get intensive support.", null),
            doc(1, "Parent mentors", "Mentors for parents in care proceedings", "FDAC teams work beside the court.", null),
            doc(2, "Advocates for children", null, "An independent advocate speaks for the child.", null),
            doc(3, "Court capacity", "Family court listings", "Alcohol and drug services refer families to the court.", null),
            doc(4, "Hope boxes", "Memory boxes for <mothers> & babies", "Sections with \"quotes\".", "Sam Taylor, FDAC coordinator"),
            doc(5, "Support for families", null, "Family Group Conferencing is offered to every family.", null)),
            Acronyms.definedIn(TEXTS));

    private static SearchIndex.Doc doc(int ordinal, String title, String summary, String sections, String contacts) {
        return new SearchIndex.Doc(ordinal, Arrays.asList(title, summary, sections, contacts));
    }

    private static List<Integer> found(String q) {
        return Arrays.stream(INDEX.search(q).ordinals()).boxed().toList();
    }

    @Nested
    class Acronyms_ {

        @Test
        void anAcronymInBracketsIsLearntWithTheWordsWhoseInitialsSpellIt() {
            Map<String, String> found = Acronyms.definedIn(TEXTS);
            assertEquals("family drug and alcohol court", found.get("fdac"));
            assertEquals("family group conference", found.get("fgc"));
            assertEquals("multi-agency safeguarding hub", found.get("mash"));
        }

        @Test
        void theMemoAnswersAsAFreshReading_asTheWordingChangesBetweenSnapshots() {
            Acronyms.Memo memo = new Acronyms.Memo();
            List<List<String>> snapshots = List.of(
                    TEXTS,
                    // an earlier text now defines FGC differently: the first text to define it wins, as before
                    List.of("Family Group Courts (FGC)", TEXTS.get(1), TEXTS.get(0)),
                    // one definition gone, one text unchanged, one new
                    List.of(TEXTS.get(0), "Independent Reviewing Officer (IRO) visits"),
                    List.of(),
                    TEXTS);
            for (List<String> texts : snapshots) {
                assertEquals(Acronyms.definedIn(texts), memo.definedIn(texts), texts.toString());
            }
            assertEquals("family group courts", memo.definedIn(snapshots.get(1)).get("fgc"));
        }

        @Test
        void aBracketWhoseLettersTheWordsBeforeItDoNotSpellIsNoAcronym() {
            assertTrue(!Acronyms.definedIn(TEXTS).containsKey("plo"), Acronyms.definedIn(TEXTS).toString());
        }
    }

    @Test
    void wordsMatchByTheirEnglishStem() {
        assertEquals(List.of(2), found("advocacy"));
        assertEquals(List.of(2), found("advocating"));
    }

    @Test
    void anAcronymFindsItsWords_andTheWordsFindTheAcronym() {
        List<Integer> byAcronym = found("FDAC");
        assertTrue(byAcronym.containsAll(List.of(0, 1, 4)), byAcronym.toString());
        List<Integer> byWords = found("family drug and alcohol court");
        assertTrue(byWords.containsAll(List.of(0, 1)), byWords.toString());
    }

    @Test
    void aQuotedPhraseMatchesOnlyTheWordsInThatOrder() {
        assertEquals(List.of(0), found("\"drug and alcohol court\""));
        assertTrue(found("alcohol drug court").containsAll(List.of(0, 3)));
    }

    @Test
    void everyWordMustBeFound() {
        assertEquals(List.of(), found("hope zzzzunknown"));
    }

    @Test
    void aTitleMatchRanksAboveASectionMatch() {
        // "support" is in the title of 5 and in the section text of 0
        assertEquals(List.of(5, 0), found("support"));
        // "court" is in the titles of 0 and 3, only in the section text of 1
        List<Integer> court = found("court");
        assertEquals(1, court.get(court.size() - 1), court.toString());
    }

    @Test
    void highlightsMarkTheMatches_andEscapeTheText() {
        SearchIndex.Hits hits = INDEX.search("boxes mothers");
        Map<String, List<String>> h = INDEX.highlights(hits, 4);
        assertEquals(List.of("<mark>Hope</mark> <mark>boxes</mark>").size(), h.get("title").size());
        assertTrue(h.get("title").get(0).contains("<mark>boxes</mark>"), h.toString());
        assertEquals("Memory <mark>boxes</mark> for &lt;<mark>mothers</mark>&gt; &amp; babies", h.get("summary").get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "title:court", "*", "court~", "/co.rt/", "((court", "court)", "AND", "court AND",
            "\\", "[a TO z]", "{}", "^2", "!", "&&", "||", "-", "+", "court^100", "?ourt", "c*t", "\u0000", "NOT", "\"\"", "::::"})
    void hostileSyntaxNeverThrows(String q) {
        INDEX.search(q);
    }

    @Test
    void fieldAndRegexSyntaxIsSearchedAsWords() {
        assertEquals(found("court drug"), found("court:drug"));
        assertEquals(found("co rt"), found("/co.rt/").isEmpty() ? List.of() : found("co rt"));
    }

    @Nested
    class KeptBetweenSnapshots {

        private Map<String, SearchIndex.Doc> docs(boolean fillersMentionAlcohol) {
            Map<String, SearchIndex.Doc> docs = new LinkedHashMap<>();
            docs.put("x", doc(0, "court", null, "alcohol", null));
            docs.put("y", doc(1, "alcohol", null, "court", null));
            for (int k = 2; k < 8; k++) {
                docs.put("court-" + k, doc(k, "court hearing", null, "court list", null));
            }
            for (int k = 8; k < 20; k++) {
                String word = fillersMentionAlcohol ? "alcohol" : "drug";
                docs.put("filler-" + k, doc(k, word + " unit", null, word + " service", null));
            }
            return docs;
        }

        @Test
        void anUpdatedIndexRanksExactlyAsOneBuiltFromScratch() {
            SearchIndex.Maintained kept = new SearchIndex.Maintained();
            kept.update(docs(true), Map.of());
            // the fillers no longer say "alcohol": had their old text still counted, "alcohol" would weigh less than "court"
            SearchIndex updated = kept.update(docs(false), Map.of());
            SearchIndex fresh = SearchIndex.build(List.copyOf(docs(false).values()), Map.of());

            assertEquals(List.of(1, 0), Arrays.stream(fresh.search("court alcohol").ordinals()).boxed().toList());
            for (String q : List.of("court alcohol", "court", "alcohol", "drug unit", "hearing OR service")) {
                assertEquals(Arrays.stream(fresh.search(q).ordinals()).boxed().toList(),
                        Arrays.stream(updated.search(q).ordinals()).boxed().toList(), q);
            }
        }

        @Test
        void aDocumentNoLongerGivenIsNoLongerFound_andTheEarlierIndexStillAnswers() {
            SearchIndex.Maintained kept = new SearchIndex.Maintained();
            SearchIndex before = kept.update(docs(false), Map.of());
            Map<String, SearchIndex.Doc> fewer = docs(false);
            fewer.remove("y");
            SearchIndex after = kept.update(fewer, Map.of());

            assertEquals(List.of(0), Arrays.stream(after.search("court alcohol").ordinals()).boxed().toList());
            assertEquals(List.of(1, 0), Arrays.stream(before.search("court alcohol").ordinals()).boxed().toList());
        }
    }
}
