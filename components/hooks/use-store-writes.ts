import { useState } from 'preact/hooks';
import type { WriteResult } from '../../utils/model/results';

/**
 * Runs store writes and keeps the last failure for an alert, so a failed write
 * is never silent. Returns the write's own result too.
 */
export function useStoreWrites() {
  const [failure, setFailure] = useState<string | null>(null);
  const run = async <R extends WriteResult>(write: Promise<R>): Promise<R> => {
    const result = await write;
    setFailure(result.ok ? null : `${result.error.title} ${result.error.advice}`);
    return result;
  };
  return { failure, run, dismiss: () => setFailure(null) };
}
