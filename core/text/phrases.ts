import { NUMBER_WORDS_SOURCE } from './number-words';
import { type Match, matchesOf, wordStartPhrases } from './spans';

/**
 * Words that say something will be different: "increase", "reduce", "move into work", "fewer", "more confident".
 * Outcomes are written with these; activities are not.
 */
/** Exported for phrases.test.ts, which holds the word-start filter to the plain alternation. */
export const CHANGE = wordStartPhrases(
  [
    '\\b(?:increas|reduc|improv|decreas|lower|boost|strengthen|enhanc|sustain|halv|doubl|shorten|narrow|widen|accelerat|prevent|avoid|lessen|alleviat|overcom|tackl)\\w*',
    '\\b(?:gain|gains|gained|gaining|develop|develops|developed|developing|build|builds|built|grow|grows|grew|growing|rise|rises|rising|fall|falls|drop|drops|cut|cuts)\\b(?!-)(?!\\s+(?:(?:a|an|the|our|their)\\s+)?(?:new\\s+)?(?:website|app|building|toolkit|resource|programme|partnership|course|curriculum|strategy|plan|network|hub|centre|center|service|volunteer\\s+base|team|membership|capacity|organisation|organization))',
    '\\b(?:mov(?:e|es|ed|ing)|progress(?:es|ed|ing)?|transition(?:s|ed|ing)?)\\s+(?:on\\s+)?(?:into|to|on\\s+to|onto)\\b',
    '\\b(?:enter|enters|entered|entering|secur(?:e|es|ed|ing)|find|finds|found|finding|start|starts|started|starting|return(?:s|ed|ing)?\\s+to|stay(?:s|ed|ing)?\\s+in|remain(?:s|ed|ing)?\\s+in|get|gets|got|getting|achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|obtain(?:s|ed|ing)?|go\\s+on\\s+to|went\\s+on\\s+to)\\s+(?:\\w+\\s+){0,3}?(?:work|jobs?|employment|education|training|apprenticeships?|college|university|qualifications?|housing|accommodation|tenancy|tenancies|school|placements?|business|businesses|enterprises?|courses?|volunteering)\\b',
    // Not "reach many more people": more people reached is reach, not a change for them ("help more young people
    // into work" still is one).
    '\\b(?:fewer|less|more|better|greater|higher|lower|stronger|healthier|safer|happier)(?!(?<=\\b(?:reach|reaching|serve|serving|engage|engaging)\\s+(?:many\\s+|far\\s+|even\\s+|a\\s+lot\\s+)?[a-z]+)\\s+(?:[a-z]+\\s+)?(?:people|children|families|adults|residents|women|men|carers|parents|participants))\\s+(?:\\w+\\s+)?(?:confident|resilient|able|likely|skilled|employable|connected|engaged|independent|people|young|children|families|incidents|admissions|exclusions|arrests|debt|isolated|lonely|stable|secure|wellbeing|well-being|health|attendance|attainment|outcomes|skills|confidence|self-esteem)\\b',
    '\\b(?:less|more)\\s+(?:isolated|lonely|anxious|confident|resilient|independent|likely)\\b',
    // "fewer arguments", "less debt": fewer and less almost always describe a change.
    '\\b(?:fewer|less)\\s+(?!than\\b)[a-z\\u00c0-\\u024f-]{3,}',
    '\\b(?:pass|passes|passed|passing)\\s+(?:their|a|the|an|his|her)?\\s*(?:\\w+\\s+){0,2}(?:tests?|exams?|qualifications?|gcses?|course|assessments?)\\b',
    '\\b(?:fewer|more)\\s+(?:will|would|of\\s+(?:them|these|those|our|the))\\b',
    // A state the work brings about: "will be in work", "will still be in their tenancy".
    '\\b(?:will|to)\\s+(?:be|have\\s+been)\\s+(?:still\\s+)?(?:in|into|back\\s+in)\\s+(?:paid\\s+|full-time\\s+|part-time\\s+|their\\s+|stable\\s+|secure\\s+)?(?:work|jobs?|employment|education|training|apprenticeships?|college|school|housing|accommodation|tenancy|tenancies)\\b',
    // "60% will be active", "70% will say they feel safe": a share with a future state is a target for change.
    "\\b\\d+(?:\\.\\d+)?\\s?%\\s+(?:of\\s+(?:[\\w’'-]+\\s+){1,8}?)?will\\s+(?:be|feel|have|report|say|become|know|use|stay|remain|keep|eat|sleep|attend|take)\\b",
    '\\b(?:no\\s+longer|are\\s+able\\s+to|will\\s+be\\s+able\\s+to|feel(?:s|ing)?\\s+(?:more|less|safer|better|confident|able))\\b',
    // "rebuild their lives", "live happier, healthier lives": vague, but a change all the same.
    '\\b(?:rebuild\\w*\\s+their\\s+lives|(?:live|lead)\\s+(?:[\\w-]+,?\\s+){0,2}?(?:happier|healthier|safer|fuller|more\\s+independent)\\s+lives)\\b',
  ],
  'gi',
);

