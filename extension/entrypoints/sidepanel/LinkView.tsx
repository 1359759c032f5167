import { useCallback, useEffect, useRef, useState } from 'react';
import { formatFinding } from '../../../core/checks/finding';
import type { Workbook } from '../../../core/model/schema';
import { formatLongDate } from '../../../core/util/calendar';
import { loadSettings, saveWorkbook } from '../../lib/browser-api';
import { readStoredInWorker } from '../../lib/import-in-worker';
import { KEYS, type Settings } from '../../lib/settings';
import {
  isStale,
  loadSheetLinks,
  permissionPattern,
  readSheet,
  type SheetLink,
  type SheetLinks,
  saveSheetLinks,
  sheetAddress,
  sheetOrigins,
  sheetPage,
  withLink,
  withoutLink,
} from '../../lib/sheet-link';
import { packWorkbook, readStoredWorkbook, type StoredWorkbook } from '../../lib/stored-workbook';
import type { WorkbookOrigin } from './WorkbookHealth';

/** Google's own site; the test build also reads from its local protocol server. */
const ORIGINS = sheetOrigins(import.meta.env.WXT_IMPACT_E2E === 'true');

/** What reading a linked sheet came to. */
type Outcome =
  | { kind: 'kept'; workbook: Workbook; origin: WorkbookOrigin; message: string }
  | { kind: 'problems'; problems: string[]; message: string }
  | { kind: 'failed'; message: string };

