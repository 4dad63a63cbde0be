// Progressive enhancements only: every form works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // The language menu applies the choice as soon as it changes.
  const language = document.querySelector('form.language');
  if (language) {
    const select = language.querySelector('select');
    const button = language.querySelector('button');
    if (button) button.classList.add('visually-hidden');
    select.addEventListener('change', () => language.submit());
  }
  // On a phone, long filters fold behind their summary (open without this script) unless one of them is in use.
  if (window.matchMedia('(max-width: 40rem)').matches) {
    document.querySelectorAll('details[data-close-on-phone]').forEach((details) => {
      const used = [...details.querySelectorAll('select, input')].some((field) => field.value !== '' && field.name !== 'sort');
      if (!used) details.open = false;
    });
  }
});
// Destructive actions ask first: <form data-confirm="question">, also in content htmx brought. On yes the form says
// so; without this script the server asks on a page of its own (DestructiveActions).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) return;
  if (!window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    return;
  }
  if (!form.querySelector('input[name="sankofa-confirmed"]')) {
    const confirmed = document.createElement('input');
    confirmed.type = 'hidden';
    confirmed.name = 'sankofa-confirmed';
    confirmed.value = 'yes';
    form.append(confirmed);
  }
});
// The main navigation's groups (details/summary work without this): one open at a time, closed by Escape (the focus
// goes back to the group) or by a click elsewhere.
document.addEventListener('DOMContentLoaded', () => {
  const groups = Array.from(document.querySelectorAll('#main-nav details.nav-group'));
  groups.forEach((group) => {
    group.addEventListener('toggle', () => {
      if (group.open) groups.filter((other) => other !== group).forEach((other) => { other.open = false; });
    });
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    groups.filter((group) => group.open).forEach((group) => {
      group.open = false;
      group.querySelector('summary').focus();
    });
  });
  document.addEventListener('click', (event) => {
    groups.filter((group) => group.open && !group.contains(event.target)).forEach((group) => { group.open = false; });
  });
});
// A link to a folded section of the page (the case page's index, its closure link) unfolds it, and htmx loads the
// section on that first opening; so does an address that ends with the section's #id. Without this script the
// reader opens the section by its summary.
const unfold = (hash) => {
  if (!hash || hash.length < 2) return;
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  const folded = target && target.closest('details');
  if (folded && !folded.open) folded.open = true;
};
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a[href^="#"]');
  if (link) unfold(link.getAttribute('href'));
});
window.addEventListener('hashchange', () => unfold(window.location.hash));
document.addEventListener('DOMContentLoaded', () => unfold(window.location.hash));