/** A count of things delivered: "40 workshops", "weekly sessions", "reach 200 young people". Outputs, not outcomes. */
const OUTPUT_NOUNS =
  '(?:workshops?|sessions?|events?|courses?|classes|class|meetings?|drop-ins?|clinics?|visits?|trips?|activities|groups?|packs?|leaflets?|newsletters?|hours?|webinars?|trainings?|training\\s+sessions?|mentoring\\s+sessions?|one-to-ones?|appointments?|referrals?|places|placements?|programmes?|camps?|fairs?|days?\\s+out|outreach\\s+sessions?|calls|exhibitions?|performances?|films?|murals?|shows?|showcases?|podcasts?|parcels?|meals?|kits?|boxes|hampers?|vouchers?|devices?|laptops?|leaflets?|resources?|toolkits?)';
// Checked once a count has matched (a look-behind at every word start would cost a scan of its own).
const NOT_A_RATIO_BASE = '(?<!\\b(?:one|a|\\d+)\\s+(?:in|out\\s+of)\\s+[\\w,-]+)';
export const OUTPUT = wordStartPhrases(
  [
    // Not the "ten" of "one in ten", nor "six months after referral": a ratio's base and a point in time are not
    // things delivered ("12 weeks of mentoring" is).
    `\\b(?:\\d[\\d,]*|${NUMBER_WORDS_SOURCE})${NOT_A_RATIO_BASE}\\s+(?!(?:days?|weeks?|months?|years?|terms?)\\s+(?:after|before|from|since|following|post|later)\\b)(?:[\\w-]+\\s+){0,2}?${OUTPUT_NOUNS}\\b`,
    // "110 will complete all 12 weeks", "180 parents attending our courses": taking part is an output.
    // Not "12 months of joining": a length of time is not people taking part.
    `\\b(?:\\d[\\d,]*|${NUMBER_WORDS_SOURCE})${NOT_A_RATIO_BASE}\\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|terms?)\\b)(?:[\\w-]+\\s+){0,3}?(?:will\\s+(?:join|complete|attend|do|take\\s+part|start|enrol|sign\\s+up|finish|access|use)|attending|taking\\s+part|joining|completing)\\b`,
    `\\b(?:weekly|fortnightly|monthly|daily|regular|termly)\\s+(?:[\\w-]+\\s+){0,2}?${OUTPUT_NOUNS}\\b`,
    `\\b(?:deliver|delivers|delivered|delivering|run|runs|ran|running|hold|holds|held|holding|host|hosts|hosted|hosting|provide|provides|provided|providing|offer|offers|offered|offering|organis|organiz|facilitat|distribut|produc)\\w*\\s+(?:\\w+\\s+){0,3}?${OUTPUT_NOUNS}\\b`,
  ],
  'gi',
);

/** People reached: "reach 200 young people", "work with 80 families", "support 150 people a year". */
const PEOPLE =
  '(?:people|persons|individuals|young\\s+people|children|families|parents|carers|adults|pupils|students|participants|learners|women|men|girls|boys|residents|households|beneficiaries|clients|service\\s+users|members|volunteers|veterans|refugees|survivors|patients|older\\s+people|young\\s+adults|rough\\s+sleepers|tenants|young\\s+carers|offenders|ex-offenders|prisoners|asylum\\s+seekers|job\\s?seekers|care\\s+leavers|leavers|mothers|fathers|babies|teenagers|graduates|homeless\\s+people|disabled\\s+people|passengers|callers|visitors|guests|users|trainees|apprentices)';
const COUNT = `(?:\\d[\\d,]*|${NUMBER_WORDS_SOURCE})`;
const REACH_VERB =
  '(?:reach|reaches|reached|reaching|engage|engages|engaged|engaging|support|supports|supported|supporting|work\\s+with|works\\s+with|worked\\s+with|working\\s+with|help|helps|helped|helping|serve|serves|served|serving|benefit|benefits|benefited|benefiting|enrol|enrols|enroll|enrolled|enrolling|recruit|recruits|recruited|recruiting|see|sees|saw|seeing|train|trains|trained|training|welcome|welcomes|welcomed|welcoming|carry|carries|carried|carrying|transport|transports|transported|house|houses|housed|feed|feeds|fed|accommodate|accommodates|accommodated|give|gives|gave|giving|provide|provides|provided|offer|offers|offered)';
