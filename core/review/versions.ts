import * as z from 'zod/mini';
import { type Link, LinkSchema, NodeSchema, type TocNode, type Workbook } from '../model/schema';
import { formatLongDate, validDayNumber } from '../util/calendar';

/** The theory of change as it stood on a day: what Save a version keeps, and Compare versions reads. */
export interface TocVersion {
  /** ISO day it was saved. */
  saved: string;
  nodes: TocNode[];
  links: Link[];
}

const TocVersionSchema = z.strictObject({
  saved: z.string().check(z.refine((s: string) => validDayNumber(s) !== undefined)),
  nodes: z.array(NodeSchema),
  links: z.array(LinkSchema),
});

/** A saved version as stored (JSON), or undefined when it is not one: a damaged version is left out, not guessed at. */
export function readTocVersion(json: string): TocVersion | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const result = TocVersionSchema.safeParse(parsed);
  return result.success ? result.data : undefined;
}

export const CHANGE_KINDS = [
  'added',
  'removed',
  'reworded',
  'link-moved',
  'link-added',
  'link-removed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface VersionChange {
  kind: ChangeKind;
  /** The step the change is about (for a link, the step it starts from). */
  id: string;
  sentence: string;
}

export function tocVersion(workbook: Workbook, saved: string): TocVersion {
  return {
    saved,
    nodes: workbook.nodes.map((n) => ({ ...n })),
    links: workbook.links.map((l) => ({ ...l })),
  };
}

/** Text compared as a reader sees it: runs of spaces and line breaks are one space. */
const same = (a: string | undefined, b: string | undefined) =>
  (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim();

function targetsOf(links: readonly Link[]): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  for (const { from, to } of links) {
    const known = targets.get(from) ?? [];
    if (!known.includes(to)) targets.set(from, [...known, to]);
  }
  return targets;
}

function rewording(id: string, was: TocNode, now: TocNode): VersionChange[] {
  const changes: VersionChange[] = [];
  if (!same(was.statement, now.statement)) {
    changes.push({
      kind: 'reworded',
      id,
      sentence: `${id} was "${was.statement}"; it is now "${now.statement}".`,
    });
  }
  if (!same(was.assumptions, now.assumptions)) {
    const said = (a: string | undefined) => (a?.trim() ? `"${a.trim()}"` : 'none');
    changes.push({
      kind: 'reworded',
      id,
      sentence: `${id}'s assumptions were ${said(was.assumptions)}; they are now ${said(now.assumptions)}.`,
    });
  }
  if (was.level !== now.level) {
    changes.push({
      kind: 'reworded',
      id,
      sentence: `${id} was an ${was.level} step; it is now an ${now.level} step.`,
    });
  }
  return changes;
}

function linkChanges(id: string, was: readonly string[], now: readonly string[]): VersionChange[] {
  const gone = was.filter((t) => !now.includes(t));
  const added = now.filter((t) => !was.includes(t));
  if (gone.length > 0 && added.length > 0) {
    return [
      {
        kind: 'link-moved',
        id,
        sentence: `${id} led to ${gone.join(', ')}; it now leads to ${added.join(', ')} instead.`,
      },
    ];
  }
  if (added.length > 0) {
    return [{ kind: 'link-added', id, sentence: `${id} now also leads to ${added.join(', ')}.` }];
  }
  if (gone.length > 0) {
    return [{ kind: 'link-removed', id, sentence: `${id} no longer leads to ${gone.join(', ')}.` }];
  }
  return [];
}

/**
 * What changed in the theory of change from one saved version to a later one, step by step in the later version's
 * order (then the removed steps): steps added and removed, reworded (statement, assumptions or level), and links
 * moved, added or removed from steps in both. A new step's links are part of its being added.
 */
export function compareVersions(before: TocVersion, after: TocVersion): VersionChange[] {
  const was = new Map(before.nodes.map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  const wasTargets = targetsOf(before.links);
  const nowTargets = targetsOf(after.links);
  const changes: VersionChange[] = [];
  for (const node of after.nodes) {
    const old = was.get(node.id);
    if (!old) {
      const leads = nowTargets.get(node.id);
      changes.push({
        kind: 'added',
        id: node.id,
        sentence: `${node.id} was added: "${node.statement}"${leads ? `, leading to ${leads.join(', ')}` : ''}.`,
      });
      continue;
    }
    changes.push(...rewording(node.id, old, node));
    changes.push(...linkChanges(node.id, wasTargets.get(node.id) ?? [], nowTargets.get(node.id) ?? []));
  }
  for (const node of before.nodes) {
    if (!now.has(node.id)) {
      changes.push({
        kind: 'removed',
        id: node.id,
        sentence: `${node.id} was removed: "${node.statement}".`,
      });
    }
  }
  return changes;
}

/** "Since 31 March 2026: 4 changes." or that nothing changed: the heading of a comparison. */
export function describeComparison(
  before: TocVersion,
  after: TocVersion,
  changes: readonly VersionChange[],
): string {
  const span = `From the version of ${formatLongDate(before.saved)} to that of ${formatLongDate(after.saved)}`;
  if (changes.length === 0) return `${span}: nothing changed.`;
  return `${span}: ${changes.length} change${changes.length === 1 ? '' : 's'}.`;
}
