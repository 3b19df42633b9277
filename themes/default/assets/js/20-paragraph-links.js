// Paragraph links (docs/design/reading-ui.md, P2-P5): focus the target paragraph, copy permalinks, the Cite dialog,
// copy buttons, and "Copy link to selection" as a text fragment. Never rewrites the URL: a
// `#:~:text=` directive is left to the browser (location.hash never shows it).
(() => {
  const body = document.querySelector('.reading-body');
  if (!body) return;

  const paragraphId = /^p-\d+$/;

  // Landing on #p-N: move focus there (screen readers start reading there) without moving the scroll.
  const focusTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!paragraphId.test(id)) return;
    const p = document.getElementById(id);
    if (p) p.focus({ preventScroll: true });
  };
  window.addEventListener('hashchange', focusTarget);
  focusTarget();

  const plainClick = (e) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

  // The permalink: navigates as a normal link and also copies its URL.
  body.addEventListener('click', (e) => {
    const link = e.target.closest('a.para-num');
    if (!link || !plainClick(e)) return;
    lectern.copyText(link.href).then((ok) =>
      lectern.announce(ok ? 'Link copied' : 'Could not copy; the link is in the address bar'));
  });

  // "Cite": without JavaScript it leads to #cite; here it opens the paragraph's citations.
  const dialog = document.getElementById('cite-dialog');
  if (dialog && typeof dialog.showModal === 'function') {
    body.addEventListener('click', (e) => {
      const cite = e.target.closest('a.para-cite');
      if (!cite || !plainClick(e)) return;
      e.preventDefault();
      dialog.querySelectorAll('[data-cite-n]').forEach((slot) => { slot.textContent = cite.dataset.citeParagraph; });
      dialog.showModal();
    });
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (e) => {
      if (e.target !== dialog) return;
      const r = dialog.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
    });
  }

  document.querySelectorAll('button[data-copy]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy);
      if (!source) return;
      const ok = await lectern.copyText(source.textContent.trim());
      lectern.announce(ok ? 'Citation copied' : 'Could not copy; select the citation and copy it');
    });
  });

  // "Copy link to selection": a text fragment link (https://wicg.github.io/scroll-to-text-fragment/).
  const selectionButton = document.querySelector('.copy-selection-link');
  if (!selectionButton) return;

  const textWithoutApparatus = (node) => {
    node.querySelectorAll('[data-ui]').forEach((ui) => ui.remove());
    return node.textContent.replace(/\s+/g, ' ').trim();
  };
  // Percent-encode, including the characters the directive syntax uses: '-', '&' and ','.
  const encode = (text) => encodeURIComponent(text).replace(/-/g, '%2D');
  const words = (text) => text.split(' ').filter(Boolean);

  const selectedRange = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return body.contains(range.commonAncestorContainer) ? range : null;
  };

  const fragmentLink = (range) => {
    const contents = range.cloneContents();
    const blocks = [...contents.querySelectorAll('p, li, h2, h3')];
    const texts = (blocks.length > 1 ? blocks.map(textWithoutApparatus) : [textWithoutApparatus(contents)]).filter(Boolean);
    if (texts.length === 0) return null;
    const first = words(texts[0]);
    const last = words(texts[texts.length - 1]);
    const directive = texts.length === 1 && first.length <= 8
      ? encode(texts[0])
      : encode(first.slice(0, 4).join(' ')) + ',' + encode(last.slice(-4).join(' '));
    const start = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement;
    const paragraph = start && start.closest('p[id], li[id]');
    const id = paragraph && paragraphId.test(paragraph.id) ? paragraph.id : '';
    return location.origin + location.pathname + location.search + '#' + id + ':~:text=' + directive;
  };

  let lastRange = null;
  document.addEventListener('selectionchange', () => {
    const range = selectedRange();
    if (range) lastRange = range.cloneRange();
    selectionButton.hidden = !range;
  });
  // Keep the selection when the button is pressed.
  selectionButton.addEventListener('pointerdown', (e) => e.preventDefault());
  selectionButton.addEventListener('click', async () => {
    const link = lastRange && fragmentLink(lastRange);
    if (!link) return;
    const ok = await lectern.copyText(link);
    lectern.announce(ok ? 'Link to selection copied' : 'Could not copy the link');
  });
})();
