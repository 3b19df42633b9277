// The table of contents: always open beside the text on wide screens, collapsed above it on narrow
// ones; marks the section being read (aria-current="location") as the reader scrolls.
(() => {
  const toc = document.getElementById('toc');
  if (!toc) return;
  const details = toc.querySelector('details');
  const wide = window.matchMedia('(min-width: 72rem)');
  details.open = wide.matches;
  wide.addEventListener('change', () => { details.open = wide.matches; });
  toc.querySelector('summary').addEventListener('click', (e) => { if (wide.matches) e.preventDefault(); });
  toc.addEventListener('click', (e) => { if (e.target.closest('a') && !wide.matches) details.open = false; });
  toc.dataset.tocReady = ''; // the open state is the script's now (21-toc.css hid it until here)

  const links = new Map([...toc.querySelectorAll('a[data-section]')].map((a) => [a.dataset.section, a]));
  const headings = [...document.querySelectorAll('.reading-body h2.section-heading[id]')];
  if (headings.length === 0) return;

  // The current section is the last one whose heading has passed the reading line (30% down).
  const mark = () => {
    const line = window.innerHeight * 0.3;
    let current = null;
    for (const h of headings) {
      if (h.getBoundingClientRect().top <= line) current = h; else break;
    }
    links.forEach((a, id) => {
      if (current && id === current.id) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    });
  };
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
  headings.forEach((h) => observer.observe(h));
  mark();
})();
