// The Chromium the real-browser tests drive. Shared by the test runner, the icon
// renderer and the e2e harness so they all agree on one browser.
import { browserFinder } from './browser-finder.mjs';

const chromium = browserFinder({
  label: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  commands: ['chromium'],
  aptPackage: 'chromium',
});

/** CHROMIUM_PATH if set, else `chromium` on PATH, else undefined. */
export const findChromium = chromium.find;
/** Like findChromium, but throws a message that says how to get a browser. */
export const requireChromium = chromium.require;
/** Finds Chromium, installing Debian's package when we are root with apt-get (CI containers). */
export const provisionChromium = chromium.provision;
