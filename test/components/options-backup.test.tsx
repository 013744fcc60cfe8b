import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { OptionsScreen } from '../../components/screens/OptionsScreen';
import { newProfile } from '../../components/screens/SetupScreen';
import { getPlan } from '../../utils/curriculum';
import { fixedClock } from '../../utils/date';
import { readSnapshot } from '../../utils/db/backup';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import type { ProgressRecord } from '../../utils/model/records';
import { buildExport, serializeExport } from '../../utils/transfer/format';
import { rawDump } from '../support/database';
import { freshDatabase, renderWithStore } from '../support/render-with-store';

// 2026-03-15 11:00 in Berlin.
const NOW = Date.UTC(2026, 2, 15, 10);
const clock = fixedClock(NOW, 'Europe/Berlin');
const BACKUP_NAME = 'backend-path-progress-2026-03-15.json';
const [itemA, itemB, itemC] = (getPlan('plan-20').phases[0]?.days[0]?.items ?? []).map(
  (item) => item.id,
);

function record(
  itemId: string | undefined,
  state: 'done' | 'open',
  updatedAt: number,
): ProgressRecord {
  const done = state === 'done';
  return {
    itemId: itemId ?? 'missing-item',
    planId: 'plan-20',
    state,
    completedAt: done ? updatedAt : null,
    completedOn: done ? localDate('2026-03-14') : null,
    updatedAt,
  };
}

/** What the browser was asked to download: file name and text, in order. */
let downloads: { name: string; text: Promise<string> }[] = [];

