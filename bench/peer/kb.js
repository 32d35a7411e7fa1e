'use strict';
// `node kb.js [--json] <question>`: the peer's command-line search, the counterpart of `deskhand kb`. Like any
// small script it reads and indexes the folder (KNOWLEDGE_DIR, default ./knowledge) on every call.
const path = require('node:path');
const knowledge = require('./knowledge');

const args = process.argv.slice(2);
const asJson = args[0] === '--json';
const question = (asJson ? args.slice(1) : args).join(' ').trim();
if (!question) {
  console.error('usage: node kb.js [--json] <question>');
  process.exit(2);
}
const kb = knowledge.build(path.resolve(process.env.KNOWLEDGE_DIR || 'knowledge'));
const hits = kb.index.search(question).slice(0, 5);
if (asJson) {
  console.log(JSON.stringify({ query: question, hits: hits.map((h) => ({ id: h.id, title: h.title, score: h.score })) }));
} else {
  for (const h of hits) console.log(`${h.score.toFixed(2)}  ${h.title}  (${h.id})`);
}
