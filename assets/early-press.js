// On a built page, before the WebAssembly has started, a press of the first question's
// Check button is marked on it; the app reads the mark and the chosen option when it
// starts, and checks that answer (src/handover.rs). Inlined in the head (allowed by its
// hash), so it listens from the first byte of the page: a press made while a script file
// was still downloading would be lost.
document.addEventListener("click", (event) => {
  const check = event.target.closest("[data-early-check]");
  if (check) check.setAttribute("data-pressed", "");
});
