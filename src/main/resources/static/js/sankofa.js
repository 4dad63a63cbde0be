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
  // Destructive actions ask first: <form data-confirm="message">.
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
});
