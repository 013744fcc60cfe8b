import { useState } from 'preact/hooks';
import type { WriteResult } from '../../utils/model/results';
import { useStoreWrites } from './use-store-writes';

/** What one settings section last reported: saved, or why not. */
export type SaveStatus =
  | { readonly kind: 'saved'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string }
  | null;

/** A store write per section, so each section says "saved" or why it was not. */
export function useSectionSave() {
  const writes = useStoreWrites();
  const [saved, setSaved] = useState<string | null>(null);
  const save = async (write: Promise<WriteResult>, successText: string): Promise<WriteResult> => {
    setSaved(null);
    const result = await writes.run(write);
    if (result.ok) setSaved(successText);
    return result;
  };
  const status: SaveStatus = writes.failure
    ? { kind: 'error', text: `Not saved: ${writes.failure}` }
    : saved
      ? { kind: 'saved', text: saved }
      : null;
  return { status, save };
}
