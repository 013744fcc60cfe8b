// `npm run privacy-page`: writes docs/store/privacy.md as the static page both builds ship,
// public/privacy.html (the extension) and pwa/public/privacy.html (the PWA), so the policy a
// store links to and the one inside the app are the same text. `--check` only compares, and
// fails if either page is out of date (a unit test does the same).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './lib/steps.mjs';

export const PRIVACY_SOURCE = join(REPO_ROOT, 'docs/store/privacy.md');
export const PRIVACY_PAGES = [
  join(REPO_ROOT, 'public/privacy.html'),
  join(REPO_ROOT, 'pwa/public/privacy.html'),
];

function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The inline Markdown the policy uses: `code`, **bold**, [text](https://…). */
function inline(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
}

/**
 * The policy's Markdown as HTML: `#` and `##` headings, paragraphs and `- ` lists (continued by
 * indented lines). Anything else is an error, so the page never silently drops text.
 */
export function renderPrivacyBody(markdown) {
  const blocks = markdown.trim().split(/\n{2,}/);
  const html = [];
  let title = '';
  for (const block of blocks) {
    const lines = block.split('\n');
    const first = lines[0] ?? '';
    if (first.startsWith('# ') && lines.length === 1) {
      title = first.slice(2);
      html.push(`<h1>${inline(title)}</h1>`);
    } else if (first.startsWith('## ') && lines.length === 1) {
      html.push(`<h2>${inline(first.slice(3))}</h2>`);
    } else if (first.startsWith('- ')) {
      const items = [];
      for (const line of lines) {
        if (line.startsWith('- ')) items.push(line.slice(2));
        else if (line.startsWith('  ') && items.length > 0)
          items[items.length - 1] += ` ${line.trim()}`;
        else throw new Error(`privacy.md: a list line the page cannot show: ${line}`);
      }
      html.push(`<ul>\n${items.map((item) => `  <li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    } else if (/^(#|> |\| |\* |\d+\. )/.test(first) || block.includes('```')) {
      throw new Error(`privacy.md: Markdown the page cannot show: ${first}`);
    } else {
      html.push(`<p>${inline(lines.map((line) => line.trim()).join(' '))}</p>`);
    }
  }
  if (!title) throw new Error('privacy.md: no # title');
  return { title, html: html.join('\n') };
}

export function renderPrivacyPage(markdown) {
  const { title, html } = renderPrivacyBody(markdown);
  return `<!doctype html>
<!-- Generated from docs/store/privacy.md by \`npm run privacy-page\`; edit that file instead. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(title)}</title>
    <style>
      :root { color-scheme: light dark; --bg: light-dark(#f6f7f9, #14171b); --fg: light-dark(#1b1f24, #e6e8eb); --muted: light-dark(#4a5260, #a9b1bc); }
      body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 system-ui, sans-serif; }
      main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
      h1 { font-size: 1.75rem; line-height: 1.25; }
      h2 { font-size: 1.2rem; margin-top: 2rem; }
      code { font: 0.9em ui-monospace, monospace; }
      li { margin: 0.25rem 0; }
      a { color: inherit; }
    </style>
  </head>
  <body>
    <main>
${html
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
    </main>
  </body>
</html>
`;
}

async function main() {
  const page = renderPrivacyPage(await readFile(PRIVACY_SOURCE, 'utf8'));
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const path of PRIVACY_PAGES) {
    if (check) {
      const current = await readFile(path, 'utf8').catch(() => '');
      if (current !== page) {
        console.error(`${path} is out of date: run \`npm run privacy-page\``);
        stale += 1;
      }
    } else {
      await writeFile(path, page);
      console.log(`wrote ${path}`);
    }
  }
  process.exit(stale === 0 ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
