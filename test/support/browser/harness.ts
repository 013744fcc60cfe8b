/**
 * Real-browser harness: the built extension and PWA in headless Chromium via playwright-core.
 *
 * Clock control: Playwright's clock works on extension pages too, because it injects its
 * fake timers through the DevTools protocol, which the extension CSP does not apply to.
 * `page.clock` is shared by the whole context, so install it on `session.context.clock`
 * (or any page's clock) BEFORE `openPage` to have the page start at a fixed time:
 *   await session.context.clock.install({ time: new Date('2030-03-10T08:00:00Z') });
 *   const page = await session.openPage('newtab.html');
 *   await session.context.clock.runFor(60_000); // or setFixedTime / fastForward
 * It does not reach the extension's service worker, which keeps real time.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { requireChromium } from '../../../scripts/lib/chromium.mjs';

export { type ServedSite, servePwa } from './static-server';

/** Pinned by the `key` in wxt.config.ts. */
export const EXTENSION_ID = 'fghgdpbcmencedbekdkhdhacbppbehdk';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
export const PWA_DIR = join(REPO_ROOT, 'dist/pwa');

/** Returns `dir` if it holds `entryFile`, else throws a message that says how to build it. */
export function requireBuild(dir: string, entryFile: string): string {
  if (!existsSync(join(dir, entryFile))) {
    throw new Error(
      `No build at ${join(dir, entryFile)}. Run \`npm run build\` first (\`npm test\` does it for you).`,
    );
  }
  return dir;
}

const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserOptions {
  /** IANA zone, e.g. 'Pacific/Auckland'. Defaults to the machine's zone. */
  timezone?: string;
  /** BCP 47 tag, e.g. 'de-DE'. */
  locale?: string;
  /** Set in Chromium's environment on top of ours, e.g. a `TZ` it cannot resolve. */
  env?: Readonly<Record<string, string>>;
  /** Starts with "Block sites from saving data" on, as a privacy-minded user sets it. */
  blockSiteData?: boolean;
  /** More Chromium switches, e.g. a fake camera. */
  args?: readonly string[];
}

function chromiumEnv(extra: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, ...extra };
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

async function launchWithFreshProfile(
  options: BrowserOptions,
  extraArgs: string[],
): Promise<BrowserSession> {
  const profileDir = await mkdtemp(join(tmpdir(), 'backend-path-profile-'));
  try {
    if (options.blockSiteData) {
      await mkdir(join(profileDir, 'Default'), { recursive: true });
      const blocked = { profile: { default_content_setting_values: { cookies: 2 } } };
      await writeFile(join(profileDir, 'Default', 'Preferences'), JSON.stringify(blocked));
    }
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: requireChromium(),
      headless: true,
      args: [...QUIET_CHROMIUM_ARGS, ...extraArgs, ...(options.args ?? [])],
      ...(options.timezone ? { timezoneId: options.timezone } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.env ? { env: chromiumEnv(options.env) } : {}),
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** A plain Chromium with a throwaway profile, for the PWA. */
export function launchBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  return launchWithFreshProfile(options, []);
}

export interface ExtensionSession extends BrowserSession {
  extensionId: string;
  serviceWorker: Worker;
  /** Opens `chrome-extension://<id>/<path>` in a new tab and waits for it to load. */
  openPage(path: string): Promise<Page>;
}

export interface ExtensionOptions extends BrowserOptions {
  /** Unpacked extension to load. Defaults to the Chrome MV3 build. */
  extensionDir?: string;
}

export async function launchExtension(options: ExtensionOptions = {}): Promise<ExtensionSession> {
  const extensionDir = requireBuild(options.extensionDir ?? CHROME_EXTENSION_DIR, 'manifest.json');
  const session = await launchWithFreshProfile(options, [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ]);
  const { context } = session;
  try {
    const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      ...session,
      extensionId,
      serviceWorker,
      openPage: async (path) => {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
        return page;
      },
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}

function isLocalUrl(url: string): boolean {
  if (/^(chrome-extension|data|blob):/.test(url)) return true;
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && hostname === '127.0.0.1';
}

/**
 * Records every request in `context` that leaves the machine. The returned array fills
 * as requests happen; tests assert it is empty.
 */
export function guardNetwork(context: BrowserContext): string[] {
  const outgoing: string[] = [];
  context.on('request', (request) => {
    if (!isLocalUrl(request.url())) outgoing.push(request.url());
  });
  return outgoing;
}

/** Console errors and uncaught exceptions from `page`, filled as they happen. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

declare global {
  interface Window {
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core in `page` and returns its violations. The source is evaluated through the
 * DevTools protocol because the extension CSP (`script-src 'self'`) blocks an inline <script>.
 */
export async function runAxe(
  page: Page,
  { tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }: { tags?: string[] } = {},
): Promise<AxeResults['violations']> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  await page.evaluate(`${source}\n;undefined`);
  const results = await page.evaluate(
    async (runOptions) => {
      if (!window.axe) throw new Error('axe-core did not load');
      return window.axe.run(document, runOptions);
    },
    { runOnly: { type: 'tag', values: tags } } satisfies RunOptions,
  );
  return results.violations;
}
