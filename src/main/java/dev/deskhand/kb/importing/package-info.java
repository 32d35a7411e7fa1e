/**
 * Importing knowledge from where teams already keep it (a Zendesk help centre, a Confluence space, a Notion export,
 * a spreadsheet) as Markdown articles with full front matter. Each {@link dev.deskhand.kb.importing.Source} reads
 * everything first; only then does {@link dev.deskhand.kb.importing.Importer} write, one file per article, through
 * a temporary file and a rename, and only when the content changed, so a failed or half-finished fetch never
 * leaves the knowledge folder half-updated and an unchanged source touches no file.
 *
 * <p>Plain code: no Slack, no JDBC, nothing of the index. It depends only on the JDK, Jackson, jsoup and flexmark;
 * the composition root and the command line hand it settings and credentials already read from the environment.
 */
package dev.deskhand.kb.importing;
