import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import staleFigure from '../../../core/checks/answer/stale-figure';
import { AnswerEngine } from '../../../core/checks/engine';
import { evidenceContext } from '../../../core/checks/evidence';
import type { Finding } from '../../../core/checks/finding';
import type { LibraryEntry } from '../../../core/library/entry';
import { citedFigures } from '../../../core/library/figures';
import { type LengthAgainstLimit, rankSuggestions } from '../../../core/library/rank';
import { searchEntries } from '../../../core/library/search';
import { mergeTeam } from '../../../core/library/team';
import { exportLibrary, importLibrary } from '../../../core/library/transfer';
import type { Workbook } from '../../../core/model/schema';
import { QUESTION_KINDS, type QuestionKind } from '../../../core/questions/types';
import { countWords } from '../../../core/text/count';
import { todayIso } from '../../../core/util/calendar';
import { sendToTab } from '../../lib/channel';
import {
  deleteEntry,
  loadLibrary,
  loadTeamLibrary,
  putEntries,
  TEAM_LIBRARY_KEY,
} from '../../lib/library-store';
import { KEYS } from '../../lib/settings';
import type { Report } from '../../messaging';
import type { TabInfo } from './TabPicker';

interface Props {
  tab: TabInfo | undefined;
  report: Report | undefined;
  workbook: Workbook | undefined;
  /** How the portals the user writes in count a line break (the setting). */
  lineBreak: 1 | 2;
  onStatus(text: string): void;
}

/** Suggestions shown for the field chosen. */
const SUGGESTIONS_SHOWN = 5;

const day = (iso: string) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' }) : 'no date';

function lengthText(length: LengthAgainstLimit): string {
  const counted = `${length.count.toLocaleString('en-GB')} of ${length.max.toLocaleString('en-GB')} ${length.unit}`;
  return length.over ? `${counted}: ${(length.count - length.max).toLocaleString('en-GB')} over` : counted;
}

/**
 * The user's library with the team's answers from the linked sheet, read again whenever storage changes either (a
 * save from the Fields or Drafts view or the popover, a read of the sheet).
 */
function useLibrary(): { entries: LibraryEntry[]; reload(): Promise<void> } {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const reload = useCallback(async () => {
    const [mine, team] = await Promise.all([
      loadLibrary(browser.storage.local),
      loadTeamLibrary(browser.storage.local),
    ]);
    setEntries(mergeTeam(mine, team));
  }, []);
  useEffect(() => {
    void reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (KEYS.library in changes || TEAM_LIBRARY_KEY in changes)) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);
  return { entries, reload };
}

/**
 * The figures of an answer that the workbook in use now reports differently (the stale-figure rule), for a
 * suggestion to say before it is inserted; none without a workbook.
 */
function useStaleFigures(workbook: Workbook | undefined): (entry: LibraryEntry) => Finding[] {
  const engine = useMemo(() => {
    if (!workbook) return undefined;
    try {
      return new AnswerEngine({ rules: [staleFigure], evidence: evidenceContext(workbook, todayIso()) });
    } catch (error) {
      // A workbook that cannot be summarised must not stop suggestions.
      console.error('Impact Lens: the workbook could not be read for the library', error);
      return undefined;
    }
  }, [workbook]);
  return useCallback(
    (entry) =>
      engine
        ? engine.update({
            key: entry.id,
            text: entry.text,
            question: { label: entry.question.label, kind: entry.question.kind, limit: entry.question.limit },
          })
        : [],
    [engine],
  );
}

