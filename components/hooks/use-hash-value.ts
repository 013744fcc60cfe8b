import { useEffect, useState } from 'preact/hooks';

/**
 * A value read from the address's hash, kept current. It reads again once subscribed, because
 * a hash change between the first render and the effect (a click on the start-up shell's
 * plain links) fires no event this hook could still hear.
 */
export function useHashValue<T>(read: (hash: string) => T): T {
  const [value, setValue] = useState(() => read(location.hash));
  useEffect(() => {
    const follow = () => setValue(read(location.hash));
    window.addEventListener('hashchange', follow);
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, [read]);
  return value;
}
