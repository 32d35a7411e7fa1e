package dev.deskhand.slack.home;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.kb.Article;
import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SnippetPart;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.util.Optional;

/**
 * The home's knowledge search: a question input and, after a search, its best articles below it in the same modal
 * (the submission answers {@code response_action: update}), so the next question can be asked right there.
 */
final class SearchModal {
    static final String CALLBACK_ID = "home_search_modal";
    static final String QUERY = "query";
    static final String VALUE = "value";
    static final int RESULTS = 3;
    static final int MAX_QUERY = 500;
    private static final int SNIPPET_MAX = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    ObjectNode view(String query, Optional<SearchResult> result, Texts texts) {
        ObjectNode view = JSON.createObjectNode().put("type", "modal").put("callback_id", CALLBACK_ID);
        view.set("title", plain(texts.get("home.search.title")));
        view.set("submit", plain(texts.get("home.search.submit")));
        view.set("close", plain(texts.get("home.search.close")));
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode input = blocks.addObject().put("type", "input").put("block_id", QUERY);
        input.set("label", plain(texts.get("home.search.label")));
        ObjectNode element = input.putObject("element").put("type", "plain_text_input").put("action_id", VALUE)
                .put("max_length", MAX_QUERY);
        element.set("placeholder", plain(texts.get("home.search.placeholder")));
        if (!query.isBlank()) {
            element.put("initial_value", query);
        }
        result.ifPresent(found -> results(blocks, found, texts));
        return view;
    }

    /** The modal again, saying the index is not built yet. */
    ObjectNode notReady(String query, Texts texts) {
        ObjectNode view = view(query, Optional.empty(), texts);
        context((ArrayNode) view.path("blocks"), texts.get("home.search.notReady"));
        return view;
    }

    private static void results(ArrayNode blocks, SearchResult result, Texts texts) {
        String query = Mrkdwn.escape(result.query(), 200);
        blocks.addObject().put("type", "divider");
        if (result.hits().isEmpty()) {
            context(blocks, texts.get("home.search.none", "query", query));
            return;
        }
        context(blocks, texts.get(result.answered() ? "home.search.results" : "home.search.closest", "query", query));
        result.hits().stream().limit(RESULTS).forEach(hit -> {
            Article article = hit.article();
            String title = Mrkdwn.bold(article.url().map(url -> Mrkdwn.link(url, article.title()))
                    .orElse(Mrkdwn.escape(article.title())));
            String snippet = snippet(hit);
            ObjectNode section = blocks.addObject().put("type", "section");
            section.putObject("text").put("type", "mrkdwn").put("text", snippet.isBlank() ? title : title + "\n" + snippet);
            String owner = article.owner() == null || article.owner().isBlank() ? "—" : Mrkdwn.escape(article.owner());
            context(blocks, texts.get("home.search.owner", "owner", owner));
        });
    }

    /** The hit's snippet with matched words bold, cut between parts so no marker is left open. */
    private static String snippet(Hit hit) {
        StringBuilder out = new StringBuilder();
        for (SnippetPart part : hit.snippet()) {
            String text = Mrkdwn.escape(part.text()).replace('\n', ' ');
            String piece = part.matched() ? Mrkdwn.bold(text) : text;
            if (out.length() + piece.length() > SNIPPET_MAX) {
                return out.toString().strip() + "…";
            }
            out.append(piece);
        }
        return out.toString().strip();
    }

    private static void context(ArrayNode blocks, String mrkdwn) {
        blocks.addObject().put("type", "context").putArray("elements").addObject().put("type", "mrkdwn")
                .put("text", mrkdwn);
    }

    private static ObjectNode plain(String text) {
        return JSON.createObjectNode().put("type", "plain_text").put("text", text).put("emoji", true);
    }
}
