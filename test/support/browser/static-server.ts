import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServedSite {
  /** Absolute URL of the app, including the base path and a trailing slash. */
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves a built PWA from `dir` under `base` on 127.0.0.1 and a free port.
 * Paths without a file extension fall back to index.html, like a static host
 * configured for a single-page app; missing assets are real 404s.
 */
export async function servePwa(
  dir: string,
  { base = '/' }: { base?: string } = {},
): Promise<ServedSite> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const root = normalize(dir);

  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const candidate = normalize(join(root, pathname.slice(prefix.length)));
    if (candidate !== root && !candidate.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    let file = candidate;
    if (!(await isFile(file))) {
      const isNavigation = extname(pathname) === '';
      if (!isNavigation) {
        response.writeHead(404).end();
        return;
      }
      file = join(root, 'index.html');
    }
    response.writeHead(200, {
      'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
