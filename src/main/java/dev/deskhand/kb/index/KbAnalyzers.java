package dev.deskhand.kb.index;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis chains. English: standard tokens, possessives, lower case, ASCII folding, stop words, stemming.
 * Korean: Nori in MIXED decompound mode (compounds are kept next to their parts) dropping only particles and
 * endings, plus whitespace-blind Hangul bigrams. Synonyms are applied at query time only (editing
 * {@code synonyms.txt} never needs a re-index), per language, by {@link SynonymExpander}.
 */
public final class KbAnalyzers {

    private static final Logger LOG = LoggerFactory.getLogger(KbAnalyzers.class);

    /** Only pure grammatical morphemes: brand names, loanwords and unknown words must stay searchable. */
    private static final Set<POS.Tag> KOREAN_STOP_TAGS = EnumSet.of(POS.Tag.J, POS.Tag.E);

    /** Length of the character n-grams that let "mails" meet "email" and "strike through" meet "strikethrough". */
    static final int GRAM = 3;

    /** How English words are reduced to a stem. */
    public enum Stemmer { PORTER, KSTEM, MINIMAL }

    /** Which English words are too common to search for. */
    public enum StopWords {
        /** Lucene's short default list (articles, prepositions, "is", "it"…). */
        LUCENE,
        /** The Snowball list: pronouns, auxiliaries and question words too. */
        SNOWBALL,
        /** Snowball without negations and verb particles, which change meaning in support questions. */
        SNOWBALL_KEEP_MEANING
    }

    public final Analyzer englishIndex;
    public final Analyzer koreanIndex;
    public final SynonymExpander englishSynonyms;
    public final SynonymExpander koreanSynonyms;
    /** Lines of the synonyms file that could not be read, as "line N: text (reason)". */
    final List<String> rejectedSynonyms;
    public final Analyzer bigrams;
    public final Analyzer englishGrams;
    public final Analyzer spelling;
    /** Korean words as keystrokes ({@link KoreanKeysFilter}), the vocabulary Korean typos are corrected against. */
    public final Analyzer koreanKeys;
    /** Nori's words of a text with their parts of speech, nothing dropped: where a Korean typo may be. */
    public final Analyzer koreanMorphemes;
    private final Analyzer perField;

    public KbAnalyzers(Optional<String> synonymRules, Stemmer stemmer, StopWords stopWords) {
        CharArraySet stops = stopSet(stopWords);
        englishIndex = english(stemmer, stops);
        koreanIndex = korean();
        bigrams = analyzer(HangulBigramTokenizer::new, ts -> ts);
        englishGrams = analyzer(StandardTokenizer::new,
                ts -> new NGramTokenFilter(new StopFilter(englishNormalisation(ts), stops), GRAM, GRAM, false));
        spelling = analyzer(StandardTokenizer::new, ts -> new ASCIIFoldingFilter(new LowerCaseFilter(ts)));
        koreanKeys = analyzer(() -> noriTokenizer(KoreanTokenizer.DecompoundMode.NONE),
                ts -> new KoreanKeysFilter(new KoreanPartOfSpeechStopFilter(ts, KOREAN_STOP_TAGS)));
        koreanMorphemes = analyzer(() -> noriTokenizer(KoreanTokenizer.DecompoundMode.NONE), ts -> ts);
        String rules = synonymRules.orElse("");
        // Rules are matched on chains without stacked tokens and light on stemming ("customs" must not match
        // "customer", as Porter would have it); their synonyms are stored in the searched fields' form.
        Analyzer englishMatching = analyzer(StandardTokenizer::new, ts -> new EnglishMinimalStemFilter(
                englishNormalisation(ts)));
        Analyzer koreanWords = analyzer(() -> noriTokenizer(KoreanTokenizer.DecompoundMode.NONE),
                ts -> new LowerCaseFilter(new KoreanPartOfSpeechStopFilter(ts, KOREAN_STOP_TAGS)));
        SynonymRules.Parsed english = SynonymRules.parse(rules, englishMatching);
        englishSynonyms = SynonymExpander.of(english, englishMatching, englishIndex);
        // Korean rules are read through Nori, whose dictionaries take longer to load than opening the index: at the
        // first Korean question (or LuceneKnowledgeBase's background preparation), not before the index is ready.
        koreanSynonyms = SynonymExpander.deferred(
                () -> SynonymExpander.of(SynonymRules.parse(rules, koreanWords), koreanWords, koreanWords));
        rejectedSynonyms = english.rejected();
        rejectedSynonyms.forEach(line -> LOG.warn("Ignoring synonym rule {}", line));
        perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return indexAnalyzer(fieldName);
            }
        };
    }

    /** The index-time analyzer of every field, chosen by the field's suffix. */
    Analyzer perFieldIndexAnalyzer() {
        return perField;
    }

    public Analyzer indexAnalyzer(String field) {
        if (field.endsWith(Fields.KO)) {
            return koreanIndex;
        }
        if (field.endsWith(Fields.BIGRAM)) {
            return bigrams;
        }
        if (field.endsWith(Fields.NGRAM)) {
            return englishGrams;
        }
        if (field.equals(Fields.SPELL)) {
            return spelling;
        }
        if (field.equals(Fields.SPELL_KEYS)) {
            return koreanKeys;
        }
        return englishIndex;
    }

    private static TokenStream englishNormalisation(TokenStream ts) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(ts)));
    }

    private static Analyzer english(Stemmer stemmer, CharArraySet stops) {
        return analyzer(StandardTokenizer::new, ts -> stem(stemmer, new StopFilter(englishNormalisation(ts), stops)));
    }

    private static TokenStream stem(Stemmer stemmer, TokenStream s) {
        return switch (stemmer) {
            case PORTER -> new PorterStemFilter(s);
            case KSTEM -> new KStemFilter(s);
            case MINIMAL -> new EnglishMinimalStemFilter(s);
        };
    }

    private static final List<String> MEANINGFUL = List.of("no", "nor", "not", "off", "on", "up", "down", "out",
            "over", "under", "again", "before", "after", "only", "all", "more", "most", "same", "few", "can't",
            "cannot", "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "haven't", "hasn't");

    private static CharArraySet stopSet(StopWords choice) {
        if (choice == StopWords.LUCENE) {
            return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        }
        try (var in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            CharArraySet words = WordlistLoader.getSnowballWordSet(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            if (choice == StopWords.SNOWBALL_KEEP_MEANING) {
                CharArraySet kept = new CharArraySet(words.size(), true);
                for (Object w : words) {
                    String word = new String((char[]) w);
                    if (!MEANINGFUL.contains(word)) {
                        kept.add(word);
                    }
                }
                words = kept;
            }
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Lucene's Snowball stop list is missing", e);
        }
    }

    private static Analyzer korean() {
        return analyzer(() -> noriTokenizer(KoreanTokenizer.DecompoundMode.MIXED),
                ts -> new LowerCaseFilter(new KoreanPartOfSpeechStopFilter(ts, KOREAN_STOP_TAGS)));
    }

    private static Tokenizer noriTokenizer(KoreanTokenizer.DecompoundMode mode) {
        return new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, mode, false, true);
    }

    interface TokenizerFactory {
        Tokenizer create();
    }

    interface FilterChain {
        TokenStream apply(TokenStream tokens);
    }

    static Analyzer analyzer(TokenizerFactory tokenizer, FilterChain filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.create();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
