#!/usr/bin/env node
// A small web server for the demo page and the browser tests: on 127.0.0.1
// it serves web/dist/ at /dist/ and this folder at /demo/ (/ redirects there),
// and proxies /v3/*, /v1/*, /api/* (OAuth) and /_fake/* to the fake Coze
// server (tests/fake_coze/server.py), streaming each answer through as it
// comes. Page and API share one origin, so the page needs no CORS (the
// fake server sends no CORS headers and refuses OPTIONS). /_proxy/log lists
// the proxied requests and how each ended (complete, client_aborted,
// upstream_failed, open).
//
//   node web/demo/server.mjs --fake-port N [--port P]
// prints "demo: http://127.0.0.1:P/" once it listens and runs until SIGINT or
// SIGTERM (scripts/demo --web starts the fake server and this). From code:
// startServer({ upstreamPort, port, routes }), where routes are
// [pattern, (req, res, match) => void] pairs tried before the built-in ones.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const demoDir = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.resolve(demoDir, '..', 'dist');

export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

// Headers that belong to one connection, not to the message.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

function withoutHopByHop(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) if (!hopByHop.has(name.toLowerCase())) out[name] = value;
  return out;
}

export function send(res, status, type, body) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

// A file of `dir` named by one path segment, or null.
export function fileIn(dir, name) {
  if (!/^[\w][\w.-]*$/.test(name)) return null;
  const file = path.join(dir, name);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

export function serveFile(res, file) {
  const type = file ? contentTypes[path.extname(file)] : undefined;
  if (!type) return send(res, 404, 'text/plain', 'not found\n');
  const body = fs.readFileSync(file);
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
  res.end(body);
}

// Forwards a request to the fake server and streams the answer back chunk by
// chunk. When the browser goes away first, the upstream request is dropped
// too; when the upstream connection breaks, so does the browser's.
function proxy(req, res, upstreamPort, log) {
  const entry = { method: req.method, path: req.url, status: 0, outcome: 'open' };
  log.push(entry);
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: upstreamPort,
      method: req.method,
      path: req.url,
      headers: { ...withoutHopByHop(req.headers), host: `127.0.0.1:${upstreamPort}` },
      agent: false,
    },
    (upRes) => {
      entry.status = upRes.statusCode;
      res.writeHead(upRes.statusCode, withoutHopByHop(upRes.headers));
      res.flushHeaders();
      pipeline(upRes, res, (err) => {
        if (entry.outcome === 'open') entry.outcome = err ? 'upstream_failed' : 'complete';
        if (err) {
          upstream.destroy();
          res.destroy();
        }
      });
    },
  );
  upstream.on('error', () => {
    if (entry.outcome === 'open') entry.outcome = 'upstream_failed';
    res.destroy();
  });
  // Registered before pipeline()'s own listener: a browser that goes away is
  // told apart from an upstream failure.
  res.on('close', () => {
    if (!res.writableFinished && entry.outcome === 'open') {
      entry.outcome = 'client_aborted';
      upstream.destroy();
    }
  });
  pipeline(req, upstream, () => {});
}

export function startServer({ upstreamPort, port = 0, routes = [] }) {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const p = url.pathname;
    if (/^\/(v1|v3|api|_fake)\//.test(p)) return proxy(req, res, upstreamPort, log);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
    for (const [pattern, handle] of routes) {
      const m = pattern.exec(p);
      if (m) return handle(req, res, m);
    }
    let m;
    if (p === '/') return res.writeHead(302, { location: '/demo/' }).end();
    if (p === '/favicon.ico') return res.writeHead(204).end();
    if (p === '/_proxy/log') return send(res, 200, contentTypes['.json'], JSON.stringify(log));
    if ((m = /^\/dist\/([^/]+)$/.exec(p))) return serveFile(res, fileIn(distDir, m[1]));
    if ((m = /^\/demo\/([^/]*)$/.exec(p))) return serveFile(res, fileIn(demoDir, m[1] || 'index.html'));
    return send(res, 404, 'text/plain', 'not found\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export function closeServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function option(name) {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`demo: ${name} needs a port number`);
    process.exit(2);
  }
  return value;
}

async function main() {
  const upstreamPort = option('--fake-port');
  if (upstreamPort === undefined) {
    console.error('usage: node web/demo/server.mjs --fake-port N [--port P]');
    process.exit(2);
  }
  if (!fs.existsSync(path.join(distDir, 'index.mjs'))) {
    console.error('demo: web/dist/ is not built (scripts/targets/wasm build)');
    process.exit(1);
  }
  const server = await startServer({ upstreamPort, port: option('--port') ?? 0 });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => closeServer(server).then(() => process.exit(0)));
  }
  console.log(`demo: http://127.0.0.1:${server.address().port}/`);
  console.log('demo: open it in a browser; Ctrl-C stops');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`demo: ${err.message}`);
    process.exit(1);
  });
}
