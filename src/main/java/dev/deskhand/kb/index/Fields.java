package dev.deskhand.kb.index;

/** Names of the index fields. Text fields exist once per analysis chain, told apart by suffix. */
public final class Fields {

    public static final String EN = "_en";
    public static final String KO = "_ko";
    public static final String BIGRAM = "_bg";
    public static final String NGRAM = "_ng";

    /** "article" for a whole article, "passage" for a section, paragraph or line. */
    public static final String KIND = "kind";
    public static final String ARTICLE = "article";
    static final String PASSAGE = "passage";

    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String TAG = "tag";
    public static final String LANG = "lang";

    public static final String TITLE = "title";
    public static final String ALIASES = "aliases";
    public static final String TAGS = "tags";
    public static final String BODY = "body";
    public static final String PASSAGE_TEXT = "ptext";
    public static final String SECTION_TITLE = "section_title";
    public static final String SECTION_ANCHOR = "section_anchor";

    /** SHA-256 of an article's file, stored on its whole-article doc to find changed files on a restart. */
    static final String HASH = "sha256";
    /** Meaning vector of a question-like passage. */
    static final String VECTOR = "vector";

    /** Unstemmed words of every article, the vocabulary for spelling suggestions. */
    public static final String SPELL = "spell";
    /** Korean words of every article as 2-set keystrokes ({@link Jamo}), the vocabulary for Korean typos. */
    public static final String SPELL_KEYS = "spell_keys";

    private Fields() {
    }
}
