/**
 * The playground as Slack's client: what a person does on the page (types a message or a slash command, clicks a
 * button, picks from a menu, submits or closes a modal, uses a message shortcut) becomes the request Slack would
 * send to the app, built field by field, signed like Slack's and sent over loopback to the real
 * {@code /slack/events}; the app's answer is applied to the workspace, and the page is told an
 * {@link dev.deskhand.playground.client.Outcome}.
 *
 * <p>May depend on {@code playground.workspace} and {@code slack.text} only; never on {@code playground.standin}
 * (the other side of Slack) or {@code playground}, which builds on it.
 */
package dev.deskhand.playground.client;
