// The page's own words, from the playground message bundle (GET api/texts, every language at once). The page reads
// in the language picked on it, else the acting user's Slack locale. Patterns are ICU MessageFormat; this formats
// the part of it the bundle uses: {name}, {name, number}, {name, plural, =0 {…} one {…} other {…}} with #, and
// {name, select, …}, with ICU's apostrophe quoting ('' is one apostrophe, '{…}' is literal).
(function () {
  'use strict';

  const LOCALES = { en: 'en-US', ko: 'ko-KR' };
  const state = { texts: {}, language: 'en' };

  function format(pattern, args, locale) {
    const values = args || {};
    const plurals = new Intl.PluralRules(locale);
    const numbers = new Intl.NumberFormat(locale);
    let i = 0;

    function number(value) {
      return typeof value === 'number' ? numbers.format(value) : String(value);
    }

    // Text up to the '}' that closes the enclosing branch (left for the caller) or the end.
    function message(pluralValue) {
      let out = '';
      while (i < pattern.length) {
        const c = pattern[i];
        if (c === '}') return out;
        if (c === "'") {
          const next = pattern[i + 1];
          if (next === "'") {
            out += "'";
            i += 2;
          } else if (next === '{' || next === '}' || (next === '#' && pluralValue !== undefined)) {
            let end = i + 1;
            for (;;) {
              const quote = pattern.indexOf("'", end);
              if (quote < 0) { out += pattern.slice(end); end = pattern.length; break; }
              out += pattern.slice(end, quote);
              if (pattern[quote + 1] === "'") { out += "'"; end = quote + 2; continue; }
              end = quote + 1;
              break;
            }
            i = end;
          } else {
            out += c;
            i++;
          }
        } else if (c === '#' && pluralValue !== undefined) {
          out += number(pluralValue);
          i++;
        } else if (c === '{') {
          i++;
          out += argument(pluralValue);
        } else {
          out += c;
          i++;
        }
      }
      return out;
    }

    function word() {
      const start = i;
      while (i < pattern.length && !/[,{}]/.test(pattern[i])) i++;
      return pattern.slice(start, i).trim();
    }

    function argument(outerPlural) {
      const name = word();
      const value = values[name];
      if (pattern[i] === '}') {
        i++;
        return value === undefined ? '{' + name + '}' : String(value);
      }
      i++; // ','
      const type = word();
      if (pattern[i] === '}') {
        i++;
        return type === 'number' ? number(value) : String(value);
      }
      i++; // ','
      if (type !== 'plural' && type !== 'select') {
        word(); // a style such as "integer": shown as a plain number
        i++;
        return number(value);
      }
      const branches = {};
      for (;;) {
        while (/\s/.test(pattern[i] || '')) i++;
        if (i >= pattern.length || pattern[i] === '}') { i++; break; }
        const start = i;
        while (i < pattern.length && !/[\s{]/.test(pattern[i])) i++;
        const selector = pattern.slice(start, i);
        while (/\s/.test(pattern[i] || '')) i++;
        i++; // '{'
        branches[selector] = message(type === 'plural' ? value : outerPlural);
        i++; // '}'
      }
      if (type === 'select') return branches[String(value)] !== undefined ? branches[String(value)] : branches.other || '';
      const exact = branches['=' + value];
      if (exact !== undefined) return exact;
      const category = plurals.select(Number(value));
      return branches[category] !== undefined ? branches[category] : branches.other || '';
    }

    return message(undefined);
  }

  function languageOfLocale(locale) {
    return /^ko\b/i.test(locale || '') ? 'ko' : 'en';
  }

  function t(key, args) {
    const own = state.texts[state.language] || {};
    const pattern = own[key] !== undefined ? own[key] : (state.texts.en || {})[key];
    return pattern === undefined ? key : format(pattern, args, LOCALES[state.language]);
  }

  // Elements say which message they show: data-i18n (text), data-i18n-placeholder, -aria-label, -title.
  function apply(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(node => {
      node.textContent = t(node.dataset.i18n);
    });
    [['data-i18n-placeholder', 'placeholder'], ['data-i18n-aria-label', 'aria-label'], ['data-i18n-title', 'title']]
      .forEach(([marker, attribute]) => (root || document).querySelectorAll('[' + marker + ']').forEach(node => {
        node.setAttribute(attribute, t(node.getAttribute(marker)));
      }));
    document.documentElement.lang = state.language;
  }

  async function load() {
    const response = await fetch('api/texts', { cache: 'no-store' });
    state.texts = await response.json();
  }

  window.I18n = {
    load: load,
    /** Sets the bundles directly ({en: {...}, ko: {...}}), for a page without the server. */
    setTexts: texts => { state.texts = texts; },
    use: language => { state.language = state.texts[language] || language === 'en' ? language : 'en'; },
    language: () => state.language,
    locale: () => LOCALES[state.language],
    languageOfLocale: languageOfLocale,
    t: t,
    apply: apply,
    format: format
  };
})();
