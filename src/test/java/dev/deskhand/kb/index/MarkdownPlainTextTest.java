package dev.deskhand.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownPlainTextTest {

    @Test
    void emphasisIsRemovedWithoutSplittingKoreanParticlesOrRanges() {
        assertEquals("반영되기까지 5~10영업일이 걸립니다. 250,000원 이하는 승인",
                Markdown.plainText("반영되기까지 **5~10영업일**이 걸립니다. **250,000원** 이하는 승인"));
        assertEquals("대부분은 임시 승인(가승인)과 실제 결제가 함께 보이는 경우입니다.",
                Markdown.plainText("대부분은 **임시 승인(가승인)**과 실제 결제가 함께 보이는 경우입니다."));
    }

    @Test
    void englishMarkupBecomesPlainTextAndSnakeCaseSurvives() {
        assertEquals("Short answer: within 30 days of delivery; see Returns and keep order_id.\nQuoted line\nA | B",
                Markdown.plainText("**Short answer:** within *30 days* of delivery; see [Returns](kb:returns) and"
                        + " keep `order_id`.\n> Quoted line\n- A | B"));
    }

    @Test
    void tablesFencedCodeAndSetextHeadingsAreReadAsTheyRender() {
        assertEquals("Plans\n\nPlan Refund\nMonthly pro rata\n\nexport --all\n\nNot *emphasis* and 3~5 days",
                Markdown.plainText("Plans\n=====\n\n| Plan | Refund |\n|---|---|\n| Monthly | *pro rata* |\n\n"
                        + "```\nexport --all\n```\n\nNot \\*emphasis\\* and 3~5 days"));
    }

    @Test
    void aBlankLineSeparatesParagraphsAndAdjacentLinesStayTogether() {
        assertEquals("Steps:\nOpen Settings\nClick Reset\n\nDone.",
                Markdown.plainText("Steps:\n- Open **Settings**\n- Click [Reset](kb:reset)\n\nDone."));
    }

    @Test
    void orderedListsKeepTheirNumbersAsTheyRender() {
        assertEquals("3. Refund the later charge\n4. Tell the customer", Markdown.plainText("3. Refund the **later** charge\n"
                + "1. Tell the customer"));
    }
}
