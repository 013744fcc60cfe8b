import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { AppContext } from '../../components/app-context';
import type { Clock } from '../../utils/date';
import { DatabaseProvider } from '../../utils/db/context';
import { openDatabase } from '../../utils/db/database';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { extensionPlatform, type Platform } from '../../utils/platform';

let databaseCount = 0;

/** A fresh, empty database with a name of its own, so tests never share state. */
export async function freshDatabase(): Promise<BackendPathDatabase> {
  databaseCount += 1;
  const opened = await openDatabase(`test-${databaseCount}-${Math.random().toString(36).slice(2)}`);
  if (!opened.ok) throw new Error(`test database failed to open: ${opened.error.title}`);
  return opened.db;
}

/** A clock the test moves by hand: `clock.set(instant)`. */
export function movableClock(
  start: number,
  timeZone: string,
): Clock & { set(instant: number): void } {
  let instant = start;
  return {
    now: () => instant,
    timeZone: () => timeZone,
    set(next: number) {
      instant = next;
    },
  };
}

export function renderWithStore(
  ui: ComponentChildren,
  options: { db: BackendPathDatabase; clock: Clock; platform?: Platform },
) {
  return render(
    <AppContext.Provider
      value={{
        clock: options.clock,
        platform: options.platform ?? extensionPlatform({ inPopup: false }),
      }}
    >
      <DatabaseProvider db={options.db}>{ui}</DatabaseProvider>
    </AppContext.Provider>,
  );
}
