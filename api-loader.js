// The JS API (`window.OverdueCalc`, README "JS API") is a wasm module of its own, so the
// page's module stays small (issue 16). Nothing fetches it until a script asks for the API:
// reading `window.OverdueCalc` (undefined until it is there) or listening for
// `overdue-calc:ready` starts the fetch; the module then sets `window.OverdueCalc` and
// dispatches `overdue-calc:ready`. scripts/postbuild.mjs builds the module, writes its
// file names below and inlines this script in index.html (not in the single-file copy,
// which has no API).
(() => {
  let asked = false;
  const load = () => {
    if (asked) return;
    asked = true;
    import('./__API_JS__')
      .then((m) => {
        delete window.OverdueCalc; // the module's own object replaces this getter
        return m.default({ module_or_path: './__API_WASM__' });
      })
      .catch((e) => console.error('overdue-calc: the JS API could not be loaded', e));
  };
  Object.defineProperty(window, 'OverdueCalc', { configurable: true, get() { load(); return undefined; } });
  const listen = window.addEventListener;
  window.addEventListener = function (type, ...rest) {
    if (type === 'overdue-calc:ready') load();
    return listen.call(this, type, ...rest);
  };
})();
