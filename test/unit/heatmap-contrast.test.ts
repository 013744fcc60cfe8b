/**
 * The heatmap's colours, read from base.css itself: the empty outline and every level
 * must stand out from the card at 3:1 (WCAG 1.4.11, non-text contrast) in both themes,
 * and each level must be a visible step from the one below it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../components/base.css', import.meta.url), 'utf8');

/** Every `--name: light-dark(#light, #dark)` in the stylesheet, by name. */
function themeColours(): Map<string, { light: string; dark: string }> {
  const found = new Map<string, { light: string; dark: string }>();
  const pattern = /(--[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi;
  for (const [, name = '', light = '', dark = ''] of css.matchAll(pattern)) {
    // A second definition would leave this test checking the wrong one.
    expect(found.has(name), `${name} is defined once`).toBe(false);
    found.set(name, { light, dark });
  }
  return found;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

const colours = themeColours();
const LEVELS = ['--heat-0', '--heat-1', '--heat-2', '--heat-3', '--heat-4'];

describe('the heatmap colours', () => {
  it('sits on cards painted with --surface, and both forced themes pick a side of light-dark()', () => {
    expect(css).toMatch(/\.card\s*\{[^}]*background:\s*var\(--surface\)/);
    expect(css).toMatch(/:root\[data-theme="light"\]\s*\{\s*color-scheme:\s*light;/);
    expect(css).toMatch(/:root\[data-theme="dark"\]\s*\{\s*color-scheme:\s*dark;/);
    // No theme block may repaint the levels outside light-dark().
    expect(css.match(/--heat-\d\s*:/g)).toHaveLength(LEVELS.length);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`gives the empty outline and every level ≥ 3:1 against the card in the ${theme} theme`, () => {
      const card = colours.get('--surface')?.[theme];
      if (!card) throw new Error('--surface missing');
      for (const level of LEVELS) {
        const colour = colours.get(level)?.[theme];
        if (!colour) throw new Error(`${level} missing`);
        expect(contrast(colour, card), `${level} ${colour} on ${card}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`makes each level a visible step from the one below in the ${theme} theme`, () => {
      const shades = LEVELS.slice(1).map((level) => colours.get(level)?.[theme] ?? '#000000');
      shades.slice(1).forEach((shade, index) => {
        const below = shades[index] ?? shade;
        expect(contrast(shade, below), `${below} → ${shade}`).toBeGreaterThanOrEqual(1.4);
      });
    });
  }
});
