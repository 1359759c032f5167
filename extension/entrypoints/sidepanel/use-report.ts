import { useCallback, useEffect, useRef, useState } from 'react';
import { receiver, sendToTab } from '../../lib/channel';
import { PANEL_SCHEMAS, type Report } from '../../messaging';
import type { TabInfo } from './TabPicker';

/**
 * The report of the tab the panel looks at, fetched when the tab changes and again each time its content script says
 * the report changed. `refresh` fetches it at once (after the panel itself changed something).
 */
export function useReport(tab: TabInfo | undefined): {
  report: Report | undefined;
  refresh(): Promise<void>;
} {
  const [report, setReport] = useState<Report | undefined>();
  // Answers can come back out of order: only the last one asked for is shown.
  const asked = useRef(0);

  const refresh = useCallback(async () => {
    if (!tab) return;
    const ask = ++asked.current;
    const next = await sendToTab(tab.id, { type: 'impact/report' });
    if (ask === asked.current) setReport(next);
  }, [tab]);

  useEffect(() => {
    if (!tab) return;
    void refresh();
    const listener = receiver(PANEL_SCHEMAS, {
      'impact/report-changed': (_message, sender) => {
        if (sender.tab?.id === tab.id) void refresh();
      },
    });
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tab, refresh]);

  return { report, refresh };
}
