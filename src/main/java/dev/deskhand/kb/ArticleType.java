package dev.deskhand.kb;

/** The two kinds of article: a question with its answer, or a step-by-step playbook split into sections. */
public enum ArticleType {
    FAQ, PLAYBOOK;

    /** The lower-case name used in front matter and filters ({@code faq}, {@code playbook}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
