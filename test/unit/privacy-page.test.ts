/**
 * The privacy policy is one text: docs/store/privacy.md, rendered into the static page the
 * extension (public/) and the PWA (pwa/public/) ship. A stale page fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PRIVACY_PAGES,
  PRIVACY_SOURCE,
  renderPrivacyBody,
  renderPrivacyPage,
} from '../../scripts/privacy-page.mjs';

const markdown = readFileSync(PRIVACY_SOURCE, 'utf8');

describe('privacy page', () => {
  it.each(PRIVACY_PAGES)('%s is privacy.md as rendered by `npm run privacy-page`', (path) => {
    expect(readFileSync(path, 'utf8')).toBe(renderPrivacyPage(markdown));
  });

  it('keeps every sentence of the policy, as text', () => {
    const { html } = renderPrivacyBody(markdown);
    const text = html
      .replace(/<[^>]+>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
    const source = markdown
      .replace(/^#+ /gm, '')
      .replace(/^- /gm, '')
      .replace(/\*\*|`/g, '');
    const words = (value: string) => value.split(/\s+/).filter(Boolean);
    expect(words(text)).toEqual(words(source));
  });

  it('renders headings, lists and inline code, and refuses Markdown it cannot show', () => {
    expect(
      renderPrivacyBody('# T\n\n## A <b>\n\n- `x` and **y**\n  more\n\nplain\ntext').html,
    ).toBe(
      '<h1>T</h1>\n<h2>A &lt;b&gt;</h2>\n<ul>\n  <li><code>x</code> and <strong>y</strong> more</li>\n</ul>\n<p>plain text</p>',
    );
    expect(() => renderPrivacyBody('# T\n\n### Deeper')).toThrow(/cannot show/);
    expect(() => renderPrivacyBody('# T\n\n1. numbered')).toThrow(/cannot show/);
    expect(() => renderPrivacyBody('no title')).toThrow(/no # title/);
  });
});
