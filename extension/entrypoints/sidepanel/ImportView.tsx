import { useState } from 'react';
import { demoWorkbook } from '../../../core/demo/workbook';
import type { Workbook } from '../../../core/model/schema';
import { removeWorkbook, type SaveResult, saveWorkbook } from '../../lib/browser-api';
import { importInWorker, readStoredInWorker } from '../../lib/import-in-worker';
import { clearActiveLink } from '../../lib/sheet-link';
import { type PackedWorkbook, readStoredWorkbook } from '../../lib/stored-workbook';
import type { ImportProgress } from '../../lib/workbook-import';

interface Props {
  workbook: Workbook | undefined;
  onWorkbook(workbook: Workbook | undefined): Promise<void>;
  onStatus(text: string): void;
}

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / MB).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** Less room than this left for drafts after an import, and the user is told. */
const DRAFT_ROOM = MB;

function stillUsing(previous: Workbook | undefined): string {
  return previous
    ? `Still using ${previous.organisation.name}'s workbook.`
    : 'Answers are checked without a workbook.';
}

function checking({ items }: ImportProgress): string {
  return `Checking ${items.toLocaleString('en-GB')} rows…`;
}

/** Why the browser did not keep the workbook, in terms of what the user can do about it. */
function refusal(result: Extract<SaveResult, { saved: false }>): string {
  const { needed, quota, others, error } = result;
  if (quota !== undefined && needed > quota) {
    return `this workbook needs ${megabytes(needed)} MB, and the browser keeps at most ${megabytes(quota)} MB for Impact Lens. Export a smaller one: from a copy of the spreadsheet with the Data tab's oldest rows deleted, for example.`;
  }
  if (quota !== undefined && others !== undefined && needed + others > quota) {
    return `this workbook needs ${megabytes(needed)} MB, but drafts and settings already take ${megabytes(others)} MB of the ${megabytes(quota)} MB the browser keeps for Impact Lens. Delete old drafts (Drafts view), then import it again.`;
  }
  return `the browser would not store it (${error}).`;
}

function imported(organisation: string, indicators: number, free: number | undefined): string {
  const done = `Imported ${organisation}: ${indicators} indicators. Answers are now checked against it.`;
  if (free === undefined || free >= DRAFT_ROOM) return done;
  return `${done} Only ${megabytes(Math.max(0, free))} MB is left for drafts: delete old ones (Drafts view) so that new ones are kept.`;
}

/** The workbook just stored, as the checks will read it back; in the worker, like the import. */
async function readBack(packed: PackedWorkbook): Promise<Workbook | undefined> {
  const stored = (await readStoredInWorker(packed.text)) ?? readStoredWorkbook(packed.text);
  return stored.workbook;
}

function describeFile(file: File): string {
  return `${file.name} (${megabytes(file.size)} MB)`;
}

/** Import the workbook the Sheets add-on exports: a file, pasted text or a dropped file. Nothing is kept unless the
 * whole file is read without errors and the browser stores it; until then the workbook in use stays. The reading
 * runs in a worker, so that a file of tens of megabytes never freezes the panel. */
export function ImportView({ workbook, onWorkbook, onStatus }: Props) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const importFrom = async (source: Blob | string, what: string) => {
    const notImported = (why: string) => onStatus(`Not imported: ${why} ${stillUsing(workbook)}`);
    setProblems([]);
    onStatus(`Reading ${what}…`);
    const read = await importInWorker(source, (progress) => onStatus(checking(progress)));
    if (read.kind === 'refused') {
      setProblems(read.problems);
      notImported('fix the problems listed; each names its place in the file.');
      return;
    }
    if (read.kind === 'failed') {
      notImported(`the file could not be read (${read.reason}).`);
      return;
    }
    onStatus('Keeping the workbook on this computer…');
    const saved = await saveWorkbook(read.packed);
    if (!saved.saved) {
      notImported(refusal(saved));
      return;
    }
    await clearActiveLink();
    const kept = await readBack(read.packed);
    await onWorkbook(kept);
    onStatus(
      kept
        ? imported(read.organisation, read.indicators, saved.free)
        : 'The workbook was stored but does not read back; please report this, and import it again.',
    );
  };
  const start = (source: Blob | string, what: string) => {
    if (busy) return;
    setBusy(true);
    void importFrom(source, what)
      .catch((error: unknown) =>
        onStatus(`Import stopped: ${error instanceof Error ? error.message : String(error)}.`),
      )
      .finally(() => setBusy(false));
  };
  const startFile = (file: File | undefined) => {
    if (file) start(file, describeFile(file));
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input and the paste box below do the same by keyboard.
    <div
      aria-busy={busy}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        startFile(e.dataTransfer.files[0]);
      }}
    >
      <p>
        {workbook
          ? `Using ${workbook.organisation.name}'s workbook (${workbook.indicators.length} indicators).`
          : 'Import the JSON file from the Sheets add-on (Extensions → Impact Lens → Export for browser extension), or drop it here.'}
      </p>
      <div className="row">
        <label htmlFor="import-file">Workbook file</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            startFile(e.target.files?.[0]);
            // The same file, corrected and chosen again, is read again.
            e.target.value = '';
          }}
        />
      </div>
      <label htmlFor="import-text">Or paste the JSON</label>
      <textarea
        id="import-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={8}
        spellCheck={false}
      />
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => start(text, 'the pasted text')}
          disabled={busy || !text.trim()}
        >
          Import
        </button>
        {!workbook && (
          <button
            type="button"
            disabled={busy}
            onClick={() => start(JSON.stringify(demoWorkbook), 'the demo workbook')}
          >
            Use the demo workbook
          </button>
        )}
        {workbook && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void Promise.all([removeWorkbook(), clearActiveLink()]).then(() => {
                onStatus('Workbook removed from this computer.');
                return onWorkbook(undefined);
              })
            }
          >
            Remove workbook
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="problems" aria-label="Problems in the file">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
