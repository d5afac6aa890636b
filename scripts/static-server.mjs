// A static file server for dist/: used by scripts/serve-dist.mjs (command one), by the e2e
// harness and by tests/e2e/serving.test.js. It serves dist/ the way README's nginx and Caddy
// snippets do ("Serving"):
// - the precompressed copy the build wrote (`.br`, else `.gz`) when the request accepts it,
//   with `Content-Encoding` and `Vary: Accept-Encoding`, else the file itself;
// - `Content-Type` from the original file's extension (`application/wasm` for the wasm);
// - `Cache-Control: public, max-age=31536000, immutable` for files whose name carries the
//   build's hash, `no-cache` for everything else (index.html, sw.js, the manifest, icons).
// Files only, nothing outside `dir`.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Trunk's hashed names: `overdue-calc-0123456789abcdef_bg.wasm`, `main-….css` (the hash is a 64-bit
 * number in hex without leading zeros, so sometimes shorter than 16 digits). */
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

/** The encodings a request accepts (q=0 excluded), lower case. */
function accepted(header) {
  return new Set(String(header || '').split(',').map((p) => p.trim().split(';')).filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q || '')).map(([e]) => e.trim().toLowerCase()));
}

/** An http.Server (not yet listening) that serves the files under `dir`. */
export function staticServer(dir) {
  const root = path.resolve(dir);
  return http.createServer((req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400); res.end(); return; }
    let file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404); res.end('not found'); return; }
    const headers = {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const ok = accepted(req.headers['accept-encoding']);
    let body = file;
    for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (fs.existsSync(file + ext)) {
        headers.vary = 'Accept-Encoding';
        if (ok.has(enc) && body === file) { body = file + ext; headers['content-encoding'] = enc; }
      }
    }
    fs.readFile(body, (err, bytes) => {
      if (err) { res.writeHead(500); res.end(); return; }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : bytes);
    });
  });
}
