import { classAndId, isShadowRoot } from './dom';
import { notQuestionText } from './editors';
import { cleanLabel, hasOwnText, INLINE_TAGS, meaningful, textOf } from './text-of';

/*
 * What the page says around a field, found by walking the DOM from the field: backwards to the question (the
 * nearest question text) collecting help on the way, forwards to help and live counters under the box. Walks stop
 * at the previous or next control, so a neighbour's text is never read as this field's, and are bounded in steps.
 *
 * The field's *group* is the largest ancestor (at most four levels up, never the form) that holds no other control:
 * the wrapper most portals draw around one question. Inside it, a label-like element (label, legend, heading role,
 * a class or id saying question/label/prompt/title) is the question; without one the first text in the group is,
 * and the rest is help. Outside it, the nearest text block is the question.
 */

export interface Surroundings {
  /** The nearest question text ('' if none). */
  question: string;
  help: string[];
  counters: string[];
}

export interface WalkContext {
  isControl(el: Element): boolean;
  groupOf(el: Element): Element;
  /** How many controls a document or shadow root holds (not counting those of trees inside it). */
  controlsIn(tree: Node): number;
  /** The iframe element a document is shown in, or null for the top page. */
  frameOf(doc: Document): Element | null;
  /** Text blocks already read, shared by the fields of one discovery (neighbours read the same text). */
  cache: WalkCache;
}

export class WalkCache {
  private readonly texts = new Map<Element, string>();

  textOf(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) {
      text = textOf(el);
      this.texts.set(el, text);
    }
    return text;
  }
}

const BACK_STEPS = 80;
const FORWARD_STEPS = 40;
const STOP_ANCESTORS = new Set(['form', 'body', 'html', 'main', 'dialog']);

const COUNTER_CLASS = /count|remaining|limit|chars|characters|words(?:left)?\b/i;
/** "0 / 2,000 characters", "Word count: 0/300", "250 words remaining"; not "Page 2 of 5" or "Question 3 of 10". */
const COUNTER_TEXT =
  /^\D{0,30}\d[\d,. ]*\s*(?:\/|of|out of)\s*\d[\d,. ]*(?:\s*(?:words?|characters?|chars?)\b.*)?$|\b(?:words?|characters?|chars?)\s*(?:remaining|left)\b|\b(?:remaining|left)\s*:?\s*\d|^(?:word|character)\s+count\b/i;
/** Progress through the form, not through an answer. */
const PROGRESS = /^\s*(?:page|step|question|section|part|stage|screen|item)\b/i;
const HELP_CLASS =
  /help|hint|desc|instruction|guidance|note|sub-?title|sub-?label|caption|explan|tooltip|tip\b|info|detail|supporting|assist/i;
const LABEL_CLASS = /question|label|prompt|title|heading|legend/i;

type TextRole = 'counter' | 'help' | 'label' | 'plain';

function roleByName(el: Element): TextRole | null {
  const names = classAndId(el);
  if (HELP_CLASS.test(names) || el.localName === 'small') return 'help';
  const tag = el.localName;
  if (tag === 'label' || tag === 'legend' || el.getAttribute('role') === 'heading' || LABEL_CLASS.test(names))
    return 'label';
  return null;
}

/** What a text block is: its own class decides before that of the element inside it where the text was met. */
function classify(block: Element, own: Element, text: string): TextRole {
  if (/\d/.test(text) && text.length <= 80 && !PROGRESS.test(text)) {
    if (COUNTER_TEXT.test(text)) return 'counter';
    const names = block === own ? classAndId(block) : `${classAndId(block)} ${classAndId(own)}`;
    if (
      COUNTER_CLASS.test(names) ||
      block.hasAttribute('aria-live') ||
      block.getAttribute('role') === 'status'
    )
      return 'counter';
  }
  return roleByName(block) ?? (block === own ? null : roleByName(own)) ?? 'plain';
}

/** A label-like block that holds help ("Outcomes <span class=instructions>Word limit: 500</span>"): the two apart. */
function splitLabel(block: Element, text: string): { question: string; help: string[] } {
  const help: string[] = [];
  let question = text;
  for (const inner of block.querySelectorAll('*')) {
    if (!HELP_CLASS.test(classAndId(inner)) || help.some((h) => h.includes(textOf(inner)))) continue;
    const part = textOf(inner);
    if (!part) continue;
    help.push(part);
    question = question.replace(part, ' ');
  }
  return { question: cleanLabel(question), help };
}

/** The text block an element with text belongs to: up through inline wrappers, never to an ancestor of `from`. */
function blockOf(el: Element, from: Element): Element {
  let block = el;
  while (INLINE_TAGS.has(block.localName)) {
    const parent = block.parentElement;
    if (parent === null || parent.contains(from)) break;
    block = parent;
  }
  return block;
}

/*
 * Walking in document order and back, skipping the subtrees whose text is not question text. Written out rather
 * than with a TreeWalker: happy-dom's TreeWalker.previousNode skips previous siblings, and these few lines are as
 * fast in a browser.
 */
function skipped(el: Element): boolean {
  return notQuestionText(el, true);
}

/** The element before `node` in document order (its previous sibling's last descendant, or its parent). */
function previousElement(node: Element): Element | null {
  let at = node;
  for (;;) {
    const prev = at.previousElementSibling;
    if (prev === null) return at.parentElement;
    if (skipped(prev)) {
      at = prev;
      continue;
    }
    let deepest: Element = prev;
    for (;;) {
      let child: Element | null = deepest.lastElementChild;
      while (child !== null && skipped(child)) child = child.previousElementSibling;
      if (child === null) return deepest;
      deepest = child;
    }
  }
}

