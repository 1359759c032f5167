import type { CheckConfig } from '../../core/checks/define';
import { DEFAULT_CONFIG } from '../../core/checks/define';
import type { QuestionKind } from '../../core/questions/types';

/** What the user chooses in the side panel's settings, kept in storage.local. */
export interface Settings {
  /** Origins the user has turned Impact Lens on for ("https://apply.example.org"). */
  sites: string[];
  disabledChecks: string[];
  /** no-me-budget: least share of a budget for monitoring and evaluation. */
  meBudgetShare: number;
  nearLimitShare: number;
  /** How the portals the user writes in count a line break. */
  lineBreak: 1 | 2;
  /** Drafts older than this are deleted. */
  draftMaxAgeDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  sites: [],
  disabledChecks: [],
  meBudgetShare: DEFAULT_CONFIG.meBudgetShare,
  nearLimitShare: DEFAULT_CONFIG.nearLimitShare,
  lineBreak: 1,
  draftMaxAgeDays: 30,
};

/** Settings as stored may be from an older version or edited by hand: read each value or fall back. */
export function readSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const share = (v: unknown, fallback: number) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : fallback);
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return {
    sites: strings(s.sites),
    disabledChecks: strings(s.disabledChecks),
    meBudgetShare: share(s.meBudgetShare, DEFAULT_SETTINGS.meBudgetShare),
    nearLimitShare: share(s.nearLimitShare, DEFAULT_SETTINGS.nearLimitShare),
    lineBreak: s.lineBreak === 2 ? 2 : 1,
    draftMaxAgeDays:
      typeof s.draftMaxAgeDays === 'number' && s.draftMaxAgeDays >= 1 && s.draftMaxAgeDays <= 3650
        ? Math.round(s.draftMaxAgeDays)
        : DEFAULT_SETTINGS.draftMaxAgeDays,
  };
}

export function checkConfig(settings: Settings): Partial<CheckConfig> {
  return {
    disabled: settings.disabledChecks,
    meBudgetShare: settings.meBudgetShare,
    nearLimitShare: settings.nearLimitShare,
    countRule: { lineBreak: settings.lineBreak },
  };
}

/** Storage keys: one place, so the parts agree. */
export const KEYS = {
  settings: 'settings',
  workbook: 'workbook',
  /** Question kinds the user corrected, by field key. */
  kinds: 'kinds',
  /** Prefix of one draft record per field. */
  draft: 'draft:',
} as const;

export type KindCorrections = Record<string, QuestionKind>;

/** Kind corrections as stored: an object of them, or none. */
export function readKinds(stored: unknown): KindCorrections {
  return typeof stored === 'object' && stored !== null ? (stored as KindCorrections) : {};
}
