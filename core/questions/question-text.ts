/*
 * Portal labels arrive with typographic quotes, non-breaking spaces, en dashes and numbering ("3.", "Question 2:").
 * Patterns are written for plain text, so every question is put into one plain form first, in one linear pass.
 */

const TYPOGRAPHY =
  /[\u2018\u2019\u201b\u2032]|[\u201c\u201d\u201f\u2033]|[\u2010-\u2015\u2212]|[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

function plainCharacter(found: string): string {
  const code = found.charCodeAt(0);
  if (code === 0x2018 || code === 0x2019 || code === 0x201b || code === 0x2032) return "'";
  if (code === 0x201c || code === 0x201d || code === 0x201f || code === 0x2033) return '"';
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  return ' ';
}

/** Straight quotes, plain hyphens and single spaces, so that one pattern matches every portal's typography. */
export function plainText(text: string): string {
  return text.replace(TYPOGRAPHY, plainCharacter).trim();
}

// "3.", "Q2)", "Question 4:", "Section B -", "a)": numbering says where a question sits, not what it asks.
const NUMBERING =
  /^(?:(?:question|section|part|q)\s*[0-9]{1,3}[a-z]?\s*[:.)-]?|[0-9]{1,3}[a-z]?[.)]|[a-z][.)])\s+/i;

/** The label without its leading number, so that the first words a question says are its first ask. */
export function withoutNumbering(label: string): string {
  return label.replace(NUMBERING, '');
}
