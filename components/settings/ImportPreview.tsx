import {
  type ImportMode,
  importChangesNothing,
  type ImportPreview as Preview,
  type TableChanges,
} from '../../utils/transfer/merge';

const SETTING_NAMES: Readonly<Record<string, string>> = {
  planId: 'plan',
  startDate: 'start date',
  restDays: 'rest days',
  theme: 'theme',
  language: 'language',
  reminderTime: 'reminder',
  syncEnabled: 'sync',
  onboardedAt: 'setup date',
};

function settingsLine(profile: Preview['profile']): string {
  switch (profile.change) {
    case 'added':
      return 'The plan settings from the file will be used.';
    case 'removed':
      return 'Your plan settings will be removed.';
    case 'unchanged':
      return 'Your plan settings stay as they are.';
    case 'updated':
      return `These settings change: ${profile.fields.map((field) => SETTING_NAMES[field] ?? field).join(', ')}.`;
  }
}

function ChangeRow({ label, changes }: { label: string; changes: TableChanges }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{changes.added}</td>
      <td>{changes.updated}</td>
      <td class={changes.removed > 0 ? 'error-text' : undefined}>{changes.removed}</td>
      <td>{changes.unchanged}</td>
    </tr>
  );
}

export function ImportPreview({ preview, mode }: { preview: Preview; mode: ImportMode }) {
  const nothingChanges = importChangesNothing(preview);
  return (
    <div class="import-preview">
      <table class="pay-table preview-table">
        <caption>What {mode === 'merge' ? 'merging' : 'replacing'} changes in this browser</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Removed</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          <ChangeRow label="Checklist items" changes={preview.progress} />
          <ChangeRow label="Notes" changes={preview.notes} />
        </tbody>
      </table>
      <p class="small">{settingsLine(preview.profile)}</p>
      {nothingChanges && (
        <p class="small muted">Everything in the file is already here: nothing would change.</p>
      )}
    </div>
  );
}
