import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { AppContext } from '../../components/app-context';
import type { Clock } from '../../utils/date';
import { DatabaseProvider } from '../../utils/db/context';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { extensionPlatform, type Platform } from '../../utils/platform';

export { freshDatabase } from './database';

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
