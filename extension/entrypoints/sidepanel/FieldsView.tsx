import type { Workbook } from '../../../core/model/schema';
import { QUESTION_KINDS, type QuestionKind } from '../../../core/questions/types';
import { readDraft } from '../../drafts/draft-store';
import { saveKind } from '../../lib/browser-api';
import { sendToTab } from '../../lib/channel';
import { saveAnswer } from '../../lib/library-store';
import type { Report, ReportedField } from '../../messaging';
import type { TabInfo } from './TabPicker';

const WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

interface Props {
  tab: TabInfo | undefined;
  report: Report | undefined;
  workbook?: Workbook;
  onChanged(): Promise<void>;
  onStatus(text: string): void;
}

export function FieldsView({ tab, report, workbook, onChanged, onStatus }: Props) {
  if (!tab) return <p>Choose a page above.</p>;
  if (!report)
    return <p>No answers found on this page yet. If Impact Lens is off for this site, turn it on above.</p>;
  if (report.fields.length === 0) return <p>This page has no answer fields Impact Lens can check.</p>;

  const correctKind = async (key: string, kind: QuestionKind) => {
    await saveKind(key, kind);
    await onChanged();
    onStatus(`Saved: that field is now checked as a ${kind} question on this portal.`);
  };

  // The page's text reaches the panel through the field's draft, which the page saves as the user types.
  const saveToLibrary = async (field: ReportedField) => {
    const text = (await readDraft(browser.storage.local, field.key))?.current.text ?? '';
    if (text.trim() === '') {
      onStatus('Nothing to save: this field has no saved text yet.');
      return;
    }
    const { label, kind, limit } = field;
    await saveAnswer(
      browser.storage.local,
      { text, question: { label, help: '', kind, limit }, url: report.url },
      workbook,
    );
    onStatus(`Saved the answer to "${label || 'Untitled field'}" to your library.`);
  };

  return (
    <ol className="fields">
      {report.fields.map((field) => (
        <li key={field.key} className="field">
          <h2>{field.label || 'Untitled field'}</h2>
          <p className="muted">
            {field.words.toLocaleString('en-GB')} words, {field.characters.toLocaleString('en-GB')} characters
            {field.limit ? ` of ${field.limit.max.toLocaleString('en-GB')} ${field.limit.unit}` : ''}
          </p>
          <div className="row">
            <label htmlFor={`kind-${field.key}`}>Question type</label>
            <select
              id={`kind-${field.key}`}
              value={field.kind}
              onChange={(e) => {
                const kind = QUESTION_KINDS.find((k) => k === e.target.value);
                if (kind) void correctKind(field.key, kind);
              }}
            >
              {QUESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => void sendToTab(tab.id, { type: 'impact/focus-field', key: field.key })}
            >
              Go to field
            </button>
            <button type="button" onClick={() => void saveToLibrary(field)} disabled={field.words === 0}>
              Save to library
            </button>
          </div>
          {field.findings.length === 0 ? (
            <p className="ok">No issues found.</p>
          ) : (
            <ul className="findings">
              {field.findings.map((f) => (
                <li key={`${f.checkId}:${f.message}`} className={`finding ${f.severity}`}>
                  <strong>{WORD[f.severity]}:</strong> {f.message}
                  {f.evidence && <p className="evidence">Your data: {f.evidence}</p>}
                  {f.suggestion && <p className="suggestion">Try: {f.suggestion}</p>}
                  <p className="check-id">
                    <code>{f.checkId}</code>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
