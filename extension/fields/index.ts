/*
 * Field discovery: which boxes on a portal page take prose, what the page says about each question (label, help,
 * counters, maxlength), and a key that names it across reloads; and reading and writing their text through the
 * page's own input path. Plain DOM code: the only browser-extension API it needs (chrome.dom.openOrClosedShadowRoot)
 * is passed in.
 */
export { describeField } from './describe';
export { discoverFields } from './discover';
export { readText } from './read-text';
export type { DiscoverOptions, EditorType, Field, SkipReason } from './types';
export { appendText, writeText } from './write-text';
