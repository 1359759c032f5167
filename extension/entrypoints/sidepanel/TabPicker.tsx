import { useEffect, useState } from 'react';
import { injectContentScript } from '../../lib/browser-api';
import type { Settings } from '../../lib/settings';
import { originPattern, portalFor } from '../../portals/hosts';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

interface Props {
  tab: TabInfo | undefined;
  onPick(tab: TabInfo): void;
  settings: Settings;
  onSettings(settings: Settings): Promise<void>;
  onStatus(text: string): void;
  hasReport: boolean;
}

/** Which tab the panel looks at, and whether Impact Lens is on for its site (with the button that turns it on). */
export function TabPicker({ tab, onPick, settings, onSettings, onStatus, hasReport }: Props) {
  const [tabs, setTabs] = useState<TabInfo[]>([]);
  useEffect(() => {
    void browser.tabs
      .query({})
      .then((all) =>
        setTabs(
          all
            .filter((t) => t.id !== undefined && t.url && /^https?:/.test(t.url))
            .map((t) => ({ id: t.id!, url: t.url!, title: t.title ?? t.url! })),
        ),
      );
  }, []);

  const pattern = tab ? originPattern(tab.url) : undefined;
  const on = pattern !== undefined && settings.sites.includes(pattern);
  const portal = tab ? portalFor(tab.url) : undefined;

  const turnOn = async () => {
    if (!pattern) return;
    // Must run in the click itself: the browser asks the user, and only for this one site.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      onStatus('Impact Lens was not given access to this site; nothing changed.');
      return;
    }
    await onSettings({ ...settings, sites: [...new Set([...settings.sites, pattern])] });
    if (tab) await injectContentScript(tab.id);
    onStatus(`Impact Lens is on for ${new URL(tab!.url).hostname}.`);
  };

  return (
    <div className="picker">
      <label htmlFor="tab-picker">Page</label>
      <select
        id="tab-picker"
        value={tab?.id ?? ''}
        onChange={(e) => {
          const picked = tabs.find((t) => t.id === Number(e.target.value));
          if (picked) onPick(picked);
        }}
      >
        {!tab && <option value="">Choose a page…</option>}
        {tabs.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title.slice(0, 60)}
          </option>
        ))}
      </select>
      {tab && pattern && !on && !hasReport && (
        <div className="notice">
          <p>
            Impact Lens is off for {new URL(tab.url).hostname}
            {portal ? ` (it looks like ${portal.name})` : ''}. Turn it on to check the answers on this site.
          </p>
          <button type="button" className="primary" onClick={() => void turnOn()}>
            Turn on for {new URL(tab.url).hostname}
          </button>
        </div>
      )}
      {tab && !pattern && <p className="muted">Impact Lens works on https:// pages.</p>}
    </div>
  );
}
