/** Injected by vite.pwa.config.ts `define`. */
declare const __APP_VERSION__: string;
/** Differs between builds so an update is visible (the `data-build` attribute on <html>). */
declare const __PWA_BUILD_ID__: string;
