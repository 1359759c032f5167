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
  from: Element[];
}

/** label[for] elements by id, per document or shadow root: built once per discovery, one query per tree. */
export class LabelIndex {
  private readonly byTree = new Map<Document | ShadowRoot, Map<string, Element[]>>();

  labelsFor(target: Element): Element[] {
    const found: Element[] = [];
    if (target.id) {
      const tree = target.getRootNode() as Document | ShadowRoot;
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
      found.push(...(index.get(target.id) ?? []));
    }
    const wrapping = target.parentElement?.closest('label');
    if (wrapping && !wrapping.hasAttribute('for') && !found.includes(wrapping)) found.push(wrapping);
    return found;
  }
}

/** What the rules need from the discovery they run in. */
export interface LabelContext {
  index: LabelIndex;
  /** How many controls an element holds (a fieldset around several questions is a section, not one field). */
  fieldsIn(el: Element): number;
  /**
   * The text of an element, read once per discovery: the walks for help text read the labels and help of the
   * fields around them (reading each once saved 3% of discovery's time on the 200-field benchmark page).
   */
  textOf(el: Element): string;
}

function usable(text: string): string {
  const label = cleanLabel(text);
  return label !== '' && !isEditorGeneratedLabel(label) ? label : '';
}

function byLabelElement(target: Element, context: LabelContext): LabelFound | null {
  const labels = context.index.labelsFor(target);
  const text = usable(labels.map((label) => context.textOf(label)).join(' '));
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
