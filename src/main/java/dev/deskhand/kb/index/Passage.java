package dev.deskhand.kb.index;

import java.util.Optional;

/** A piece of an article indexed on its own so a query can land on it: a section, a paragraph or a line. */
record Passage(String text, Optional<String> sectionTitle, Optional<String> sectionAnchor) {
}
