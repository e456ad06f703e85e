// A small static server for the built site, behaving like a plain static host:
// files under the base path, directory index.html, 404.html for misses, the
// headers of dist/_headers (the format Netlify and Cloudflare Pages read), and
// brotli or gzip for text, as hosts do (so Lighthouse sees realistic transfers).
// Usage: node scripts/serve-dist.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const base = values.base.replace(/\/?$/, '/');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/** Rules of a _headers file: [pattern, {header: value}] in file order. */
async function readHeaderRules(dir) {
  let text;
  try {
    text = await readFile(join(dir, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), {}]);
    else if (rules.length) {
      const [name, ...rest] = line.trim().split(':');
      rules.at(-1)[1][name.trim()] = rest.join(':').trim();
    }
  }
  return rules;
}

function matches(pattern, path) {
  const regex = new RegExp('^' + pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return regex.test(path);
}

const rules = await readHeaderRules(values.dir);
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;
const compressed = new Map();

/** The body in the best encoding the client accepts, compressed once per file. */
function encode(path, body, contentType, acceptEncoding = '') {
  if (!COMPRESSIBLE.test(contentType)) return { body };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { body };
  const key = `${encoding}:${path}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
  }
  return { body: compressed.get(key), encoding };
}

async function resolveFile(pathname) {
  const inside = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [inside, join(inside, 'index.html'), `${inside}.html`]) {
    const path = join(values.dir, candidate);
    try {
      if ((await stat(path)).isFile()) return path;
    } catch {}
  }
  return null;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1)) {
    response.writeHead(301, { Location: base });
    return response.end();
  }
  const inside = url.pathname.startsWith(base) ? '/' + url.pathname.slice(base.length) : null;
  const file = inside === null ? null : await resolveFile(inside);
  const status = file ? 200 : 404;
  const served = file ?? join(values.dir, '404.html');
  const headers = { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' };
  for (const [pattern, values] of rules) if (matches(pattern, inside ?? url.pathname)) Object.assign(headers, values);
  try {
    const { body, encoding } = encode(served, await readFile(served), headers['Content-Type'], request.headers['accept-encoding']);
    if (encoding) Object.assign(headers, { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found');
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir} at http://${values.host}:${server.address().port}${base}`);
});
