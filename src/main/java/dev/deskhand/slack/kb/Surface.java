package dev.deskhand.slack.kb;

/** Where an answer is shown; it decides which buttons make sense. */
enum Surface {
    /** The /kb reply only the asker sees: share, feedback, more results. */
    EPHEMERAL,
    /** A reply in the thread of an @-mention or DM: feedback only. */
    THREAD,
    /** An answer someone shared in the channel: feedback only, attributed. */
    SHARED;

    String logName() {
        return switch (this) {
            case EPHEMERAL -> "command";
            case THREAD -> "mention";
            case SHARED -> "share";
        };
    }
}
