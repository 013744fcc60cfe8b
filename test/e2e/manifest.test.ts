/**
 * What the stores review: the permissions we document, no host access, no remote code,
 * the default content security policy. Reads the built Chrome and Firefox packages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, requireBuild } from '../support/browser/harness';

const FIREFOX_EXTENSION_DIR = resolve(CHROME_EXTENSION_DIR, '../firefox-mv2');
/** As documented in README.md → Privacy. */
const PERMISSIONS = ['storage', 'alarms'];
const OPTIONAL_PERMISSIONS = ['notifications'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each([
  ['Chrome', CHROME_EXTENSION_DIR],
  ['Firefox', FIREFOX_EXTENSION_DIR],
])('%s package', (_browser, dir) => {
  const root = requireBuild(dir, 'manifest.json');
  const manifest: Record<string, unknown> = JSON.parse(
    readFileSync(join(root, 'manifest.json'), 'utf8'),
  );
  const files = filesUnder(root);

  it('asks for exactly the documented permissions and no hosts', () => {
    expect(manifest.permissions).toEqual(PERMISSIONS);
    expect(manifest.optional_permissions).toEqual(OPTIONAL_PERMISSIONS);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
  });

  it('keeps the default content security policy', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  it('loads no remote script and evaluates no strings as code', () => {
    const html = files.filter((file) => file.endsWith('.html'));
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(html.length).toBeGreaterThan(0);
    for (const file of html) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    }
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/\bnew Function\s*\(/);
      expect(code, file).not.toMatch(/import\(\s*["'`]https?:/);
    }
  });
});

describe('Firefox package for addons.mozilla.org', () => {
  const root = requireBuild(FIREFOX_EXTENSION_DIR, 'manifest.json');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

  it('declares that it collects no data, from the first Firefox that reads the key', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {
        id: 'backend-path@backendpath.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('carries no Chrome-only key', () => {
    expect(manifest).not.toHaveProperty('key');
  });
});
