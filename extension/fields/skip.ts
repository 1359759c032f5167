import type { Limit } from '../../core/questions/types';
import type { SkipReason } from './types';

/*
 * Which controls are not prose fields. The checks that need only attributes run before any label is read (cheap,
 * and they decide most decoys); the ones that read the label (titles, names, money cells, the prose-input rule)
 * run after.
 */

/** Grammarly's opt-outs and Impact Lens's own, on the field or any ancestor. */
export const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-impact-lens="off"]';

/**
 * Everything on the element or above it that makes attributeSkip look closer: an opt-out, a disabled or read-only
 * state, a password type, an autocomplete token. An ancestor matching the element's part only costs the slower path.
 */
const ANY_ATTRIBUTE_SKIP = `${OPT_OUT}, [aria-disabled="true"], fieldset[disabled], :disabled, [readonly], [aria-readonly="true"], [type="password" i], [autocomplete]`;
const OPT_OUT_OR_DISABLED = `${OPT_OUT}, [aria-disabled="true"], fieldset[disabled]`;

/** Input types that take free text. Every other type (email, tel, number, url, date, password…) is not prose. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/**
 * Controls that held a secret once: a password input a "Show password" button has since made a text input, a field
 * masked and unmasked again. What they hold is still the secret, so they stay what they were.
 */
const heldSecret = new WeakSet<Element>();

export function isTextInput(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  // Discovery asks this of every input it meets: the moment a password input is seen, before a "Show password"
  // button makes it a text input.
  if (type === 'password') heldSecret.add(el);
  return TEXT_INPUT_TYPES.has(type);
}

/** How an element's computed style is read: discovery reads it once per element for several rules. */
export type StyleOf = (el: Element) => CSSStyleDeclaration | null;

const computedStyle: StyleOf = (el) => el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;

/** Masked as a password is (`-webkit-text-security`), whatever the element is. */
function isMasked(el: Element, styleOf: StyleOf): boolean {
  const security = styleOf(el)?.getPropertyValue('-webkit-text-security') ?? '';
  return security !== '' && security !== 'none';
}

/**
 * A password input, a masked field, or one that was either. The session asks this of a field before saving what is
 * typed in it: a page can mask a field, or turn a text input into a password one, at any time.
 */
export function isSecretElement(el: Element, styleOf: StyleOf = computedStyle): boolean {
  if (heldSecret.has(el)) return true;
  if ((el.getAttribute('type') ?? '').toLowerCase() !== 'password' && !isMasked(el, styleOf)) return false;
  heldSecret.add(el);
  return true;
}

/** Input types that are controls at all (a boundary between questions), as opposed to buttons and hidden inputs. */
const NOT_A_CONTROL = new Set(['hidden', 'button', 'submit', 'reset', 'image']);

export function isControlInput(el: Element): boolean {
  return !NOT_A_CONTROL.has((el.getAttribute('type') ?? '').toLowerCase());
}

/**
 * Attribute checks on the element (and its editor's source and container): opt-out, disabled, read-only, password
 * (or masked, now or before), payment, and names that say a secret or an identity number.
 */
export function attributeSkip(
  el: Element,
  related: readonly Element[],
  styleOf: StyleOf = computedStyle,
): SkipReason | null {
  // One selector match for the common case (no opt-out, not disabled, nothing on the element that the checks
  // below read): then only a mask and the names are left to check. Which one it was only when one hits.
  if (related.length === 0 && el.closest(ANY_ATTRIBUTE_SKIP) === null) {
    if (heldSecret.has(el) || isMasked(el, styleOf)) {
      heldSecret.add(el);
      return 'password';
    }
    return nameSkip(el);
  }
  const hit = el.closest(OPT_OUT_OR_DISABLED);
  if (hit?.matches(OPT_OUT)) return 'opt-out';
  for (const target of related) if (target.closest(OPT_OUT) !== null) return 'opt-out';
  if (hit || el.matches(':disabled')) return 'disabled';
  if ((el as HTMLInputElement).readOnly === true || el.getAttribute('aria-readonly') === 'true')
    return 'read-only';
  if (isSecretElement(el, styleOf)) return 'password';
  for (let i = -1; i < related.length; i++) {
    const target = i < 0 ? el : (related[i] as Element);
    const reason = autocompleteSkip(target.getAttribute('autocomplete') ?? '');
    if (reason) return reason;
    // The element's own type was read by isSecretElement.
    if (i >= 0 && (target.getAttribute('type') ?? '').toLowerCase() === 'password') return 'password';
    const named = nameSkip(target);
    if (named) return named;
  }
  return null;
}

/** Payment details, secrets and identity numbers, by a field's name and id. */
function nameSkip(target: Element): SkipReason | null {
  const names = namesOf(target);
  if (PAYMENT_NAME.test(names)) return 'payment';
  return secretNameSkip(names);
}

/** Passwords, PINs and security answers by the words of a field's name or id ("user_password", "pinCode"). */
const SECRET_NAME =
  /\b(?:password|passwd|pwd|passcode|passphrase|pin|otp|memorable|security (?:answer|question)|secret (?:answer|question)|maiden)\b/;
