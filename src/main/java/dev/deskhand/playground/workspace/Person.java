package dev.deskhand.playground.workspace;

/**
 * Someone the page can act as; the page's user switcher picks one, so a demo can escalate as an agent and claim
 * as a specialist.
 *
 * @param id       Slack-style user id
 * @param handle   the short name Slack shows after {@code @}
 * @param realName the full name
 * @param title    what they do, shown in the switcher
 * @param locale   their Slack language, as {@code users.info} reports it with {@code include_locale}
 *                 ({@code en-US}, {@code ko-KR}); Deskhand answers them in it, and the page follows it by default
 */
public record Person(String id, String handle, String realName, String title, String locale) {

    public static final String ENGLISH = "en-US";
    static final String KOREAN = "ko-KR";
}
