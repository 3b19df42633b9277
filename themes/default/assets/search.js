// Site search (docs/search.md), loaded by js/60-search.js when a reader first uses the search box: the box is a
// WAI-ARIA combobox with a listbox of hits. The index is static files made by `lectern build`: search/meta.json,
// the term shards a query's words need, and the words of the hits shown (<reading>/search-N.json). Tokenizing
// mirrors src/Lectern/Stages/Layout/Search/SearchTerms.cs exactly.
(() => {
  const input = document.getElementById('site-search-input');
  const list = document.getElementById('site-search-results');
  if (!input || !list) return;
  const root = document.documentElement.dataset.basePath || '/';
  const shown = 10;

  // As StopWords.cs and PluralStemmer.cs.
  const stopWords = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its',
    'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'which', 'will', 'with']);
  const stem = (w) => {
    if (w.length <= 3 || !w.endsWith('s')) return w;
    if (w.endsWith('ies')) return w.length > 4 ? w.slice(0, -3) + 'y' : w;
    if (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes')) return w.slice(0, -2);
    if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
    return w.slice(0, -1);
  };
  // As SearchTerms.Fold, with the build's own table of letters with diacritics (meta.json "f").
  let folding = {};
  const fold = (text) => text.toLowerCase().replace(/[\u0300-\u036f]/g, '').replace(/[^\0-\x7f]/g, (c) => folding[c] ?? c);
  const words = (text) => fold(text).replace(/['\u2019]/g, '').split(/[^\p{L}\p{Nd}]+/u).filter(Boolean).map((w) => w.slice(0, 64));
  const terms = (text) => words(text).filter((w) => !stopWords.has(w)).map(stem);
  // A phrase matches a text whose words, in order, include the phrase's words.
  const wordLine = (text) => ' ' + words(text).join(' ') + ' ';

  const cache = new Map();
  const fetchJson = (path) => {
    if (!cache.has(path)) cache.set(path, fetch(root + path).then((r) => (r.ok ? r.json() : null)).catch(() => null));
    return cache.get(path);
  };
  const meta = () => fetchJson('search/meta.json');

  // As SearchFiles.Shard: the shard with the longest key the term starts with.
  const shardFile = (key) => 'search/terms/' + [...key].map((c) => (/[a-z0-9]/.test(c) ? c : '_' + c.codePointAt(0).toString(16))).join('') + '.json';
  const postings = async (index, term) => {
    let key = null;
    for (const k of index.k) if (term.startsWith(k) && (key === null || k.length > key.length)) key = k;
    if (key === null) return new Set();
    const shard = await fetchJson(shardFile(key));
    const found = new Set();
    const encoded = shard && Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : '';
    if (!encoded) return found;
    // As SearchIndex.Postings: per reading "R:h,h,..." with R and each h less the one before, in base 36.
    let reading = 0;
    for (const entry of encoded.split(';')) {
      const [r, hits] = entry.split(':');
      reading += parseInt(r, 36);
      let hit = 0;
      for (const h of hits.split(',')) { hit += parseInt(h, 36); found.add(reading * 1e6 + hit); }
    }
    return found;
  };
  const intersect = (a, b) => new Set([...a].filter((x) => b.has(x)));

  // The query as clauses a hit must all meet, each met by any one of its alternatives (a list of terms); a
  // glossary form in the query becomes a clause whose alternatives are all the entry's forms.
  const parse = (query, index) => {
    const phrases = [];
    const plain = query.replace(/"([^"]*)"?/g, (_, p) => { if (terms(p).length) phrases.push(p); return ' ' + p + ' '; });
    for (const word of plain.split(/\s+/)) if (words(word).length > 1) phrases.push(word);
    const queryTerms = terms(plain);
    const clauses = [];
    for (let i = 0; i < queryTerms.length;) {
      let taken = 0;
      let alternatives = null;
      for (const forms of index.g) {
        for (const form of forms) {
          const f = form.split(' ');
          if (f.length > taken && f.every((t, j) => queryTerms[i + j] === t)) { taken = f.length; alternatives = forms.map((x) => x.split(' ')); }
        }
      }
      if (!alternatives) { taken = 1; alternatives = [[queryTerms[i]]]; }
      clauses.push(alternatives);
      i += taken;
    }
    return { clauses, phrases: phrases.map(wordLine) };
  };

  // Every term's shard is asked for at once, before any is awaited: a query's fetches run side by side.
  const candidates = async (clauses, index) => {
    const sets = new Map();
    for (const term of clauses.flat(2)) if (!sets.has(term)) sets.set(term, postings(index, term));
    let result = null;
    for (const alternatives of clauses) {
      let met = new Set();
      for (const alternative of alternatives) {
        let all = null;
        for (const term of alternative) {
          const hits = await sets.get(term);
          all = all === null ? hits : intersect(all, hits);
        }
        met = new Set([...met, ...all]);
      }
      result = result === null ? met : intersect(result, met);
    }
    return [...(result || [])].sort((a, b) => a - b);
  };

  const hitText = async (index, key) => {
    const reading = Math.floor(key / 1e6);
    const hit = key % 1e6;
    // As SearchFiles.Text.
    const perFile = index.n[reading];
    const file = await fetchJson(index.r[reading] + '/search-' + Math.floor(hit / perFile) + '.json');
    if (!file) return null;
    const [anchor, section, text] = file.h[hit % perFile];
    return { title: file.t, url: file.u, anchor, section: section >= 0 ? file.s[section] : '', text, heading: !anchor.startsWith('p-') };
  };

  // The text's words, each marked when it is a query term, and the first run of marked words (joined by spaces or
  // hyphens only) as the text fragment to land on.
  const markWords = (text, wanted) => {
    const marks = [];
    for (const m of text.matchAll(/[\p{L}\p{M}\p{Nd}'\u2019]+/gu)) {
      const t = terms(m[0]);
      if (t.length && t.every((x) => wanted.has(x))) marks.push([m.index, m.index + m[0].length]);
    }
    let run = marks.length ? [marks[0][0], marks[0][1]] : null;
    for (let i = 1; run && i < marks.length && /^[\s\-]{1,2}$/.test(text.slice(run[1], marks[i][0])); i++) run[1] = marks[i][1];
    return { marks, fragment: run ? text.slice(run[0], run[1]) : '' };
  };
  const encodeFragment = (text) => encodeURIComponent(text).replace(/-/g, '%2D');

  const context = (text, marks) => {
    const span = document.createElement('span');
    span.className = 'search-hit-text';
    const first = marks.length ? marks[0][0] : 0;
    let start = Math.max(0, first - 90);
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    let end = Math.min(text.length, start + 260);
    if (end < text.length) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
    let at = start;
    if (start > 0) span.append('… ');
    for (const [from, to] of marks) {
      if (from < start || to > end) continue;
      span.append(text.slice(at, from));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(from, to);
      span.append(mark);
      at = to;
    }
    span.append(text.slice(at, end));
    if (end < text.length) span.append(' …');
    return span;
  };

  let active = -1;
  let run = 0;
  const options = () => [...list.querySelectorAll('[role="option"]:not([aria-disabled="true"])')];
  const open = (isOpen) => {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) select(-1);
  };
  const select = (i) => {
    const all = options();
    active = i;
    all.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && all[i]) {
      input.setAttribute('aria-activedescendant', all[i].id);
      all[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const option = (hit, marks, fragment, n) => {
    const li = document.createElement('li');
    li.id = 'site-search-hit-' + n;
    li.className = 'search-hit';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = hit.url + '#' + hit.anchor + (fragment ? ':~:text=' + encodeFragment(fragment) : '');
    const where = document.createElement('span');
    where.className = 'search-hit-where';
    where.textContent = hit.title + ' · ' + (hit.heading ? 'section heading' : 'paragraph ' + hit.anchor.slice(2));
    li.append(where);
    if (hit.section && !hit.heading) {
      const section = document.createElement('span');
      section.className = 'search-hit-section';
      section.textContent = hit.section;
      li.append(section);
    }
    li.append(context(hit.text, marks));
    return li;
  };

  const search = async (query) => {
    const mine = ++run;
    // For timing (tests/Lectern.Benchmarks search): when a query starts.
    performance.mark('lectern-search', { detail: query });
    const index = await meta();
    if (mine !== run) return;
    if (index) folding = index.f;
    if (!index || !terms(query.replace(/"/g, ' ')).length) { list.replaceChildren(); open(false); return; }
    const { clauses, phrases } = parse(query, index);
    const found = clauses.length ? await candidates(clauses, index) : [];
    const wanted = new Set(clauses.flat(2));
    if (mine !== run) return;
    const items = [];
    let checked = 0;
    // The words of the next hits to show, a batch of text files fetched side by side; a phrase may need more
    // batches, as it is checked against each hit's words.
    const limit = phrases.length ? Math.min(found.length, shown * 5) : found.length;
    while (items.length < shown && checked < limit) {
      const batch = found.slice(checked, Math.min(limit, checked + shown - items.length));
      checked += batch.length;
      const hits = await Promise.all(batch.map((key) => hitText(index, key)));
      if (mine !== run) return;
      for (const hit of hits) {
        if (!hit || (phrases.length && !phrases.every((p) => wordLine(hit.text).includes(p)))) continue;
        const { marks, fragment } = markWords(hit.text, wanted);
        items.push(option(hit, marks, fragment, items.length));
      }
    }
    const total = phrases.length ? items.length : found.length;
    if (items.length === 0) {
      const none = document.createElement('li');
      none.className = 'search-none';
      none.setAttribute('role', 'option');
      none.setAttribute('aria-disabled', 'true');
      none.setAttribute('aria-selected', 'false');
      none.id = 'site-search-none';
      none.textContent = 'No paragraph contains all of these words.';
      items.push(none);
    }
    list.replaceChildren(...items);
    // Which query the list answers: typing runs a query per pause, and a slow one is overtaken by the next.
    list.dataset.query = query;
    open(true);
    // A phrase is checked against the words of the hits fetched, so past those the count is a lower bound.
    const unsure = phrases.length > 0 && checked < found.length;
    const more = total > shown ? `, the first ${shown} shown` : '';
    announceSettled(total === 0 ? 'No results'
      : unsure ? `At least ${total} results, the first ${total} shown` : `${total} result${total === 1 ? '' : 's'}${more}`);
  };

  // The count is announced once the results have stood for a moment, not for each keystroke's results while typing.
  let announcement = 0;
  const announceSettled = (message) => {
    clearTimeout(announcement);
    announcement = setTimeout(() => lectern.announce(message), 500);
  };
  // Each keystroke searches at once: the index's files are cached, so a query usually answers before the next key;
  // one still fetching when the next key comes stops at its next await, and only the newest is shown.
  input.addEventListener('input', () => {
    clearTimeout(announcement);
    search(input.value);
  });
  input.addEventListener('focus', () => { meta(); });
  const go = (li) => { if (li && li.dataset.href) location.assign(li.dataset.href); };
  input.addEventListener('keydown', (e) => {
    const all = options();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) { if (list.children.length) open(true); else return; }
      e.preventDefault();
      if (!all.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      select(active < 0 ? (step > 0 ? 0 : all.length - 1) : (active + step + all.length) % all.length);
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      go(all[active]);
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); open(false); } else if (input.value) { e.preventDefault(); input.value = ''; }
    }
  });
  // mousedown, not click: the input keeps its focus, so the list is still open when the click lands.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => go(e.target.closest('[role="option"]')));
  input.addEventListener('blur', () => open(false));

  // The search page (where the form goes): show the results of ?q= there; elsewhere, what was typed while this loaded.
  const q = new URLSearchParams(location.search).get('q');
  if (document.body.classList.contains('page-search') && q) {
    input.value = q;
    input.focus();
    search(q);
  } else if (input.value && document.activeElement === input) search(input.value);
})();
