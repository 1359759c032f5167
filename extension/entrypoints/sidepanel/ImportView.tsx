import { useState } from 'react';
import { formatFinding } from '../../../core/checks/finding';
import { demoWorkbook } from '../../../core/demo/workbook';
import type { Workbook } from '../../../core/model/schema';
import { importJson } from '../../../core/workbook/json';
import { saveWorkbook } from '../../lib/browser-api';

interface Props {
  workbook: Workbook | undefined;
  onWorkbook(workbook: Workbook | undefined): Promise<void>;
  onStatus(text: string): void;
}

/** Import the workbook the Sheets add-on exports: a file, pasted text or a dropped file. Nothing is kept unless the
 * whole file is read without errors. */
export function ImportView({ workbook, onWorkbook, onStatus }: Props) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const use = async (json: string) => {
    const result = importJson(json);
    setProblems(result.problems.map(formatFinding));
    if (!result.ok) {
      onStatus('Not imported: fix the problems listed; each names its place in the file.');
      return;
    }
    await saveWorkbook(result.workbook);
    await onWorkbook(result.workbook);
    onStatus(
      `Imported ${result.workbook.organisation.name}: ${result.workbook.indicators.length} indicators. Answers are now checked against it.`,
    );
  };
  const readFile = (file: File | undefined) => {
    if (!file) return;
    void file.text().then((t) => {
      setText(t);
      return use(t);
    });
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input and the paste box below do the same by keyboard.
    <div
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        readFile(e.dataTransfer.files[0]);
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
          onChange={(e) => readFile(e.target.files?.[0])}
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
        <button type="button" className="primary" onClick={() => void use(text)} disabled={!text.trim()}>
          Import
        </button>
        {!workbook && (
          <button type="button" onClick={() => void use(JSON.stringify(demoWorkbook))}>
            Use the demo workbook
          </button>
        )}
        {workbook && (
          <button
            type="button"
            onClick={() =>
              void saveWorkbook(undefined).then(() => {
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
