// Shared helpers: announce a message politely to screen readers, and copy text to the clipboard.
window.lectern = window.lectern || {};

// The live region inside an open modal dialog (the rest of the page is inert then), else the page's.
lectern.announce = function (message) {
  const region = document.querySelector('dialog[open] [role="status"]') || document.getElementById('lectern-status');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick is announced even when the message repeats.
  setTimeout(() => { region.textContent = message; }, 50);
};

lectern.copyText = async function (text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e2) { ok = false; }
    area.remove();
    return ok;
  }
};
