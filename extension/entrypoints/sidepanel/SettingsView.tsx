import { CHECKS } from '../../../core/checks/registry';
import type { Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  onChange(settings: Settings): Promise<void>;
}

export function SettingsView({ settings, onChange }: Props) {
  const set = (patch: Partial<Settings>) => void onChange({ ...settings, ...patch });
  return (
    <div className="settings">
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites Impact Lens is on for</h2>
        {settings.sites.length === 0 ? (
          <p className="muted">
            None yet. Open a funder's portal and turn Impact Lens on from the top of this panel.
          </p>
        ) : (
          <ul>
            {settings.sites.map((site) => (
              <li key={site} className="row">
                <span>{site.replace('/*', '')}</span>
                <button
                  type="button"
                  onClick={() =>
                    void browser.permissions
                      .remove({ origins: [site] })
                      .catch(() => false)
                      .then(() => set({ sites: settings.sites.filter((s) => s !== site) }))
                  }
                >
                  Turn off
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Checks</h2>
        <ul className="plain">
          {CHECKS.map((check) => (
            <li key={check.id}>
              <label>
                <input
                  type="checkbox"
                  checked={!settings.disabledChecks.includes(check.id)}
                  onChange={(e) =>
                    set({
                      disabledChecks: e.target.checked
                        ? settings.disabledChecks.filter((id) => id !== check.id)
                        : [...settings.disabledChecks, check.id],
                    })
                  }
                />{' '}
                <code>{check.id}</code>: {check.summary}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="thresholds-heading">
        <h2 id="thresholds-heading">Thresholds and counting</h2>
        <div className="row">
          <label htmlFor="me-share">Least share of a budget for monitoring and evaluation (%)</label>
          <input
            id="me-share"
            type="number"
            min={0}
            max={50}
            step={1}
            value={Math.round(settings.meBudgetShare * 100)}
            onChange={(e) => set({ meBudgetShare: Number(e.target.value) / 100 })}
          />
        </div>
        <div className="row">
          <label htmlFor="near-share">Warn near a limit from (%)</label>
          <input
            id="near-share"
            type="number"
            min={50}
            max={100}
            step={1}
            value={Math.round(settings.nearLimitShare * 100)}
            onChange={(e) => set({ nearLimitShare: Number(e.target.value) / 100 })}
          />
        </div>
        <div className="row">
          <label htmlFor="line-break">A line break counts as</label>
          <select
            id="line-break"
            value={settings.lineBreak}
            onChange={(e) => set({ lineBreak: e.target.value === '2' ? 2 : 1 })}
          >
            <option value="1">one character (as the browser counts)</option>
            <option value="2">two characters (as some portals count)</option>
          </select>
        </div>
        <div className="row">
          <label htmlFor="draft-age">Delete drafts older than (days)</label>
          <input
            id="draft-age"
            type="number"
            min={1}
            max={3650}
            value={settings.draftMaxAgeDays}
            onChange={(e) => set({ draftMaxAgeDays: Number(e.target.value) })}
          />
        </div>
      </section>
      <p className="muted">Everything stays on this computer: Impact Lens makes no network requests.</p>
    </div>
  );
}
