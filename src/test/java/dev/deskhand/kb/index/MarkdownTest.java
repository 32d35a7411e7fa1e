package dev.deskhand.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void anchorsFollowGithubRules() {
        assertEquals("refund-the-duplicate", Markdown.anchor("Refund the duplicate"));
        assertEquals("step-2-tell-the-customer", Markdown.anchor("Step 2: Tell the customer!"));
        assertEquals("환불-처리", Markdown.anchor("환불 처리"));
    }

    @Test
    void sectionsSplitOnLevelTwoHeadingsOutsideCodeAndDeduplicateAnchors() {
        String body = "intro\n## One\na\n```\n## not a heading\n```\n## One\nb\n";
        List<Markdown.Section> sections = Markdown.sections(body);
        assertEquals(3, sections.size());
        assertEquals(Optional.empty(), sections.get(0).title());
        assertEquals(Optional.of("one"), sections.get(1).anchor());
        assertEquals(Optional.of("one-1"), sections.get(2).anchor());
    }

    @Test
    void internalLinksInBothFormsAreFoundAndExternalOnesIgnored() {
        String body = "[a](kb:refund-policy) [b](password-reset#steps) [c](https://x.io/y) [d](docs/x.md) "
                + "![img](pic) [e](#local)";
        assertEquals(Set.of("refund-policy", "password-reset"), Markdown.internalLinks(body));
    }

    @Test
    void setextHeadingsSplitSectionsAndSectionsKeepTheirOriginalLines() {
        String body = "intro\n\nRefund **the** duplicate\n------------------------\nstep one\n\n## Tell them\nb\n";
        List<Markdown.Section> sections = Markdown.sections(body);
        assertEquals(List.of(Optional.empty(), Optional.of("Refund the duplicate"), Optional.of("Tell them")),
                sections.stream().map(Markdown.Section::title).toList());
        assertEquals(Optional.of("refund-the-duplicate"), sections.get(1).anchor());
        assertEquals("step one\n\n", sections.get(1).text());
        assertEquals("b\n\n", sections.get(2).text());
    }

    @Test
    void theFirstLevelOneHeadingOutsideCodeIsTheTitle() {
        assertEquals(Optional.of("Refund policy"), Markdown.firstHeading("```\n# not this\n```\n# Refund *policy*\n"));
    }
}
