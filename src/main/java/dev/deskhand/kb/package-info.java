/**
 * The knowledge base: articles parsed from Markdown, the Lucene index and search, relevance evaluation. Plain Java
 * and Lucene only: no Slack, JDBC or Jetty. The Slack layer and the CLI use it through {@code KnowledgeBase}.
 */
package dev.deskhand.kb;
