/**
 * Send to phone: while open, the transfer code follows the live store, so the QR is always
 * what this device holds now. The QR encoder (uqr) loads on the first open only.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadAllPlans } from '../../../utils/curriculum/load-all-plans';
import type { Clock } from '../../../utils/date';
import { readSnapshot } from '../../../utils/db/backup';
import { useLiveQuery } from '../../../utils/db/hooks';
import type { BackendPathDatabase } from '../../../utils/db/schema';
import { planItemOrder } from '../../../utils/handoff/item-order';
import { makeTransferCode } from '../../../utils/handoff/transfer-code';
import type { CopyStatus, SendStatus } from '../../handoff/SendPanel';

export function useHandoffSend(
  db: BackendPathDatabase,
  appVersion: string,
  clock: Clock,
  appUrl: string | null,
) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<SendStatus>({ kind: 'closed' });
  const [copy, setCopy] = useState<CopyStatus>('idle');
  const snapshot = useLiveQuery(
    () => (open ? readSnapshot(db) : Promise.resolve(null)),
    [db, open],
  );

  useEffect(() => {
    if (!open) return setStatus({ kind: 'closed' });
    if (snapshot.status === 'error')
      return setStatus({
        kind: 'failed',
        message: `${snapshot.error.title} ${snapshot.error.advice}`,
      });
    if (snapshot.status !== 'ready' || snapshot.value === null) return;
    const current = snapshot.value;
    let stale = false;
    setStatus((previous) => (previous.kind === 'ready' ? previous : { kind: 'working' }));
    void (async () => {
      try {
        const [plans, { encode }] = await Promise.all([loadAllPlans(), import('uqr')]);
        const made = await makeTransferCode(
          { snapshot: current, appVersion, exportedAt: clock.now() },
          plans.map(planItemOrder),
          appUrl,
        );
        const qr = encode(made.qrText, { ecc: 'M', border: 0 });
        if (stale) return;
        setCopy('idle');
        setStatus({
          kind: 'ready',
          code: made.code,
          isLink: appUrl !== null,
          modules: qr.data,
          notesLeftOut: made.notesLeftOut,
        });
      } catch (error) {
        if (!stale)
          setStatus({
            kind: 'failed',
            message: `${error instanceof Error ? error.message : String(error)}. Use Download a backup instead.`,
          });
      }
    })();
    return () => {
      stale = true;
    };
  }, [open, snapshot, appUrl, appVersion, clock]);

  const copyCode = async () => {
    if (status.kind !== 'ready') return;
    try {
      await navigator.clipboard.writeText(status.code);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return {
    status,
    copy,
    open: () => setOpen(true),
    close: () => setOpen(false),
    copyCode: () => void copyCode(),
  };
}
