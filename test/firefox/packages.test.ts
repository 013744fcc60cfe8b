/**
 * The addons.mozilla.org upload as a reviewer handles it: the Firefox zip unpacked and installed
 * as a temporary add-on in Firefox ESR, onboarded, showing a day; and the sources zip unpacked
 * in a fresh folder and rebuilt with the README's commands (`npm ci`, `npm run build:firefox`),
 * which must give back the Firefox zip byte for byte.
 *
 * `npm ci --prefer-offline` takes the packages from npm's cache, which the install this
 * checkout came from has filled, and goes to the registry only for what is missing.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, type Unpacked, unpack, VERSION } from '../support/store-packages';
import { clickWhenShown, type FirefoxExtensionSession, launchFirefoxExtension } from './harness';

const DAY_ONE_BOXES = 'ul[aria-label="Checklist for day 1"] input[type="checkbox"]';

describe('addons.mozilla.org zip', () => {
  let unpacked: Unpacked;
  let session: FirefoxExtensionSession;

  beforeAll(async () => {
    unpacked = await unpack('firefox');
    session = await launchFirefoxExtension({ extensionDir: unpacked.dir });
  });

  afterAll(async () => {
    await session?.close();
    await unpacked?.remove();
  });

  it('installs as a temporary add-on, onboards and shows day 1 on the new tab', async () => {
    const manifest = JSON.parse(readFileSync(join(unpacked.dir, 'manifest.json'), 'utf8'));
    expect(manifest.version).toBe(VERSION);

    const newTab = await session.open('newtab.html');
    await clickWhenShown(newTab, 'input[value="plan-20"]');
    await clickWhenShown(newTab, '::-p-text(Start my plan)');
    const heading = await newTab.waitForSelector('[data-testid="day-heading"]');
    expect(await heading?.evaluate((node) => node.textContent)).toMatch(/Day 1 of 20/);
    expect(await newTab.$eval('[data-testid="focus-area"]', (node) => node.textContent)).toBe(
      'Programming Fundamentals',
    );
    await newTab.waitForSelector(`${DAY_ONE_BOXES}:enabled`);
    expect((await newTab.$$(DAY_ONE_BOXES)).length).toBeGreaterThan(1);
    expect(session.outgoingRequests).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});

/**
 * A reviewer's shell: the machine's basics only, none of the variables `npm test` and vitest run
 * with (vitest's NODE_ENV=test alone gives Vite a different build).
 */
function reviewerEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ', 'SHELL', 'CI'];
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => keep.includes(name)));
}

describe('addons.mozilla.org sources zip', () => {
  let sources: Unpacked;
  let firefox: Unpacked;

  beforeAll(async () => {
    [sources, firefox] = await Promise.all([unpack('sources'), unpack('firefox')]);
  });

  afterAll(async () => {
    await sources?.remove();
    await firefox?.remove();
  });

  it('rebuilds, with npm ci and npm run build:firefox, into exactly the Firefox zip', async () => {
    const names = sources.entries.map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'README.md']),
    );
    expect(names.filter((name) => /^(node_modules|\.output|dist)\//.test(name))).toEqual([]);

    const npm = (args: string[]) =>
      promisify(execFile)('npm', args, {
        cwd: sources.dir,
        env: reviewerEnv(),
        maxBuffer: 64 * 1024 * 1024,
      });
    await npm(['ci', '--prefer-offline', '--no-audit', '--no-fund']);
    await npm(['run', 'build:firefox']);

    const rebuilt = join(sources.dir, '.output/firefox-mv2');
    const submitted = firefox.entries.map((entry) => entry.name).sort();
    expect(filesUnder(rebuilt)).toEqual(submitted);
    for (const { name, data } of firefox.entries) {
      expect(readFileSync(join(rebuilt, name)).equals(data), `${name} differs`).toBe(true);
    }
  }, 300_000);
});