/** ... and identity numbers ("ni_number", "nino", "passportNo", "utr"). */
const IDENTITY_NAME =
  /\b(?:national insurance|ni (?:no|num|number)|nino|ssn|social (?:security|insurance)|passport|utr|taxpayer|tax (?:id|ref|reference|number|no|file|code)|tin|tfn|itin|aadhaa?r|nhs (?:no|num|number)|(?:driving|drivers?) licen[cs]e|national id)\b/;

/**
 * A letter run every name SECRET_NAME or IDENTITY_NAME matches holds, found in one pass over the raw name and id:
 * splitting names into words took a twentieth of discovery's time on the 200-field benchmark page, for names that
 * hold none of these.
 */
const SECRET_OR_IDENTITY_HINT =
  /pass|pwd|pin|otp|memorable|secur|secret|maiden|nation|ni|ssn|social|utr|tax|tin|tfn|aadha|nhs|driv|licen/i;

/** @param names a field's name and id (`namesOf`) */
function secretNameSkip(names: string): SkipReason | null {
  if (!SECRET_OR_IDENTITY_HINT.test(names)) return null;
  const words = wordsOfNames(names);
  if (SECRET_NAME.test(words)) return 'password';
  if (IDENTITY_NAME.test(words)) return 'personal';
  return null;
}

const PERSONAL_AUTOCOMPLETE =
  /^(?:name|honorific-prefix|given-name|additional-name|family-name|honorific-suffix|nickname|username|email|tel(?:-.*)?|organization(?:-title)?|street-address|address-line\d|address-level\d|postal-code|country(?:-name)?|url|bday(?:-.*)?|sex|impp|photo|language|one-time-code)$/;

/** An autocomplete token says what a field is for: payment cards, passwords and personal details are not prose. */
function autocompleteSkip(autocomplete: string): SkipReason | null {
  if (autocomplete === '') return null;
  for (const token of autocomplete.toLowerCase().split(/\s+/)) {
    if (token.startsWith('cc-') || token.startsWith('transaction-')) return 'payment';
    if (token === 'current-password' || token === 'new-password') return 'password';
    if (PERSONAL_AUTOCOMPLETE.test(token)) return 'personal';
  }
  return null;
}

/** Card numbers, security codes, bank details: by the field's name or id. */
const PAYMENT_NAME =
  /card|\bcc[-_]?(?:num|number|exp|csc|cvc|cvv)|cvv|cvc|\bcsc\b|iban|sort[-_ ]?code|account[-_ ]?(?:number|no\b|num)|routing[-_ ]?number|\bbic\b|swift|expir/i;
/** ... and by the words of its label. */
const PAYMENT_LABEL =
  /\b(?:card number|name on (?:the )?card|security code|cvv|cvc|iban|sort code|account number|routing number|expiry date|expiration date|bic|swift code)\b/i;

/**
 * Payment details, secrets and identity numbers, by the words of the label: discovery reports all of them as
 * 'payment'.
 */
export function labelPaymentSkip(label: string): boolean {
  return PAYMENT_LABEL.test(label) || isSecretLabel(label);
}

/** What asks for a secret: passwords, PINs, memorable and security answers, one-time codes. */
const SECRET_WORDS = [
  'pass ?words?',
  'passphrase',
  'pass ?codes?',
  'pin (?:number|code)',
  'memorable (?:word|information|data|date|name|place|phrase)',
  '(?:security|secret) (?:question|answer|word|code)s?',
  "(?:mother'?s? )?maiden name",
  'one[- ]time (?:code|password|passcode)',
  '(?:verification|authentication) code',
].join('|');
/** What asks for an identity number, in the UK and beyond (bank details too). */
const IDENTITY_WORDS = [
  'national insurance (?:number|no)',
  'ni (?:number|no)',
  'nino',
  'social (?:security|insurance) (?:number|no)',
  'passport (?:number|no)',
  "(?:driving|driver'?s?) licen[cs]e (?:number|no)",
  '(?:unique )?tax ?payer (?:reference|id|identification number|number)',
  'tax (?:identification |file |reference |registration )?(?:number|no|reference|id|code)',
  '(?:nhs|chi|pps|ird|medicare) (?:number|no)',
  'health (?:and care |card |insurance )?number',
  'national (?:id|identity|identification) (?:card )?(?:number|no)',
  '(?:identity|id) (?:card|document) number',
  'aadhaa?r',
  'personnummer',
  'burgerservicenummer',
  'steuer-?id',
  'codice fiscale',
  'bank (?:account )?(?:number|no|details)',
  'building society (?:roll |account )?number',
  'roll number',
].join('|');
/**
 * A letter run every match of SECRET_WORDS or IDENTITY_WORDS holds ("pass", "number", "code"…): a label without any
 * is not asked the long patterns.
 */
const SECRET_HINT =
  /pass|pin|memorable|secur|secret|maiden|code|codice|number|nummer|\bno\b|nino|aadha|steuer|tax|bank/i;
