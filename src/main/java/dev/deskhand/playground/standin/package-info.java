/**
 * The playground's stand-in for Slack's Web API and {@code response_url}s, on its own loopback port: the app is given
 * this base URL as its {@code SLACK_API_URL}, and each method it calls ({@code chat.*}, {@code views.*},
 * {@code conversations.history}, …) is checked and answered as Slack answers it, with Slack's error codes, by
 * changing the {@code playground.workspace}.
 *
 * <p>May depend on {@code playground.workspace} and {@code server} only; never on {@code playground.client} (the
 * other side of Slack) or {@code playground}, which starts it through {@link
 * dev.deskhand.playground.standin.SlackStandIn}.
 */
package dev.deskhand.playground.standin;
