import { useState } from 'preact/hooks';
import { itemPlanLookup } from '../../../utils/curriculum/item-owners';
import { loadAllPlans } from '../../../utils/curriculum/load-all-plans';
import type { Plan, PlanId } from '../../../utils/curriculum/types';
import type { Clock } from '../../../utils/date';
import { applyImport, importedFromToday, readSnapshot } from '../../../utils/db/backup';
import { useLiveQuery } from '../../../utils/db/hooks';
import type { BackendPathDatabase } from '../../../utils/db/schema';
import { planItemOrder } from '../../../utils/handoff/item-order';
import { readTransferCode } from '../../../utils/handoff/transfer-code';
import type { ExportFile, StoreSnapshot } from '../../../utils/transfer/format';
import { type ImportMode, type ImportPreview, previewImport } from '../../../utils/transfer/merge';
import type { ParseImportResult } from '../../../utils/transfer/parse';
import { parseImportFile } from '../../../utils/transfer/read-file';
import { plural } from '../../settings/counts';
import type { ImportStatus } from '../../settings/ImportPanel';
import { downloadBackup } from './backup-download';

/** How the import messages name a code: "Ready to import the transfer code". */
export const TRANSFER_CODE_NAME = 'the transfer code';

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' | 'invalid' | 'applied'; readonly status: ImportStatus }
  | {
      readonly kind: 'ready';
      readonly fileName: string;
      readonly data: ExportFile;
      readonly warnings: readonly string[];
      readonly applying: boolean;
      readonly failure: string | null;
    };

function changeSummary(preview: ImportPreview): string {
  const { progress, notes } = preview;
  const items = `${plural(progress.added, 'checklist item', 'checklist items')} added, ${progress.updated} updated, ${progress.removed} removed`;
  const noteText = `${plural(notes.added, 'note', 'notes')} added, ${notes.updated} updated, ${notes.removed} removed`;
  const settings =
    preview.profile.change === 'unchanged'
      ? 'settings unchanged'
      : `settings ${preview.profile.change}`;
  return `${items}; ${noteText}; ${settings}.`;
}

/** Anything a Replace would destroy: a plan, a tick or skip, or a note with text. */
function holdsUserData(snapshot: StoreSnapshot): boolean {
  return (
    snapshot.profile !== null ||
    snapshot.progress.some((record) => record.state !== 'open') ||
    snapshot.notes.some((note) => note.text !== '')
  );
}

/**
 * Check a file, preview it against the live store, then apply it in one transaction.
 * Replace downloads a backup of the current data first, as Reset does; a failed backup stops it.
 */
export function useImportFlow(db: BackendPathDatabase, appVersion: string, clock: Clock) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const pending = stage.kind === 'ready' ? stage.data : null;
  // Live, so the preview stays true if another tab changes something meanwhile.
  const current = useLiveQuery(
    () => (pending ? readSnapshot(db) : Promise.resolve(null)),
    [db, pending],
  );
  const preview =
    pending && current.status === 'ready' && current.value
      ? previewImport(current.value, importedFromToday(pending, clock), mode)
      : null;
  const backupFirst =
    mode === 'replace' && current.status === 'ready' && current.value !== null
      ? holdsUserData(current.value)
      : false;

  /** Checks what `read` gives (a file's or a code's contents) against every plan, then previews it. */
  const check = async (
    fileName: string,
    read: (
      knownItem: (itemId: string) => PlanId | undefined,
      plans: Plan[],
    ) => Promise<ParseImportResult>,
  ) => {
    setStage({ kind: 'reading', status: { kind: 'reading', fileName } });
    // Item ids are checked against every plan, loaded here (off every start-up path).
    const plans = await loadAllPlans();
    const parsed = await read(itemPlanLookup(plans), plans);
    if (!parsed.ok) {
      setStage({ kind: 'invalid', status: { kind: 'invalid', fileName, errors: parsed.errors } });
      return;
    }
    setStage({
      kind: 'ready',
      fileName,
      data: parsed.data,
      warnings: parsed.warnings,
      applying: false,
      failure: null,
    });
  };
  const chooseFile = (file: File) =>
    check(file.name, (knownItem) => parseImportFile(file, { now: clock.now(), knownItem }));
  // A pasted, scanned or linked transfer code: the same checks, preview and apply as a file.
  const chooseCode = (text: string) =>
    check(TRANSFER_CODE_NAME, (knownItem, plans) =>
      readTransferCode(text, { now: clock.now(), knownItem, orders: plans.map(planItemOrder) }),
    );

  const apply = async () => {
    if (stage.kind !== 'ready' || stage.applying || !preview) return;
    const summary = changeSummary(preview);
    setStage({ ...stage, applying: true, failure: null });
    let backupName: string | null = null;
    if (backupFirst) {
      const backup = await downloadBackup(db, appVersion, clock);
      if (!backup.ok) {
        setStage({
          ...stage,
          applying: false,
          failure: `The backup of your current data could not be made first, so nothing was replaced: ${backup.message}`,
        });
        return;
      }
      backupName = backup.fileName;
    }
    const result = await applyImport(db, stage.data, mode, clock);
    const savedNote = backupName
      ? ` A backup of your previous data was downloaded first: ${backupName}.`
      : '';
    setStage(
      result.ok
        ? {
            kind: 'applied',
            status: {
              kind: 'applied',
              fileName: stage.fileName,
              summary: `Imported ${stage.fileName}: ${summary}${savedNote}`,
            },
          }
        : {
            ...stage,
            applying: false,
            failure: `${result.error.title} ${result.error.advice}${savedNote}`,
          },
    );
  };

  const failedRead =
    current.status === 'error' ? `${current.error.title} ${current.error.advice}` : null;
  const status: ImportStatus =
    stage.kind === 'idle'
      ? stage
      : stage.kind === 'ready'
        ? {
            kind: 'ready',
            fileName: stage.fileName,
            warnings: stage.warnings,
            preview,
            backupFirst,
            applying: stage.applying,
            failure: stage.failure ?? failedRead,
          }
        : stage.status;

  return {
    status,
    mode,
    setMode,
    chooseFile: (file: File) => void chooseFile(file),
    chooseCode: (text: string) => void chooseCode(text),
    apply: () => void apply(),
    cancel: () => setStage({ kind: 'idle' }),
  };
}
