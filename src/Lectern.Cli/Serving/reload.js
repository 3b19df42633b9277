// Lectern preview (lectern serve only): reloads the page after each rebuild and shows build errors
// over the page; the last good site stays underneath.
(() => {
  'use strict';
  let overlay = null;

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function show(diagnostics) {
    hide();
    overlay = document.createElement('div');
    overlay.className = 'lectern-preview-overlay';
    overlay.setAttribute('role', 'alert');
    const heading = document.createElement('h2');
    heading.textContent = 'The rebuild failed: this is the last good build.';
    const list = document.createElement('pre');
    list.textContent = diagnostics.join('\n');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.addEventListener('click', hide);
    overlay.append(heading, list, close);
    document.body.append(overlay);
  }

  const events = new EventSource('/__lectern/events');
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('build-error', (event) => show(JSON.parse(event.data).diagnostics));
})();
