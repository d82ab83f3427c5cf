// Copy buttons of Lectern's crash message. Plain script: it must work after the
// WebAssembly app has stopped.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  source.select();
  const done = () => { button.textContent = button.dataset.copied || "Copied"; };
  if (navigator.clipboard) navigator.clipboard.writeText(source.value).then(done, () => document.execCommand("copy") && done());
  else if (document.execCommand("copy")) done();
});
