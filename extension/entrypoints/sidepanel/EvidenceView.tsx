import { useId, useMemo, useState } from 'react';
import { type EvidenceEntry, workbookEvidence } from '../../../core/measures/workbook-evidence';
import type { Workbook } from '../../../core/model/schema';
import { todayIso } from '../../../core/util/calendar';
import { sendToTab } from '../../lib/channel';
import type { Report } from '../../messaging';
import { type Explained, explainEach } from './explanations';
import type { TabInfo } from './TabPicker';
import { WorkbookHealth, type WorkbookOrigin } from './WorkbookHealth';

interface Props {
  workbook: Workbook | undefined;
  tab: TabInfo | undefined;
  report: Report | undefined;
  onStatus(text: string): void;
  /** When and where from the workbook was read, for its health. */
  origin?: WorkbookOrigin;
}

/** The steps of the theory of change the view lists, each with its indicators: what the organisation changes. */
function stepsShown(workbook: Workbook): Workbook['nodes'] {
  return workbook.nodes.filter((n) => n.level === 'Outcome' || n.level === 'Impact');
}

function indicatorsShown(workbook: Workbook): string[] {
  const steps = new Set(stepsShown(workbook).map((n) => n.id));
  return workbook.indicators.filter((i) => steps.has(i.outcome)).map((i) => i.id);
}

/** One indicator's paragraph, to copy or insert, or why there is none. */
function Paragraph({
  indicatorId,
  explained,
  canInsert,
  onCopy,
  onInsert,
}: {
  indicatorId: string;
  explained: Explained;
  canInsert: boolean;
  onCopy(text: string): void;
  onInsert(text: string): void;
}) {
  // An indicator's ID is whatever the user typed: not always a valid element id.
  const heading = useId();
  return (
    <section className="explain" aria-labelledby={heading}>
      <h3 id={heading}>{indicatorId} explained</h3>
      {'paragraph' in explained ? (
        <>
          <p>{explained.paragraph}</p>
          <div className="row">
            <button type="button" onClick={() => onCopy(explained.paragraph)}>
              Copy paragraph
            </button>
            <button type="button" onClick={() => onInsert(explained.paragraph)} disabled={!canInsert}>
              Insert paragraph
            </button>
          </div>
        </>
      ) : (
        <p className="muted">No paragraph: {explained.reason}</p>
      )}
    </section>
  );
}

/** The organisation's own theory of change and figures, with a citation and a paragraph to copy or insert. Shown
 * only here, in the extension's own page: never drawn into the funder's page. */
export function EvidenceView({ workbook, tab, report, onStatus, origin }: Props) {
  const [target, setTarget] = useState('');
  const { evidence, explained } = useMemo(() => {
    if (!workbook)
      return { evidence: new Map<string, EvidenceEntry>(), explained: new Map<string, Explained>() };
    // The day the background's checks judge the answers by, so the panel and the findings agree.
    const asOf = todayIso();
    return {
      evidence: new Map(workbookEvidence(workbook, asOf).map((e) => [e.indicatorId, e])),
      explained: explainEach(workbook, indicatorsShown(workbook), asOf),
    };
  }, [workbook]);
  if (!workbook)
    return <p>Import your workbook (Import tab) to see your theory of change and figures here.</p>;

  const copy = async (text: string, done: string) => {
    await navigator.clipboard.writeText(text).then(
      () => onStatus(done),
      () => onStatus('Could not copy: select the text and copy it yourself.'),
    );
  };
  const insert = async (text: string) => {
    if (!tab || !target) {
      onStatus('Choose the field to insert into first.');
      return;
    }
    const done = await sendToTab(tab.id, { type: 'impact/apply-text', key: target, text, mode: 'insert' });
    onStatus(done ? 'Inserted at the end of the field.' : 'That field is no longer on the page.');
  };

  const outcomes = stepsShown(workbook);
  return (
    <div>
      <WorkbookHealth workbook={workbook} {...origin} />
      {report && report.fields.length > 0 && (
        <div className="row">
          <label htmlFor="insert-target">Insert into</label>
          <select id="insert-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose a field…</option>
            {report.fields.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label.slice(0, 60)}
              </option>
            ))}
          </select>
        </div>
      )}
      {outcomes.map((node) => (
        <section key={node.id} className="outcome" aria-labelledby={`node-${node.id}`}>
          <h2 id={`node-${node.id}`}>
            {node.id} · {node.level}
            {node.term ? ` (${node.term.toLowerCase()} term)` : ''}
          </h2>
          <p>{node.statement}</p>
          {workbook.indicators
            .filter((i) => i.outcome === node.id)
            .map((indicator) => {
              const entry = evidence.get(indicator.id);
              const e = entry && 'evidence' in entry ? entry.evidence : undefined;
              const failed = entry && 'error' in entry ? entry.error : undefined;
              const paragraph = explained.get(indicator.id);
              return (
                <div key={indicator.id} className="indicator">
                  <p>
                    <strong>{indicator.id}</strong> {indicator.name}
                    {e?.status ? (
                      <span className={`status-word ${e.status.replace(' ', '-').toLowerCase()}`}>
                        {' '}
                        · {e.status}
                      </span>
                    ) : null}
                  </p>
                  {e?.citation ? (
                    <>
                      <blockquote>{e.citation}</blockquote>
                      <div className="row">
                        <button type="button" onClick={() => void copy(e.citation!, 'Copied.')}>
                          Copy
                        </button>
                        <button type="button" onClick={() => void insert(e.citation!)} disabled={!target}>
                          Insert
                        </button>
                      </div>
                    </>
                  ) : failed ? null : (
                    // A failure of the evidence is the paragraph's too: said once, in the paragraph's place.
                    <p className="muted">{e?.notes[0] ?? 'No data yet.'}</p>
                  )}
                  {paragraph && (
                    <Paragraph
                      indicatorId={indicator.id}
                      explained={paragraph}
                      canInsert={Boolean(target)}
                      onCopy={(text) => void copy(text, `Copied the paragraph about ${indicator.id}.`)}
                      onInsert={(text) => void insert(text)}
                    />
                  )}
                </div>
              );
            })}
        </section>
      ))}
    </div>
  );
}