/** The first element after `node` and its whole subtree. */
function nextAfter(node: Element): Element | null {
  for (let at: Element | null = node; at !== null; at = at.parentElement) {
    let next = at.nextElementSibling;
    while (next !== null && skipped(next)) next = next.nextElementSibling;
    if (next !== null) return next;
  }
  return null;
}

/** The element after `node` in document order: its first child, else what follows it. */
function nextElement(node: Element): Element | null {
  let child = node.firstElementChild;
  while (child !== null && skipped(child)) child = child.nextElementSibling;
  return child ?? nextAfter(node);
}

function isInside(el: Element, any: ReadonlySet<Element>): boolean {
  for (const other of any) if (other === el || other.contains(el)) return true;
  return false;
}

/**
 * @param anchor where the backward walk starts (the field, or the source an editor replaced)
 * @param outer the field's own subtree (an editor's container), which the forward walk starts after
 * @param used elements already read as the label: the backward walk stops there
 */
export function surroundings(
  anchor: Element,
  outer: Element,
  used: ReadonlySet<Element>,
  context: WalkContext,
): Surroundings {
  const found: Surroundings = { question: '', help: [], counters: [] };
  let from = anchor;
  let after = outer;
  let stopped = false;
  // A field alone in a shadow root or an iframe whose own tree does not say it all (the question, a counter) goes on
  // from its host or frame element: a component's label or counter is often drawn by the component around it.
  for (let hop = 0; hop < 4; hop++) {
    const group = context.groupOf(from);
    const seen = new Set<Element>();
    if (found.question === '' && !stopped) stopped = backward(from, group, used, context, seen, found);
    forward(after, group, context, seen, found);
    if ((found.question !== '' || stopped) && found.counters.length > 0) break;
    const tree = from.getRootNode();
    if (context.controlsIn(tree) > 1) break;
    const next = isShadowRoot(tree)
      ? tree.host
      : tree.nodeType === 9
        ? context.frameOf(tree as Document)
        : null;
    if (!next) break;
    from = next;
    after = next;
  }
  return found;
}

/** Walks back from `from`; returns true when it stopped at the label already used. */
function backward(
  from: Element,
  group: Element,
  used: ReadonlySet<Element>,
  context: WalkContext,
  seen: Set<Element>,
  found: Surroundings,
): boolean {
  // In the order met, walking back: help, and the group's texts that are not label-like.
  const texts: { text: string; plainInGroup: boolean }[] = [];
  let plainInGroup = 0;
  let stoppedAtLabel = false;
  let node: Element | null = from;
  for (let step = 0; step < BACK_STEPS; step++) {
    node = previousElement(node);
    if (node === null) break;
    if (used.size > 0 && isInside(node, used)) {
      stoppedAtLabel = true;
      break;
    }
    if (node.contains(from)) {
      if (STOP_ANCESTORS.has(node.localName) || node.getAttribute('role') === 'form') break;
      continue;
    }
    if (context.isControl(node)) break;
    if (!hasOwnText(node)) continue;
    const block = blockOf(node, from);
    if (seen.has(block)) continue;
    seen.add(block);
    if (used.size > 0 && isInside(block, used)) {
      stoppedAtLabel = true;
      break;
    }
    const text = context.cache.textOf(block);
    if (!meaningful(text)) continue;
    const inside = group.contains(block);
    if (!inside && plainInGroup > 0) break;
    const role = classify(block, node, text);
    if (role === 'counter') {
      // Outside the group, a counter belongs to the field before.
      if (inside) found.counters.push(text);
    } else if (role === 'help') texts.push({ text, plainInGroup: false });
    else if (role === 'plain' && inside) {
      texts.push({ text, plainInGroup: true });
      plainInGroup++;
    } else if (role === 'label') {
      const split = splitLabel(block, text);
      found.question = split.question;
      texts.push(...split.help.reverse().map((h) => ({ text: h, plainInGroup: false })));
      break;
    } else {
      found.question = cleanLabel(text);
      break;
    }
  }
  // Without a label-like element, the group's first text is the question and the rest is help.
  if (found.question === '' && !stoppedAtLabel && plainInGroup > 0) {
    let first = texts.length - 1;
    while (first >= 0 && !texts[first]?.plainInGroup) first--;
    found.question = cleanLabel(texts[first]?.text ?? '');
    texts.splice(first, 1);
  }
  found.help.unshift(...texts.reverse().map((t) => t.text));
  return stoppedAtLabel;
}

/** Walks forward from the end of `outer`: help and counters in the group, then counters and help-classed text just after. */
function forward(
  outer: Element,
  group: Element,
  context: WalkContext,
  seen: Set<Element>,
  found: Surroundings,
): void {
  let node = nextAfter(outer);
  for (let step = 0; step < FORWARD_STEPS && node !== null; step++, node = nextElement(node)) {
    if (context.isControl(node)) break;
    if (!hasOwnText(node)) continue;
    const block = blockOf(node, outer);
    if (seen.has(block)) continue;
    seen.add(block);
    const text = context.cache.textOf(block);
    if (!meaningful(text)) continue;
    const role = classify(block, node, text);
    const inside = group.contains(block);
    if (role === 'counter') found.counters.push(text);
    else if (inside || role === 'help') found.help.push(text);
    else break;
  }
}
