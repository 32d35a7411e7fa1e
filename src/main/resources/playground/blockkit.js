// Block Kit → DOM, close to how Slack draws it. Interactive elements call opts.onAction(blockId, actionId,
// selection); inside a modal, input elements register with opts.form so the page can build view.state.values.
(function () {
  'use strict';

  const t = (key, args) => I18n.t(key, args);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function textObject(text, ctx) {
    if (!text) return el('span');
    if (text.type === 'mrkdwn') return Mrkdwn.render(text.text, ctx);
    return el('span', 'plain', Mrkdwn.plain(text.text, text.emoji));
  }

  function plainText(text) {
    return text ? Mrkdwn.plain(text.text, text.emoji) : '';
  }

  function optionLabel(option) {
    return option && option.text ? plainText(option.text) : '';
  }

  function allOptions(element) {
    const options = (element.options || []).slice();
    (element.option_groups || []).forEach(group => (group.options || []).forEach(o => options.push(o)));
    return options;
  }

  function findOption(element, value) {
    return allOptions(element).find(o => o.value === value) || null;
  }

  // Asks "are you sure?" when the element carries a confirm object, as Slack does, before anything is sent.
  function confirmed(element, then) {
    const confirm = element.confirm;
    if (!confirm) {
      then();
      return;
    }
    const backdrop = el('div', 'confirm-backdrop');
    const dialog = el('div', 'confirm-dialog');
    dialog.setAttribute('role', 'alertdialog');
    dialog.appendChild(el('h3', null, plainText(confirm.title) || t('playground.confirm.title')));
    dialog.appendChild(textObject(confirm.text, null));
    const buttons = el('div', 'confirm-buttons');
    const deny = el('button', 'bk-button', plainText(confirm.deny) || t('playground.confirm.cancel'));
    const ok = el('button', 'bk-button ' + (confirm.style === 'danger' ? 'danger' : 'primary'),
      plainText(confirm.confirm) || t('playground.confirm.yes'));
    deny.type = ok.type = 'button';
    deny.addEventListener('click', () => backdrop.remove());
    ok.addEventListener('click', () => { backdrop.remove(); then(); });
    buttons.appendChild(deny);
    buttons.appendChild(ok);
    dialog.appendChild(buttons);
    backdrop.appendChild(dialog);
    document.body.appendChild(backdrop);
    ok.focus();
  }

  // Each element: (element, blockId, opts, inInput) → { node, state() } where state() is the view.state value.
  const ELEMENTS = {
    button(element, blockId, opts) {
      const button = el('button', 'bk-button' + (element.style ? ' ' + element.style : ''));
      button.type = 'button';
      button.textContent = plainText(element.text);
      button.dataset.actionId = element.action_id || '';
      button.addEventListener('click', () => confirmed(element, () => {
        if (element.url) window.open(element.url, '_blank', 'noopener');
        opts.onAction(blockId, element.action_id, null, button);
      }));
      return { node: button };
    },

    static_select(element, blockId, opts, inInput) {
      return select(element, blockId, opts, inInput, allOptions(element).map(o => [o.value, optionLabel(o)]),
        v => ({ selected_option: findOption(element, v) }), element.initial_option && element.initial_option.value);
    },

    users_select(element, blockId, opts, inInput) {
      return select(element, blockId, opts, inInput, opts.ctx.people().map(p => [p.id, p.realName]),
        v => ({ selected_user: v }), element.initial_user);
    },

    conversations_select(element, blockId, opts, inInput) {
      return select(element, blockId, opts, inInput, opts.ctx.channels().map(c => [c.id, (c.im ? '' : '#') + c.name]),
        v => ({ selected_conversation: v }), element.initial_conversation);
    },

    channels_select(element, blockId, opts, inInput) {
      return select(element, blockId, opts, inInput,
        opts.ctx.channels().filter(c => !c.im).map(c => [c.id, '#' + c.name]),
        v => ({ selected_channel: v }), element.initial_channel);
    },

    multi_static_select(element, blockId, opts, inInput) {
      const box = el('select', 'bk-select multi');
      box.multiple = true;
      const initial = (element.initial_options || []).map(o => o.value);
      allOptions(element).forEach(o => {
        const option = el('option', null, optionLabel(o));
        option.value = o.value;
        option.selected = restored(opts, blockId, element, s => (s.selected_options || []).some(x => x.value === o.value),
          initial.includes(o.value));
        box.appendChild(option);
      });
      const state = () => ({ type: element.type, selected_options:
        Array.from(box.selectedOptions).map(o => findOption(element, o.value)) });
      if (!inInput) box.addEventListener('change', () => opts.onAction(blockId, element.action_id, strip(state())));
      return { node: box, state, empty: () => box.selectedOptions.length === 0 };
    },

    overflow(element, blockId, opts) {
      const wrap = el('span', 'bk-overflow');
      const toggle = el('button', 'bk-button overflow-toggle', '⋯');
      toggle.type = 'button';
      toggle.setAttribute('aria-label', t('playground.message.moreActions'));
      const menu = el('div', 'overflow-menu');
      menu.hidden = true;
      (element.options || []).forEach(o => {
        const item = el('button', 'overflow-item', optionLabel(o));
        item.type = 'button';
        item.addEventListener('click', () => {
          menu.hidden = true;
          confirmed(element, () => opts.onAction(blockId, element.action_id, { selected_option: o }));
        });
        menu.appendChild(item);
      });
      toggle.addEventListener('click', () => { menu.hidden = !menu.hidden; });
      wrap.appendChild(toggle);
      wrap.appendChild(menu);
      return { node: wrap };
    },

    radio_buttons(element, blockId, opts, inInput) {
      return choices(element, blockId, opts, inInput, 'radio');
    },

    checkboxes(element, blockId, opts, inInput) {
      return choices(element, blockId, opts, inInput, 'checkbox');
    },

    datepicker(element, blockId, opts, inInput) {
      return field(element, blockId, opts, inInput, 'date', 'selected_date', element.initial_date);
    },

    timepicker(element, blockId, opts, inInput) {
      return field(element, blockId, opts, inInput, 'time', 'selected_time', element.initial_time);
    },

    plain_text_input(element, blockId, opts, inInput) {
      return field(element, blockId, opts, inInput, element.multiline ? 'textarea' : 'text', 'value',
        element.initial_value);
    },

    number_input(element, blockId, opts, inInput) {
      return field(element, blockId, opts, inInput, 'number', 'value', element.initial_value);
    },

    email_text_input(element, blockId, opts, inInput) {
      return field(element, blockId, opts, inInput, 'email', 'value', element.initial_value);
    },

    url_text_input(element, blockId, opts, inInput) {
      return field(element, blockId, opts, inInput, 'url', 'value', element.initial_value);
    },

    image(element) {
      return { node: imagePlaceholder(element.alt_text, 'accessory') };
    }
  };

  function strip(state) {
    const copy = Object.assign({}, state);
    delete copy.type;
    return copy;
  }

  // The value the user had typed or picked before the view was redrawn, else the element's initial value.
  function restored(opts, blockId, element, read, fallback) {
    const previous = opts.previous && opts.previous[blockId] && opts.previous[blockId][element.action_id];
    return previous ? read(previous) : fallback;
  }

  function select(element, blockId, opts, inInput, entries, toState, initialValue) {
    const box = el('select', 'bk-select');
    const placeholder = el('option', null, plainText(element.placeholder) || t('playground.select.placeholder'));
    placeholder.value = '';
    box.appendChild(placeholder);
    entries.forEach(([value, label]) => {
      const option = el('option', null, label);
      option.value = value;
      box.appendChild(option);
    });
    const previous = restored(opts, blockId, element, s => {
      const picked = toState('');
      const key = Object.keys(picked)[0];
      const value = s[key];
      return value && typeof value === 'object' ? value.value : value;
    }, initialValue);
    box.value = previous || '';
    const state = () => Object.assign({ type: element.type }, box.value ? toState(box.value)
      : Object.fromEntries(Object.keys(toState('')).map(k => [k, null])));
    if (!inInput) {
      box.addEventListener('change', () => {
        if (box.value) opts.onAction(blockId, element.action_id, strip(state()));
      });
    }
    return { node: box, state, empty: () => !box.value };
  }

  function choices(element, blockId, opts, inInput, kind) {
    const group = el('div', 'bk-choices');
    const name = 'c' + Math.random().toString(36).slice(2);
    const initial = kind === 'radio' ? [element.initial_option && element.initial_option.value]
      : (element.initial_options || []).map(o => o.value);
    const inputs = [];
    (element.options || []).forEach(o => {
      const label = el('label', 'bk-choice');
      const input = el('input');
      input.type = kind;
      input.name = name;
      input.value = o.value;
      input.checked = restored(opts, blockId, element, s => kind === 'radio'
        ? !!(s.selected_option && s.selected_option.value === o.value)
        : (s.selected_options || []).some(x => x.value === o.value), initial.includes(o.value));
      label.appendChild(input);
      const text = el('span', 'bk-choice-text');
      text.appendChild(textObject(o.text, opts.ctx));
      if (o.description) text.appendChild(el('span', 'bk-choice-description', plainText(o.description)));
      label.appendChild(text);
      inputs.push(input);
      group.appendChild(label);
    });
    const state = () => {
      const picked = inputs.filter(i => i.checked).map(i => findOption(element, i.value));
      return kind === 'radio' ? { type: element.type, selected_option: picked[0] || null }
        : { type: element.type, selected_options: picked };
    };
    if (!inInput) group.addEventListener('change', () => opts.onAction(blockId, element.action_id, strip(state())));
    return { node: group, state, empty: () => !inputs.some(i => i.checked) };
  }

  function field(element, blockId, opts, inInput, type, key, initial) {
    const input = type === 'textarea' ? el('textarea', 'bk-input') : el('input', 'bk-input');
    if (type !== 'textarea') input.type = type;
    if (element.placeholder) input.placeholder = plainText(element.placeholder);
    if (element.max_length) input.maxLength = element.max_length;
    const value = restored(opts, blockId, element, s => s[key], initial);
    if (value != null) input.value = value;
    const state = () => ({ type: element.type, [key]: input.value === '' ? null : input.value });
    if (!inInput) input.addEventListener('change', () => opts.onAction(blockId, element.action_id, strip(state())));
    const tooShort = () => element.min_length && input.value.length > 0 && input.value.length < element.min_length;
    return { node: input, state, empty: () => input.value.trim() === '', tooShort };
  }

  function element(element, blockId, opts, inInput) {
    const build = ELEMENTS[element.type];
    if (!build) {
      const unsupported = el('span', 'bk-unsupported', t('playground.unsupported.element', { type: element.type }));
      return { node: unsupported };
    }
    const built = build(element, blockId, opts, inInput);
    built.node.dataset.blockId = blockId;
    if (element.action_id) built.node.dataset.actionId = element.action_id;
    return built;
  }

  function imagePlaceholder(alt, className) {
    // Images would load from the network; the playground stays offline and shows what the image is of.
    return el('span', 'bk-image ' + (className || ''), '🖼 ' + (alt || t('playground.image')));
  }

  const BLOCKS = {
    header(block, opts) {
      return el('div', 'bk-header', plainText(block.text));
    },

    section(block, opts) {
      const node = el('div', 'bk-section');
      const main = el('div', 'bk-section-main');
      if (block.text) main.appendChild(textObject(block.text, opts.ctx));
      if (block.fields) {
        const fields = el('div', 'bk-fields');
        block.fields.forEach(f => {
          const cell = el('div', 'bk-field');
          cell.appendChild(textObject(f, opts.ctx));
          fields.appendChild(cell);
        });
        main.appendChild(fields);
      }
      node.appendChild(main);
      if (block.accessory) {
        const accessory = el('div', 'bk-accessory');
        accessory.appendChild(element(block.accessory, block.block_id, opts, false).node);
        node.appendChild(accessory);
      }
      return node;
    },

    context(block, opts) {
      const node = el('div', 'bk-context');
      (block.elements || []).forEach(e => {
        node.appendChild(e.type === 'image' ? imagePlaceholder(e.alt_text, 'small') : textObject(e, opts.ctx));
      });
      return node;
    },

    divider() {
      return el('hr', 'bk-divider');
    },

    actions(block, opts) {
      const node = el('div', 'bk-actions');
      (block.elements || []).forEach(e => node.appendChild(element(e, block.block_id, opts, false).node));
      return node;
    },

    input(block, opts) {
      const node = el('div', 'bk-input-block');
      const label = el('label', 'bk-label', plainText(block.label));
      if (block.optional) label.appendChild(el('span', 'bk-optional', ' ' + t('playground.modal.optional')));
      node.appendChild(label);
      const built = element(block.element || {}, block.block_id, opts, !block.dispatch_action);
      node.appendChild(built.node);
      if (block.hint) node.appendChild(el('div', 'bk-hint', plainText(block.hint)));
      const error = el('div', 'bk-error');
      error.setAttribute('role', 'alert');
      const message = opts.errors && opts.errors[block.block_id];
      error.textContent = message || '';
      error.hidden = !message;
      if (message) node.classList.add('has-error');
      node.appendChild(error);
      if (opts.form && built.state) {
        opts.form.register(block, built, error, node);
      }
      return node;
    },

    image(block) {
      const node = el('div', 'bk-image-block');
      if (block.title) node.appendChild(el('div', 'bk-image-title', plainText(block.title)));
      node.appendChild(imagePlaceholder(block.alt_text, 'large'));
      return node;
    },

    markdown(block, opts) {
      // Standard Markdown, close enough: its bold and links become mrkdwn's.
      const text = String(block.text || '').replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
        .replace(/\[([^\]\n]+)\]\((https?:[^)\s]+)\)/g, '<$2|$1>').replace(/^#+\s+(.*)$/gm, '*$1*');
      return Mrkdwn.render(text, opts.ctx);
    },

    rich_text(block, opts) {
      const node = el('div', 'bk-rich-text');
      (block.elements || []).forEach(section => {
        const line = el('div');
        (section.elements || []).forEach(part => {
          if (part.type === 'text') line.appendChild(document.createTextNode(part.text));
          else if (part.type === 'link') line.appendChild(Mrkdwn.render('<' + part.url + '|' + (part.text || part.url) + '>', opts.ctx));
          else if (part.type === 'user') line.appendChild(Mrkdwn.render('<@' + part.user_id + '>', opts.ctx));
          else if (part.type === 'emoji') line.appendChild(document.createTextNode(Mrkdwn.plain(':' + part.name + ':')));
        });
        node.appendChild(line);
      });
      return node;
    }
  };

  /** Renders a list of blocks. opts: { ctx, onAction(blockId, actionId, selection), form?, errors?, previous? }. */
  function render(blocks, opts) {
    const root = el('div', 'blocks');
    (blocks || []).forEach(block => {
      const build = BLOCKS[block.type];
      const node = build ? build(block, opts)
        : el('div', 'bk-unsupported', t('playground.unsupported.block', { type: block.type }));
      node.dataset.blockId = block.block_id || '';
      node.dataset.blockType = block.type;
      root.appendChild(node);
    });
    return root;
  }

  window.BlockKit = { render: render, plainText: plainText };
})();
