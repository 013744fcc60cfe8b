import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../../components/app-context';
import { routeFromHash } from '../../components/PwaNav';
import { PwaShell } from '../../components/screens/PwaShell';
import { pwaPlatform } from '../../utils/platform';
import { movableClock } from '../support/render-with-store';

// 2026-03-10 14:00 in Berlin.
const NOON_BERLIN = Date.UTC(2026, 2, 10, 13, 0);
const BASE = '/backend-path/';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function currentLink(): string | null {
  const nav = screen.getByRole('navigation', { name: 'Views' });
  return nav.querySelector('[aria-current="page"]')?.textContent ?? null;
}

async function goTo(hash: string): Promise<void> {
  await act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('PWA routes', () => {
  it('reads the view from the hash and falls back to the day view', () => {
    expect(routeFromHash('#/checklist')).toBe('checklist');
    expect(routeFromHash('#/settings')).toBe('settings');
    expect(routeFromHash('#/today')).toBe('today');
    expect(routeFromHash('')).toBe('today');
    expect(routeFromHash('#/elsewhere')).toBe('today');
  });
});

describe('PWA shell', () => {
  it('switches between the shared screens and asks for lasting storage once onboarded', async () => {
    let onboardedCalls = 0;
    render(
      <AppContext.Provider
        value={{ clock: movableClock(NOON_BERLIN, 'Europe/Berlin'), platform: pwaPlatform(BASE) }}
      >
        <PwaShell
          base={BASE}
          cachedProfile={null}
          appVersion="1.2.3"
          buildId="test-build"
          onOnboarded={() => {
            onboardedCalls += 1;
          }}
        />
      </AppContext.Provider>,
    );

    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toEqual([`${BASE}#/today`, `${BASE}#/checklist`, `${BASE}#/settings`]);
    expect(currentLink()).toBe('Today');
    await screen.findByRole('button', { name: 'Start my plan' });

    await goTo('#/checklist');
    expect(currentLink()).toBe('Checklist');
    expect(await screen.findByRole('heading', { name: 'Welcome to Backend Path' })).toBeTruthy();

    await goTo('#/settings');
    expect(currentLink()).toBe('Settings');
    expect(await screen.findByRole('heading', { name: 'Backend Path settings' })).toBeTruthy();
    expect(screen.getByText(/build test-build/)).toBeTruthy();
    // The tab bar leads back to today; the settings page repeats no such link.
    expect(screen.queryByRole('link', { name: 'Back to today’s task' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Send to phone' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Receive from another device' })).toBeTruthy();
    expect(onboardedCalls).toBe(0);

    await goTo('#/today');
    fireEvent.click(await screen.findByRole('button', { name: 'Start my plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 1 of 60' })).toBeTruthy();
    await waitFor(() => expect(onboardedCalls).toBe(1));
  });

  it('focuses the view chosen while the start-up shell showed another, and not one it showed', async () => {
    const shell = (shellRoute: 'today' | 'settings') => (
      <AppContext.Provider
        value={{ clock: movableClock(NOON_BERLIN, 'Europe/Berlin'), platform: pwaPlatform(BASE) }}
      >
        <PwaShell
          base={BASE}
          cachedProfile={null}
          appVersion="1.2.3"
          buildId="test-build"
          onOnboarded={() => undefined}
          shellRoute={shellRoute}
        />
      </AppContext.Provider>
    );
    // The shell painted Today; Settings was chosen on it before the live app took over.
    window.location.hash = '#/settings';
    render(shell('today'));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('MAIN'));
    cleanup();
    (document.activeElement as HTMLElement | null)?.blur();
    // The shell painted the view the live app opens on: nothing moves focus.
    render(shell('settings'));
    await screen.findByRole('heading', { level: 1, name: /settings/i });
    expect(document.activeElement?.tagName).not.toBe('MAIN');
  });
});
