/*! Michishirube embed: replaces each <div data-michishirube …> with the app in an iframe.
 *  <div data-michishirube data-category="legal-aid" data-prefecture="tokyo" data-lang="ja"></div>
 *  <script src="https://<where the app is hosted>/embed.js" async></script>
 *  Options (data- attributes, the app's URL parameters): category, prefecture, q, lang, org,
 *  accent (#rrggbb), saved ("0" hides bookmarks), leave (an https page for "Leave quickly"),
 *  title (the iframe's title). No dependencies. */
(function () {
  'use strict';
  if (window.michishirubeEmbed) return;
  var script = document.currentScript;
  if (!script) return;
  var app = new URL('./', script.src);
  var OPTIONS = ['category', 'prefecture', 'q', 'lang', 'org', 'accent', 'saved', 'leave'];
  var frames = [];

  function mount(placeholder) {
    var url = new URL(app.href);
    url.searchParams.set('embed', '1');
    OPTIONS.forEach(function (name) {
      var value = placeholder.getAttribute('data-' + name);
      if (value) url.searchParams.set(name, value);
    });
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = placeholder.getAttribute('data-title') ||
      'Michishirube: organisations that help refugees and asylum seekers in Japan';
    frame.loading = 'lazy';
    frame.referrerPolicy = 'no-referrer';
    // Taps on phone numbers, emails and maps may leave the frame; nothing else may.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups ' +
      'allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation');
    frame.setAttribute('allow', 'clipboard-write; web-share; screen-wake-lock');
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;width:100%;max-width:100%;height:480px;border:0;overflow:hidden';
    placeholder.replaceWith(frame);
    frames.push(frame);
  }

  // Only `{type: "michishirube:resize", version: 1, height}` from one of our frames, at the
  // app's origin, is acted on; everything else is ignored.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== app.origin || !data || data.type !== 'michishirube:resize' || data.version !== 1) return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    frames.forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.min(Math.max(Math.ceil(data.height), 120), 30000) + 'px';
      }
    });
  });

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-michishirube]'), mount);
  }
  window.michishirubeEmbed = { mount: mountAll };
  mountAll();
  // An async script can run before the rest of the page is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
})();
