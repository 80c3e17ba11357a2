// ---- "My language is not here" (drawn by src/ui/language/menu.rs): names the browser's
// preferred language in the request, in English and in its own words, and offers to share or
// copy it. Sends nothing itself, and needs no network.
{
  const ask = document.querySelector('.ask-language');
  if (ask) {
    const text = ask.querySelector('textarea');
    const said = ask.querySelector('.said');
    const email = ask.querySelector('[data-ask=email]');
    const share = ask.querySelector('[data-ask=share]');
    const tag = navigator.languages?.[0] || navigator.language || '';
    const name = (inLanguage) => {
      try {
        return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) || '';
      } catch {
        return '';
      }
    };
    if (tag) {
      const [english, own] = [name('en'), name(tag)];
      const details = [own !== english && own, tag].filter(Boolean).join(', ');
      text.value = ask.dataset.template.replace('{language}', english ? `${english} (${details})` : tag);
    }
    const mail = () => {
      if (!email) return;
      const url = new URL(email.href);
      url.search = `?subject=${encodeURIComponent('Michishirube: a language')}&body=${encodeURIComponent(text.value)}`;
      email.href = url.href;
    };
    mail();
    text.addEventListener('input', mail);
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(text.value);
        said.textContent = ask.dataset.copied;
      } catch {
        text.select();
        said.textContent = ask.dataset.failed;
      }
    };
    if (navigator.share) {
      share.hidden = false;
      share.addEventListener('click', () => navigator.share({ text: text.value }).catch(() => {}));
    }
    ask.querySelector('[data-ask=copy]').addEventListener('click', copy);
  }
}
