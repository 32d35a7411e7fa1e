package dev.deskhand.kb;

import java.util.List;
import java.util.Optional;

/**
 * One ranked article. For playbooks the hit may point at the {@code ## } section that matched best; the anchor is
 * the GitHub-style slug of the section title.
 */
public record Hit(Article article, Optional<String> sectionTitle, Optional<String> sectionAnchor,
                  List<SnippetPart> snippet, double score) {

    public Hit {
        snippet = List.copyOf(snippet);
    }
}
