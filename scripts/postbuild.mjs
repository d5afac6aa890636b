// After `trunk build`: makes dist/ keep the product's promises.
//  1. A Content-Security-Policy <meta> that allows only the page's own files, with the
//     one inline script Trunk writes (the wasm loader) allowed by its SHA-256 hash.
//  2. sw.js: a service worker that caches every built file, so after one visit the page
//     loads and computes offline; its cache name is a hash of the build, so a new deploy
//     installs a new cache and drops the old one.
//  0b. dist/api/: the JS API (`window.OverdueCalc`) as a wasm module of its own, fetched
//     only when a script asks for the API (api-loader.js, inlined in index.html).
//  3. dist/offline/overdue-calc.html: the whole app in one HTML file (styles, JS, trap.js
//     and the wasm as base64 inlined) that works when opened from disk (file://).
// Usage: node scripts/postbuild.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = path.resolve(process.argv[2] || 'dist');
const indexPath = path.join(dist, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const sha = (s) => crypto.createHash('sha256').update(s).digest('base64');

// Trunk's loader, the one inline module script: it names the page's JS and wasm (the
// API's are named in api-loader.js).
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) throw new Error(`expected one inline module script, found ${inline.length}`);
const jsName = inline[0].match(/from '\.\/([^']+\.js)'/)[1];
const wasmName = inline[0].match(/module_or_path: '\.\/([^']+\.wasm)'/)[1];

// 0. One <link rel="preload"> for the page's wasm, without an integrity attribute, so the
//    loader's own fetch (which sends none) takes the preloaded response. Measured by
//    perf.js under 4x CPU and slow 4G with the JS API moved out of the wasm: first result
//    2 514 -> 2 350 ms median (the fetch starts beside the CSS and JS instead of after the
//    JS), first contentful paint 596 -> 620 ms (5 loads each, within the noise);
//    Lighthouse 97 x3 (its simulated slow 4G puts the tagline's paint after the wasm,
//    LCP 2.6 s) against 99-100 without. An earlier session dropped it when the wasm was
//    larger and Lighthouse fell to 90-94. DESIGN.md, "Performance".
html = html.replace(/\s*<link rel="preload"[^>]*(type="application\/wasm"|as="fetch")[^>]*>/g, '');
html = html.replace('<link rel="modulepreload"', () => `<link rel="preload" href="./${wasmName}" as="fetch" type="application/wasm" crossorigin="anonymous">\n<link rel="modulepreload"`);
if ((html.match(/<link rel="preload"[^>]*\.wasm"/g) || []).length !== 1) throw new Error('postbuild: expected one wasm preload');

// 0b. The JS API as a wasm module of its own (Cargo feature `api-module`: the API and the
//     engine, no page), fetched only when a script asks for it (api-loader.js, inlined
//     below). Its own target directory, so it and Trunk's build do not rebuild each other.
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const run = (cmd, args) => {
  // The tools scripts/tools-build.sh installs: wasm-opt under .tools/, wasm-bindgen in ~/.cargo/bin.
  const bins = [path.join(root, '.tools', 'node_modules', '.bin'), path.join(process.env.HOME || '', '.cargo', 'bin')];
  const env = { ...process.env, PATH: [...bins, process.env.PATH].join(path.delimiter) };
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`postbuild: ${cmd} ${args.join(' ')} failed`);
};
run('cargo', ['build', '--release', '--locked', '--lib', '--target', 'wasm32-unknown-unknown', '--features', 'api-module', '--target-dir', 'target/api']);
const bindgenDir = path.join(root, 'target', 'api', 'bindgen');
fs.rmSync(bindgenDir, { recursive: true, force: true });
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', bindgenDir, '--out-name', 'api',
  path.join(root, 'target', 'api', 'wasm32-unknown-unknown', 'release', 'overdue_calc.wasm')]);
