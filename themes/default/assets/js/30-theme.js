// Light and dark: follows the system until the reader picks the other theme; the choice is
// remembered (assets/theme.js applies it before first paint). Picking the system's theme again
// forgets the choice, so the page follows the system once more.
(() => {
  const button = document.querySelector('.theme-toggle');
  if (!button) return;
  const root = document.documentElement;
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  const systemTheme = () => (system.matches ? 'dark' : 'light');
  const effective = () => root.dataset.theme || systemTheme();
  const render = () => button.setAttribute('aria-pressed', String(effective() === 'dark'));

  button.hidden = false;
  render();
  system.addEventListener('change', render);
  button.addEventListener('click', () => {
    const next = effective() === 'dark' ? 'light' : 'dark';
    const follow = next === systemTheme();
    try {
      if (follow) localStorage.removeItem('lectern-theme'); else localStorage.setItem('lectern-theme', next);
    } catch (e) { /* storage may be disabled; the choice then lasts for this page */ }
    if (follow) delete root.dataset.theme; else root.dataset.theme = next;
    render();
  });
})();
