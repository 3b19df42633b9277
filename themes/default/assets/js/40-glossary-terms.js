// Glossary terms: the reader's marking setting (remembered) and one shared toggletip per page.
// Without this script every marked term is still a link to its glossary entry.
(() => {
  'use strict';
  const root = document.querySelector('[data-term-marking]');
  const popover = document.getElementById('term-popover');
  if (!root || !popover) return;

  const STORAGE_KEY = 'lectern.termMarking';
  const MARKINGS = ['first-per-section', 'every', 'none'];
  const HOVER_OPEN_MS = 150;
  const HOVER_GRACE_MS = 300;
  const supportsPopover = typeof popover.showPopover === 'function';
  const control = document.getElementById('term-marking');

  let current = null;   // the term whose definition is shown
  let pinned = false;   // opened by click, tap or key (hover-out does not close it)
  let openTimer = 0;
  let closeTimer = 0;

  // ---- Marking: which occurrences are live links -------------------------------------------
  const isActive = (term, marking) =>
    marking === 'every' || (marking === 'first-per-section' && !term.hasAttribute('data-term-repeat'));

  function setActive(term, active) {
    if ((term.localName === 'a') === active) return term;
    if (!active && term === current) close(false);
    const next = document.createElement(active ? 'a' : 'span');
    next.className = 'term';
    next.setAttribute('data-term', term.dataset.term);
    if (term.hasAttribute('data-term-repeat')) next.setAttribute('data-term-repeat', '');
    if (active) {
      next.href = root.dataset.glossaryUrl + '#' + term.dataset.term;
      next.setAttribute('aria-describedby', 'gloss-' + term.dataset.term);
    }
    while (term.firstChild) next.appendChild(term.firstChild);
    term.replaceWith(next);
    return next;
  }

  function applyMarking(marking) {
    root.dataset.termMarking = marking;
    for (const term of root.querySelectorAll('[data-term]')) {
      const live = setActive(term, isActive(term, marking));
      if (live.localName === 'a') {
        live.setAttribute('aria-controls', popover.id);
        live.setAttribute('aria-expanded', String(live === current));
      }
    }
    if (control) control.value = marking;
  }

  function storedMarking() {
    try {
      const value = localStorage.getItem(STORAGE_KEY);
      return MARKINGS.includes(value) ? value : null;
    } catch { return null; }
  }

  if (control) {
    control.addEventListener('change', () => {
      if (!MARKINGS.includes(control.value)) return;
      try { localStorage.setItem(STORAGE_KEY, control.value); } catch { /* private mode: not remembered */ }
      applyMarking(control.value);
    });
  }
  applyMarking(storedMarking() || root.dataset.termMarking);

  // ---- The toggletip -------------------------------------------------------------------------
  const termOf = (node) => (node instanceof Element ? node.closest('a.term[data-term]') : null);
  const isOpen = () => current !== null;

  function fill(term) {
    const definition = document.getElementById('gloss-' + term.dataset.term);
    if (!definition) return false;
    const entry = definition.closest('.reading-term');
    const title = document.createElement('p');
    title.className = 'term-popover-title';
    title.textContent = entry ? entry.querySelector('dt').textContent : term.textContent;
    // The definition is a <dd> in the page's list of terms: copy its contents, not the <dd> itself.
    const body = document.createElement('div');
    body.className = 'term-popover-definition';
    body.append(...definition.cloneNode(true).childNodes);
    const more = document.createElement('a');
    more.className = 'term-popover-more';
    more.href = term.href;
    more.textContent = 'Glossary entry';
    popover.replaceChildren(title, body, more);
    return true;
  }

  function place(term) {
    const anchor = term.getClientRects()[0] || term.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = window.innerHeight;
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    const left = Math.max(8, Math.min(anchor.left, viewportWidth - width - 8));
    let top = anchor.bottom + 6;
    if (top + height > viewportHeight - 8 && anchor.top - height - 6 >= 8) top = anchor.top - height - 6;
    popover.style.left = left + 'px';
    popover.style.top = Math.max(8, top) + 'px';
  }

  function open(term, pin) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (current && current !== term) close(false);
    if (current !== term) {
      if (!fill(term)) return false;
      popover.classList.add('is-open');
      if (supportsPopover && !popover.matches(':popover-open')) popover.showPopover();
      current = term;
      term.setAttribute('aria-expanded', 'true');
    }
    pinned = pinned || pin;
    place(term);
    return true;
  }

  function close(returnFocus) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (!current) return;
    const term = current;
    const focusInside = popover.contains(document.activeElement);
    if (supportsPopover && popover.matches(':popover-open')) popover.hidePopover();
    popover.classList.remove('is-open');
    term.setAttribute('aria-expanded', 'false');
    current = null;
    pinned = false;
    if (returnFocus || focusInside) term.focus();
  }

  function toggle(term) {
    if (current === term && pinned) close(false);
    else return open(term, true);
    return true;
  }

  root.addEventListener('click', (event) => {
    const term = termOf(event.target);
    if (!term || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (toggle(term)) event.preventDefault();
  });

  root.addEventListener('keydown', (event) => {
    const term = termOf(event.target);
    if (!term) return;
    if (event.key === ' ') {
      event.preventDefault();
      toggle(term);
    } else if (event.key === 'Tab' && !event.shiftKey && current === term) {
      const first = popover.querySelector('a[href]');
      if (first) { event.preventDefault(); first.focus(); }
    }
  });

  popover.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || !current) return;
    const links = [...popover.querySelectorAll('a[href]')];
    if (event.shiftKey && document.activeElement === links[0]) {
      event.preventDefault();
      current.focus();
    } else if (!event.shiftKey && document.activeElement === links[links.length - 1]) {
      event.preventDefault();
      close(true);
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      close(true);
    }
  });

  document.addEventListener('focusin', (event) => {
    if (current && event.target !== current && !popover.contains(event.target)) close(false);
  });

  document.addEventListener('pointerdown', (event) => {
    if (current && !popover.contains(event.target) && !current.contains(event.target)) close(false);
  });

  // Hover (mouse only): opens after a short pause; the pointer may cross to the bubble (WCAG 1.4.13).
  root.addEventListener('pointerover', (event) => {
    const term = termOf(event.target);
    if (!term || event.pointerType !== 'mouse') return;
    clearTimeout(closeTimer);
    if (current === term || pinned) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(term, false), HOVER_OPEN_MS);
  });

  const leaving = (event) =>
    event.pointerType === 'mouse' && !(event.relatedTarget instanceof Node &&
      (popover.contains(event.relatedTarget) || (current && current.contains(event.relatedTarget))));

  function scheduleClose() {
    clearTimeout(openTimer);
    if (pinned) return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => { if (!pinned) close(false); }, HOVER_GRACE_MS);
  }

  root.addEventListener('pointerout', (event) => {
    if (termOf(event.target) && leaving(event)) scheduleClose();
  });
  popover.addEventListener('pointerover', () => clearTimeout(closeTimer));
  popover.addEventListener('pointerout', (event) => { if (leaving(event)) scheduleClose(); });

  const reposition = () => { if (current) place(current); };
  window.addEventListener('resize', reposition);
  window.addEventListener('scroll', reposition, { passive: true });
})();
