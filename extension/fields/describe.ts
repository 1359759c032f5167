import { describedBy, type LabelFound } from './label';
import { surroundings, type WalkContext } from './surroundings';
import type { EditorType, Field } from './types';

/*
 * A field's description: the help and live counters the page shows around it, found by walking the DOM from the
 * field (surroundings.ts) and through aria-describedby. Finding the fields needs none of it (a field with a label of
 * its own is found, named and placed without it), so discovery leaves it to be read on first use, once per field.
 */

export interface Description {
  /** The nearest question text the walk met ('' if none): the label of a field without one of its own. */
  question: string;
  help: string;
  counterText: string;
}

/**
 * @param anchor where the backward walk starts (the field, or the source an editor replaced)
 * @param container the field's own subtree (an editor's container), which the forward walk starts after
 * @param targets the elements whose aria-describedby counts (the field's label targets)
 * @param explicit the field's own label, where the backward walk stops
 */
export function description(
  anchor: Element,
  container: Element,
  targets: readonly Element[],
  explicit: LabelFound | null,
  walk: WalkContext,
): Description {
  const around = surroundings(anchor, container, new Set(explicit?.from ?? []), walk);
  const described = describedBy(targets, (el) => walk.cache.textOf(el));
  return {
    question: around.question,
    help: dedupe([...described.texts, ...around.help]).join('\n'),
    counterText: around.counters.join('\n'),
  };
}

/**
 * A field whose help and counter text are read by `describe` when either is first asked for, and kept. Until then
 * the field holds `describe` and with it the discovery it came from (its caches of the page's controls and texts).
 */
export function describedLater(
  found: Omit<Field, 'help' | 'counterText'>,
  describe: Description | (() => Description),
): Field {
  return new LazilyDescribed(found, describe);
}

class LazilyDescribed implements Field {
  key: string;
  readonly element: HTMLElement;
  readonly editor: EditorType;
  readonly label: string;
  readonly maxLength: number | null;
  private pending: (() => Description) | null;
  private read: Description | null;

  constructor(found: Omit<Field, 'help' | 'counterText'>, describe: Description | (() => Description)) {
    this.key = found.key;
    this.element = found.element;
    this.editor = found.editor;
    this.label = found.label;
    this.maxLength = found.maxLength;
    this.pending = typeof describe === 'function' ? describe : null;
    this.read = typeof describe === 'function' ? null : describe;
  }

  get help(): string {
    return this.described().help;
  }

  get counterText(): string {
    return this.described().counterText;
  }

  private described(): Description {
    if (this.read === null) {
      this.read = (this.pending as () => Description)();
      this.pending = null;
    }
    return this.read;
  }
}

/**
 * Reads a field's description now, if it was not read yet. The session does so for every field as it arrives: a
 * counter that counts down ("500 words remaining") says the limit only while the box is still empty.
 */
export function describeField(field: Field): void {
  void field.help;
}

function dedupe(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    if (out.some((kept) => kept.includes(text))) continue;
    for (let i = out.length - 1; i >= 0; i--) if (text.includes(out[i] ?? '')) out.splice(i, 1);
    out.push(text);
  }
  return out;
}
