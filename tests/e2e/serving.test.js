// Issue 16.4: dist/ served the way README's nginx and Caddy snippets say (scripts/static-
// server.mjs does the same): the build's .br and .gz copies decompress to the same bytes,
// are sent only to a client that accepts them, and every response has the right type and
// cache rule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { staticServer } from '../../scripts/static-server.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
let server, base;
before(async () => {
  server = staticServer(dist);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

function get(url, encoding) {
  return new Promise((resolve, reject) => {
    http.get(base + url, { headers: encoding === undefined ? {} : { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** Every file the build wrote, its compressed copies aside. */
function files(dir = dist) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(gz|br)$/.test(e.name) ? [] : [path.relative(dist, p).split(path.sep).join('/')];
  });
}

const decode = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };

test('every text and wasm file has .br and .gz copies that decompress to its bytes, sent only when accepted', async () => {
  const list = files();
  let checked = 0;
  for (const f of list) {
    const raw = fs.readFileSync(path.join(dist, f));
    const text = /\.(html|js|css|wasm|svg|json|webmanifest)$/.test(f);
    assert.equal(fs.existsSync(path.join(dist, f + '.br')), text, `${f}.br`);
    assert.equal(fs.existsSync(path.join(dist, f + '.gz')), text, `${f}.gz`);
    // A browser on plain http (gzip only), one on https (br first), and one that takes nothing.
    for (const [accept, want] of [['gzip, deflate', 'gzip'], ['gzip, deflate, br, zstd', 'br'], ['identity', undefined], [undefined, undefined], ['br;q=0, gzip', 'gzip']]) {
      const r = await get('/' + f, accept);
      assert.equal(r.status, 200, f);
      const enc = text ? want : undefined;
      assert.equal(r.headers['content-encoding'], enc, `${f} with "${accept}"`);
      const body = enc ? decode[enc](r.body) : r.body;
      assert.ok(body.equals(raw), `${f} with "${accept}" decompresses to the file's bytes`);
      if (text) {
        assert.equal(r.headers.vary, 'Accept-Encoding', f);
        if (enc) assert.ok(r.body.length < raw.length, `${f}: ${enc} is smaller`);
      }
    }
    checked += 1;
  }
  assert.ok(checked >= 6, `only ${checked} files`);
});

test('types and cache rules: the wasm as application/wasm, hashed files kept a year, the rest revalidated', async () => {
  const index = (await get('/', 'gzip')).headers;
  assert.equal(index['content-type'], 'text/html; charset=utf-8');
  assert.equal(index['cache-control'], 'no-cache');
  assert.equal((await get('/sw.js', 'br')).headers['cache-control'], 'no-cache');
  const wasm = files().find((f) => f.endsWith('.wasm'));
  const w = (await get('/' + wasm, 'br')).headers;
  assert.equal(w['content-type'], 'application/wasm');
  assert.equal(w['cache-control'], 'public, max-age=31536000, immutable');
  for (const f of files().filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|css|wasm)$/.test(f))) {
    assert.equal((await get('/' + f, 'gzip')).headers['cache-control'], 'public, max-age=31536000, immutable', f);
  }
  assert.equal((await get('/nothing-here.js', 'gzip')).status, 404);
  assert.equal((await get('/../Cargo.toml', 'gzip')).status, 404);
});
