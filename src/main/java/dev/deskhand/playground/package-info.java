/**
 * The local playground: Deskhand running without Slack, for a first look in the browser.
 * {@link dev.deskhand.playground.Playground} wires the real app as {@code serve} does, on loopback, with a clock
 * whose offset the page can move ({@link dev.deskhand.playground.PlaygroundClock}); this package also holds the page
 * itself (its static files, its JSON endpoints, the state it shows, its words from the {@code playground} message
 * bundle read with {@code slack.text}, which imports no Slack SDK) and the guard that keeps it to loopback.
 *
 * <p>The top of the playground layers, which look only down: this package → {@code playground.client} (what the
 * page does, sent to the app as Slack sends it) and {@code playground.standin} (Slack's Web API answering the app)
 * → {@code playground.workspace} (what the playground's Slack holds). Depends on {@code config} (and the escalation
 * teams it reads), {@code slack.text} and the composition root; nothing but {@code Main} depends on it, and no
 * playground package imports the Slack SDK.
 */
package dev.deskhand.playground;
