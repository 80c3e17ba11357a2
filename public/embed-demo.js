// Shows this host's real address in the snippets, ready to copy.
document.querySelectorAll('.app-url').forEach(function (span) {
  span.textContent = new URL('./', document.baseURI).href;
});
