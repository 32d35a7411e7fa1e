// Slack mrkdwn → DOM nodes. Text only ever reaches the page through text nodes (never innerHTML), so whatever
// an article or a user typed is shown, not run. Slack's own entities (&lt; &gt; &amp;) are decoded for display.
(function () {
  'use strict';

  const EMOJI = {
    '+1': '👍', thumbsup: '👍', '-1': '👎', thumbsdown: '👎', white_check_mark: '✅', heavy_check_mark: '✔️',
    x: '❌', warning: '⚠️', mag: '🔍', mag_right: '🔎', hourglass: '⌛', hourglass_flowing_sand: '⏳', memo: '📝',
    bust_in_silhouette: '👤', busts_in_silhouette: '👥', grey_question: '❔', question: '❓', exclamation: '❗',
    heavy_exclamation_mark: '❗', grey_exclamation: '❕', rotating_light: '🚨', fire: '🔥', zzz: '💤',
    arrow_right: '➡️', arrow_left: '⬅️', arrow_up: '⬆️', arrow_down: '⬇️', arrow_heading_up: '⤴️',
    red_circle: '🔴', large_orange_circle: '🟠', large_yellow_circle: '🟡', large_green_circle: '🟢',
    large_blue_circle: '🔵', large_purple_circle: '🟣', white_circle: '⚪', black_circle: '⚫',
    orange_circle: '🟠', yellow_circle: '🟡', green_circle: '🟢', blue_circle: '🔵',
    eyes: '👀', tada: '🎉', bell: '🔔', no_bell: '🔕', calendar: '📅', date: '📅', spiral_calendar_pad: '🗓️',
    clipboard: '📋', bar_chart: '📊', chart_with_upwards_trend: '📈', chart_with_downwards_trend: '📉',
    books: '📚', book: '📖', bookmark_tabs: '📑', page_facing_up: '📄', sparkles: '✨', no_entry: '⛔',
    no_entry_sign: '🚫', lock: '🔒', unlock: '🔓', link: '🔗', speech_balloon: '💬', raising_hand: '🙋',
    raised_hand: '✋', wave: '👋', alarm_clock: '⏰', stopwatch: '⏱️', timer_clock: '⏲️', clock: '🕐',
    information_source: 'ℹ️', repeat: '🔁', arrows_counterclockwise: '🔄', inbox_tray: '📥', outbox_tray: '📤',
    package: '📦', truck: '🚚', credit_card: '💳', moneybag: '💰', money_with_wings: '💸', pushpin: '📌',
    round_pushpin: '📍', sunrise: '🌅', sun_with_face: '🌞', sunny: '☀️', coffee: '☕', new: '🆕',
    hammer_and_wrench: '🛠️', wrench: '🔧', gear: '⚙️', rocket: '🚀', star: '⭐', checkered_flag: '🏁',
    ok_hand: '👌', pray: '🙏', point_right: '👉', point_up: '☝️', heavy_plus_sign: '➕', heavy_minus_sign: '➖',
    small_red_triangle: '🔺', small_red_triangle_down: '🔻', construction: '🚧', octagonal_sign: '🛑',
    envelope: '✉️', email: '📧', telephone_receiver: '📞', ticket: '🎫', label: '🏷️', sos: '🆘',
    handshake: '🤝', hourglass_done: '⌛', broken_heart: '💔', heart: '❤️', smile: '😄', slightly_smiling_face: '🙂',
    disappointed: '😞', thinking_face: '🤔', robot_face: '🤖', globe_with_meridians: '🌐', earth_asia: '🌏',
    flag_kr: '🇰🇷', kr: '🇰🇷', file_folder: '📁', open_file_folder: '📂', card_index: '📇', scroll: '📜',
    arrow_forward: '▶️', black_small_square: '▪️', white_small_square: '▫️', small_blue_diamond: '🔹',
    small_orange_diamond: '🔸', large_blue_diamond: '🔷', large_orange_diamond: '🔶', one: '1️⃣', two: '2️⃣',
    three: '3️⃣', four: '4️⃣', five: '5️⃣', hourglass_flowing: '⏳', snail: '🐌', turtle: '🐢', zap: '⚡',
    hospital: '🏥', ambulance: '🚑', sleeping: '😴', muscle: '💪', trophy: '🏆', medal: '🏅', bulb: '💡',
    mailbox: '📫', mailbox_with_mail: '📬', writing_hand: '✍️', pencil2: '✏️', pencil: '📝', wastebasket: '🗑️'
  };

  // Slack's boundary rule: a marker pair formats only when the opening marker starts the text or follows whitespace or
  // punctuation, and the closing one ends the text or is followed by whitespace or punctuation (not the marker
  // itself, and not a letter or digit), with no space just inside either marker. So `*환불*합니다` stays raw (a Korean
  // particle is a letter) and Deskhand's `\u200B*환불*\u200B합니다` is bold: the zero-width space is a boundary.
  const EDGE = '\\s\\u200B\\p{P}\\p{S}';
  const escape = marker => marker === '*' ? '\\*' : marker;   // in 'u' mode only syntax characters may be escaped
  function marked(marker, inner) {
    const m = escape(marker);
    return '(?<![^' + EDGE + '])(?<!' + m + ')' + m + inner + m + '(?![^' + EDGE + '])(?!' + m + ')';
  }
  const RUN = marker => '[^\\s' + marker + '](?:[^' + marker + '\\n]*?[^\\s' + marker + '])?';

  const INLINE = new RegExp([
    '(' + marked('`', '[^`\\n]+') + ')',                                     // 1 code
    '(<[^<>\\n]+>)',                                                         // 2 link, mention, date
    '(' + marked('*', RUN('*')) + ')',                                        // 3 bold
    '(' + marked('_', RUN('_')) + ')',                                        // 4 italic
    '(' + marked('~', RUN('~')) + ')',                                        // 5 strike
    '(:[a-z0-9_+\\-]+:)'                                                     // 6 emoji
  ].join('|'), 'gu');

  function decodeEntities(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  function emoji(text) {
    return text.replace(/:([a-z0-9_+\-]+):/g, (whole, name) => EMOJI[name] || whole);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function safeUrl(url) {
    return /^(https?:|mailto:)/i.test(url) ? url : null;
  }

  // Slack's <!date^…> formats, shown in the reader's own time zone, relative to the playground's clock.
  function formatDate(epochSeconds, format, ctx) {
    const date = new Date(epochSeconds * 1000);
    const now = ctx && ctx.now ? ctx.now() : new Date();
    const dayDiff = Math.round((startOfDay(date) - startOfDay(now)) / 86400000);
    const pretty = (fallback) => dayDiff === 0 ? I18n.t('playground.date.today')
      : dayDiff === -1 ? I18n.t('playground.date.yesterday') : dayDiff === 1 ? I18n.t('playground.date.tomorrow') : fallback;
    const f = (options) => new Intl.DateTimeFormat(I18n.locale(), options).format(date);
    const tokens = {
      date_num: () => date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()),
      date: () => f({ month: 'long', day: 'numeric', year: 'numeric' }),
      date_short: () => f({ month: 'short', day: 'numeric', year: 'numeric' }),
      date_long: () => f({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }),
      date_pretty: () => pretty(f({ month: 'long', day: 'numeric', year: 'numeric' })),
      date_short_pretty: () => pretty(f({ month: 'short', day: 'numeric', year: 'numeric' })),
      date_long_pretty: () => pretty(f({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })),
      time: () => f({ hour: 'numeric', minute: '2-digit' }),
      time_secs: () => f({ hour: 'numeric', minute: '2-digit', second: '2-digit' }),
      ago: () => ago((now - date) / 1000)
    };
    return format.replace(/\{([a-z_]+)\}/g, (whole, token) => tokens[token] ? tokens[token]() : whole);
  }

  function startOfDay(date) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  }

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  // "5 minutes ago" / "5분 전", "in 2 hours" / "2시간 후", in the page's language.
  function ago(seconds) {
    const s = Math.abs(seconds);
    const [value, unit] = s < 60 ? [Math.round(s), 'second'] : s < 3600 ? [Math.round(s / 60), 'minute']
      : s < 86400 ? [Math.round(s / 3600), 'hour'] : [Math.round(s / 86400), 'day'];
    return new Intl.RelativeTimeFormat(I18n.locale(), { numeric: 'always' }).format(seconds < 0 ? value : -value, unit);
  }

  function angle(token, ctx) {
    const inner = token.slice(1, -1);
    const bar = inner.indexOf('|');
    const target = bar < 0 ? inner : inner.slice(0, bar);
    const label = bar < 0 ? null : decodeEntities(inner.slice(bar + 1));
    if (target.startsWith('@')) {
      const id = target.slice(1);
      return el('span', 'mention', '@' + ((ctx && ctx.userName && ctx.userName(id)) || label || id));
    }
    if (target.startsWith('#')) {
      const id = target.slice(1);
      const link = el('a', 'channel-mention', '#' + ((ctx && ctx.channelName && ctx.channelName(id)) || label || id));
      link.href = '#/' + id;
      return link;
    }
    if (target.startsWith('!date^')) {
      const parts = target.split('^');
      const text = formatDate(Number(parts[1]), parts[2] || '{date_num}', ctx);
      return el('span', 'date', text);
    }
    if (target.startsWith('!subteam^')) {
      return el('span', 'mention', label || '@' + target.slice('!subteam^'.length));
    }
    if (target.startsWith('!')) {
      return el('span', 'mention', '@' + (label || target.slice(1)));
    }
    const url = safeUrl(target);
    if (!url) {
      return document.createTextNode(label || target);
    }
    const link = el('a', 'link', label || url);
    // Links into "the workspace" (permalinks, archive links) can only mean the playground's own messages.
    const permalink = /\/archives\/([A-Z0-9]+)\/p(\d+)/.exec(url);
    link.href = permalink ? '#/archives/' + permalink[1] + '/p' + permalink[2] : url;
    if (!permalink) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    return link;
  }

  // One line of inline formatting, into `parent`.
  function inline(text, parent, ctx) {
    let last = 0;
    // A fresh matcher per call: bold and italic recurse, and a shared lastIndex would loop forever.
    const pattern = new RegExp(INLINE.source, 'gu');
    let match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) {
        parent.appendChild(document.createTextNode(emoji(decodeEntities(text.slice(last, match.index)))));
      }
      const token = match[0];
      if (match[1]) {
        parent.appendChild(el('code', null, decodeEntities(token.slice(1, -1))));
      } else if (match[2]) {
        parent.appendChild(angle(token, ctx));
      } else if (match[3] || match[4] || match[5]) {
        const node = el(match[3] ? 'b' : match[4] ? 'i' : 's');
        inline(token.slice(1, -1), node, ctx);
        parent.appendChild(node);
      } else {
        parent.appendChild(document.createTextNode(EMOJI[token.slice(1, -1)] || token));
      }
      last = match.index + token.length;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(emoji(decodeEntities(text.slice(last)))));
    }
  }

  const BULLET = /^(\s*)([•◦▪\-*]|\d+[.)])\s+(.*)$/;

  function lines(text, parent, ctx) {
    const rows = text.split('\n');
    let quote = null;
    rows.forEach((row, index) => {
      const quoted = /^(&gt;|>)\s?/.exec(row);
      if (quoted) {
        if (!quote) {
          quote = el('blockquote');
          parent.appendChild(quote);
        } else {
          quote.appendChild(el('br'));
        }
        inline(row.slice(quoted[0].length), quote, ctx);
        return;
      }
      quote = null;
      const bullet = BULLET.exec(row);
      if (bullet && !(bullet[2] === '*' && /\*/.test(bullet[3]))) {
        const item = el('div', 'list-item');
        item.appendChild(el('span', 'list-marker', /\d/.test(bullet[2]) ? bullet[2] : '•'));
        const body = el('span', 'list-body');
        inline(bullet[3], body, ctx);
        item.appendChild(body);
        if (bullet[1].length > 0) item.classList.add('nested');
        parent.appendChild(item);
        return;
      }
      inline(row, parent, ctx);
      if (index < rows.length - 1) {
        parent.appendChild(el('br'));
      }
    });
  }

  /** Renders mrkdwn into a new element (a span, or a div when it holds blocks such as code or quotes). */
  function render(text, ctx) {
    const root = el('div', 'mrkdwn');
    const source = text == null ? '' : String(text);
    const pre = /```([\s\S]*?)```/g;
    let last = 0;
    let match;
    while ((match = pre.exec(source)) !== null) {
      if (match.index > last) lines(source.slice(last, match.index).replace(/\n$/, ''), root, ctx);
      root.appendChild(el('pre', null, decodeEntities(match[1].replace(/^\n/, ''))));
      last = match.index + match[0].length;
    }
    if (last < source.length) lines(last > 0 ? source.slice(last).replace(/^\n/, '') : source, root, ctx);
    return root;
  }

  /** Plain text (Slack's plain_text objects): only emoji shortcodes are converted. */
  function plain(text, withEmoji) {
    const s = text == null ? '' : String(text);
    return withEmoji === false ? s : emoji(s);
  }

  window.Mrkdwn = { render: render, plain: plain, formatDate: formatDate };
})();