/** A number of people: "200 young people", "80 of our families". */
const COUNTED_PEOPLE = `${COUNT}\\s+(?:[\\w-]+\\s+){0,3}?${PEOPLE}`;
const REACH = new RegExp(
  `\\b${REACH_VERB}\\s+(?:over\\s+|around\\s+|about\\s+|approximately\\s+|at\\s+least\\s+|up\\s+to\\s+|more\\s+than\\s+|some\\s+)?${COUNTED_PEOPLE}\\b` +
    // The two forms that start at a number both need people after it. Most numbers have none, and the look-ahead
    // turns them away once rather than in each form: a sixth of the cost of finding reach phrases.
    `|\\b(?=${COUNTED_PEOPLE}\\s)(?:` +
    `${COUNTED_PEOPLE}\\s+(?:(?:who|that)\\s+)?we\\s+(?:will\\s+)?(?:support|work\\s+with|reach|help|see|serve|engage)\\b` +
    `|${COUNTED_PEOPLE}\\s+(?:will\\s+)?(?:attend|attended|take\\s+part|took\\s+part|participate|participated|benefit|benefited|access|accessed|receive|received|use|used|join|joined|be\\s+(?:reached|supported|engaged|helped|referred)|were\\s+(?:reached|supported|engaged|helped|referred))\\b)`,
  'gi',
);

/** Phrases that sound like outcomes but say nothing a funder could check. */
const VAGUE = new RegExp(
  [
    '\\braise(?:s|d)?\\s+(?:\\w+\\s+)?awareness\\b',
    '\\braising\\s+(?:\\w+\\s+)?awareness\\b',
    '\\bempower(?:s|ed|ing|ment)?\\b',
    '\\bmake\\s+(?:a|an)\\s+(?:real\\s+|positive\\s+|lasting\\s+|big\\s+|huge\\s+|genuine\\s+)?(?:difference|impact)\\b',
    '\\bmaking\\s+(?:a|an)\\s+(?:real\\s+|positive\\s+|lasting\\s+)?(?:difference|impact)\\b',
    '\\btransform(?:s|ed|ing)?\\s+(?:their\\s+|people\\S*\\s+|young\\s+people\\S*\\s+)?lives\\b',
    '\\blife[\\s-](?:changing|transforming)\\b',
    '\\bpositive\\s+(?:impact|change|difference|outcomes?|effect)\\b',
    '\\bimprove\\s+(?:their\\s+)?(?:lives|life\\s+chances|outcomes)\\b',
    '\\bbetter\\s+(?:lives|futures?|outcomes)\\b',
    '\\bbrighter\\s+futures?\\b',
    '\\b(?:reach|fulfil|fulfill|achieve|realise|realize)\\s+(?:their|his|her)\\s+(?:full\\s+)?potential\\b',
    '\\bholistic(?:ally)?\\b',
    '\\bsupport\\s+(?:their|people\\S*|young\\s+people\\S*)\\s+(?:journey|needs)\\b',
    '\\b(?:enhance|improve)\\s+(?:their\\s+)?(?:wellbeing|well-being|quality\\s+of\\s+life)\\b(?![^.]{0,200}\\b(?:measured|score|scale|WEMWBS|SWEMWBS)\\b)',
    // Not "on their journey to school": a journey you could take a bus on is not vague.
    '\\bon\\s+their\\s+(?:\\w+\\s+)?journey\\b(?!\\s+(?:to|from)\\s+(?:and\\s+from\\s+)?(?:school|work|college|hospital|appointments?|the\\s+(?:centre|center|hub|club|clinic)))',
    '\\bgiv(?:e|es|ing|en)\\s+(?:them|people|young\\s+people|women|survivors|families)\\s+a\\s+voice\\b',
    '\\brebuild\\w*\\s+their\\s+lives\\b',
  ].join('|'),
  'gi',
);

export const changePhrases = (text: string): Match[] => matchesOf(CHANGE, text);
export const outputPhrases = (text: string): Match[] => matchesOf(OUTPUT, text);
/** Every reach phrase has a number in it: most sentences have none and are skipped at the cost of one scan. */
const HAS_NUMBER = new RegExp(`\\d|\\b${NUMBER_WORDS_SOURCE}\\b`, 'i');

export const reachPhrases = (text: string): Match[] => (HAS_NUMBER.test(text) ? matchesOf(REACH, text) : []);
export const vaguePhrases = (text: string): Match[] => matchesOf(VAGUE, text);
