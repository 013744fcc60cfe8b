import { useEffect, useState } from 'preact/hooks';
import { type LocalDate, localDateOf } from '../../utils/date';
import { msUntilNextLocalMidnight } from '../../utils/midnight';
import { useAppEnvironment } from '../app-context';

/**
 * Today's local date, kept current for a page left open: a timer fires at the
 * next local midnight, and the date is re-read whenever the tab becomes visible
 * again (timers are throttled or frozen in background tabs and sleeping laptops).
 */
export function useToday(): LocalDate {
  const { clock } = useAppEnvironment();
  const read = () => localDateOf(clock.now(), clock.timeZone());
  const [today, setToday] = useState(read);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const refresh = () => {
      setToday(read());
      clearTimeout(timer);
      // +1 ms lands safely inside the new day.
      timer = setTimeout(refresh, msUntilNextLocalMidnight(clock.now(), clock.timeZone()) + 1);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refresh);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refresh);
    };
  }, [clock]);

  return today;
}
