import { defineRule, type RawFinding } from '../define';
import { sentenceAround } from './helpers';

/**
 * Appeals to evidence that name no source, and claims that a funder will want proof of. Every phrase starts at a
 * word, so the word-start filter in front changes no match; it lets the scan of each answer pass over the rest of the
 * words cheaply. Exported for phrases.test.ts, which holds the filter to the plain alternation.
 */
export const CLAIM =
  /\b(?=[a-z0-9])(?:\b(?:research|studies|evidence|statistics|data|experts?|the\s+literature)\s+(?:(?:clearly|consistently|repeatedly|has|have)\s+){0,2}(?:shows?|showed|shown|proves?|proved|proven|suggests?|demonstrates?|tells?\s+us|indicates?)\b|\b(?:it\s+is|it's)\s+(?:well[\s-](?:known|documented|established)|widely\s+(?:known|recognised|recognized|accepted)|proven|a\s+fact)\b|\b(?:proven|guaranteed)\s+to\b|\bwe\s+are\s+the\s+only\b|\bthe\s+only\s+(?:organisation|organization|charity|service|provider|project|programme)\b|\b(?:first|only)\s+of\s+its\s+kind\b|\bunique(?:ly)?\b|\b(?:all|every)\s+(?:participants?|young\s+people|children|families|people)\s+(?:will|who)\b[^.]*\b(?:improve|gain|achieve|benefit|succeed|move|reduce|increase|see|feel|report|find|get|stop)\w*|\b(?:well\s+|far\s+)?(?:above|higher\s+than|better\s+than)\s+the\s+(?:sector|national|regional|local)\s+average\b|\b100\s?%\s+(?:of\s+(?:participants?|young\s+people|children|families|people)\b|will\b))/gi;

/** A source named near the claim: a year in brackets, "according to", a report or survey, a link. */
const SOURCE =
  /\(\s*[^()]{0,160}?\b(?:19|20)\d{2}[a-z]?\s*\)|\baccording\s+to\b|\bet\s+al\b|\bhttps?:\/\/|\bwww\.|\breport\b|\bsurvey\b|\bpublished\b|\bstudy\s+(?:by|of|from)\b|\bour\s+own\s+(?:data|evaluation|figures|records)\b|\bour\s+(?:[\w-]+\s+)?(?:evaluation|records|data|figures)\s+(?:shows?|showed|found|suggests?|suggested|indicates?)/i;

/** Named bodies, matched with their capitals so that "who" and "trust" in a sentence are not mistaken for them. */
const NAMED_SOURCE =
  /\b(?:ONS|NHS|DfE|DWP|DHSC|MHCLG|Ofsted|NAO|IFS|EEF|NICE|WHO|OECD|UNICEF|JRF|Nesta|Census)\b|\bWhat Works\b|\bYouth Endowment Fund\b|\bJoseph Rowntree\b|\b[A-Z][\w'’-]+\s+(?:Trust|Foundation|Council|Institute|Commission|University|Centre|Center)\b|\b(?:University|Institute)\s+of\s+[A-Z]/;

/** How an "only" or "first" claim is known: a mapping, a directory or a search, with its year. */
const HOW_KNOWN =
  /\b(?:mapp(?:ed|ing)|directory|searched|search\s+of|found\s+no\s+other|confirmed\s+by|commissioner)\b/i;

const named = (text: string) => SOURCE.test(text) || NAMED_SOURCE.test(text);

/** A following sentence counts as the source only when it reads like a citation. */
const CITATION =
  /^\s*\(|\bsource:|\baccording\s+to\b|\bet\s+al\b|\(\s*[^()]{0,160}?\b(?:19|20)\d{2}[a-z]?\s*\)/i;

export default defineRule({
  family: 'answer',
  id: 'unsupported-claim',
  severity: 'warning',
  appliesTo: ['need', 'outcomes', 'summary', 'activities', 'measurement', 'beneficiaries'],
  scope: 'answer',
  summary: 'Appeals to evidence, or claims to be unique or certain, without saying how you know.',
  check({ answer }) {
    const { analysis, text } = answer;
    const findings: RawFinding[] = [];
    CLAIM.lastIndex = 0;
    for (let m = CLAIM.exec(text); m !== null; m = CLAIM.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const sentence = sentenceAround(analysis, span);
      // The source may follow in the next sentence ("… works. (EEF, 2021)").
      const next = text.slice(sentence.end, sentence.end + 160);
      const nextEnd = next.search(/(?<=[.!?])\s/);
      const following = nextEnd < 0 ? next : next.slice(0, nextEnd);
      if (named(sentence.text) || CITATION.test(following)) continue;
      const certain = /^(?:all|every|100)/i.test(m[0]) || /guaranteed/i.test(m[0]);
      const only = /only|unique|first/i.test(m[0]);
      if (only && HOW_KNOWN.test(sentence.text)) continue;
      findings.push({
        message: certain
          ? `"${m[0]}" promises a result for everyone. Funders distrust certainty: give the share you expect and what it is based on.`
          : only
            ? `"${m[0]}" is a claim funders check. Say how you know: a local mapping, a commissioner's statement, a directory search.`
            : `"${m[0]}" without saying whose research or data. Name the source (who and when) so that a funder can trust it.`,
        span,
        suggestion: certain
          ? 'For example: "We expect 60% of participants to … , based on 62% last year (87 of 140)."'
          : 'Add the source in brackets, for example "(Education Endowment Foundation, 2021)".',
      });
    }
    return findings;
  },
});
