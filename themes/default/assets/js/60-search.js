// The header's search box (docs/search.md). Without JavaScript it is a form that goes to the search page; here it
// becomes a combobox whose listbox assets/search.js fills. That script and its styles are fetched when a reader
// first uses the box, so pages that are only read do not carry them.
(() => {
  const input = document.getElementById('site-search-input');
  if (!input) return;
  const attributes = { role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'site-search-results', 'aria-describedby': 'site-search-hint' };
  Object.entries(attributes).forEach(([name, value]) => input.setAttribute(name, value));
  const hint = document.createElement('span');
  hint.id = 'site-search-hint';
  hint.className = 'visually-hidden';
  hint.textContent = 'Results appear as you type; choose one with the arrow keys and open it with Enter.';
  const list = document.createElement('ul');
  list.id = 'site-search-results';
  list.className = 'site-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  list.hidden = true;
  input.after(hint, list);

  const assets = (document.documentElement.dataset.basePath || '/') + 'assets/';
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = assets + 'search.css';
    const script = document.createElement('script');
    script.src = assets + 'search.js';
    document.head.append(style, script);
  };
  ['focus', 'input', 'pointerdown'].forEach((type) => input.addEventListener(type, load));
  if (document.body.classList.contains('page-search') && new URLSearchParams(location.search).has('q')) load();
})();
