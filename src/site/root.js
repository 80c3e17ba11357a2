// Michishirube's site root, before its first paint (a classic script in the root page's head):
// sends old links (`?org=jar&lang=ja`) on to their pages, and a reader whose browser prefers
// another language (or who chose one from the menu) to the root page in it. The root page
// itself is the English home page, whole without this. The build fills in the tables from the
// Rust code that owns them (src/site/mod.rs).
(() => {
  const LANGUAGES = __LANGUAGES__;
  const ALIASES = __ALIASES__;
  const OLD_LINKS = __OLD_LINKS__;
  const IDS = __IDS__;
  const CHOSEN = 'michishirube.lang';

  const here = new URL(location.href);
  const params = here.searchParams;
  // As the app reads a parameter: the first, trimmed, and nothing when empty.
  const param = (name) => params.get(name)?.trim() || null;
  const ours = (code) => LANGUAGES.find((l) => l.toLowerCase() === String(code).toLowerCase());
  const match = (tag) => {
    const base = tag.split(/[-_]/)[0];
    return ours(tag) ?? ours(base) ?? ours(ALIASES[base.toLowerCase()]);
  };
  const remembered = () => {
    try {
      return localStorage.getItem(CHOSEN);
    } catch {
      return null;
    }
  };

  const lang = match(param('lang') ?? remembered() ?? '') ?? navigator.languages.map(match).find(Boolean) ?? LANGUAGES[0];
  let page = '';
  const [name, folder] = OLD_LINKS.find(([name]) => param(name)) ?? [];
  if (name) page = IDS[folder].includes(param(name)) ? `${folder}/${param(name)}/` : '404.html';
  else if (param('page')) page = param('page') === 'saved' ? 'saved/' : '404.html';
  if (page || lang !== LANGUAGES[0] || params.has('lang')) {
    for (const gone of ['lang', 'page', ...OLD_LINKS.map(([name]) => name)]) params.delete(gone);
    location.replace(new URL(`${lang}/${page}${here.search && `?${params}`}`, here));
  }
})();