beforeEach(() => {
  downloads = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:backup-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs[blobs.length - 1];
    downloads.push({ name: this.download, text: blob ? blob.text() : Promise.resolve('') });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Plan-20 profile; A open (older), C done. */
async function seeded(): Promise<BackendPathDatabase> {
  const db = await freshDatabase();
  await db.profile.put(
    newProfile(
      { planId: 'plan-20', startDate: localDate('2026-03-01'), language: 'python' },
      NOW - 5000,
    ),
  );
  await db.progress.bulkPut([record(itemA, 'open', NOW - 4000), record(itemC, 'done', NOW - 4000)]);
  return db;
}

function showOptions(db: BackendPathDatabase) {
  renderWithStore(<OptionsScreen appVersion="1.2.3" />, { db, clock });
}

async function chooseFile(text: string, name = 'backup.json') {
  const input = await screen.findByLabelText(/backup file/i);
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

/** An export that ticks A (newer than the stored untick) and B, and knows nothing of C. */
function incomingExport(): string {
  const profile = newProfile(
    { planId: 'plan-60', startDate: localDate('2026-02-01'), language: 'java' },
    NOW - 3000,
  );
  const progress = [record(itemA, 'done', NOW - 2000), record(itemB, 'done', NOW - 2000)];
  return serializeExport(buildExport({ profile, progress, notes: [] }, '1.0.0', NOW - 1000));
}

const statusText = () =>
  screen
    .getAllByRole('status')
    .map((region) => region.textContent)
    .join(' ');

const states = async (db: BackendPathDatabase) =>
  Object.fromEntries((await db.progress.toArray()).map((entry) => [entry.itemId, entry.state]));

describe('options: export', () => {
  it('downloads everything as the dated export file and says what it held', async () => {
    const db = await seeded();
    showOptions(db);
    fireEvent.click(await screen.findByRole('button', { name: 'Download a backup' }));

    expect(
      await screen.findByText(/with your plan settings, 1 ticked or skipped item and 0 notes/i),
    ).toBeTruthy();
    expect(downloads.map((download) => download.name)).toEqual([BACKUP_NAME]);
    const file = JSON.parse((await downloads[0]?.text) ?? '{}');
    expect(file.format).toBe('backend-path-export');
    expect(file.appVersion).toBe('1.2.3');
    expect(file.progress).toHaveLength(2);
  });
});

describe('options: import', () => {
  it('lists each problem of a malformed file precisely and changes nothing', async () => {
    const db = await seeded();
    const before = await readSnapshot(db);
    showOptions(db);
    const broken = JSON.parse(incomingExport());
    broken.progress[0].state = 'finished';
    broken.profile.startDate = '2026-02-30';
    await chooseFile(JSON.stringify(broken), 'edited.json');

    const problems = await screen.findByRole('list');
    const lines = within(problems)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toContain(
      'profile.startDate: expected a real calendar date (YYYY-MM-DD), got "2026-02-30".',
    );
    expect(
      lines.some((line) => line?.startsWith('progress[0].state: expected done, skipped or open')),
    ).toBe(true);
    expect(screen.getByText(/was not imported; nothing was changed/i)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
    expect(await readSnapshot(db)).toEqual(before);
  });

  it('refuses text that is not JSON', async () => {
    const db = await seeded();
    showOptions(db);
    await chooseFile('{"format": "backend-path-export",', 'cut.json');
    expect(await screen.findByText(/the file is not valid json/i)).toBeTruthy();
  });

  it('previews a merge, then keeps local items and takes the newer ones from the file', async () => {
    const db = await seeded();
    showOptions(db);
    await chooseFile(incomingExport());

    const table = await screen.findByRole('table');
    const itemsRow = within(table).getByRole('row', { name: /checklist items/i });
    // A updated, B added, C kept.
    expect(
      within(itemsRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '1', '0', '1']);
    expect(await readSnapshot(db).then((snapshot) => snapshot.progress.length)).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    expect(
      await screen.findByText(
        /imported backup\.json: 1 checklist item added, 1 updated, 0 removed/i,
      ),
    ).toBeTruthy();
    expect(await states(db)).toEqual({
      [itemA ?? '']: 'done',
      [itemB ?? '']: 'done',
      [itemC ?? '']: 'done',
    });
    expect((await db.profile.get('profile'))?.planId).toBe('plan-60');
  });

  it('offers no Apply when importing the file again would change nothing', async () => {
    const db = await seeded();
    showOptions(db);
    await chooseFile(incomingExport());
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    await screen.findByText(/imported backup\.json/i);
    await chooseFile(incomingExport());
    expect(await screen.findByText(/nothing would change/i)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Apply import' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('replaces: only what the file holds remains', async () => {
    const db = await seeded();
    showOptions(db);
    await chooseFile(incomingExport());
    fireEvent.click(await screen.findByRole('radio', { name: /replace/i }));

    const itemsRow = within(await screen.findByRole('table')).getByRole('row', {
      name: /checklist items/i,
    });
    await waitFor(() =>
      expect(
        within(itemsRow)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['1', '1', '1', '0']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));

    await screen.findByText(/imported backup\.json/i);
    expect(await states(db)).toEqual({ [itemA ?? '']: 'done', [itemB ?? '']: 'done' });
  });

  it('cancel leaves the data alone', async () => {
    const db = await seeded();
    const before = await readSnapshot(db);
    showOptions(db);
    await chooseFile(incomingExport());
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
    expect(await readSnapshot(db)).toEqual(before);
  });

  it('restores a backup onto a fresh install with no plan yet', async () => {
    const db = await freshDatabase();
    showOptions(db);
    await screen.findByRole('link', { name: /choose a plan/i });
    await chooseFile(incomingExport());
    fireEvent.click(await screen.findByRole('radio', { name: /replace/i }));
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));

    expect(await screen.findByRole('button', { name: 'Save plan' })).toBeTruthy();
    expect((await db.profile.get('profile'))?.language).toBe('java');
    expect(Object.keys(await states(db))).toHaveLength(2);
  });
});

describe('options: replace downloads a backup first', () => {
  /** 'download' when the browser is asked to save, 'write:<table>' when a write commits. */
  function recordOrder(db: BackendPathDatabase): string[] {
    const events: string[] = [];
    const click = vi.mocked(HTMLAnchorElement.prototype.click);
    const saveDownload = click.getMockImplementation();
    click.mockImplementation(function (this: HTMLAnchorElement) {
      events.push('download');
      saveDownload?.call(this);
    });
    const onMutated = (parts: Record<string, unknown>) => {
      for (const key of Object.keys(parts)) {
        const table = key.match(new RegExp(`^idb://${db.name}/(\\w+)/$`))?.[1];
        if (table) events.push(`write:${table}`);
      }
    };
    Dexie.on('storagemutated', onMutated);
    onTestFinished(() => Dexie.on('storagemutated').unsubscribe(onMutated));
    return events;
  }

  it('says so before the click, then downloads the old data once, then replaces', async () => {
    const db = await seeded();
    const events = recordOrder(db);
    showOptions(db);
    await chooseFile(incomingExport());
    await screen.findByRole('table');
    expect(screen.queryByText(/replace first downloads a backup/i)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /replace/i }));
    expect(
      await screen.findByText(
        'Replace first downloads a backup of your current progress, then replaces it with the file.',
      ),
    ).toBeTruthy();
    expect(downloads).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    const done = await screen.findByText(/imported backup\.json/i);
    expect(done.textContent).toContain(
      `A backup of your previous data was downloaded first: ${BACKUP_NAME}.`,
    );
    expect(downloads.map((download) => download.name)).toEqual([BACKUP_NAME]);
    const writes = events.filter((event) => event.startsWith('write:'));
    expect(writes).toContain('write:progress');
    expect(events.indexOf('download')).toBe(0);
    expect(events.filter((event) => event === 'download')).toHaveLength(1);
    // The backup holds what was here before: plan-20, A open and C done.
    const saved = JSON.parse((await downloads[0]?.text) ?? '{}');
    expect(saved.format).toBe('backend-path-export');
    expect(saved.profile.planId).toBe('plan-20');
    expect(
      Object.fromEntries(
        (saved.progress as ProgressRecord[]).map((entry) => [entry.itemId, entry.state]),
      ),
    ).toEqual({ [itemA ?? '']: 'open', [itemC ?? '']: 'done' });
    expect(await states(db)).toEqual({ [itemA ?? '']: 'done', [itemB ?? '']: 'done' });
  });

  it('replaces nothing when the backup cannot be made, and says why', async () => {
    const db = await seeded();
    const before = await rawDump(db.name);
    showOptions(db);
    await chooseFile(incomingExport());
    fireEvent.click(await screen.findByRole('radio', { name: /replace/i }));
    await screen.findByText(/replace first downloads a backup/i);
    vi.mocked(URL.createObjectURL).mockImplementation(() => {
      throw new Error('Blob URLs are blocked');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));

    const alert = await screen.findByText(/could not be made first, so nothing was replaced/i);
    expect(alert.textContent).toContain('Blob URLs are blocked');
    expect(alert.textContent).toContain('Your data is unchanged.');
    expect(downloads).toHaveLength(0);
    expect(await rawDump(db.name)).toBe(before);
    // The file stays chosen, so the user can try again.
    expect(screen.getByRole('button', { name: 'Apply import' })).toBeTruthy();
  });

  it('merge downloads nothing', async () => {
    const db = await seeded();
    showOptions(db);
    await chooseFile(incomingExport());
    await screen.findByRole('table');
    expect(screen.queryByText(/replace first downloads a backup/i)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    const done = await screen.findByText(/imported backup\.json/i);
    expect(done.textContent).not.toMatch(/backup of your previous data/i);
    expect(downloads).toHaveLength(0);
  });

  it('a replace onto a fresh install has nothing to back up', async () => {
    const db = await freshDatabase();
    showOptions(db);
    await chooseFile(incomingExport());
    fireEvent.click(await screen.findByRole('radio', { name: /replace/i }));
    await screen.findByRole('table');
    expect(screen.queryByText(/replace first downloads a backup/i)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    await waitFor(async () => expect(Object.keys(await states(db))).toHaveLength(2));
    expect(downloads).toHaveLength(0);
  });
});

describe('options: reset', () => {
  it('asks first, downloads a backup, then resets progress only', async () => {
    const db = await seeded();
    showOptions(db);
    fireEvent.click(await screen.findByRole('button', { name: /reset progress/i }));

    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(await db.progress.count()).toBe(2);
    expect(downloads).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset progress' }));

    await waitFor(() =>
      expect(statusText()).toContain(`A backup was downloaded first: ${BACKUP_NAME}.`),
    );
    expect(downloads.map((download) => download.name)).toEqual([BACKUP_NAME]);
    // The backup holds the progress that was then cleared.
    expect(JSON.parse((await downloads[0]?.text) ?? '{}').progress).toHaveLength(2);
    // Unticked, not deleted: tombstones keep a sync or merge from bringing the ticks back.
    expect((await db.progress.toArray()).filter((record) => record.state !== 'open')).toEqual([]);
    expect(await db.profile.get('profile')).toBeDefined();
  });

  it('cancelling the question resets nothing and returns focus', async () => {
    const db = await seeded();
    showOptions(db);
    const opener = await screen.findByRole('button', { name: /reset everything/i });
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(downloads).toHaveLength(0);
    expect(await db.progress.count()).toBe(2);
  });

  it('resets nothing when the backup download fails', async () => {
    const db = await seeded();
    const before = await readSnapshot(db);
    vi.mocked(URL.createObjectURL).mockImplementation(() => {
      throw new Error('Blob URLs are blocked');
    });
    showOptions(db);
    fireEvent.click(await screen.findByRole('button', { name: /reset everything/i }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));

    expect(
      await screen.findByText(/nothing was reset, because the backup could not be made first/i),
    ).toBeTruthy();
    expect(await readSnapshot(db)).toEqual(before);
  });

  it('reset everything leaves a fresh install after the backup', async () => {
    const db = await seeded();
    showOptions(db);
    fireEvent.click(await screen.findByRole('button', { name: /reset everything/i }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));

    expect(await screen.findByText(/everything was reset/i)).toBeTruthy();
    expect(downloads).toHaveLength(1);
    const afterReset = await readSnapshot(db);
    expect(afterReset.profile).toBeNull();
    expect(afterReset.progress.filter((record) => record.state !== 'open')).toEqual([]);
    expect(afterReset.notes.filter((note) => note.text !== '')).toEqual([]);
    expect(await screen.findByRole('link', { name: /choose a plan/i })).toBeTruthy();
  });
});
