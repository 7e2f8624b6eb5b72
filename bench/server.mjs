// A tiny static server for the benchmark pages, on 127.0.0.1 and a random port.
// Routes are either in-memory bodies (generated pages and datasets) or files under a mounted folder.
// It records every request (path, bytes sent) so a run can tell which files a page loaded.
// With `compress`, text files are sent compressed as a CDN sends them (brotli when the browser accepts it,
// else gzip; each body compressed once and kept), and `bytes` in the log are the bytes on the wire.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg|font\/ttf)/;

export class BenchServer {
  /** @param {{compress?: boolean, cacheable?: RegExp}} [options] cacheable: paths sent with a year's max-age (versioned CDN files) */
  constructor({compress = false, cacheable} = {}) {
    this.compress = compress;
    this.cacheable = cacheable;
    /** @type {Map<string, Buffer>} */
    this.compressed = new Map();
    /** @type {Map<string, {body: Buffer, type: string}>} */
    this.memory = new Map();
    /** @type {Array<[string, string]>} url prefix -> folder */
    this.mounts = [];
    /** @type {Array<{path: string, status: number, bytes: number}>} */
    this.log = [];
  }

  /** Serve `body` at `path` (string or Buffer). */
  put(path, body, type = TYPES[extname(path)] ?? 'application/octet-stream') {
    this.memory.set(path, {body: Buffer.isBuffer(body) ? body : Buffer.from(body), type});
  }

  /** Serve the files of `folder` under `prefix` (e.g. '/tl/'). */
  mount(prefix, folder) {
    this.mounts.push([prefix, folder]);
  }

  async listen() {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${this.server.address().port}`;
    return this.origin;
  }

  close() {
    return new Promise((resolve) => this.server.close(resolve));
  }

  async resolve(pathname) {
    const hit = this.memory.get(pathname);
    if (hit) return hit;
    for (const [prefix, folder] of this.mounts) {
      if (!pathname.startsWith(prefix)) continue;
      const file = normalize(join(folder, decodeURIComponent(pathname.slice(prefix.length))));
      if (!file.startsWith(normalize(folder) + sep)) return undefined;
      try {
        if (!(await stat(file)).isFile()) return undefined;
        return {body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream'};
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  async handle(req, res) {
    const {pathname} = new URL(req.url, 'http://127.0.0.1');
    const hit = req.method === 'GET' || req.method === 'HEAD' ? await this.resolve(pathname) : undefined;
    if (!hit) {
      this.log.push({path: pathname, status: 404, bytes: 0});
      res.writeHead(404, {'content-type': 'text/plain', 'cache-control': 'no-store'});
      res.end('not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = this.compress && COMPRESSIBLE.test(hit.type) ? (/\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined) : undefined;
    let body = hit.body;
    if (encoding) {
      const key = `${encoding} ${pathname} ${hit.body.length}`;
      if (!this.compressed.has(key)) {
        const quality = {params: {[constants.BROTLI_PARAM_QUALITY]: hit.body.length > 1e6 ? 9 : 11}};
        this.compressed.set(key, encoding === 'br' ? brotliCompressSync(hit.body, quality) : gzipSync(hit.body, {level: 9}));
      }
      body = this.compressed.get(key);
    }
    this.log.push({path: pathname, status: 200, bytes: body.length, raw: hit.body.length, encoding});
    res.writeHead(200, {
      'content-type': hit.type,
      'content-length': body.length,
      'cache-control': this.cacheable?.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-store',
      ...(encoding ? {'content-encoding': encoding, vary: 'accept-encoding'} : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
