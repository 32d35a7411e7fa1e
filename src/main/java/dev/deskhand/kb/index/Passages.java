package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts an article into passages. Articles written as a list of phrasings (one per line) and long articles both
 * rank better when a query can match one passage well instead of being diluted by the whole text: every playbook
 * section, every paragraph and every line of a multi-line paragraph becomes a passage.
 */
final class Passages {

    /** Bounds the index for pathological files; real articles have far fewer. */
    static final int MAX_PER_ARTICLE = 400;

    private Passages() {
    }

    static List<Passage> of(Article article) {
        Set<String> seen = new LinkedHashSet<>();
        List<Passage> passages = new ArrayList<>();
        for (Markdown.Section section : Markdown.sections(article.body())) {
            boolean located = article.type() == ArticleType.PLAYBOOK && section.title().isPresent();
            Optional<String> title = located ? section.title() : Optional.empty();
            Optional<String> anchor = located ? section.anchor() : Optional.empty();
            String sectionText = Markdown.plainText(section.text()).strip();
            if (located) {
                add(passages, seen, title.get() + "\n" + sectionText, title, anchor);
            }
            for (String paragraph : sectionText.split("\\n\\s*\\n")) {
                add(passages, seen, paragraph, title, anchor);
                String[] lines = paragraph.split("\\n");
                if (lines.length > 1) {
                    for (String line : lines) {
                        add(passages, seen, line, title, anchor);
                    }
                }
            }
        }
        return passages.size() > MAX_PER_ARTICLE ? passages.subList(0, MAX_PER_ARTICLE) : passages;
    }

    private static void add(List<Passage> passages, Set<String> seen, String text, Optional<String> title,
                            Optional<String> anchor) {
        String clean = text.strip();
        if (!clean.isEmpty() && seen.add(clean)) {
            passages.add(new Passage(clean, title, anchor));
        }
    }
}
