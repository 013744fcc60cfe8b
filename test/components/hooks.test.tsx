import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../utils/date';
import { saveNote, saveProfile, setItemState } from '../../utils/db/actions';
import { DatabaseProvider } from '../../utils/db/context';
import { openDatabase } from '../../utils/db/database';
import {
  type Loadable,
  useActivity,
  useDatedNote,
  useLiveQuery,
  useProfile,
  useProgress,
} from '../../utils/db/hooks';
import { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import type { ProfileRecord } from '../../utils/model/records';

const clock = fixedClock(Date.UTC(2026, 0, 10, 12), 'UTC');
afterEach(cleanup);
let counter = 0;
async function freshDb(): Promise<BackendPathDatabase> {
  counter += 1;
  const result = await openDatabase(`hooks-${counter}`);
  if (!result.ok) throw new Error(result.error.kind);
  return result.db;
}

const profile: ProfileRecord = {
  id: 'profile',
  planId: 'plan-20',
  startDate: localDate('2026-01-01'),
  restDays: [],
  theme: 'dark',
  language: 'python',
  reminderTime: null,
  syncEnabled: false,
  onboardedAt: 1,
  updatedAt: 1,
};

function show<T>(loadable: Loadable<T>, describe: (value: T) => string): string {
  if (loadable.status === 'loading') return 'loading';
  if (loadable.status === 'error') return `error:${loadable.error.kind}`;
  return describe(loadable.value);
}

function Probe() {
  const profileState = useProfile();
  const progress = useProgress('plan-20');
  const note = useDatedNote(localDate('2026-01-10'));
  const activity = useActivity();
  return (
    <ul>
      <li data-testid="profile">{show(profileState, (p) => p?.theme ?? 'none')}</li>
      <li data-testid="progress">
        {show(progress, (map) => [...map.values()].map((r) => `${r.itemId}=${r.state}`).join(','))}
      </li>
      <li data-testid="note">{show(note, (n) => n.note?.text ?? 'none')}</li>
      <li data-testid="activity">
        {show(activity, (map) => [...map].map(([d, n]) => `${d}:${n}`).join(','))}
      </li>
    </ul>
  );
}

describe('live hooks', () => {
  it('go from loading to the stored values and follow writes from another connection', async () => {
    const db = await freshDb();
    await saveProfile(db, profile);
    render(
      <DatabaseProvider db={db}>
        <Probe />
      </DatabaseProvider>,
    );
    expect(screen.getByTestId('profile').textContent).toBe('loading');
    await waitFor(() => expect(screen.getByTestId('profile').textContent).toBe('dark'));
    await waitFor(() => expect(screen.getByTestId('note').textContent).toBe('none'));

    // A second connection stands in for another open view (popup, other tab).
    const other = await openDatabase(db.name);
    if (!other.ok) throw new Error(other.error.kind);
    await setItemState(other.db, { itemId: 'p20.d1.1', planId: 'plan-20', state: 'done' }, clock);
    await saveNote(other.db, localDate('2026-01-10'), 'learned SQL joins', clock);
    await setItemState(db, { itemId: 'p60.d1.1', planId: 'plan-60', state: 'done' }, clock);

    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('p20.d1.1=done'));
    await waitFor(() => expect(screen.getByTestId('note').textContent).toBe('learned SQL joins'));
    await waitFor(() => expect(screen.getByTestId('activity').textContent).toBe('2026-01-10:2'));
    other.db.close();
  });

  it('report a failed read as an error, never as "no profile"', async () => {
    const first = await freshDb();
    await saveProfile(first, profile);
    first.close();
    const broken = new BackendPathDatabase(first.name);
    const failRead = () => Promise.reject(new DOMException('disk says no', 'UnknownError'));
    const middleware: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'fail-read',
      create: (down) => ({
        ...down,
        table: (name): DBCoreTable => ({
          ...down.table(name),
          get: failRead,
          getMany: failRead,
          query: failRead,
        }),
      }),
    };
    broken.use(middleware);
    await broken.open();
    render(
      <DatabaseProvider db={broken}>
        <Probe />
      </DatabaseProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('profile').textContent).toBe('error:corrupt'));
    const healthy = new BackendPathDatabase(first.name);
    await healthy.open();
    expect(await healthy.profile.get('profile')).toEqual(profile);
    healthy.close();
  });
});

/** Every state a note probe rendered, in order, so a flash of `loading` cannot hide. */
function NoteHistory({ db, rendered }: { db: BackendPathDatabase; rendered: string[] }) {
  const [date, setDate] = useState(localDate('2026-01-10'));
  const note = useLiveQuery(() => db.notes.get(date), [db, date]);
  rendered.push(show(note, (n) => n?.text ?? 'none'));
  return (
    <button type="button" onClick={() => setDate(localDate('2026-01-11'))}>
      {show(note, (n) => n?.text ?? 'none')}
    </button>
  );
}

describe('useLiveQuery when its inputs change', () => {
  it('keeps the previous value until the new query answers, never loading again', async () => {
    const db = await freshDb();
    await saveNote(db, localDate('2026-01-10'), 'first day', clock);
    await saveNote(db, localDate('2026-01-11'), 'second day', clock);
    const rendered: string[] = [];
    render(<NoteHistory db={db} rendered={rendered} />);
    const button = screen.getByRole('button');
    await waitFor(() => expect(button.textContent).toBe('first day'));
    button.click();
    await waitFor(() => expect(button.textContent).toBe('second day'));
    const distinct = rendered.filter((state, index) => state !== rendered[index - 1]);
    expect(distinct).toEqual(['loading', 'first day', 'second day']);
    db.close();
  });
});
