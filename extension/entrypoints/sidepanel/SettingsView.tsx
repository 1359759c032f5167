import { useState } from 'react';
import { ANSWER_RULES } from '../../../core/checks/registry-answer';
import type { Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  onChange(settings: Settings): Promise<void>;
}

/**
 * A number the user types: saved when they leave the box or press Enter, kept within its range, and never saved
 * half-typed (an emptied box would otherwise save 0).
 */
function NumberSetting(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit(value: number): void;
}) {
  const [text, setText] = useState(String(props.value));
  const commit = () => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) {
      setText(String(props.value));
      return;
    }
    const clamped = Math.min(props.max, Math.max(props.min, Math.round(n)));
    setText(String(clamped));
    if (clamped !== props.value) props.onCommit(clamped);
  };
  return (
    <div className="row">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={props.min}
        max={props.max}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
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
                      // The background hears the permission go and stops the site's open pages.
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
          {ANSWER_RULES.map((check) => (
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
        <NumberSetting
          id="me-share"
          label="Least share of a budget for monitoring and evaluation (%)"
          value={Math.round(settings.meBudgetShare * 100)}
          min={0}
          max={50}
          onCommit={(v) => set({ meBudgetShare: v / 100 })}
        />
        <NumberSetting
          id="near-share"
          label="Warn near a limit from (%)"
          value={Math.round(settings.nearLimitShare * 100)}
          min={50}
          max={100}
          onCommit={(v) => set({ nearLimitShare: v / 100 })}
        />
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
        <NumberSetting
          id="draft-age"
          label="Delete drafts older than (days)"
          value={settings.draftMaxAgeDays}
          min={1}
          max={3650}
          onCommit={(v) => set({ draftMaxAgeDays: v })}
        />
        <NumberSetting
          id="sheet-age"
          label="Read a linked Google Sheet again when the panel opens, if read more than this many minutes ago"
          value={settings.sheetMaxAgeMinutes}
          min={1}
          max={10_080}
          onCommit={(v) => set({ sheetMaxAgeMinutes: v })}
        />
      </section>
      <p className="muted">
        Everything stays on this computer: Impact Lens makes no network requests, except to read the Google
        Sheets you link (Import view).
      </p>
    </div>
  );
}
