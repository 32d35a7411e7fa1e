// The playground page: draws the workspace the server keeps (long-polling api/state) and turns typing and clicking
// into api/send, api/action, api/submit … which the server signs and sends to Deskhand's /slack/events.
(function () {
  'use strict';

  const $ = id => document.getElementById(id);
  const t = (key, args) => I18n.t(key, args);
  const view = {
    me: localStorage.getItem('deskhand.playground.me') || 'U0ALEX',
    language: localStorage.getItem('deskhand.playground.lang') || '',   // '' follows the acting user's locale
    channel: 'C0SUPPORT',
    thread: null,            // { channel, ts }
    state: null,
    version: -1,
    receivedAt: 0,
    modalKey: null,          // what the drawn modal shows, so typing is not wiped by a redraw
    form: null,
    highlight: null,
    poll: null
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- talking to the server --------------------------------------------------------------------------------

  async function call(what, body) {
    const response = await fetch('api/' + what, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.assign({ user: view.me, lang: I18n.language() }, body))
    });
    const json = await response.json()
      .catch(() => ({ ok: false, error: t('playground.error.http', { status: String(response.status) }) }));
    if (!json.ok) throw new Error(json.error || t('playground.error.failed'));
    return json;
  }

  async function pollLoop() {
    for (;;) {
      const controller = new AbortController();
      view.poll = controller;
      try {
        const response = await fetch('api/state?user=' + encodeURIComponent(view.me) + '&after=' + view.version,
          { signal: controller.signal, cache: 'no-store' });
        const state = await response.json();
        apply(state);
      } catch (e) {
        if (e.name !== 'AbortError') {
          document.body.classList.add('offline');
          await new Promise(resolve => setTimeout(resolve, 1000));
        }
      }
    }
  }

  function refreshNow() {
    view.version = -1;
    if (view.poll) view.poll.abort();
  }

  function apply(state) {
    document.body.classList.remove('offline');
    view.state = state;
    view.version = state.version;
    view.receivedAt = Date.now();
    chooseLanguage();
    drawSidebar();
    drawConversation();
    drawThread();
    drawModal();
    document.body.dataset.version = String(state.version);
  }

  // ---- context for rendering ---------------------------------------------------------------------------------

  const ctx = {
    userName: id => {
      const person = view.state && view.state.people.find(p => p.id === id);
      return person ? person.realName : null;
    },
    channelName: id => {
      const channel = view.state && view.state.channels.find(c => c.id === id);
      return channel ? channel.name : null;
    },
    people: () => view.state ? view.state.people.filter(p => !p.bot) : [],
    channels: () => view.state ? view.state.channels : [],
    now: () => new Date(playgroundNow())
  };

  function playgroundNow() {
    if (!view.state) return Date.now();
    return view.state.nowEpochMillis + (Date.now() - view.receivedAt);
  }

  function person(id) {
    return (view.state && view.state.people.find(p => p.id === id)) || { id: id, realName: id, handle: id };
  }

  function channel(id) {
    return view.state && view.state.channels.find(c => c.id === id);
  }

  function channelLabel(c) {
    return c.im ? (view.state ? view.state.bot.name : c.name) : '#' + c.name;
  }

  // ---- language ---------------------------------------------------------------------------------------------------

  // The language picked on the page, else the acting user's Slack locale (as Slack's own client would be).
  function chooseLanguage() {
    const wanted = view.language || I18n.languageOfLocale(view.state ? person(view.me).locale : null);
    if (wanted === I18n.language() && document.body.dataset.language === wanted) return;
    I18n.use(wanted);
    document.body.dataset.language = I18n.language();
    I18n.apply(document);
    document.title = t('playground.page.title');
    document.querySelectorAll('[data-advance]').forEach(button => {
      button.textContent = t('playground.clock.advance', { amount: duration(Number(button.dataset.advance)) });
    });
    document.querySelectorAll('[data-command]').forEach(button => { button.textContent = button.dataset.command; });
    $('lang').value = view.language;
    view.modalKey = null;
    drawn.delete($('messages'));
    drawn.delete($('thread-messages'));
  }

  // ---- sidebar ------------------------------------------------------------------------------------------------

  function drawSidebar() {
    const me = $('me');
    if (me.options.length !== view.state.people.filter(p => !p.bot).length) {
      me.textContent = '';
      view.state.people.filter(p => !p.bot).forEach(p => {
        const option = el('option', null, p.realName + ' · ' + p.title);
        option.value = p.id;
        me.appendChild(option);
      });
    }
    me.value = view.me;
    const channels = $('channels');
    const ims = $('ims');
    channels.textContent = '';
    ims.textContent = '';
    view.state.channels.forEach(c => {
      const item = el('li');
      const link = el('a', 'channel-link' + (c.id === view.channel ? ' active' : ''), channelLabel(c));
      link.href = '#/' + c.id;
      link.dataset.channel = c.id;
      item.appendChild(link);
      (c.im ? ims : channels).appendChild(item);
    });
    if (!channel(view.channel)) view.channel = 'C0SUPPORT';
    drawClock();
    $('digest-now').hidden = !view.state.digestAvailable || (channel(view.channel) || {}).im;
  }

  function drawClock() {
    if (!view.state) return;
    const now = new Date(playgroundNow());
    $('clock-now').textContent = now.toLocaleString(I18n.locale(), { weekday: 'short', month: 'short', day: 'numeric',
      hour: '2-digit', minute: '2-digit' });
    const offset = view.state.offsetSeconds;
    $('clock-offset').textContent = offset ? t('playground.clock.ahead', { duration: duration(offset) })
      : t('playground.clock.real');
    $('clock-offset').classList.toggle('moved', offset > 0);
  }

  // "1d 4h 15m" / "1일 4시간 15분": the language's own short units.
  function duration(seconds) {
    const unit = (value, name) => value ? new Intl.NumberFormat(I18n.locale(),
      { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(value) : '';
    const d = Math.floor(seconds / 86400);
    const h = Math.floor((seconds % 86400) / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    return [unit(d, 'day'), unit(h, 'hour'), unit(m, 'minute')].filter(Boolean).join(' ')
      || unit(seconds, 'second') || unit(0, 'second');
  }

  // ---- messages ----------------------------------------------------------------------------------------------

  function timeOf(ts) {
    return new Date(Number(ts.split('.')[0]) * 1000);
  }

  function avatar(author) {
    const p = person(author);
    const node = el('div', 'avatar', (p.realName || '?').slice(0, 1).toUpperCase());
    node.classList.add(author === 'U0DESKHAND' ? 'bot' : author === 'USLACKBOT' ? 'slackbot'
      : 'tone-' + (Array.from(author).reduce((a, c) => a + c.charCodeAt(0), 0) % 5));
    return node;
  }

  function drawMessage(message, inThread) {
    const node = el('div', 'msg' + (message.ephemeral ? ' ephemeral' : ''));
    node.dataset.ts = message.ts;
    node.dataset.channel = message.channel;
    node.dataset.author = message.author;
    if (view.highlight === message.channel + '/' + message.ts) node.classList.add('highlight');
    node.appendChild(avatar(message.author));
    const body = el('div', 'msg-body');
    if (message.ephemeral) {
      const note = el('div', 'ephemeral-note');
      note.appendChild(el('span', 'eye', '👁'));
      note.appendChild(el('span', 'only-you', t('playground.message.onlyYou')));
      const dismiss = el('button', 'dismiss', t('playground.message.dismiss'));
      dismiss.type = 'button';
      dismiss.addEventListener('click', () => call('dismiss', { channel: message.channel, ts: message.ts })
        .catch(showError));
      note.appendChild(dismiss);
      body.appendChild(note);
    }
    const meta = el('div', 'msg-meta');
    meta.appendChild(el('span', 'author', person(message.author).realName));
    if (message.fromBot) meta.appendChild(el('span', 'app-badge', t('playground.message.app')));
    const time = el('time', 'time', timeOf(message.ts).toLocaleTimeString(I18n.locale(),
      { hour: 'numeric', minute: '2-digit' }));
    time.dateTime = timeOf(message.ts).toISOString();
    meta.appendChild(time);
    if (message.edited) meta.appendChild(el('span', 'edited', t('playground.message.edited')));
    body.appendChild(meta);
    const content = el('div', 'msg-content');
    if (message.blocks && message.blocks.length) {
      content.appendChild(BlockKit.render(message.blocks, {
        ctx: ctx,
        onAction: (blockId, actionId, selection, button) => act(message, blockId, actionId, selection, button)
      }));
    } else {
      content.appendChild(Mrkdwn.render(message.text, ctx));
    }
    body.appendChild(content);
    if (!inThread && !message.threadTs && message.replyCount > 0) {
      const replies = el('button', 'replies', t('playground.message.replies', { count: message.replyCount }));
      replies.type = 'button';
      replies.addEventListener('click', () => openThread(message.channel, message.ts));
      body.appendChild(replies);
    }
    node.appendChild(body);
    if (!inThread && !message.ephemeral && !message.threadTs) {
      const tools = el('div', 'msg-tools');
      const reply = el('button', 'tool reply-in-thread', '💬');
      reply.type = 'button';
      reply.title = t('playground.message.replyInThread');
      reply.addEventListener('click', () => openThread(message.channel, message.ts));
      tools.appendChild(reply);
      if (view.state.shortcuts.length) tools.appendChild(shortcutMenu(message));
      node.appendChild(tools);
    }
    return node;
  }

  const drawn = new WeakMap();

  // Redraws only when what the list shows changed, so an unrelated update never replaces what is being clicked.
  // "More actions" on a message: the app's message shortcuts, as Slack lists them.
  function shortcutMenu(message) {
    const wrap = el('span', 'bk-overflow');
    const toggle = el('button', 'tool more-actions', '⋯');
    toggle.type = 'button';
    toggle.title = t('playground.message.moreActions');
    const menu = el('div', 'overflow-menu');
    menu.hidden = true;
    view.state.shortcuts.forEach(shortcut => {
      const item = el('button', 'overflow-item', shortcut.name);
      item.type = 'button';
      item.addEventListener('click', () => {
        menu.hidden = true;
        call('shortcut', { channel: message.channel, ts: message.ts, callbackId: shortcut.callbackId })
          .catch(showError);
      });
      menu.appendChild(item);
    });
    toggle.addEventListener('click', () => { menu.hidden = !menu.hidden; });
    wrap.appendChild(toggle);
    wrap.appendChild(menu);
    return wrap;
  }

  function drawList(container, messages, inThread) {
    const key = JSON.stringify([view.me, I18n.language(), view.highlight, view.state.offsetSeconds,
      view.state.shortcuts, messages]);
    if (drawn.get(container) === key) return;
    drawn.set(container, key);
    const atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 40;
    container.textContent = '';
    if (!messages.length) {
      container.appendChild(emptyHint());
    }
    let lastDay = null;
    messages.forEach(m => {
      const day = timeOf(m.ts).toDateString();
      if (!inThread && day !== lastDay) {
        const divider = el('div', 'day-divider');
        divider.appendChild(el('span', null, timeOf(m.ts).toLocaleDateString(I18n.locale(),
          { weekday: 'long', month: 'long', day: 'numeric' })));
        container.appendChild(divider);
        lastDay = day;
      }
      container.appendChild(drawMessage(m, inThread));
    });
    const highlighted = container.querySelector('.highlight');
    if (highlighted) {
      highlighted.scrollIntoView({ block: 'center' });
    } else if (atBottom || !container.dataset.drawn) {
      container.scrollTop = container.scrollHeight;
    }
    container.dataset.drawn = '1';
  }

  function emptyHint() {
    const c = channel(view.channel);
    const hint = el('div', 'empty');
    hint.appendChild(el('strong', null, c && c.im ? t('playground.empty.im')
      : t('playground.empty.channel', { channel: c ? channelLabel(c) : '#' + view.channel })));
    hint.appendChild(el('div', null, c && c.im ? t('playground.empty.imHint') : t('playground.empty.channelHint')));
    return hint;
  }

  function drawConversation() {
    const c = channel(view.channel);
    $('channel-title').textContent = c ? channelLabel(c) : '';
    $('composer').placeholder = t('playground.composer.placeholder', { channel: c ? channelLabel(c) : '' });
    const messages = view.state.messages.filter(m => m.channel === view.channel && !m.threadTs);
    drawList($('messages'), messages, false);
  }

  function openThread(channelId, ts) {
    view.thread = { channel: channelId, ts: ts };
    drawThread();
    $('thread-composer').focus();
  }

  function drawThread() {
    const panel = $('thread');
    if (!view.thread) {
      panel.hidden = true;
      return;
    }
    const parent = view.state.messages.find(m => m.channel === view.thread.channel && m.ts === view.thread.ts);
    if (!parent) {
      view.thread = null;
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    const c = channel(parent.channel);
    $('thread-channel').textContent = c ? channelLabel(c) : '';
    const replies = view.state.messages.filter(m => m.channel === parent.channel && m.threadTs === parent.ts);
    drawList($('thread-messages'), [parent].concat(replies), true);
  }

  // ---- modals ---------------------------------------------------------------------------------------------------

  function drawModal() {
    const root = $('modal-root');
    const modals = view.state.modals;
    const top = modals.length ? modals[modals.length - 1] : null;
    const key = top ? top.id + '|' + top.view.hash + '|' + JSON.stringify(top.errors) : null;
    if (key === view.modalKey) return;
    const previous = view.form && top && view.form.viewId === top.id ? view.form.values() : null;
    view.modalKey = key;
    root.textContent = '';
    view.form = null;
    if (!top) return;

    const form = newForm(top.id);
    view.form = form;
    const backdrop = el('div', 'modal-backdrop');
    const dialog = el('form', 'modal');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.dataset.viewId = top.id;
    dialog.dataset.callbackId = top.view.callback_id || '';
    dialog.noValidate = true;
    const header = el('header', 'modal-header');
    header.appendChild(el('h2', 'modal-title', BlockKit.plainText(top.view.title)));
    const x = el('button', 'icon-button modal-x', '✕');
    x.type = 'button';
    x.setAttribute('aria-label', t('playground.modal.close'));
    x.addEventListener('click', () => closeModal(top.id));
    header.appendChild(x);
    dialog.appendChild(header);
    const body = el('div', 'modal-body');
    const general = top.errors[''];
    if (general) body.appendChild(el('div', 'modal-error', general));
    body.appendChild(BlockKit.render(top.view.blocks, {
      ctx: ctx,
      form: form,
      errors: top.errors,
      previous: previous,
      onAction: (blockId, actionId, selection) => call('action', {
        viewId: top.id, blockId: blockId, actionId: actionId, selection: selection, values: form.values()
      }).catch(showError)
    }));
    dialog.appendChild(body);
    const footer = el('footer', 'modal-footer');
    const close = el('button', 'bk-button', BlockKit.plainText(top.view.close) || t('playground.modal.cancel'));
    close.type = 'button';
    close.addEventListener('click', () => closeModal(top.id));
    footer.appendChild(close);
    const hasInputs = (top.view.blocks || []).some(b => b.type === 'input');
    if (top.view.submit || hasInputs) {
      const submit = el('button', 'bk-button primary modal-submit', BlockKit.plainText(top.view.submit)
        || t('playground.modal.submit'));
      submit.type = 'submit';
      footer.appendChild(submit);
    }
    dialog.appendChild(footer);
    dialog.addEventListener('submit', event => {
      event.preventDefault();
      submitModal(top.id, form, dialog);
    });
    backdrop.appendChild(dialog);
    root.appendChild(backdrop);
    const first = dialog.querySelector('input, textarea, select');
    if (first && !previous) first.focus();
  }

  function newForm(viewId) {
    const fields = [];
    return {
      viewId: viewId,
      register(block, built, errorNode, blockNode) {
        fields.push({ block, built, errorNode, blockNode });
      },
      values() {
        const values = {};
        fields.forEach(f => {
          const action = f.block.element.action_id;
          values[f.block.block_id] = values[f.block.block_id] || {};
          values[f.block.block_id][action] = f.built.state();
        });
        return values;
      },
      // What Slack's client checks before it sends anything: required fields and minimum lengths.
      missing() {
        let problems = 0;
        fields.forEach(f => {
          let message = '';
          if (!f.block.optional && f.built.empty && f.built.empty()) message = t('playground.modal.required');
          else if (f.built.tooShort && f.built.tooShort()) {
            message = t('playground.modal.tooShort', { min: f.block.element.min_length });
          }
          f.errorNode.textContent = message;
          f.errorNode.hidden = !message;
          f.blockNode.classList.toggle('has-error', !!message);
          if (message) problems++;
        });
        return problems;
      }
    };
  }

  async function submitModal(viewId, form, dialog) {
    if (form.missing() > 0) return;
    dialog.classList.add('busy');
    try {
      await call('submit', { viewId: viewId, values: form.values() });
    } catch (e) {
      showError(e);
    } finally {
      dialog.classList.remove('busy');
    }
  }

  function closeModal(viewId) {
    call('close', { viewId: viewId }).catch(showError);
  }

  // ---- actions --------------------------------------------------------------------------------------------------

  async function act(message, blockId, actionId, selection, button) {
    if (button) button.classList.add('busy');
    try {
      await call('action', { channel: message.channel, ts: message.ts, blockId: blockId, actionId: actionId,
        selection: selection });
    } catch (e) {
      showError(e);
    } finally {
      if (button) button.classList.remove('busy');
    }
  }

  function showError(error) {
    const bar = $('composer-error');
    bar.textContent = error.message || String(error);
    bar.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(() => { bar.hidden = true; }, 8000);
  }

  async function send(textarea, threadTs) {
    const text = textarea.value.trim();
    if (!text) return;
    const channelId = threadTs ? view.thread.channel : view.channel;
    textarea.disabled = true;
    try {
      await call('send', { channel: channelId, threadTs: threadTs || null, text: text });
      textarea.value = '';
      $('composer-error').hidden = true;
    } catch (e) {
      showError(e);
    } finally {
      textarea.disabled = false;
      textarea.focus();
    }
  }

  // ---- navigation ---------------------------------------------------------------------------------------------

  function route() {
    const hash = location.hash;
    const permalink = /^#\/archives\/([A-Z0-9]+)\/p(\d+)(\d{6})$/.exec(hash);
    if (permalink) {
      view.channel = permalink[1];
      view.highlight = permalink[1] + '/' + permalink[2] + '.' + permalink[3];
    } else {
      const plain = /^#\/([A-Z0-9]+)$/.exec(hash);
      if (plain) view.channel = plain[1];
      view.highlight = null;
    }
    if (view.state) {
      drawSidebar();
      drawConversation();
    }
  }

  function wire() {
    $('composer-form').addEventListener('submit', event => {
      event.preventDefault();
      send($('composer'), null);
    });
    $('thread-form').addEventListener('submit', event => {
      event.preventDefault();
      if (view.thread) send($('thread-composer'), view.thread.ts);
    });
    [$('composer'), $('thread-composer')].forEach(area => area.addEventListener('keydown', event => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        area.form.requestSubmit();
      }
    }));
    document.querySelectorAll('.suggestion').forEach(button => button.addEventListener('click', () => {
      $('composer').value = button.textContent;
      $('composer').focus();
    }));
    $('me').addEventListener('change', () => {
      view.me = $('me').value;
      localStorage.setItem('deskhand.playground.me', view.me);
      view.thread = null;
      view.modalKey = null;
      if (channel(view.channel) && channel(view.channel).im) view.channel = 'C0SUPPORT';
      refreshNow();
    });
    $('lang').addEventListener('change', () => {
      view.language = $('lang').value;
      localStorage.setItem('deskhand.playground.lang', view.language);
      if (view.state) apply(view.state);
    });
    $('thread-close').addEventListener('click', () => {
      view.thread = null;
      drawThread();
    });
    document.querySelectorAll('[data-advance]').forEach(button => button.addEventListener('click', () =>
      call('clock', { advanceSeconds: Number(button.dataset.advance) }).catch(showError)));
    $('clock-reset').addEventListener('click', () => call('clock', { reset: true }).catch(showError));
    $('digest-now').addEventListener('click', () => call('digest', { channel: view.channel }).catch(showError));
    window.addEventListener('hashchange', route);
    document.addEventListener('keydown', event => {
      if (event.key === 'Escape' && view.state && view.state.modals.length) {
        closeModal(view.state.modals[view.state.modals.length - 1].id);
      }
    });
    setInterval(drawClock, 1000);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      await I18n.load();
    } catch (e) {
      document.body.classList.add('offline');
    }
    I18n.use(view.language || 'en');
    I18n.apply(document);
    wire();
    route();
    pollLoop();
  });
})();
