'use strict';
// Loads the Markdown articles (front matter + body) and indexes them with MiniSearch: the part of the peer that a
// team would write in an afternoon. Kept deliberately plain: no synonyms, no language analysis, no persistence.
const fs = require('node:fs');
const path = require('node:path');
const matter = require('gray-matter');
const MiniSearch = require('minisearch');

const SEARCH_OPTIONS = {
  boost: { title: 3, aliases: 2 },
  fuzzy: 0.2,
  prefix: true,
  combineWith: 'OR',
};

function markdownFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue; // templates, hidden folders
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(full));
    else if (entry.name.endsWith('.md') && entry.name !== 'README.md') out.push(full);
  }
  return out;
}

// One article from one file, or null when it has no front matter id/title (the folder's README, notes).
function readArticle(file) {
  const parsed = matter(fs.readFileSync(file, 'utf8'));
  const data = parsed.data || {};
  const title = data.title ? String(data.title) : '';
  if (!title) return null;
  const id = data.id ? String(data.id) : path.basename(file, '.md');
  const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : [];
  return { id, title, aliases: aliases.join('\n'), body: parsed.content, url: data.url ? String(data.url) : '', file };
}

function newIndex() {
  return new MiniSearch({
    fields: ['title', 'aliases', 'body'],
    storeFields: ['title', 'body', 'url', 'file'],
    searchOptions: SEARCH_OPTIONS,
  });
}

function build(dir) {
  const index = newIndex();
  const articles = [];
  const byFile = new Map();
  for (const file of markdownFiles(dir)) {
    try {
      const article = readArticle(file);
      if (article && !index.has(article.id)) {
        articles.push(article);
        byFile.set(file, article.id);
        index.add(article);
      }
    } catch (e) {
      console.warn(`skipped ${file}: ${e.message}`);
    }
  }
  return { index, count: articles.length, byFile };
}

// Re-reads one changed file: replaced, added or removed in the index.
function refresh(kb, file) {
  const previous = kb.byFile.get(file);
  if (previous !== undefined && kb.index.has(previous)) kb.index.discard(previous);
  kb.byFile.delete(file);
  if (!fs.existsSync(file)) return;
  const article = readArticle(file);
  if (!article) return;
  if (kb.index.has(article.id)) kb.index.discard(article.id);
  kb.index.add(article);
  kb.byFile.set(file, article.id);
}

// The first sentence or two of an article's body, as plain text.
function snippet(body, max = 280) {
  const text = body
    .replace(/^#+\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

module.exports = { build, refresh, snippet, markdownFiles };
