/** A sliding one-minute window of write rounds, so sync stays under the browser's write limits. */
export interface WriteBudget {
  /** 0 when a write may happen at `now`, else how many ms until one may. */
  waitBefore(now: number): number;
  record(now: number): void;
}

export function createWriteBudget(maxPerMinute: number, windowMs = 60_000): WriteBudget {
  let recent: number[] = [];
  const forget = (now: number) => {
    recent = recent.filter((at) => now - at < windowMs);
  };
  return {
    waitBefore(now) {
      forget(now);
      const oldest = recent[0];
      if (recent.length < maxPerMinute || oldest === undefined) return 0;
      return oldest + windowMs - now;
    },
    record(now) {
      forget(now);
      recent.push(now);
    },
  };
}