/** What a suggestion's stale figures come to, and the figure to give instead. */
function StaleFigures({ findings }: { findings: readonly Finding[] }) {
  return (
    <ul className="library-stale" aria-label="Figures your workbook now reports differently">
      {findings.map((f) => (
        <li key={`${f.span?.start}:${f.message}`}>
          <p>{f.message}</p>
          {f.suggestion && (
            <p>
              Current figure: <strong>{f.suggestion}</strong>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** One entry's edit form: the answer, the funder and the kind of question. */
function EditEntry({
  entry,
  onSave,
  onCancel,
}: {
  entry: LibraryEntry;
  onSave(text: string, funder: string, kind: QuestionKind): void;
  onCancel(): void;
}) {
  const id = useId();
  const [text, setText] = useState(entry.text);
  const [funder, setFunder] = useState(entry.funder);
  const [kind, setKind] = useState<QuestionKind>(entry.question.kind);
  return (
    <form
      className="library-edit"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() !== '') onSave(text, funder.trim(), kind);
      }}
    >
      <label htmlFor={`${id}-text`}>Answer</label>
      <textarea id={`${id}-text`} value={text} rows={6} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={`${id}-funder`}>Funder</label>
      <input id={`${id}-funder`} value={funder} onChange={(e) => setFunder(e.target.value)} />
      <label htmlFor={`${id}-kind`}>Question type</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(QUESTION_KINDS.find((k) => k === e.target.value) ?? kind)}
      >
        {QUESTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      <div className="row">
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          Save changes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function EntryCard({
  entry,
  length,
  stale,
  canInsert,
  editing,
  onInsert,
  onEdit,
  onSave,
  onCancel,
  onDelete,
}: {
  entry: LibraryEntry;
  length: LengthAgainstLimit | undefined;
  /** For a suggestion: the figures the workbook in use now reports differently. */
  stale: readonly Finding[];
  canInsert: boolean;
  editing: boolean;
  onInsert(): void;
  onEdit(): void;
  onSave(text: string, funder: string, kind: QuestionKind): void;
  onCancel(): void;
  onDelete(): void;
}) {
  const heading = useId();
  const mine = entry.source === 'mine';
  const where = [entry.funder, entry.portal].filter(Boolean).join(' · ');
  return (
    <li className="library-entry" aria-labelledby={heading}>
      <h3 id={heading}>{entry.question.label || 'Untitled question'}</h3>
      <p className="muted">
        {mine ? '' : 'Team · '}
        {entry.question.kind} · {where ? `${where} · ` : ''}
        {day(entry.savedAt)} · {countWords(entry.text).toLocaleString('en-GB')} words
      </p>
      {length && <p className={length.over ? 'length over' : 'length'}>{lengthText(length)}</p>}
      {editing ? (
        <EditEntry entry={entry} onSave={onSave} onCancel={onCancel} />
      ) : (
        <>
          <pre>{entry.text}</pre>
          {entry.figures.length > 0 && (
            <p className="muted">
              Figures:{' '}
              {entry.figures.map((f) => (f.indicatorId ? `${f.text} (${f.indicatorId})` : f.text)).join(', ')}
            </p>
          )}
          {stale.length > 0 && <StaleFigures findings={stale} />}
          <div className="row">
            <button type="button" onClick={onInsert} disabled={!canInsert}>
              Insert
            </button>
            {mine && (
              <>
                <button type="button" onClick={onEdit}>
                  Edit
                </button>
                <button type="button" onClick={onDelete}>
                  Delete
                </button>
              </>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/**
 * Answers kept for reuse: suggested for the field chosen, best first, each with its length against that field's
 * limit; searched, edited, deleted, exported and imported. Kept on this computer only.
 */
export function LibraryView({ tab, report, workbook, lineBreak, onStatus }: Props) {
  const { entries, reload } = useLibrary();
  const [target, setTarget] = useState('');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const field = report?.fields.find((f) => f.key === target);
  const suggestions = useMemo(
    () =>
      field
        ? rankSuggestions(entries, field, field.limit, { countRule: { lineBreak }, max: SUGGESTIONS_SHOWN })
        : [],
    [entries, field, lineBreak],
  );
  const found = useMemo(() => searchEntries(entries, query), [entries, query]);
  const staleIn = useStaleFigures(workbook);
  const staleBySuggestion = useMemo(
    () => new Map(suggestions.map((s) => [s.entry.id, staleIn(s.entry)])),
    [suggestions, staleIn],
  );

  const insert = async (entry: LibraryEntry) => {
    if (!tab || !field) {
      onStatus('Choose the field to insert into first.');
      return;
    }
    const done = await sendToTab(tab.id, {
      type: 'impact/apply-text',
      key: field.key,
      text: entry.text,
      mode: 'insert',
    });
    onStatus(done ? `Inserted into "${field.label}".` : 'That field is no longer on the page.');
  };
  const save = async (entry: LibraryEntry, text: string, funder: string, kind: QuestionKind) => {
    const figures = citedFigures(text, workbook);
    await putEntries(browser.storage.local, [
      { ...entry, text, funder, question: { ...entry.question, kind }, figures },
    ]);
    setEditing(undefined);
    onStatus('Saved the changes.');
    await reload();
  };
  const remove = async (entry: LibraryEntry) => {
    if (!confirm(`Delete the answer to "${entry.question.label}" from your library?`)) return;
    await deleteEntry(browser.storage.local, entry.id);
    onStatus('Deleted from your library.');
    await reload();
  };
  const importFile = async (file: File) => {
    const read = importLibrary(await file.text());
    if (!read.ok) {
      setProblems(read.problems);
      onStatus(`Nothing imported: ${file.name} has problems (listed below).`);
      return;
    }
    setProblems([]);
    const fresh = await putEntries(browser.storage.local, read.entries);
    onStatus(`Imported ${read.entries.length} answer${read.entries.length === 1 ? '' : 's'} (${fresh} new).`);
    await reload();
  };

  const card = (entry: LibraryEntry, length?: LengthAgainstLimit, stale: readonly Finding[] = []) => (
    <EntryCard
      key={entry.id}
      entry={entry}
      length={length}
      stale={stale}
      canInsert={field !== undefined}
      editing={editing === entry.id}
      onInsert={() => void insert(entry)}
      onEdit={() => setEditing(entry.id)}
      onSave={(text, funder, kind) => void save(entry, text, funder, kind)}
      onCancel={() => setEditing(undefined)}
      onDelete={() => void remove(entry)}
    />
  );

  return (
    <div>
      {report && report.fields.length > 0 && (
        <div className="row">
          <label htmlFor="library-target">Insert into</label>
          <select id="library-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose a field…</option>
            {report.fields.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label.slice(0, 60)}
              </option>
            ))}
          </select>
        </div>
      )}
      {field && (
        <section aria-labelledby="library-suggested">
          <h2 id="library-suggested">Suggested for this field</h2>
          {suggestions.length === 0 ? (
            <p className="muted">No answer in your library was written for a question like this one.</p>
          ) : (
            <ol className="library">
              {suggestions.map((s) => card(s.entry, s.length, staleBySuggestion.get(s.entry.id)))}
            </ol>
          )}
        </section>
      )}
      <section aria-labelledby="library-all">
        <h2 id="library-all">Your library</h2>
        {entries.length === 0 ? (
          <p>
            No answers saved yet. Use <strong>Save to library</strong> on a field (Fields view, or the popover
            beside its badge in the page) or a draft (Drafts view). Your library is kept on this computer
            only.
          </p>
        ) : (
          <>
            <div className="row">
              <label htmlFor="library-search">Search</label>
              <input
                id="library-search"
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
            <p className="muted">
              {found.length} of {entries.length} answer{entries.length === 1 ? '' : 's'}
            </p>
            <ul className="library">{found.map((e) => card(e))}</ul>
          </>
        )}
      </section>
      <section aria-labelledby="library-files">
        <h2 id="library-files">Export and import</h2>
        <div className="row">
          <button
            type="button"
            disabled={entries.length === 0}
            onClick={() => download(exportLibrary(entries), 'impact-lens-library.json')}
          >
            Export library
          </button>
          <label htmlFor="library-import">Import a library file</label>
          <input
            id="library-import"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
              e.target.value = '';
            }}
          />
        </div>
        {problems.length > 0 && (
          <ul className="problems" aria-label="Problems in the library file">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
