package dev.deskhand.kb.tools;

import dev.deskhand.kb.RatedAnswer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerBarReportTest {

    /** Helpful votes at 0.10, 0.12 … (every 0.02), wrong-article votes at 0.05, 0.07 …. */
    static List<RatedAnswer> votes(int helpful, int wrong) {
        List<RatedAnswer> votes = new ArrayList<>();
        for (int i = 0; i < helpful; i++) {
            votes.add(new RatedAnswer(0.10 + 0.02 * i, true));
        }
        for (int i = 0; i < wrong; i++) {
            votes.add(new RatedAnswer(0.05 + 0.02 * i, false));
        }
        return votes;
    }

    @Test
    void eachBarCountsTheHelpfulAnswersItWithholdsAndTheWrongArticlesItShows() {
        AnswerBarReport report = AnswerBarReport.of(votes(40, 12), 0.25);
        // bar 0.25: helpful at 0.10…0.24 (8) withheld; wrong at 0.25…0.27 (2 of 0.05…0.27) shown
        assertEquals(new AnswerBarReport.Row(0.25, 8, 2), report.rows().get(4));
        assertEquals(new AnswerBarReport.Row(0.05, 0, 12), report.rows().get(0));
        assertEquals(19, report.rows().size());
    }

    @Test
    void suggestsTheHighestBarWithholdingAtMostATenthOfHelpfulAnswers() {
        // 40 helpful, so at most 4 may be withheld: 0.15 withholds 3 (0.10, 0.12, 0.14), 0.20 would withhold 5
        assertEquals(Optional.of(0.15), AnswerBarReport.of(votes(40, 12), 0.25).suggestion());
    }

    @Test
    void makesNoSuggestionOnTooFewVotes() {
        assertEquals(Optional.empty(), AnswerBarReport.of(votes(29, 12), 0.25).suggestion());
        assertEquals(Optional.empty(), AnswerBarReport.of(votes(40, 9), 0.25).suggestion());
        assertEquals(Optional.empty(), AnswerBarReport.of(List.of(), 0.25).suggestion());
    }

    @Test
    void printsTheTableMarksTheBarInUseAndSaysWhatIsMissing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnswerBarReport.of(votes(3, 1), 0.25).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("votes on top hits: 3 helpful, 1 wrong article; answer bar in use 0.25"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("0.25") && l.endsWith("← in use")), text);
        assertTrue(text.contains("no suggestion yet: it needs at least 30 helpful and 10 wrong-article votes on top"
                + " hits (have 3 and 1)"), text);
    }
}