function asOf(link: SheetLink): string {
  if (!link.readAt) return 'Not read yet.';
  const read = new Date(link.readAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const data = link.latestPeriod
    ? `; its latest data is for the period ending ${formatLongDate(link.latestPeriod)}`
    : '';
  return `As of ${read}${data}.`;
}

/** When the kept workbook was read, and the cells of its items, for the workbook's health to name them. */
function originOf(stored: StoredWorkbook): WorkbookOrigin {
  const origin: WorkbookOrigin = {};
  if (stored.readAt) origin.readAt = stored.readAt;
  if (stored.places) origin.places = stored.places;
  return origin;
}

/**
 * Reads a linked sheet from Google and, when it reads whole and the browser stores it, makes it the workbook the
 * checks use. Until then the workbook in use stays, as with a file.
 */
async function readAndKeep(link: SheetLink, onStatus: (text: string) => void): Promise<Outcome> {
  onStatus(`Reading ${link.name} from Google Sheets…`);
  const read = await readSheet(link);
  if (read.kind === 'failed')
    return { kind: 'failed', message: `${link.name} was not read. ${read.message}` };
  if (!read.result.ok) {
    return {
      kind: 'problems',
      problems: read.result.problems.map(formatFinding),
      message: `${link.name} was read, but is not used: fix the problems listed in the sheet (each names its tab and cell), then press Refresh.`,
    };
  }
  const packed = packWorkbook(read.result.workbook, { locate: read.result.locate });
  const saved = await saveWorkbook(packed);
  if (!saved.saved) {
    return {
      kind: 'failed',
      message: `${link.name} was read, but the browser would not keep it (${saved.error}).`,
    };
  }
  const stored = (await readStoredInWorker(packed.text)) ?? readStoredWorkbook(packed.text);
  const kept = stored.workbook;
  if (!kept)
    return { kind: 'failed', message: `${link.name} was stored but does not read back; please report this.` };
  const readLink: SheetLink = { ...link, readAt: new Date().toISOString() };
  if (read.latestPeriod) readLink.latestPeriod = read.latestPeriod;
  else delete readLink.latestPeriod;
  const links = await loadSheetLinks(ORIGINS);
  await saveSheetLinks({ ...withLink(links, readLink), active: link.id });
  return {
    kind: 'kept',
    workbook: kept,
    origin: originOf(stored),
    message: `Read ${link.name} from Google Sheets: ${kept.indicators.length} indicators. Answers are now checked against it.`,
  };
}

/** When the panel opens, the linked sheet in use is read again if it was read longer ago than the setting. */
export function useSheetRefreshOnOpen(
  settings: Settings | undefined,
  onWorkbook: (workbook: Workbook, origin?: WorkbookOrigin) => Promise<void>,
  onStatus: (text: string) => void,
): void {
  const done = useRef(false);
  useEffect(() => {
    if (!settings || done.current) return;
    done.current = true;
    void (async () => {
      const links = await loadSheetLinks(ORIGINS);
      const link = links.links.find((l) => l.id === links.active);
      if (!link || !isStale(link, settings.sheetMaxAgeMinutes, new Date())) return;
      const outcome = await readAndKeep(link, onStatus);
      if (outcome.kind === 'kept') await onWorkbook(outcome.workbook, outcome.origin);
      onStatus(
        outcome.kind === 'kept'
          ? outcome.message
          : `${outcome.message} Still using the workbook as read earlier (${asOf(link)})`,
      );
    })();
  }, [settings, onWorkbook, onStatus]);
}

/**
 * Gives back the access to Google's site once no linked sheet needs it, unless the user turned Impact Lens on there
 * (Google Forms is a portal on the same site). The test build's access is its manifest's, which cannot be given back.
 */
async function releaseAccess(origin: string, rest: SheetLinks): Promise<void> {
  if (rest.links.some((l) => l.origin === origin)) return;
  const pattern = permissionPattern(origin);
  if ((await loadSettings()).sites.includes(pattern)) return;
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

interface Props {
  onWorkbook(workbook: Workbook, origin?: WorkbookOrigin): Promise<void>;
  onStatus(text: string): void;
}

/** Link the organisation's Google Sheets, choose the one the checks use, and read it again. */
export function LinkView({ onWorkbook, onStatus }: Props) {
  const [links, setLinks] = useState<SheetLinks>({ links: [] });
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  /** What went wrong with the last read, and the problems in the sheet, shown until the next read. */
  const [failure, setFailure] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const reload = useCallback(() => void loadSheetLinks(ORIGINS).then(setLinks), []);
  useEffect(() => {
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && KEYS.sheetLinks in changes) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  const read = async (link: SheetLink) => {
    setFailure('');
    setProblems([]);
    const outcome = await readAndKeep(link, onStatus);
    if (outcome.kind === 'kept') await onWorkbook(outcome.workbook, outcome.origin);
    if (outcome.kind === 'failed') setFailure(outcome.message);
    if (outcome.kind === 'problems') setProblems(outcome.problems);
    onStatus(outcome.message);
    reload();
  };
  const run = (task: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    void task()
      .catch((error: unknown) =>
        onStatus(`Reading the sheet stopped: ${error instanceof Error ? error.message : String(error)}.`),
      )
      .finally(() => setBusy(false));
  };

  const link = () => {
    const parsed = sheetAddress(address, ORIGINS);
    if (!parsed.ok) {
      setFailure(parsed.message);
      onStatus(parsed.message);
      return;
    }
    run(async () => {
      // Asked in the click itself: the browser asks the user, for Google's site alone, only when a sheet is linked.
      const granted = await browser.permissions.request({ origins: [permissionPattern(parsed.origin)] });
      if (!granted) {
        const message = `Impact Lens was not given access to ${new URL(parsed.origin).hostname}, so it cannot read the sheet. Nothing was linked.`;
        setFailure(message);
        onStatus(message);
        return;
      }
      const existing = links.links.find((l) => l.id === parsed.id);
      const newLink: SheetLink = {
        ...existing,
        id: parsed.id,
        origin: parsed.origin,
        name: name.trim() || existing?.name || `Sheet ${links.links.length + 1}`,
      };
      await saveSheetLinks(withLink(await loadSheetLinks(ORIGINS), newLink));
      setAddress('');
      setName('');
      await read(newLink);
    });
  };

  const unlink = (l: SheetLink) =>
    run(async () => {
      const rest = withoutLink(await loadSheetLinks(ORIGINS), l.id);
      await saveSheetLinks(rest);
      await releaseAccess(l.origin, rest);
      reload();
      onStatus(
        l.id === links.active
          ? `Unlinked ${l.name}. Its workbook, as last read, is still in use until you link or import another, or remove it below.`
          : `Unlinked ${l.name}.`,
      );
    });

  return (
    <section className="link-sheet" aria-labelledby="link-heading" aria-busy={busy}>
      <h2 id="link-heading">Link a Google Sheet</h2>
      <p>
        Paste the address of your impact workbook in Google Sheets. Impact Lens reads its tabs from Google as
        you, signed in to Google in this browser: when you link it, when you press Refresh, and when this
        panel opens if it was read longer ago than you set in Settings. The first time, the browser asks you
        to let Impact Lens read docs.google.com.
      </p>
      <div className="row">
        <label htmlFor="sheet-address">Sheet address</label>
        <input
          id="sheet-address"
          type="url"
          value={address}
          placeholder="https://docs.google.com/spreadsheets/d/…"
          onChange={(e) => setAddress(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') link();
          }}
        />
      </div>
      <div className="row">
        <label htmlFor="sheet-name">Programme name</label>
        <input id="sheet-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="row">
        <button type="button" className="primary" disabled={busy || !address.trim()} onClick={link}>
          Link and read
        </button>
      </div>
      {failure && (
        <p className="alert" role="alert">
          {failure}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="problems" aria-label="Problems in the sheet">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {links.links.length > 0 && (
        <ul className="linked-sheets" aria-label="Linked sheets">
          {links.links.map((l) => {
            const inUse = l.id === links.active;
            return (
              <li key={l.id} className="linked-sheet">
                <p>
                  <strong>{l.name}</strong>
                  {inUse ? ' (in use)' : ''}{' '}
                  <a href={sheetPage(l)} target="_blank" rel="noreferrer">
                    Open in Google Sheets
                  </a>
                </p>
                <p className="muted">{asOf(l)}</p>
                <div className="row">
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={inUse ? `Refresh ${l.name}` : `Use for checks: ${l.name}`}
                    onClick={() => run(() => read(l))}
                  >
                    {inUse ? 'Refresh' : 'Use for checks'}
                  </button>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Unlink ${l.name}`}
                    onClick={() => unlink(l)}
                  >
                    Unlink
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
