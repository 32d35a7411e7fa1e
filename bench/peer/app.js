'use strict';
// The benchmark's peer (issue 15): what a support team would write instead of Deskhand. A Bolt for JavaScript app
// on its HTTP receiver that answers `/kb <question>` with the top MiniSearch hits over the same Markdown folder, as
// an ephemeral Block Kit message sent to the command's response_url.
//
// Environment (the same names the Deskhand server reads): SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL
// (optional, for a stand-in Web API), PORT, BIND_ADDRESS, KNOWLEDGE_DIR. GET /readyz answers 200 once the index is
// built; edits to the folder are picked up by a recursive watch.
const fs = require('node:fs');
const path = require('node:path');
const { App, LogLevel } = require('@slack/bolt');
const knowledge = require('./knowledge');

const started = process.hrtime.bigint();
const knowledgeDir = path.resolve(process.env.KNOWLEDGE_DIR || 'knowledge');
const kb = knowledge.build(knowledgeDir);
const builtMs = Number(process.hrtime.bigint() - started) / 1e6;
console.log(`indexed ${kb.count} articles from ${knowledgeDir} in ${builtMs.toFixed(0)} ms`);

const pending = new Map();
fs.watch(knowledgeDir, { recursive: true }, (_event, name) => {
  if (!name || !name.endsWith('.md')) return;
  const file = path.join(knowledgeDir, name);
  clearTimeout(pending.get(file));
  pending.set(file, setTimeout(() => {
    pending.delete(file);
    try {
      knowledge.refresh(kb, file);
    } catch (e) {
      console.warn(`could not re-read ${file}: ${e.message}`);
    }
  }, 100));
});

const clientOptions = process.env.SLACK_API_URL ? { slackApiUrl: process.env.SLACK_API_URL } : {};
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions,
  logLevel: LogLevel.WARN,
  customRoutes: [
    { path: '/readyz', method: ['GET'], handler: (_req, res) => { res.writeHead(200); res.end('ready'); } },
    { path: '/healthz', method: ['GET'], handler: (_req, res) => { res.writeHead(200); res.end('ok'); } },
  ],
});

function answerBlocks(question, hits) {
  if (hits.length === 0) {
    return [{ type: 'section', text: { type: 'mrkdwn', text: `No article matches _${escape(question)}_.` } }];
  }
  const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: `Results for _${escape(question)}_:` } }];
  for (const hit of hits) {
    const title = hit.url ? `<${hit.url}|${escape(hit.title)}>` : `*${escape(hit.title)}*`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${title}\n${escape(knowledge.snippet(hit.body))}` } });
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `kb:${hit.id}` }] });
  }
  return blocks;
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

app.command('/kb', async ({ command, ack, respond }) => {
  await ack();
  const question = (command.text || '').trim();
  if (!question) {
    await respond({ response_type: 'ephemeral', text: 'Usage: /kb <question>' });
    return;
  }
  const hits = kb.index.search(question).slice(0, 3);
  await respond({
    response_type: 'ephemeral',
    text: hits.length ? `${hits[0].title} (+${hits.length - 1} more)` : 'No matching article.',
    blocks: answerBlocks(question, hits),
  });
});

(async () => {
  const port = Number(process.env.PORT || 3000);
  await app.start({ port, host: process.env.BIND_ADDRESS || '0.0.0.0' });
  console.log(`listening on ${port}`);
})();

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { app.stop().finally(() => process.exit(0)); });
}