// The same wasm-opt passes as the page's module (index.html's data-wasm-opt-params).
const optParams = fs.readFileSync(path.join(root, 'index.html'), 'utf8').match(/data-wasm-opt-params="([^"]*)"/)[1].split(/\s+/).filter(Boolean);
run('wasm-opt', ['-Oz', ...optParams, path.join(bindgenDir, 'api_bg.wasm'), '-o', path.join(bindgenDir, 'api_opt.wasm')]);
const apiJs = fs.readFileSync(path.join(bindgenDir, 'api.js'));
const apiWasm = fs.readFileSync(path.join(bindgenDir, 'api_opt.wasm'));
const apiHash = crypto.createHash('sha256').update(apiJs).update(apiWasm).digest('hex').slice(0, 16);
const apiNames = { js: `api/overdue-calc-api-${apiHash}.js`, wasm: `api/overdue-calc-api-${apiHash}_bg.wasm` };
fs.rmSync(path.join(dist, 'api'), { recursive: true, force: true });
fs.mkdirSync(path.join(dist, 'api'));
fs.writeFileSync(path.join(dist, apiNames.js), apiJs);
fs.writeFileSync(path.join(dist, apiNames.wasm), apiWasm);
const apiLoader = fs.readFileSync(path.join(root, 'api-loader.js'), 'utf8')
  .replace('__API_JS__', apiNames.js).replace('__API_WASM__', apiNames.wasm);
if (apiLoader.includes('__API_')) throw new Error('postbuild: api-loader.js placeholders left');
const apiTag = `<script id="api-loader">${apiLoader}</script>`;
html = html.replace(/\s*<script id="api-loader">[\s\S]*?<\/script>/, '');
html = html.replace('<script type="module">', () => `${apiTag}\n<script type="module">`);