const SECRET_LABEL = new RegExp(String.raw`\b(?:${SECRET_WORDS}|${IDENTITY_WORDS})\b`, 'i');
/** Acronyms in capitals only: "PIN" is a secret, "pin" may be a verb. */
const SECRET_ACRONYM = /\b(?:PIN|OTP|SSN|SIN|UTR|TIN|TFN|ITIN|NINO|NINo|PPSN|BSN|NIF|NIE|DNI|CPF|CURP)\b/;
const ASKS_FOR_OWN = new RegExp(
  String.raw`\b(?:your|their|applicant'?s)\s+(?:${SECRET_WORDS}|${IDENTITY_WORDS})\b`,
  'i',
);

/**
 * A label that asks for a secret or an identity number: a short one that names it ("National Insurance number",
 * "Security question answer", "PIN"), or a longer one that asks for the user's own ("please give your passport
 * number so that…"). A question that only mentions one ("how you help refugees get passports") is prose.
 */
export function isSecretLabel(label: string): boolean {
  if (!SECRET_HINT.test(label) && !SECRET_ACRONYM.test(label)) return false;
  const core = labelCore(label);
  if (ASKS_FOR_OWN.test(core)) return true;
  return wordCount(core) <= 12 && (SECRET_LABEL.test(core) || SECRET_ACRONYM.test(label));
}

/** Titles, names, e-mail addresses, phone numbers, addresses and web sites: by the label or the name/id tokens. */
const PERSONAL_LABEL =
  /\b(?:title|(?:first|last|full|given|family|middle|sur|user|contact|organi[sz]ation(?:'s)?|org|company|charity|applicant|project|your) ?name|name|surname|e-?mail(?: address)?|phone|telephone|mobile|tel|fax|post ?code|zip(?: code)?|postal code|address|website|web site|url|date of birth)\b/i;
const PERSONAL_TOKENS = new Set([
  'title',
  'name',
  'firstname',
  'lastname',
  'fullname',
  'surname',
  'username',
  'email',
  'mail',
  'phone',
  'telephone',
  'tel',
  'mobile',
  'fax',
  'postcode',
  'zip',
  'address',
  'website',
  'url',
]);

/** A field's name and id, as one string. */
function namesOf(el: Element): string {
  return `${el.getAttribute('name') ?? ''} ${el.id}`;
}

/** The words of a field's name and id, lower case, one space apart ("pinCode" → "pin code"). */
function wordsOfNames(names: string): string {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

function nameTokens(el: Element): string[] {
  const words = wordsOfNames(namesOf(el));
  return words === '' ? [] : words.split(' ');
}

/** The label without what it says in brackets ("Project title (max 15 words)" → "Project title"). */
function labelCore(label: string): string {
  return label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
}

/** Runs of non-space characters (as `\s` has it), counted without building them. */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(text[i] as string);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * A single-line input that takes a title, a name, an e-mail address or a phone number is never prose, whatever its
 * limit: a short label that names one ("Project title", "Organisation name (max 100 characters)"), or such a token in
 * its name or id. A long label that merely uses the word ("Name the partners you will work with") does not count.
 */
export function isPersonalInput(el: Element, label: string): boolean {
  const core = labelCore(label);
  return (wordCount(core) <= 6 && PERSONAL_LABEL.test(core)) || hasPersonalName(el);
}

/** The name or id of a single-line input says it is for a title, a name or contact details: no label need be read. */
export function hasPersonalName(el: Element): boolean {
  return nameTokens(el).some((token) => PERSONAL_TOKENS.has(token));
}

const CURRENCY = /[£$€¥₹]/;
const MONEY_WORDS =
  /\b(?:amount|cost|costs|price|salary|salaries|fee|fees|budget|total|sum|gbp|usd|eur|funding requested|grant requested|match funding)\b/i;
const MONEY_TOKENS = new Set(['amount', 'cost', 'price', 'salary', 'fee', 'total', 'sum']);

/**
 * A money cell: a numeric keyboard, a currency sign in the label or just before the box, or (when no limit is stated)
 * money words in a short label or in the name. A field whose stated limit is in words takes sentences, so "Budget
 * justification (max 200 words)" is prose.
 */
export function isMoneyInput(el: Element, label: string, statedLimit: Limit | null): boolean {
  if (statedLimit?.unit === 'words') return false;
  const inputMode = (el.getAttribute('inputmode') ?? '').toLowerCase();
  if (inputMode === 'decimal' || inputMode === 'numeric') return true;
  const prefix = el.previousElementSibling?.textContent ?? '';
  if (/^\s*[£$€¥₹]\s*$/.test(prefix) || CURRENCY.test(label)) return true;
  if (statedLimit !== null) return false;
  const core = labelCore(label);
  if (wordCount(core) <= 4 && MONEY_WORDS.test(core)) return true;
  return nameTokens(el).some((token) => MONEY_TOKENS.has(token));
}

/** The prose-input rule: a single-line input is prose only with a stated limit or maxlength ≥ 300. */
export function isProseInput(el: HTMLInputElement, statedLimit: Limit | null): boolean {
  return statedLimit !== null || el.maxLength >= 300;
}
