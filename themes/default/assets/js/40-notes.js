// Notes: without JavaScript each marker is a link to its numbered endnote. With it, each marker becomes a
// button (aria-expanded, aria-controls) that opens a copy of the note right after it: inline under the
// line on narrow screens (closed until tapped), a sidenote in the margin on wide screens (always open).
(() => {
  const links = document.querySelectorAll('.note-marker > a[href^="#"]');
  if (links.length === 0) return;
  const wide = window.matchMedia('(min-width: 80rem)');
  const notes = [];

  const setOpen = (note, open) => {
    note.button.setAttribute('aria-expanded', String(open));
    note.panel.hidden = !open;
  };

  links.forEach((link) => {
    const body = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const content = body && body.querySelector('.note-content');
    if (!content) return;

    const panel = document.createElement('span');
    panel.className = 'note-panel';
    panel.id = body.id + '-panel';
    panel.setAttribute('data-ui', '');
    panel.setAttribute('role', 'note');
    panel.setAttribute('aria-label', link.getAttribute('aria-label') || 'Note');
    const number = document.createElement('span');
    number.className = 'note-panel-number';
    number.textContent = link.textContent + '.';
    panel.append(number);
    panel.append(...Array.from(content.cloneNode(true).children));
    panel.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'note-toggle';
    button.setAttribute('data-ui', '');
    button.id = link.id; // the endnote's back link still lands here
    button.textContent = link.textContent;
    button.setAttribute('aria-label', link.getAttribute('aria-label') || 'Note');
    button.setAttribute('aria-controls', panel.id);
    link.replaceWith(button);
    button.parentElement.after(panel);

    const note = { button, panel };
    notes.push(note);
    button.addEventListener('click', () => setOpen(note, panel.hidden));
    const closeOnEscape = (event) => {
      if (event.key !== 'Escape' || panel.hidden || wide.matches) return;
      event.preventDefault();
      setOpen(note, false);
      button.focus();
    };
    button.addEventListener('keydown', closeOnEscape);
    panel.addEventListener('keydown', closeOnEscape);
  });

  const layout = () => notes.forEach((note) => setOpen(note, wide.matches));
  layout();
  wide.addEventListener('change', layout);
})();
