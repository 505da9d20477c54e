/**
 * A minimal static file server for dist/ on 127.0.0.1 (random port): directory URLs serve
 * index.html, unknown paths the 404 page, as a static host would. No third-party origin exists.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

export function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0].split('#')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function serveDist(root: string): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const file = resolveFile(root, path);
    if (!file) {
      // A directory URL without its trailing slash redirects, like most static hosts.
      const withSlash = resolveFile(root, path.replace(/\/?$/, '/'));
      if (withSlash && !path.endsWith('/')) {
        res.writeHead(301, { Location: path + '/' });
        res.end();
        return;
      }
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
