import { useSetAsideRows } from '../../../utils/db/hooks';
import { downloadTextFile } from '../../settings/download';

/** Says when an upgrade set damaged saved items aside, and lets the user keep a copy. */
export function SetAsideNotice() {
  const rows = useSetAsideRows();
  if (rows.status !== 'ready' || rows.value.length === 0) return null;
  const count = rows.value.length;
  const download = () =>
    downloadTextFile(
      'backend-path-set-aside.json',
      `${JSON.stringify({ format: 'backend-path-set-aside', rows: rows.value }, null, 2)}\n`,
    );
  return (
    <section class="card settings-section" aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">
        {count === 1 ? '1 saved item was set aside' : `${count} saved items were set aside`}
      </h2>
      <p class="settings-note">
        An update found {count === 1 ? 'a record' : 'records'} from an older version that it could
        not read, and kept {count === 1 ? 'it' : 'them'} apart so everything else works. Your other
        progress is unaffected.
      </p>
      <button type="button" class="btn" onClick={download}>
        Download the set-aside items
      </button>
    </section>
  );
}
