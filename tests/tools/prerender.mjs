// The home page's organisation cards as plain HTML, from the dataset: the static first paint
// the post-build hook puts into index.html (visible, and callable, before the WebAssembly has
// arrived), and the benchmark's static baseline. The app replaces it once it runs.

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const en = (text) => text?.en ?? Object.values(text ?? {})[0] ?? '';
const term = (terms, id) => en(terms.find((t) => t.id === id)?.name) || id;

/** One card per organisation, in the app's card markup (English, no bookmark button). */
export function cardsHtml(data) {
  const t = data.taxonomy;
  const cards = data.organizations.map((o) => {
    const places = [...(o.addresses ?? []), ...(o.locations ?? [])].map((a) => {
      const prefecture = term(t.prefectures, a.state_province);
      const city = en(a.city);
      return city === prefecture || prefecture.startsWith(city) ? prefecture : `${city}, ${prefecture}`;
    });
    const phone = (o.phones ?? []).find((p) => p.type !== 'fax' && /^\+81\d{9,10}$/.test(p.e164));
    const email = (o.emails ?? []).find((e) => !e.unverified)?.address ?? (o.contacts ?? []).find((c) => c.email)?.email;
    const call = phone ? `<a class="btn call" href="tel:${escape(phone.e164)}">☎ Call <span dir="ltr">${escape(phone.number)}</span></a>` : '';
    const mail = email && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(email) ? `<a class="btn" href="mailto:${escape(email)}">✉ Email</a>` : '';
    return `<li class="card"><h3><a href="?org=${encodeURIComponent(o.id)}">${escape(en(o.name))}</a> <span class="short">${escape(o.alternate_name)}</span></h3><p class="meta">${escape(o.categories.map((c) => term(t.categories, c)).join(' · '))}</p><p class="summary">${escape(en(o.summary))}</p><p class="area">${escape(places.join(' · ') || 'Location not stated')}</p><div class="actions">${call}${mail}</div></li>`;
  });
  return `<div id="prerender" class="page" lang="en"><h1>Find help</h1><p class="count">${data.organizations.length} organisations</p><ul class="cards">${cards.join('')}</ul></div>`;
}

/** The static baseline: the same cards and stylesheet, and no script at all. */
export function staticPage(data, css) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Find help · Michishirube (static baseline)</title><link rel="stylesheet" href="${css}"></head><body>${cardsHtml(data)}</body></html>`;
}
