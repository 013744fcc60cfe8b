// `npm run check:links`: a maintainer's check of every resource link in the curriculum, online.
// Reports dead links and redirects. Not part of `npm test`: it needs the network, and the app
// itself never makes a request.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DETAILS_DIR = resolve(import.meta.dirname, '../utils/curriculum/details');
const CONCURRENCY = 6;
const TIMEOUT_MS = 15_000;

/** Every https URL written in the details modules, with the files that use it. */
function collectLinks() {
  const links = new Map();
  for (const file of readdirSync(DETAILS_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(DETAILS_DIR, file), 'utf8');
    for (const match of source.matchAll(/'(https:\/\/[^'\s]+)'/g)) {
      const url = match[1];
      links.set(url, [...(links.get(url) ?? []), file]);
    }
  }
  return links;
}

async function probe(url) {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, {
        method,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { 'user-agent': 'backend-path-link-check' },
      });
      // Some servers refuse HEAD; ask again with GET before calling a link dead.
      if (method === 'HEAD' && (response.status === 405 || response.status === 403)) continue;
      return { status: response.status, location: response.headers.get('location') };
    } catch (error) {
      if (method === 'GET') return { error: error.cause?.code ?? error.name ?? String(error) };
    }
  }
  return { error: 'no answer' };
}

async function main() {
  const links = collectLinks();
  const urls = [...links.keys()].sort();
  console.log(`Checking ${urls.length} links from ${DETAILS_DIR} …`);
  const results = new Map();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) {
        const url = urls[next++];
        results.set(url, await probe(url));
      }
    }),
  );
  const offline = [...results.values()].every((result) => result.error);
  if (offline) {
    console.error('No link answered: this machine seems to have no network. Nothing was checked.');
    process.exit(2);
  }
  const dead = urls.filter((url) => {
    const result = results.get(url);
    return result.error || result.status >= 400;
  });
  const moved = urls.filter((url) => {
    const { status } = results.get(url);
    return status >= 300 && status < 400;
  });
  for (const url of dead) {
    const result = results.get(url);
    console.log(`DEAD ${result.error ?? result.status} ${url}  (${links.get(url).join(', ')})`);
  }
  for (const url of moved) {
    const result = results.get(url);
    console.log(
      `MOVED ${result.status} ${url} -> ${result.location}  (${links.get(url).join(', ')})`,
    );
  }
  console.log(`${urls.length} links: ${dead.length} dead, ${moved.length} redirected.`);
  process.exit(dead.length > 0 ? 1 : 0);
}

await main();
