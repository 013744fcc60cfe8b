// The Firefox the Firefox extension tests drive (Debian's ESR in CI).
import { browserFinder } from './browser-finder.mjs';

const firefox = browserFinder({
  label: 'Firefox',
  envVar: 'FIREFOX_PATH',
  commands: ['firefox-esr', 'firefox'],
  aptPackage: 'firefox-esr',
  aptFlags: ['--no-install-recommends'],
});

/** FIREFOX_PATH if set, else `firefox-esr` or `firefox` on PATH, else undefined. */
export const findFirefox = firefox.find;
/** Like findFirefox, but throws a message that says how to get one. */
export const requireFirefox = firefox.require;
/** Finds Firefox, installing Debian's `firefox-esr` when we are root with apt-get (CI containers). */
export const provisionFirefox = firefox.provision;
