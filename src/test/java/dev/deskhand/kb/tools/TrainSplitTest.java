package dev.deskhand.kb.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSplitTest {

    @TempDir
    Path dir;

    @Test
    void quotedCellsKeepTheirCommasAndQuotes() {
        assertEquals(List.of("hello, is anyone there", "CHAT", ""),
                TrainSplit.cells("\"hello, is anyone there\",CHAT,"));
        assertEquals(List.of("say \"hi\"", "X"), TrainSplit.cells("\"say \"\"hi\"\"\",X"));
    }

    @Test
    void aFoldsSentencesLeaveEveryBodyAndEachSentenceIsAskedOnce() throws Exception {
        List<Article> docs = List.of(article("bot-REFUND", "money back\nrefund please\nMoney  back"),
                article("bot-ORDER", "where is my order\nmoney back"));
        Path csv = dir.resolve("bot_train.csv");
        Files.writeString(csv, "sentence,label,\nmoney back,REFUND,\nMoney back,REFUND,\nrefund please,REFUND,\n"
                + "where is my order,ORDER,\nunknown,NO_SUCH_LABEL,\n", StandardCharsets.UTF_8);

        List<TrainSplit.Example> examples = TrainSplit.read(csv, docs, 4);

        assertEquals(List.of("money back", "refund please", "where is my order"),
                examples.stream().map(TrainSplit.Example::text).toList());
        assertEquals(List.of("bot-REFUND", "bot-REFUND", "bot-ORDER"),
                examples.stream().map(TrainSplit.Example::articleId).toList());
        int fold = examples.get(0).fold();
        List<Article> kept = TrainSplit.without(docs, examples, fold);
        // "money back" is gone from both articles in any spelling; what other folds hold stays.
        for (Article a : kept) {
            assertEquals(false, a.body().toLowerCase().contains("money"), a.id());
        }
        assertEquals(examples.get(2).fold() == fold ? "" : "where is my order", kept.get(1).body());
    }

    private static Article article(String id, String body) {
        return new Article(id, id, ArticleType.FAQ, List.of(), List.of(), "en", "", null, null, Optional.empty(),
                Path.of(id + ".md"), body);
    }
}
