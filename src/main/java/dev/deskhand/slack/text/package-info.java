/**
 * Words in the reader's language: {@link dev.deskhand.slack.text.Messages} reads the UTF-8 bundles under
 * {@code src/main/resources/messages/}, {@link dev.deskhand.slack.text.Texts} formats one message for one
 * {@link dev.deskhand.slack.text.Reader} (language and time zone) with ICU MessageFormat, and
 * {@link dev.deskhand.slack.text.Readers} is the port that says who a Slack user reads in.
 *
 * <h2>Adding a message</h2>
 * <ol>
 *   <li>Pick the bundle by feature: the key's first segment is the file, so {@code kb.share.button} goes in
 *       {@code messages/kb_en.properties} and {@code messages/kb_ko.properties} (a new prefix just needs both new
 *       files).</li>
 *   <li>Write both languages in the same commit, in UTF-8 (Hangul as is, no backslash-u escapes). Korean as a
 *       support lead would say it: 존댓말, the words the floor uses, not a literal translation.</li>
 *   <li>Use named ICU arguments, the same names in both files: {@code {count, plural, one {# result} other {#
 *       results}}}, {@code {count, number}}, {@code {when, date,M월 d일 (E) HH:mm}} (no space before a date
 *       pattern: ICU keeps it). Pass an {@code Instant} or a {@code LocalDate} for dates; they are shown in the
 *       reader's zone. A single quote is literal unless it precedes a brace ({@code don't} is fine; {@code '{'} is a literal brace).</li>
 *   <li>Emphasis comes from {@link dev.deskhand.slack.Mrkdwn#bold} and friends, passed in as an argument, never
 *       as {@code *…*} written around a placeholder next to Korean text: the helper adds the boundaries Slack needs.
 *       User text goes through {@link dev.deskhand.slack.Mrkdwn#escape} before it becomes an argument.</li>
 *   <li>Call {@code texts.get("kb.share.button")} from the renderer; {@code BundlesTest} checks that every key
 *       exists in both languages with the same arguments.</li>
 * </ol>
 * Depends on nothing in Deskhand; everything under {@code slack} may use it.
 */
package dev.deskhand.slack.text;
