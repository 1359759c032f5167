import { useMemo, useState } from 'react';
import type { IndicatorEvidence } from '../../../core/measures/evidence-types';
import { workbookEvidence } from '../../../core/measures/workbook-evidence';
import type { Workbook } from '../../../core/model/schema';
import { todayIso } from '../../../core/util/calendar';
import { sendToTab } from '../../lib/channel';
import type { Report } from '../../messaging';
import type { TabInfo } from './TabPicker';

interface Props {
  workbook: Workbook | undefined;
  tab: TabInfo | undefined;
  report: Report | undefined;
  onStatus(text: string): void;
}

/** The organisation's own theory of change and figures, with a citation to copy or insert. Shown only here, in the
 * extension's own page: never drawn into the funder's page. */
export function EvidenceView({ workbook, tab, report, onStatus }: Props) {
  const [target, setTarget] = useState('');
  const evidence = useMemo(() => {
    if (!workbook) return new Map<string, IndicatorEvidence>();
    const out = new Map<string, IndicatorEvidence>();
    for (const e of workbookEvidence(workbook, todayIso()))
      if ('evidence' in e) out.set(e.indicatorId, e.evidence);
    return out;
  }, [workbook]);
  if (!workbook)
    return <p>Import your workbook (Import tab) to see your theory of change and figures here.</p>;

  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text).then(
      () => onStatus('Copied.'),
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

  const outcomes = workbook.nodes.filter((n) => n.level === 'Outcome' || n.level === 'Impact');
  return (
    <div>
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
              const e = evidence.get(indicator.id);
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
                        <button type="button" onClick={() => void copy(e.citation!)}>
                          Copy
                        </button>
                        <button type="button" onClick={() => void insert(e.citation!)} disabled={!target}>
                          Insert
                        </button>
                      </div>
                    </>
                  ) : (
                    <p className="muted">{e?.notes[0] ?? 'No data yet.'}</p>
                  )}
                </div>
              );
            })}
        </section>
      ))}
    </div>
  );
}
