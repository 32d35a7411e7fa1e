/**
 * The local playground: Deskhand running without Slack, for a first look in the browser. It holds an in-process
 * stand-in for Slack's Web API (channels, messages, ephemeral messages, modals, {@code response_url}s), the page's
 * JSON endpoints, a clock whose offset the page can move, and the static page itself. Everything the page does is
 * turned into a request signed like Slack's and sent over loopback HTTP to the real {@code /slack/events}, so the
 * production handlers run unchanged. The page's own words are the {@code playground} message bundle, read with
 * {@code slack.text} (which imports no Slack SDK). Depends on {@code config} (and the escalation teams it reads),
 * {@code server}, {@code slack.text} and the composition root; nothing but {@code Main} depends on it, and it never imports the Slack SDK.
 */
package dev.deskhand.playground;
