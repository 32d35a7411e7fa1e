/**
 * The knowledge base: Markdown articles with YAML front matter, their parsing and linting, the Lucene index
 * (English and Korean analysis), search with filters, typo tolerance and a calibrated confidence, plus the
 * {@code kb} / {@code index} / {@code eval} command-line entry points.
 *
 * <p>Plain Java and Lucene only: nothing here may import Slack, JDBC or Jetty. The Slack layer and the CLI depend
 * on the {@link dev.deskhand.kb.KnowledgeBase} port; the store implements {@link dev.deskhand.kb.SearchLog}.
 */
package dev.deskhand.kb;
