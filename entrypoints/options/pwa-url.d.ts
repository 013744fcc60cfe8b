/** The PWA's public address from the build's `PWA_URL` (wxt.config.ts), or ''. */
declare const __PWA_URL__: string;
