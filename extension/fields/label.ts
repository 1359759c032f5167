import { isEditorGeneratedLabel } from './editors';
import { cleanLabel } from './text-of';

/*
 * A field's label, by these rules in order: label[for] (or a wrapping label), aria-labelledby,
 * aria-label, the legend of a fieldset that holds only this field, then the nearest question text (surroundings.ts).
 * Each rule is asked of the field's label targets in turn: the source textarea an editor replaced (whose label is
 * the field's label), else the editable and then its editor's container. A label an editor generates ("Rich Text
 * Editor. Editing area: main", "Rich Text Area") never wins: the next rule is asked instead.
 */

export interface LabelFound {
  text: string;
  /** The elements the label was read from (the walk for help text stops there). */
  from: readonly Element[];
}

/** label[for] elements by id, per document or shadow root: built once per discovery, one query per tree. */
export class LabelIndex {
  private readonly byTree = new Map<Document | ShadowRoot, Map<string, Element[]>>();
  /** Whether each tree holds a label with no `for`, the only kind that labels what it wraps: one query per tree. */
  private readonly wrapsIn = new Map<Document | ShadowRoot, boolean>();

  labelsFor(target: Element): readonly Element[] {
    let found: readonly Element[] = [];
    const tree = target.getRootNode() as Document | ShadowRoot;
    if (target.id) {
      let index = this.byTree.get(tree);
      if (!index) {
        index = new Map();
        for (const label of tree.querySelectorAll('label[for]')) {
          const id = label.getAttribute('for') ?? '';
          const list = index.get(id);
          if (list) list.push(label);
          else index.set(id, [label]);
        }
        this.byTree.set(tree, index);
      }
      found = index.get(target.id) ?? found;
    }
    let wraps = this.wrapsIn.get(tree);
    if (wraps === undefined) {
      wraps = tree.querySelector('label:not([for])') !== null;
      this.wrapsIn.set(tree, wraps);
    }
    const wrapping = wraps ? target.parentElement?.closest('label') : null;
    if (wrapping && !wrapping.hasAttribute('for') && !found.includes(wrapping)) return [...found, wrapping];
    return found;
  }
}

/** What the rules need from the discovery they run in. */
export interface LabelContext {
  index: LabelIndex;
  /** How many controls an element holds (a fieldset around several questions is a section, not one field). */
  fieldsIn(el: Element): number;
  /** The text of an element, as a person reads it (`textOf`). */
  textOf(el: Element): string;
}

function usable(text: string): string {
  const label = cleanLabel(text);
  return label !== '' && !isEditorGeneratedLabel(label) ? label : '';
}

function byLabelElement(target: Element, context: LabelContext): LabelFound | null {
  const labels = context.index.labelsFor(target);
  if (labels.length === 0) return null;
  const text = usable(
    labels.length === 1
      ? context.textOf(labels[0] as Element)
      : labels.map((l) => context.textOf(l)).join(' '),
  );
  return text ? { text, from: labels } : null;
}

function byLabelledBy(target: Element, context: LabelContext): LabelFound | null {
  const ids = (target.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length === 0) return null;
  const tree = target.getRootNode() as Document | ShadowRoot;
  const from: Element[] = [];
  for (const id of ids) {
    const el = tree.getElementById(id);
    if (el) from.push(el);
  }
  const text = usable(from.map((el) => context.textOf(el)).join(' '));
  return text ? { text, from } : null;
}

function byAriaLabel(target: Element): LabelFound | null {
  const text = usable(target.getAttribute('aria-label') ?? '');
  return text ? { text, from: [] } : null;
}

function byLegend(target: Element, context: LabelContext): LabelFound | null {
  const fieldset = target.closest('fieldset');
  if (!fieldset || context.fieldsIn(fieldset) > 1) return null;
  const legend = fieldset.querySelector(':scope > legend');
  const text = legend ? usable(context.textOf(legend)) : '';
  return legend && text ? { text, from: [legend] } : null;
}

const RULES = [byLabelElement, byLabelledBy, byAriaLabel, byLegend];

/** The first rule that gives a label, asked of each target in turn. */
export function explicitLabel(targets: readonly Element[], context: LabelContext): LabelFound | null {
  for (const rule of RULES) {
    for (const target of targets) {
      const found = rule(target, context);
      if (found) return found;
    }
  }
  return null;
}

/** Texts of the elements aria-describedby names, and the elements themselves. */
export function describedBy(
  targets: readonly Element[],
  textOf: (el: Element) => string,
): { texts: string[]; from: Element[] } {
  const texts: string[] = [];
  const from: Element[] = [];
  for (const target of targets) {
    const ids = (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const tree = target.getRootNode() as Document | ShadowRoot;
    for (const id of ids) {
      const el = tree.getElementById(id);
      if (!el || from.includes(el)) continue;
      const text = textOf(el);
      if (text) texts.push(text);
      from.push(el);
    }
  }
  return { texts, from };
}
