// ---- Read aloud (drawn by src/ui/read_aloud.rs): the page's marked parts (`data-say`, lowest
// number first), each run of words in its own language's voice where the device has one. Uses
// only the device's speech synthesis: nothing is loaded, so it works offline wherever the
// device's voices do. It stops at Stop, at "Leave quickly" (src/site/pre-paint.js), when the
// tab is hidden and when the page goes, and says why it stopped where the person did not ask.
{
  const panel = document.querySelector('.read-aloud');
  const speech = globalThis.speechSynthesis;
  if (panel && speech && globalThis.SpeechSynthesisUtterance) {
    const page = document.documentElement.lang;
    const part = (name) => panel.querySelector(`[data-read=${name}]`);
    const said = panel.querySelector('.said');
    const noVoice = panel.querySelector('.no-voice');
    // Not read: controls, provenance notes, citations, what is hidden or for screen readers only.
    const SKIP = 'button, details, script, template, .actions, .visually-hidden, [aria-hidden="true"], [data-say-skip]';
    let reading = false;

    const show = (state) => {
      part('play').hidden = state !== 'idle';
      part('pause').hidden = state !== 'speaking';
      part('resume').hidden = state !== 'paused';
      part('stop').hidden = state === 'idle';
    };
    const stop = (why = '') => {
      if (!reading) return;
      reading = false;
      speech.cancel();
      show('idle');
      said.textContent = why;
    };

    /** The device's voices; some browsers list them only after a first `voiceschanged`. */
    const voices = () =>
      new Promise((done) => {
        const now = speech.getVoices();
        if (now.length) return done(now);
        const ready = () => done(speech.getVoices());
        speech.addEventListener('voiceschanged', ready, { once: true });
        setTimeout(ready, 1500);
      });
    const base = (tag) => tag.toLowerCase().split(/[-_]/)[0];
    const voiceFor = (list, lang) =>
      list.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? list.find((v) => base(v.lang) === base(lang));

    /** The language a node's text is written in. */
    const langOf = (element) => element.closest('[lang]')?.lang || page;

    /** What the page says, in order: runs of text, each with the language it is written in. */
    function passages() {
      const marked = [...document.querySelectorAll('[data-say]')].sort((a, b) => a.dataset.say - b.dataset.say);
      const out = [];
      let run = null;
      const add = (lang, text) => {
        // A web address is not read: it is where a fact was found, not the fact.
        text = text.replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ');
        if (!text.trim()) return run && (run.text += text);
        if (run?.lang === lang) run.text += text;
        else out.push((run = { lang, text }));
      };
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) add(langOf(child.parentElement), child.data);
          else if (child.nodeType !== Node.ELEMENT_NODE || child.matches(SKIP) || !child.checkVisibility()) continue;
          else if (child.dataset.spoken) add(langOf(child), ` ${child.dataset.spoken} `);
          else (add(page, ' '), walk(child), add(page, ' '));
        }
      };
      for (const element of marked) {
        if (element.closest(SKIP) || !element.checkVisibility()) continue;
        run = null;
        if (element.dataset.spoken) add(langOf(element), element.dataset.spoken);
        else walk(element);
      }
      return out.map((p) => ({ lang: p.lang, text: p.text.trim() })).filter((p) => p.text);
    }

    part('play').addEventListener('click', async () => {
      said.textContent = '';
      noVoice.hidden = true;
      const list = await voices();
      if (!voiceFor(list, page)) {
        noVoice.hidden = false;
        return;
      }
      speech.cancel();
      const all = passages();
      reading = true;
      show('speaking');
      all.forEach(({ lang, text }, i) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        utterance.voice = voiceFor(list, lang) ?? null;
        utterance.onerror = (e) => e.error !== 'interrupted' && e.error !== 'canceled' && stop(panel.dataset.failed);
        if (i === all.length - 1) utterance.onend = () => reading && ((reading = false), show('idle'));
        speech.speak(utterance);
      });
    });
    part('pause').addEventListener('click', () => (speech.pause(), show('paused')));
    part('resume').addEventListener('click', () => (speech.resume(), show('speaking')));
    part('stop').addEventListener('click', () => stop());
    document.addEventListener('visibilitychange', () => document.hidden && stop(panel.dataset.left));
    addEventListener('pagehide', () => stop(panel.dataset.left));
    panel.hidden = false;
  }
}
