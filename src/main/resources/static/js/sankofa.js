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
  // Destructive actions ask first: <form data-confirm="message">.
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
});