const csp = (scriptHashes) => [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = (policy) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
html = html.replace('<head>', `<head>\n  ${meta(csp([sha(inline[0]), sha(apiLoader)]))}`);
fs.writeFileSync(indexPath, html);

// 1b. The installable app: PNG icons rendered from the one SVG (style/icon.svg) with resvg,
// the same SVG inlined as the tab's icon, and the web app manifest from the page's own
// title and description.
const resvgDir = path.resolve(here, '../.tools/node_modules/@resvg/resvg-wasm');
const { initWasm, Resvg } = await import(pathToFileURL(path.join(resvgDir, 'index.mjs')).href);
await initWasm(fs.readFileSync(path.join(resvgDir, 'index_bg.wasm')));
const iconSvg = fs.readFileSync(path.resolve(here, '../style/icon.svg'), 'utf8');
html = html.replace(/<link rel="icon" href="[^"]*">/, `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(iconSvg).toString('base64')}">`);
fs.writeFileSync(indexPath, html);
const png = (svg, size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
const icons = [
  { src: 'icon-192.png', size: 192, svg: iconSvg, purpose: 'any' },
  { src: 'icon-512.png', size: 512, svg: iconSvg, purpose: 'any' },
  // Maskable: the launcher crops it to its own shape, so no rounded corners of ours.
  { src: 'icon-maskable-512.png', size: 512, svg: iconSvg.replace(/ rx="\d+"/, ''), purpose: 'maskable' },
];
for (const i of icons) fs.writeFileSync(path.join(dist, i.src), png(i.svg, i.size));
const title = html.match(/<title>([^<]+)<\/title>/)[1];
const description = html.match(/<meta name="description" content="([^"]+)"/)[1];
const theme = html.match(/<meta name="theme-color" content="([^"]+)"/)[1];
const manifest = {
  name: title,
  short_name: title,
  description,
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: theme,
  icons: icons.map((i) => ({ src: i.src, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
};
fs.writeFileSync(path.join(dist, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2) + '\n');

// 2. The service worker.
const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    // Not cached: the compressed copies (the same files) and the PNG icons (an installed
    // app's icon is kept by the system; the page itself uses icon.svg).
    // Nor the offline copy, nor the JS API's module: fetched when a script asks for it, and
    // cached then (below), so a visit that never uses the API never downloads it.
    if (e.isDirectory()) { if (e.name !== 'offline' && e.name !== 'api') walk(p); } else if (e.name !== 'sw.js' && !/\.(gz|br)$|^icon-.*\.png$/.test(e.name)) files.push(path.relative(dist, p).split(path.sep).join('/'));
  }
};
walk(dist);
files.sort();
const buildHash = crypto.createHash('sha256');
for (const f of files) buildHash.update(f).update(fs.readFileSync(path.join(dist, f)));
const version = buildHash.digest('hex').slice(0, 16);
const sw = `// Generated by scripts/postbuild.mjs: caches this build's files for offline use.
const CACHE = 'overdue-calc-${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => './' + f)])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('overdue-calc-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  // Pages are served from the cached index whatever their query (?embed=1&preset=…).
  const key = req.mode === 'navigate' && new URL(req.url).pathname.endsWith('/') ? './' : req;
  event.respondWith(caches.open(CACHE).then((c) => c.match(key, { ignoreSearch: req.mode === 'navigate' })
    .then((hit) => hit || fetch(req).then((res) => {
      // The JS API's module is cached when first fetched (not precached).
      if (res.ok && new URL(req.url).pathname.includes('/api/overdue-calc-api-')) c.put(req, res.clone());
      return res;
    }))));
});
`;
fs.writeFileSync(path.join(dist, 'sw.js'), sw);

// 3. The single self-contained file.
const cssName = html.match(/href="\.\/([^"]+\.css)"/)[1];
// trap.js (the "internal error" banner) is a file of the page's own origin; inline here,
// allowed by its hash like the loader.
const trapTag = html.match(/<script src="\.\/(trap-[^"]+\.js)"[^>]*><\/script>/);
if (!trapTag) throw new Error('postbuild: could not find the trap.js script tag');
const trap = fs.readFileSync(path.join(dist, trapTag[1]), 'utf8');
let glue = fs.readFileSync(path.join(dist, jsName), 'utf8');
const wasm = fs.readFileSync(path.join(dist, wasmName)).toString('base64');
const css = fs.readFileSync(path.join(dist, cssName), 'utf8');
// The glue is an ES module; its default export is the initialiser. Inline, it keeps its
// exports (harmless in a module script) and is called with the wasm bytes.
// wasm-bindgen ends with `export { initSync, __wbg_init as default };` (older versions
// with `export default __wbg_init;`); either way, name the initialiser `__init`.
const before = glue;
glue = glue
  .replace(/export\s*\{([^}]*)\b(\w+) as default\b([^}]*)\};?/, (_, a, name, b) => `const __init = ${name};\nexport {${a}${b}};`)
  .replace(/export default (\w+);/, 'const __init = $1;');
if (glue === before) throw new Error('postbuild: could not find the wasm-bindgen initialiser export');
const loader = `${glue}
const __bytes = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
await __init({ module_or_path: __bytes });
`;
let single = html
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, meta(csp([sha(loader), sha(trap)]).replace("style-src 'self'", `style-src 'sha256-${sha(css)}'`)))
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`)
  // No JS API in the single file: it has no server to fetch the API's module from.
  .replace(apiTag, '')
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => `<script type="module">${loader}</script>`)
  .replace(trapTag[0], () => `<script>${trap}</script>`)
  .replace(/<link rel="modulepreload"[^>]*>/g, '')
  .replace(/<link rel="preload"[^>]*>/g, '')
  .replace(/<link rel="copy-dir"[^>]*>/g, '')
  // A file:// copy is not installable (its tab icon is the inline one already).
  .replace(/<link rel="manifest"[^>]*>\s*/, '')
  .replace(/<link rel="apple-touch-icon"[^>]*>\s*/, '');
fs.mkdirSync(path.join(dist, 'offline'), { recursive: true });
fs.writeFileSync(path.join(dist, 'offline', 'overdue-calc.html'), single);
// 4. Precompressed copies beside each text and wasm file (gzip -9 and brotli 11, from
// Node's zlib), for any static host that serves them (README, "Serving"): the browser
// gets the same bytes, smaller. Images are compressed already.
let compressed = 0;
const compress = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { compress(p); continue; }
    if (!/\.(html|js|css|wasm|svg|json|webmanifest)$/.test(e.name)) continue;
    const body = fs.readFileSync(p);
    fs.writeFileSync(`${p}.gz`, zlib.gzipSync(body, { level: 9 }));
    fs.writeFileSync(`${p}.br`, zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
    compressed += 1;
  }
};
compress(dist);
console.log(`postbuild: CSP set, sw.js ${version} caching ${files.length} files, offline/overdue-calc.html ${single.length} bytes, ${compressed} files precompressed (.gz, .br)`);
