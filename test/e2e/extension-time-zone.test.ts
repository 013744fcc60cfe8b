/**
 * The built extension when Chromium cannot resolve the host time zone: started with a
 * TZ that ICU does not know, Intl reports `Etc/Unknown` and rejects it as a zone. The
 * pages must still render, in the stand-in zone, and Options must say so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  dayChecklist,
  dayHeading,
  finishOnboarding,
  launchWatchedExtension,
  popupChecklist,
  type WatchedSession,
} from '../support/browser/extension-steps';

let session: WatchedSession | undefined;

afterEach(async () => {
  const finished = session;
  session = undefined;
  if (!finished) return;
  const trouble = { requests: finished.outgoingRequests, errors: finished.consoleErrors() };
  await finished.close();
  expect(trouble).toEqual({ requests: [], errors: [] });
});

describe('unresolvable host time zone', () => {
  it('shows today on the new tab and in the popup, and Options names the stand-in zone', async () => {
    // No timezoneId emulation: the zone must come from the process's own TZ.
    session = await launchWatchedExtension({ env: { TZ: 'Nowhere/Atlantis' } });
    await session.context.clock.setFixedTime(new Date('2026-03-12T09:00:00Z'));

    const newTab = await session.open('newtab.html');
    const host = await newTab.evaluate(() => {
      const reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
      let usable = true;
      try {
        new Intl.DateTimeFormat('en', { timeZone: reported });
      } catch {
        usable = false;
      }
      return { reported, usable, offset: new Date().getTimezoneOffset() };
    });
    expect(host).toEqual({ reported: 'Etc/Unknown', usable: false, offset: 0 });

    await finishOnboarding(newTab, {
      planId: 'plan-20',
      language: 'python',
      startDate: '2026-03-01',
    });
    expect(await dayHeading(newTab).textContent()).toBe('Day 12 of 20');
    await dayChecklist(newTab, 12).waitFor();

    const popup = await session.open('popup.html');
    await popupChecklist(popup).waitFor();
    expect(await popup.locator('.error-panel').count()).toBe(0);

    const options = await session.open('options.html');
    const note = options.getByRole('note');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      'Your system’s time zone could not be read, so Backend Path uses UTC. Days turn at midnight in that zone.',
    );
  });
});
