import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, readKinds, readSettings } from './settings';

afterEach(() => {
  vi.restoreAllMocks();
});

function quietly() {
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

describe('settings read back from storage', () => {
  it('are the defaults when none were ever saved, without a warning', () => {
    const warn = quietly();
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keep every valid setting, rounding the draft and sheet ages to whole days and minutes', () => {
    const stored = {
      sites: ['https://apply.example.org/*'],
      disabledChecks: ['vague-outcome'],
      meBudgetShare: 0.1,
      nearLimitShare: 0.8,
      lineBreak: 2,
      draftMaxAgeDays: 14.4,
      sheetMaxAgeMinutes: 29.6,
    };
    expect(readSettings(stored)).toEqual({ ...stored, draftMaxAgeDays: 14, sheetMaxAgeMinutes: 30 });
  });

  it('fall back to the default one setting at a time, naming each invalid one in a warning', () => {
    const warn = quietly();
    const settings = readSettings({
      sites: ['https://apply.example.org/*', 3],
      disabledChecks: ['vague-outcome'],
      meBudgetShare: 1.5,
      nearLimitShare: 0.8,
      lineBreak: '2',
      draftMaxAgeDays: 0,
      sheetMaxAgeMinutes: -5,
    });
    expect(settings).toEqual({
      sites: DEFAULT_SETTINGS.sites,
      disabledChecks: ['vague-outcome'],
      meBudgetShare: DEFAULT_SETTINGS.meBudgetShare,
      nearLimitShare: 0.8,
      lineBreak: DEFAULT_SETTINGS.lineBreak,
      draftMaxAgeDays: DEFAULT_SETTINGS.draftMaxAgeDays,
      sheetMaxAgeMinutes: DEFAULT_SETTINGS.sheetMaxAgeMinutes,
    });
    const named = warn.mock.calls.map((call) => String(call[0]).match(/setting "(\w+)"/)?.[1]);
    expect(named).toEqual(['sites', 'meBudgetShare', 'lineBreak', 'draftMaxAgeDays', 'sheetMaxAgeMinutes']);
  });

  it('take a setting saved by a version without it as its default, without a warning', () => {
    const warn = quietly();
    expect(readSettings({ lineBreak: 2 })).toEqual({ ...DEFAULT_SETTINGS, lineBreak: 2 });
    // Drafts are kept half a year unless the user chooses otherwise.
    expect(readSettings({}).draftMaxAgeDays).toBe(180);
    expect(warn).not.toHaveBeenCalled();
  });

  it('are the defaults, with a warning, when something other than an object was stored', () => {
    const warn = quietly();
    expect(readSettings(['sites'])).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('question kind corrections read back from storage', () => {
  it('keep each valid correction and drop, with a warning naming its field, one that names no kind', () => {
    const warn = quietly();
    expect(
      readKinds({ 'https://a.org/f#q1': 'outcomes', 'https://a.org/f#q2': 'poetry', q3: 'budget' }),
    ).toEqual({ 'https://a.org/f#q1': 'outcomes', q3: 'budget' });
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('https://a.org/f#q2');
  });

  it('are none when none were saved, or when what was saved is not an object', () => {
    const warn = quietly();
    expect(readKinds(undefined)).toEqual({});
    expect(warn).not.toHaveBeenCalled();
    expect(readKinds('outcomes')).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });
});
