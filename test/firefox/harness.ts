/**
 * Real-Firefox harness: the built Firefox MV2 extension in headless Firefox (Debian ESR),
 * driven over WebDriver BiDi by puppeteer-core (there is no geckodriver here and
 * Playwright's patched Firefox cannot be downloaded).
 *
 * BiDi refuses to navigate to `moz-extension://` unless Firefox runs with
 * `--remote-allow-system-access`, and Firefox sends no navigation events for documents in
 * the extension process, so `page.goto` never settles: pages are opened with a raw
 * `browsingContext.navigate` that waits for the load instead, one tab per page.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireFirefox } from '../../scripts/lib/firefox.mjs';

export const GECKO_ID = 'backend-path@backendpath.app';
/** Pinned through `extensions.webextensions.uuids`, so page URLs are the same every run. */
export const EXTENSION_UUID = '0b5e7a3c-2d41-4f6a-9c8e-5a7d1e3f9b20';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** Nothing may leave the machine: every proxied request goes to a closed local port. */
const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.allow_hijacking_localhost': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'app.normandy.enabled': false,
  'app.update.auto': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
};

const EXTENSION_PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // Test-only: `permissions.request` for optional permissions resolves true without a prompt.
  'extensions.webextOptionalPermissionPrompts': false,
  'xpinstall.signatures.required': false,
  // Makes console output and script errors reach Firefox's stderr/stdout, where we read them.
  'devtools.console.stdout.content': true,
  // Headless Firefox has no desktop notification daemon and closes system alerts at once;
  // its own alert windows stay open, so `notifications.getAll()` can see them.
  'alerts.useSystemBackend': false,
};

export interface FirefoxExtensionSession {
  readonly browser: Browser;
  /** Requests made by pages opened through `open` that were not for the extension itself. */
  readonly outgoingRequests: string[];
  /** Script errors Firefox reported from the extension's own files (pages and background). */
  extensionErrors(): string[];
  /** Opens `moz-extension://<uuid>/<path>` in a new tab and waits for its load event. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

interface BidiNavigable {
  readonly browsingContext: {
    navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  };
}

function isBidiNavigable(frame: unknown): frame is BidiNavigable {
  if (typeof frame !== 'object' || frame === null || !('browsingContext' in frame)) return false;
  const context: unknown = frame.browsingContext;
  return (
    typeof context === 'object' &&
    context !== null &&
    'navigate' in context &&
    typeof context.navigate === 'function'
  );
}

/** Loads `url` in `page`'s tab and waits for its load event (see the note at the top). */
export async function navigateTab(page: Page, url: string): Promise<void> {
  const frame: unknown = page.mainFrame();
  if (!isBidiNavigable(frame)) throw new Error('Expected a WebDriver BiDi page from puppeteer');
  await frame.browsingContext.navigate(url, 'complete');
}

function isLocalUrl(url: string): boolean {
  return url.startsWith(`${EXTENSION_ORIGIN}/`) || /^(data|blob|about):/.test(url);
}

export interface FirefoxExtensionOptions {
  /** Unpacked extension to install. Defaults to the Firefox MV2 build. */
  readonly extensionDir?: string;
}

export async function launchFirefoxExtension({
  extensionDir = FIREFOX_EXTENSION_DIR,
}: FirefoxExtensionOptions = {}): Promise<FirefoxExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${extensionDir}. Run \`npm run build\` first (\`npm test\` does it for you).`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...OFFLINE_PREFS, ...EXTENSION_PREFS },
  });
  const errors: string[] = [];
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.startsWith('JavaScript error:') && line.includes(EXTENSION_ORIGIN))
        errors.push(line);
    }
  });
  try {
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== GECKO_ID) throw new Error(`Installed ${installedId}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const outgoingRequests: string[] = [];
  return {
    browser,
    outgoingRequests,
    extensionErrors: () => [...errors],
    open: async (path) => {
      const page = await browser.newPage();
      page.on('request', (request) => {
        if (!isLocalUrl(request.url())) outgoingRequests.push(request.url());
      });
      await navigateTab(page, `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Waits until `selector` is visible, then clicks it with the mouse, as a user would.
 * (Puppeteer's Locator and `waitForFunction` build their checks with `Function()` inside the
 * page, which Firefox 140 ESR blocks on extension pages by their CSP; selectors and element
 * handles need no such code, and the handle's click is the same mouse click.)
 */
export async function clickWhenShown(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector, { visible: true });
  if (!element) throw new Error(`${selector} never showed`);
  await element.click();
}
