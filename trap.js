// Shows the fixed "internal error" banner of index.html when the calculator's wasm traps.
// With `panic = "abort"` a Rust panic ends in a wasm `unreachable` trap; the Rust panic
// hook shows the banner first when it can, and this catches any trap it did not (the error
// surfaces as a WebAssembly.RuntimeError, thrown or as a rejected promise). Once trapped the
// wasm is dead, so the banner's reload button is handled here, not by the page's own code.
(() => {
  const isTrap = (e) => typeof WebAssembly === 'object' && e instanceof WebAssembly.RuntimeError;
  const show = () => {
    const banner = document.getElementById('trap');
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector('button')?.focus();
  };
  addEventListener('error', (event) => { if (isTrap(event.error)) show(); });
  addEventListener('unhandledrejection', (event) => { if (isTrap(event.reason)) show(); });
  addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('#trap button')) location.reload();
  });
})();
