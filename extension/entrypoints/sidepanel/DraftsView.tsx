import { useCallback, useEffect, useState } from 'react';
import { countWords } from '../../../core/text/count';
import { clearAllDrafts, type DraftRecord, deleteDraft, listDrafts } from '../../drafts/draft-store';
import { sendToTab } from '../../lib/channel';
import type { Report } from '../../messaging';
import type { TabInfo } from './TabPicker';

interface Props {
  tab: TabInfo | undefined;
  report: Report | undefined;
  onStatus(text: string): void;
}

const when = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Every draft kept on this computer: compare versions, put one back into its field, delete one or all. */
export function DraftsView({ tab, report, onStatus }: Props) {
  const [drafts, setDrafts] = useState<DraftRecord[]>([]);
  const [open, setOpen] = useState<string | undefined>();
  const reload = useCallback(async () => setDrafts(await listDrafts(browser.storage.local)), []);
  useEffect(() => {
    void reload();
  }, [reload]);

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

  if (drafts.length === 0)
    return <p>No drafts yet. Everything you type in a checked field is kept here, on this computer only.</p>;
  return (
    <div>
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
