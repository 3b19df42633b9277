// Runs in <head> before first paint, so nothing moves when the deferred bundle runs: marks the page as
// scripted (styles give the scripted controls their place from the start) and applies the reader's theme.
document.documentElement.classList.add('js');
try { var t = localStorage.getItem('lectern-theme'); if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t; } catch (e) {}
