/**
 * The link path: a hand-off link opens the PWA at `#/receive/<code>`. The code is taken once,
 * then cleared from the address (history, bookmarks and a reload never hold it again).
 */
import { useEffect, useState } from 'preact/hooks';
import { codeFromHash, RECEIVE_HASH } from '../../../utils/handoff/transfer-code';

type Incoming = { readonly code: string; readonly at: number } | null;

function take(): Incoming {
  const hash = location.hash;
  const code = hash === RECEIVE_HASH ? '' : codeFromHash(hash);
  if (code === null) return null;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#/settings`);
  return { code, at: Date.now() };
}

export function useIncomingCode(): Incoming {
  const [incoming, setIncoming] = useState(take);
  useEffect(() => {
    // A link opened in an already open PWA only changes the hash.
    const follow = () => {
      const next = take();
      if (next) setIncoming(next);
    };
    window.addEventListener('hashchange', follow);
    follow(); // a change between the first render and now fired no event this could hear
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return incoming;
}
