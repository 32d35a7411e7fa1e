package dev.deskhand.kb.tools;

import java.util.List;

/** A labelled query from a {@code queries.jsonl}; an empty {@code expected} means out of scope. */
record EvalQuery(String id, String text, List<String> expected, String set) {

    boolean inScope() {
        return !expected.isEmpty();
    }
}
