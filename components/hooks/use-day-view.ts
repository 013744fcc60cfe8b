import { type DayView, dayViewFromHash, type Platform } from '../../utils/platform';
import { useHashValue } from './use-hash-value';

function hashOf(link: string): string {
  const at = link.indexOf('#');
  return at === -1 ? '' : link.slice(at);
}

/**
 * The day view's sub-view (the day, every note, the career facts), kept in the address so
 * Back, a bookmark and a link from Options all land on it.
 */
export function useDayView(platform: Platform): readonly [DayView, (view: DayView) => void] {
  const view = useHashValue(dayViewFromHash);
  const go = (next: DayView) => {
    location.hash = hashOf(next === 'day' ? platform.links.day : platform.links[next]);
  };
  return [view, go];
}
