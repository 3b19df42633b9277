// Runs in <head> before first paint: applies the theme the reader chose (see js/30-theme.js).
try { var t = localStorage.getItem('lectern-theme'); if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t; } catch (e) {}
