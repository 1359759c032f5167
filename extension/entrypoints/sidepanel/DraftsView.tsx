import { useCallback, useEffect, useState } from 'react';
import type { Workbook } from '../../../core/model/schema';
import { questionKind } from '../../../core/questions/question-kind';
import { statedLimit } from '../../../core/questions/question-limit';
import { countText, countWords } from '../../../core/text/count';
import { clearAllDrafts, type DraftRecord, deleteDraft, listDrafts } from '../../drafts/draft-store';
import { loadSettings } from '../../lib/browser-api';
import { sendToTab } from '../../lib/channel';
import { saveAnswer } from '../../lib/library-store';
import { KEYS, type Settings } from '../../lib/settings';
import type { Report, ReportedField } from '../../messaging';
import type { TabInfo } from './TabPicker';

interface Props {
  tab: TabInfo | undefined;
  report: Report | undefined;
  workbook?: Workbook;
  onStatus(text: string): void;
}

const when = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * While the page says its drafts are not being saved, the fields whose text is not what their draft holds. The report
 * gives each field's counts, not its text: a field whose counts differ from its stored draft's, or that has text and
 * no draft, is one storage refused.
 */
function unsavedFields(
  report: Report | undefined,
  drafts: readonly DraftRecord[],
  lineBreak: Settings['lineBreak'],
): ReportedField[] {
  if (!report?.draftsUnsaved) return [];
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  return report.fields.filter((field) => {
    const draft = byKey.get(field.key);
    if (!draft) return field.characters > 0;
    const stored = countText(draft.current.text, { lineBreak });
    return stored.characters !== field.characters || stored.words !== field.words;
  });
}

/** The fields of the page whose drafts are not saved, by name: their text is only in the page. */
function Unsaved({ fields }: { fields: readonly ReportedField[] }) {
  if (fields.length === 0) return null;
  return (
    <div className="alert">
      <p>
        Not saved: the browser refused to store the draft of{' '}
        {fields.length === 1 ? 'this field' : 'these fields'}. The text is still in the page; copy it
        somewhere safe.
      </p>
      <ul aria-label="Fields whose drafts are not saved">
        {fields.map((f) => (
          <li key={f.key}>{f.label || 'Untitled field'}</li>
        ))}
      </ul>
    </div>
  );
}

/** Every draft kept on this computer: compare versions, put one back into its field, delete one or all. */
export function DraftsView({ tab, report, workbook, onStatus }: Props) {
  const [drafts, setDrafts] = useState<DraftRecord[]>([]);
  const [lineBreak, setLineBreak] = useState<Settings['lineBreak']>(1);
  const [open, setOpen] = useState<string | undefined>();
  const reload = useCallback(async () => setDrafts(await listDrafts(browser.storage.local)), []);
  useEffect(() => {
    void reload();
    void loadSettings().then((settings) => setLineBreak(settings.lineBreak));
    // A draft saved, refused then saved, or deleted elsewhere: the list and what is unsaved follow.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(KEYS.draft))) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);
  const unsaved = unsavedFields(report, drafts, lineBreak);

  const onPage = new Set(report?.fields.map((f) => f.key));
  const restore = async (record: DraftRecord, text: string) => {
    if (!tab || !onPage.has(record.key)) {
      onStatus('Open the page with this field to restore it; you can also copy the text.');
      return;
    }
    const ok = await sendToTab(tab.id, { type: 'impact/apply-text', key: record.key, text, mode: 'replace' });
    onStatus(ok ? `Restored "${record.label}".` : 'Could not restore: the field is no longer on the page.');
    await reload();
  };

  // A field on the page gives its kind and limit as the checks read them; a draft alone, what its label says.
  const promote = async (record: DraftRecord) => {
    const field = report?.fields.find((f) => f.key === record.key);
    const question = {
      label: record.label,
      help: '',
      kind: field?.kind ?? questionKind(record.label),
      limit: field ? field.limit : statedLimit(record.label),
    };
    await saveAnswer(
      browser.storage.local,
      { text: record.current.text, question, url: record.url },
      workbook,
    );
    onStatus(`Saved the draft of "${record.label || 'Untitled field'}" to your library.`);
  };

  if (drafts.length === 0)
    return (
      <div>
        <Unsaved fields={unsaved} />
        <p>
          No drafts yet. Everything you type in a checked field is kept here, on this computer only: never a
          password, a masked field or an identity number.
        </p>
      </div>
    );
  return (
    <div>
      <Unsaved fields={unsaved} />
      <div className="row">
        <button
          type="button"
          onClick={() => {
            if (!confirm('Delete every draft Impact Lens has kept? This cannot be undone.')) return;
            void clearAllDrafts(browser.storage.local).then((n) => {
              onStatus(`Deleted ${n} draft${n === 1 ? '' : 's'}.`);
              return reload();
            });
          }}
        >
          Clear all drafts
        </button>
      </div>
      <ul className="drafts">
        {drafts.map((d) => {
          const versions = [d.current, ...d.earlier];
          return (
            <li key={d.key} className="draft">
              <h2>{d.label || 'Untitled field'}</h2>
              <p className="muted">
                {new URL(d.url).hostname} · saved {when(d.current.savedAt)}
                {onPage.has(d.key) ? ' · on this page' : ''}
              </p>
              <div className="row">
                <button
                  type="button"
                  aria-expanded={open === d.key}
                  onClick={() => setOpen(open === d.key ? undefined : d.key)}
                >
                  {open === d.key
                    ? 'Hide versions'
                    : `Compare ${versions.length} version${versions.length === 1 ? '' : 's'}`}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void deleteDraft(browser.storage.local, d.key).then(() => {
                      onStatus(`Deleted the draft of "${d.label}".`);
                      return reload();
                    })
                  }
                >
                  Delete
                </button>
                <button type="button" onClick={() => void promote(d)} disabled={d.current.text.trim() === ''}>
                  Save to library
                </button>
              </div>
              {open === d.key && (
                <ol className="versions">
                  {versions.map((v, i) => (
                    <li key={`${v.savedAt}:${v.text.length}:${i === 0 ? 'latest' : 'earlier'}`}>
                      <p className="muted">
                        {i === 0 ? 'Latest' : 'Earlier'} · {when(v.savedAt)} ·{' '}
                        {countWords(v.text) > 0 ? `${countWords(v.text)} words` : 'empty'}
                      </p>
                      <pre>{v.text || '(empty)'}</pre>
                      <button type="button" onClick={() => void restore(d, v.text)} disabled={!v.text}>
                        Restore this version
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
