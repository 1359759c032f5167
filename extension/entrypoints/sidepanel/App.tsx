import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Workbook } from '../../../core/model/schema';
import { loadSettings, loadWorkbook, saveSettings } from '../../lib/browser-api';
import { sendToBackground, sendToTab } from '../../lib/channel';
import type { Settings } from '../../lib/settings';
import { DraftsView } from './DraftsView';
import { EvidenceView } from './EvidenceView';
import { FieldsView } from './FieldsView';
import { ImportView } from './ImportView';
import { LibraryView } from './LibraryView';
import { LinkView, useSheetRefreshOnOpen } from './LinkView';
import { SettingsView } from './SettingsView';
import { type TabInfo, TabPicker } from './TabPicker';
import { useReport } from './use-report';
import type { WorkbookOrigin } from './WorkbookHealth';

const VIEWS = ['Fields', 'Evidence', 'Library', 'Drafts', 'Import', 'Settings'] as const;
type View = (typeof VIEWS)[number];

/** The tab named in ?tab= (tests, or a panel opened as a plain tab), else the active tab of this window. */
async function initialTab(): Promise<TabInfo | undefined> {
  const wanted = Number(new URLSearchParams(location.search).get('tab'));
  if (wanted) {
    const tab = await browser.tabs.get(wanted).catch(() => undefined);
    if (tab?.id !== undefined) return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
  }
  // The tab whose toolbar button (or overlay) opened the panel: that click granted access to its address.
  const stored: Record<string, unknown> = await browser.storage.session.get('panelTab').catch(() => ({}));
  const panelTab = stored.panelTab;
  if (typeof panelTab === 'number') {
    const tab = await browser.tabs.get(panelTab).catch(() => undefined);
    if (tab?.id !== undefined && tab.url) return { id: tab.id, url: tab.url, title: tab.title ?? '' };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.url && !active.url.startsWith(browser.runtime.getURL(''))) {
    return { id: active.id, url: active.url, title: active.title ?? '' };
  }
  return undefined;
}

export function App() {
  const [view, setView] = useState<View>('Fields');
  const [tab, setTab] = useState<TabInfo | undefined>();
  const { report, refresh: refreshReport } = useReport(tab);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [workbook, setWorkbook] = useState<Workbook | undefined>();
  /** Why the workbook kept on this computer is not used, when it cannot be read. */
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [origin, setOrigin] = useState<WorkbookOrigin>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    void (async () => {
      setSettings(await loadSettings());
      const stored = await loadWorkbook();
      setWorkbook(stored.workbook);
      setUnreadable(stored.unreadable);
      setOrigin({ readAt: stored.readAt, places: stored.places });
      setTab(await initialTab());
    })();
  }, []);

  // Follow the user to another tab, or to another page in this one.
  useEffect(() => {
    const onActivated = () => void initialTab().then((t) => t && setTab(t));
    const onUpdated = (tabId: number, change: { url?: string }) => {
      if (change.url && tab?.id === tabId) setTab({ ...tab, url: change.url });
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tab]);

  const tellPage = useCallback(async () => {
    if (tab) await sendToTab(tab.id, { type: 'impact/refresh' });
    await refreshReport();
  }, [tab, refreshReport]);

  const updateSettings = useCallback(
    async (next: Settings) => {
      const sitesChanged = next.sites.join() !== settings?.sites.join();
      setSettings(next);
      await saveSettings(next);
      if (sitesChanged) await sendToBackground({ type: 'impact/sites-changed' }).catch(() => false);
      await tellPage();
    },
    [tellPage, settings],
  );

  const updateWorkbook = useCallback(
    /** `from`: where a workbook read from a sheet came from; a file's is named by paths, and was read now. */
    async (next: Workbook | undefined, from?: WorkbookOrigin) => {
      setWorkbook(next);
      setUnreadable([]);
      setOrigin(from ?? { readAt: new Date().toISOString() });
      await tellPage();
    },
    [tellPage],
  );

  useSheetRefreshOnOpen(settings, updateWorkbook, setStatus);

  const counts = useMemo(() => {
    const findings = report?.fields.flatMap((f) => f.findings) ?? [];
    return { fields: report?.fields.length ?? 0, findings: findings.length };
  }, [report]);

  return (
    <div className="app">
      <header>
        <h1>Impact Lens</h1>
        <p className="muted">
          {workbook
            ? `Checking against ${workbook.organisation.name}'s workbook.`
            : 'No workbook imported: text checks only.'}
        </p>
        {settings && (
          <TabPicker
            tab={tab}
            onPick={setTab}
            settings={settings}
            onSettings={updateSettings}
            onStatus={setStatus}
            hasReport={report !== undefined}
          />
        )}
      </header>
      <nav aria-label="Impact Lens views">
        <div className="tabs" role="tablist">
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`tab-${v}`}
              aria-selected={view === v}
              aria-controls={`panel-${v}`}
              tabIndex={view === v ? 0 : -1}
              onClick={() => setView(v)}
              onKeyDown={(e) => {
                const i = VIEWS.indexOf(v);
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  const next = VIEWS[(i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!;
                  setView(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {v}
              {v === 'Fields' && report ? ` (${counts.findings})` : ''}
            </button>
          ))}
        </div>
      </nav>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      {unreadable.length > 0 && (
        <div className="alert" role="alert">
          <p>
            The workbook kept on this computer can no longer be read, so answers are checked without it.
            Import it again (Import view).
          </p>
          <ul className="problems" aria-label="Problems in the stored workbook">
            {unreadable.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {report?.draftsUnsaved && (
        <p className="alert" role="alert">
          Drafts on this page are not being saved: the browser refused to store the last one. Your text is
          still in the form. Delete old drafts (Drafts view) to make room.
        </p>
      )}
      <main id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} tabIndex={-1}>
        {view === 'Fields' && (
          <FieldsView
            tab={tab}
            report={report}
            workbook={workbook}
            onChanged={tellPage}
            onStatus={setStatus}
          />
        )}
        {view === 'Evidence' && (
          <EvidenceView workbook={workbook} tab={tab} report={report} onStatus={setStatus} origin={origin} />
        )}
        {view === 'Library' && (
          <LibraryView
            tab={tab}
            report={report}
            workbook={workbook}
            lineBreak={settings?.lineBreak ?? 1}
            onStatus={setStatus}
          />
        )}
        {view === 'Drafts' && (
          <DraftsView tab={tab} report={report} workbook={workbook} onStatus={setStatus} />
        )}
        {view === 'Import' && (
          <>
            <LinkView onWorkbook={updateWorkbook} onStatus={setStatus} />
            <ImportView workbook={workbook} onWorkbook={updateWorkbook} onStatus={setStatus} />
          </>
        )}
        {view === 'Settings' && settings && <SettingsView settings={settings} onChange={updateSettings} />}
      </main>
    </div>
  );
}
