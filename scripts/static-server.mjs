// A minimal static file server for the end-to-end tests: serves a directory under
// an optional sub-path (to prove the dashboard works when hosted at one), with the
// right MIME types, and nothing else. Usage:
//   node scripts/static-server.mjs DIR PORT [/sub/path/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const prefix = base.endsWith('/') ? base : `${base}/`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (`${path}/` === prefix) {
    res.writeHead(301, { location: prefix });
    return res.end();
  }
  if (!path.startsWith(prefix)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  path = path.slice(prefix.length);
  const file = normalize(join(root, path.endsWith('/') || path === '' ? `${path}index.html` : path));
  if (!file.startsWith(root)) {
    res.writeHead(403);
    return res.end();
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${prefix}`);
});
