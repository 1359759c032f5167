import type { CheckConfig } from '../../core/checks/define';
import { DEFAULT_CONFIG } from '../../core/checks/define';
import { QUESTION_KINDS, type QuestionKind } from '../../core/questions/types';
import { z } from './zod';

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
  /** A linked Google Sheet read longer ago than this is read again when the side panel opens. */
  sheetMaxAgeMinutes: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  sites: [],
  disabledChecks: [],
  meBudgetShare: DEFAULT_CONFIG.meBudgetShare,
  nearLimitShare: DEFAULT_CONFIG.nearLimitShare,
  lineBreak: 1,
  draftMaxAgeDays: 180,
  sheetMaxAgeMinutes: 60,
};

const share = z.number().check(z.gte(0), z.lte(1));

/** What each stored setting must be: one that is missing here, or lets through another type, does not compile. */
const SETTING_SCHEMAS: { [K in keyof Settings]: z.ZodMiniType<Settings[K]> } = {
  sites: z.array(z.string()),
  disabledChecks: z.array(z.string()),
  meBudgetShare: share,
  nearLimitShare: share,
  lineBreak: z.literal([1, 2]),
  draftMaxAgeDays: z.number().check(z.gte(1), z.lte(3650), z.overwrite(Math.round)),
  sheetMaxAgeMinutes: z.number().check(z.gte(1), z.lte(10_080), z.overwrite(Math.round)),
};

// The content script reads settings too: these schemas keep to the few zod/mini parts it already carries.
const STORED_OBJECT = z.looseObject({});

/** A stored object, or an empty one (with a warning) when something else was stored under `what`. */
function storedObject(stored: unknown, what: string): Record<string, unknown> {
  if (stored === undefined) return {};
  const parsed = STORED_OBJECT.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn(`Impact Lens: the stored ${what} are not an object; using the defaults.`);
  return {};
}

function readSetting<K extends keyof Settings>(key: K, value: unknown): Settings[K] {
  // Not there at all: saved by a version without this setting, or never saved.
  if (value === undefined) return DEFAULT_SETTINGS[key];
  const parsed = SETTING_SCHEMAS[key].safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(
    `Impact Lens: the stored setting "${key}" is not valid (${JSON.stringify(value)}); using the default.`,
  );
  return DEFAULT_SETTINGS[key];
}

/**
 * Settings as stored may be from an older version or edited by hand: each one is read on its own, and one that is
 * not valid falls back to its default without taking the others with it.
 */
export function readSettings(stored: unknown): Settings {
  const s = storedObject(stored, 'settings');
  return {
    sites: readSetting('sites', s.sites),
    disabledChecks: readSetting('disabledChecks', s.disabledChecks),
    meBudgetShare: readSetting('meBudgetShare', s.meBudgetShare),
    nearLimitShare: readSetting('nearLimitShare', s.nearLimitShare),
    lineBreak: readSetting('lineBreak', s.lineBreak),
    draftMaxAgeDays: readSetting('draftMaxAgeDays', s.draftMaxAgeDays),
    sheetMaxAgeMinutes: readSetting('sheetMaxAgeMinutes', s.sheetMaxAgeMinutes),
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
  /** The Google Sheets the user linked, and which one the workbook in use was read from (lib/sheet-link.ts). */
  sheetLinks: 'sheetLinks',
  /** Question kinds the user corrected, by field key. */
  kinds: 'kinds',
  /** The user's answer library: every entry under one key (lib/library-store.ts). */
  library: 'library',
  /** Prefix of one draft record per field. */
  draft: 'draft:',
} as const;

export type KindCorrections = Record<string, QuestionKind>;

const QUESTION_KIND = z.enum(QUESTION_KINDS);

/** Kind corrections as stored: each one read on its own, one that names no kind dropped with a warning. */
export function readKinds(stored: unknown): KindCorrections {
  const kinds: KindCorrections = {};
  for (const [key, value] of Object.entries(storedObject(stored, 'question kind corrections'))) {
    const parsed = QUESTION_KIND.safeParse(value);
    if (parsed.success) kinds[key] = parsed.data;
    else
      console.warn(
        `Impact Lens: the stored question kind of "${key}" is not valid (${JSON.stringify(value)}).`,
      );
  }
  return kinds;
}
