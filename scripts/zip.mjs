// `npm run zip`: the store packages, through `wxt zip`, into .output/:
//   backend-path-<version>-chrome.zip   built without the `key` (the Chrome Web Store refuses
//                                       it) into .output/chrome-mv3-store
//   backend-path-<version>-firefox.zip  the same build as `npm run build:firefox`
//   backend-path-<version>-sources.zip  what addons.mozilla.org reviewers rebuild it from
import { run } from './lib/steps.mjs';

const builds = [
  { args: ['zip'], env: { BACKEND_PATH_STORE_ZIP: '1' } },
  { args: ['zip', '-b', 'firefox'], env: {} },
];
for (const { args, env } of builds) {
  const code = await run('wxt', args, { env });
  if (code !== 0) process.exit(code);
}
