package dev.deskhand.kb;

/** Names of the index fields. Text fields exist once per analysis chain, told apart by suffix. */
final class Fields {

    static final String EN = "_en";
    static final String KO = "_ko";
    static final String BIGRAM = "_bg";
    static final String NGRAM = "_ng";

    /** "article" for a whole article, "passage" for a section, paragraph or line. */
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String PASSAGE = "passage";

    static final String ID = "id";
    static final String TYPE = "type";
    static final String TAG = "tag";
    static final String LANG = "lang";

    static final String TITLE = "title";
    static final String ALIASES = "aliases";
    static final String TAGS = "tags";
    static final String BODY = "body";
    static final String PASSAGE_TEXT = "ptext";
    static final String SECTION_TITLE = "section_title";
    static final String SECTION_ANCHOR = "section_anchor";

    /** Unstemmed words of every article, the vocabulary for spelling suggestions. */
    static final String SPELL = "spell";

    private Fields() {
    }
}
