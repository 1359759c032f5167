import type { Workbook } from '../../../core/model/schema';
import { QUESTION_KINDS, type QuestionKind } from '../../../core/questions/types';
import { readDraft } from '../../drafts/draft-store';
import { type Progress, progressOf } from '../../lib/application';
import { saveKind } from '../../lib/browser-api';
import { sendToTab } from '../../lib/channel';
import { saveAnswer } from '../../lib/library-store';
import type { Report, ReportedField, ReportedPage } from '../../messaging';
import type { TabInfo } from './TabPicker';

const WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "Answered 2 of 3 questions · 1 over its limit · 1 error, 2 warnings, no notes". */
export function progressLine({ answered, total, overLimit, findings }: Progress): string {
  const severities = (['error', 'warning', 'info'] as const)
    .map((s) =>
      findings[s] === 0 ? `no ${WORD[s].toLowerCase()}s` : count(findings[s], WORD[s].toLowerCase()),
    )
    .join(', ');
  return `Answered ${answered.toLocaleString('en-GB')} of ${count(total, 'question')} · ${overLimit.toLocaleString('en-GB')} over ${overLimit === 1 ? 'its' : 'their'} limit · ${severities}`;
}

/** How a page of the application is headed: its title, or its address's path. */
function pageHeading(page: ReportedPage): string {
  if (page.sameDocument) return 'Other steps of this page';
  return page.title.trim() || new URL(page.url).pathname;
}

function Counts({ field }: { field: ReportedField }) {
  return (
    <p className="muted">
      {field.words.toLocaleString('en-GB')} words, {field.characters.toLocaleString('en-GB')} characters
      {field.limit ? ` of ${field.limit.max.toLocaleString('en-GB')} ${field.limit.unit}` : ''}
    </p>
  );
}

function Findings({ findings }: { findings: ReportedField['findings'] }) {
  if (findings.length === 0) return <p className="ok">No issues found.</p>;
  return (
    <ul className="findings">
      {findings.map((f) => (
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
  );
}

/** A page of the application other than this one: its answers and findings, to read (its fields are not here to edit). */
function OtherPage({ page, index }: { page: ReportedPage; index: number }) {
  const id = `page-${index}`;
  return (
    <section className="page-group" aria-labelledby={id}>
      <h2 id={id}>{pageHeading(page)}</h2>
      {!page.sameDocument && <p className="muted page-address">{new URL(page.url).pathname}</p>}
      <ol className="fields">
        {page.fields.map((field) => (
          <li key={field.key} className="field">
            <h3>{field.label || 'Untitled field'}</h3>
            <Counts field={field} />
            <Findings findings={field.findings} />
          </li>
        ))}
      </ol>
    </section>
  );
}

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

  const otherPages = report.otherPages ?? [];
  const everyField = [...report.fields, ...otherPages.flatMap((p) => p.fields)];
  // Alone on its page, a field is headed as before; with other pages, each page is headed and its fields under it.
  const FieldHeading = otherPages.length > 0 ? 'h3' : 'h2';

  const thisPage = (
    <ol className="fields">
      {report.fields.map((field) => (
        <li key={field.key} className="field">
          <FieldHeading>{field.label || 'Untitled field'}</FieldHeading>
          <Counts field={field} />
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
          <Findings findings={field.findings} />
        </li>
      ))}
    </ol>
  );

  return (
    <>
      <p className="progress">{progressLine(progressOf(everyField))}</p>
      {otherPages.length === 0 ? (
        thisPage
      ) : (
        <>
          <section className="page-group" aria-labelledby="this-page">
            <h2 id="this-page">This page</h2>
            {thisPage}
          </section>
          {otherPages.map((page, index) => (
            <OtherPage key={page.url + (page.sameDocument ? '#steps' : '')} page={page} index={index} />
          ))}
        </>
      )}
    </>
  );
}
