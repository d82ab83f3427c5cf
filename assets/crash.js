// Copy buttons of Lectern's crash message, and presses made before the app starts. Plain
// script: it must work before the WebAssembly app has started and after it has stopped.
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

// On a built page, before the WebAssembly has started, a press of the first question's
// Check button is marked on it; the app reads the mark and the chosen option when it
// starts, and checks that answer (src/handover.rs).
document.addEventListener("click", (event) => {
  const check = event.target.closest("[data-early-check]");
  if (check) check.setAttribute("data-pressed", "");
});
