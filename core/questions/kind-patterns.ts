import type { QuestionKind } from './types';

/**
 * What a question asks, as data: phrases with a weight each. The scorer (question-kind.ts) matches all of them in
 * one pass over the label and one over the help text. Patterns are regular-expression sources, matched
 * case-insensitively from the start of a word, on text with straight quotes, plain hyphens and single spaces.
 *
 * Weights:
 * - ASK (5): the question asks for this kind ("what difference will", "how will you measure"). Only an ask in the
 *   label can make another kind give way (see TWO_ASK_RULES).
 * - TOPIC (3-4): a phrase that is about this kind but does not ask ("outcomes", "timeline", "budget").
 * - HINT (1-2): a word that leans this way and is common elsewhere ("goals", "impact", "costs").
 *
 * Keep patterns general: they are phrases any funder might use, never one form's wording. Bounded gaps
 * (`(?:[\w'/-]+ ){0,3}`) keep each match short, so the cost of a scan grows with the text, not its square.
 */
export interface KindPattern {
  kind: QuestionKind;
  pattern: string;
  weight: number;
  /** Names the answer's form (a summary), which outranks what the summary is about. */
  definesForm?: boolean;
  /** Counted only in the label: as a heading it names the field; in help text it is usually a passing mention. */
  labelOnly?: boolean;
  /** Asks for brevity (a few lines or sentences): a description that must be brief is a summary. */
  asksBrevity?: boolean;
}

export const ASK = 5;
const TOPIC = 3;
const STRONG_TOPIC = 4;
const HINT = 2;
const FAINT = 1;

const WORDS_0_2 = "(?:[\\w'/-]+ ){0,2}";
const WORDS_0_3 = "(?:[\\w'/-]+ ){0,3}";
const WORDS_0_4 = "(?:[\\w'/-]+ ){0,4}";
const WORK_NOUNS =
  'project|projects|programme|program|work|service|services|activity|activities|initiative|idea|proposal';
const WORK = `(?:${WORK_NOUNS})`;
const WORK_OR_ORG = `(?:${WORK_NOUNS}|organi[sz]ation|organi[sz]ations|group|charity|application|request)`;
const DETERMINER = '(?:your|the|this|our|its|their)';
const PEOPLE =
  '(?:people|children|young people|participants|beneficiar(?:y|ies)|individuals|families|users|residents|adults|pupils|students|members|clients|learners|carers)';

const outcomes: KindPattern[] = [
  {
    kind: 'outcomes',
    weight: ASK,
    pattern:
      "what (?:[\\w'-]+ )?(?:difference|differences|change|changes|impact|impacts|outcomes?|results|benefits?)\\b",
  },
  {
    kind: 'outcomes',
    weight: ASK,
    pattern: '(?:make|makes|made|making) (?:a |any |the |real |lasting |positive |significant )?difference',
  },
  { kind: 'outcomes', weight: ASK, pattern: `difference ${WORDS_0_4}(?:make|makes|made)\\b` },
  {
    kind: 'outcomes',
    weight: ASK,
    pattern:
      '(?:hope|hoping|hopes|aim|aims|aiming|want|wants|expect|expecting|plan|planning|trying|like|seek|seeking|intend|intending|going|wish) to (?:achieve|accomplish|change|improve|see change)\\b',
  },
  { kind: 'outcomes', weight: ASK, pattern: 'what will (?:be different|change|improve)\\b' },
  {
    kind: 'outcomes',
    weight: ASK,
    pattern: `how (?:will|would|does|did|has) ${DETERMINER} ${WORDS_0_2}(?:impact|change|benefit|help|improve|affect|transform)\\b`,
  },
  {
    kind: 'outcomes',
    weight: ASK,
    pattern: `how ${DETERMINER} ${WORDS_0_2}(?:will|would|does|has) (?:impact|change|benefit|help|improve|affect|transform)\\b`,
  },
  {
    kind: 'outcomes',
    weight: ASK,
    pattern:
      '(?:the )?changes? (?:you|we) (?:want|hope|expect|plan|aim|intend) to (?:see|make|achieve|bring)',
  },
  {
    kind: 'outcomes',
    weight: ASK,
    pattern:
      '(?:expected|intended|anticipated|planned|desired|key|main|project|short[- ]term|medium[- ]term|long[- ]term) (?:outcomes?|results|impacts?|benefits|changes)\\b',
  },
  { kind: 'outcomes', weight: TOPIC, pattern: 'outcomes?\\b' },
  {
    kind: 'outcomes',
    weight: TOPIC,
    pattern:
      "(?:your|the|its|their|our|this|intended|expected|anticipated|lasting|likely|social|long[- ]term|overall|organi[sz]ation's|project's|project|work's) impacts?\\b",
  },
  { kind: 'outcomes', weight: TOPIC, pattern: `impacts? (?:of|on|for) ${DETERMINER}` },
  {
    kind: 'outcomes',
    weight: TOPIC,
    pattern: `(?:changes?|improvements?|benefits?) (?:for|in|to) (?:the lives|their lives|${PEOPLE}|communit)`,
  },
  {
    kind: 'outcomes',
    weight: TOPIC,
    pattern: 'lasting (?:effects?|change|changes|difference|contribution|benefits?)|legacy\\b',
  },
  { kind: 'outcomes', weight: HINT, pattern: 'impacts?\\b' },
  { kind: 'outcomes', weight: HINT, pattern: '(?:achieve|achieves|achieved|accomplish)\\b' },
  { kind: 'outcomes', weight: FAINT, pattern: '(?:goals?|objectives?)\\b' },
];

const measurement: KindPattern[] = [
  {
    kind: 'measurement',
    weight: ASK,
    pattern:
      "how (?:will|would|do|does|can|are|did|could) (?:you|we|your (?:organi[sz]ation|team|project|group)) (?:[\\w']+ (?:and|or) )?(?:going to )?(?:measure|evaluate|monitor|assess|track|know|demonstrate|capture|evidence|record|judge)\\b",
  },
  {
    kind: 'measurement',
    weight: ASK,
    pattern:
      "how you (?:will |would |plan to |intend to |are going to )?(?:[\\w']+ (?:and|or) )?(?:measure|evaluate|monitor|assess|track|know)\\b",
  },
  {
    kind: 'measurement',
    weight: ASK,
    pattern: `what (?:data|evidence|information|indicators|methods?|tools|criteria|measures|metrics) ${WORDS_0_3}(?:collect|use|gather|measure|evaluate|track|monitor|record|assess)`,
  },
  {
    kind: 'measurement',
    weight: ASK,
    pattern:
      'how (?:will|would|is|are) (?:success|progress|impact|outcomes?|results|the (?:project|work|programme|program)) (?:be )?(?:measured|evaluated|monitored|assessed|tracked|judged)',
  },
  {
    kind: 'measurement',
    weight: ASK,
    pattern:
      '(?:evaluation|monitoring|measurement|m&e|mel|impact measurement|data collection) (?:plan|plans|framework|approach|methods?|methodology|strategy|criteria|tools?)\\b',
  },
  {
    kind: 'measurement',
    weight: ASK,
    pattern:
      '(?:measure|measuring|track|tracking|evaluate|evaluating|demonstrate|demonstrating|monitor|monitoring|assess|assessing) (?:the |your |its )?(?:success|progress|effectiveness|impact|outcomes?|results|difference)\\b',
  },
  { kind: 'measurement', weight: TOPIC, pattern: 'evaluat(?:e|es|ed|ing|ion|ions)\\b' },
  { kind: 'measurement', weight: TOPIC, pattern: 'measur(?:e|es|ed|ing|ement|ements)\\b' },
  {
    kind: 'measurement',
    weight: TOPIC,
    pattern: 'monitor(?:ing|ed)?\\b|indicators?\\b|metrics?\\b|baselines?\\b',
  },
  {
    kind: 'measurement',
    weight: TOPIC,
    pattern:
      'data (?:collection|you (?:will )?collect|collected|gathering)|collect(?:ing)? (?:data|evidence|information|feedback)',
  },
  {
    kind: 'measurement',
    weight: TOPIC,
    pattern:
      '(?:evidence|proof) (?:of|that) (?:success|impact|progress|change|outcomes?|difference)|success criteria|criteria for success|track(?:ing)? progress',
  },
  { kind: 'measurement', weight: FAINT, pattern: 'evidence\\b' },
];

const need: KindPattern[] = [
  {
    kind: 'need',
    weight: ASK,
    pattern: `why (?:is|are|does|do|would) (?:this|the|your|it|there) ${WORDS_0_3}(?:needed|necessary|important|a need|need to happen|needs to happen|matter|matters|urgent)\\b`,
  },
  {
    kind: 'need',
    weight: ASK,
    pattern: `why ${DETERMINER} ${WORDS_0_2}(?:is |are )?(?:needed|necessary|important)\\b`,
  },
  { kind: 'need', weight: ASK, pattern: 'why now\\b' },
  {
    kind: 'need',
    weight: ASK,
    pattern:
      'what (?:is|are) (?:the |this |that )?(?:social |local |community |specific |main |key |underlying )?(?:problems?|issues?|needs?|gaps?|social challenges?)\\b',
  },
  {
    kind: 'need',
    weight: ASK,
    pattern: 'what (?:problems?|issues?|needs?|gaps?) (?:is|are|does|do|will|would)\\b',
  },
  {
    kind: 'need',
    weight: ASK,
    pattern:
      "(?:evidence|proof|data) (?:[\\w]+ ){0,4}(?:of|that|for) (?:there is |there are |there's )?(?:a |the |an )?(?:need|demand)\\b",
  },
  { kind: 'need', weight: ASK, pattern: `needs? (?:for|of) ${DETERMINER} ${WORK}` },
  {
    kind: 'need',
    weight: ASK,
    pattern:
      '(?:describe|explain|tell us about|outline|identify) (?:the |what |your )?(?:need|needs|problem|problems|issue|issues)\\b(?!-)',
  },
  {
    kind: 'need',
    weight: ASK,
    pattern: `(?:needs?|problems?|issues?|challenges?|gaps?) (?:that )?${DETERMINER} ${WORK_OR_ORG} (?:will |is |would |are |seeks to |aims to )?(?:address|tackle|solve|meet|respond)`,
  },
  { kind: 'need', weight: TOPIC, pattern: 'social (?:challenges?|problems?|issues?)\\b' },
  {
    kind: 'need',
    weight: STRONG_TOPIC,
    pattern: `(?:challenges?|problems?|issues?|difficulties|barriers|disadvantages?) (?:that )?(?:it|they|${DETERMINER} ${WORDS_0_2}|people|communit(?:y|ies)) (?:is |are )?(?:currently |now )?(?:fac(?:e|es|ing)|experienc(?:e|es|ing))\\b`,
  },
  {
    kind: 'need',
    weight: TOPIC,
    pattern: '(?:the|a|this|community|local|identified|unmet|specific|real|growing|urgent) needs?\\b',
  },
  {
    kind: 'need',
    weight: TOPIC,
    pattern:
      '(?:address|tackle|meet|solve|respond to|fill)(?:es|s|ing|ed)? (?:this|the|a|that) (?:social )?(?:need|problem|issue|gap|challenge)\\b',
  },
  {
    kind: 'need',
    weight: TOPIC,
    pattern: '(?:the|a|this|social|local|root) (?:problem|issue)s?\\b|gaps? in\\b|root causes?',
  },
  { kind: 'need', weight: HINT, pattern: 'needed\\b|urgen(?:t|cy)\\b|demand\\b' },
  { kind: 'need', weight: FAINT, pattern: 'problems?\\b|statistics\\b' },
];

const beneficiaries: KindPattern[] = [
  {
    kind: 'beneficiaries',
    weight: ASK,
    pattern: `who (?:will|does|do|would|is|are|did) ${WORDS_0_3}(?:benefit|serve|served|help|helped|reach|reached|support|supported|target|targeted|work with|take part|participate)\\b`,
  },
  {
    kind: 'beneficiaries',
    weight: ASK,
    pattern: 'who benefits\\b|who (?:are|is) (?:your|the) (?:beneficiar|target|participants|users|clients)',
  },
  { kind: 'beneficiaries', weight: ASK, pattern: `how many (?:${PEOPLE}|will|do you|does your|did you)\\b` },
  { kind: 'beneficiaries', weight: ASK, pattern: `numbers? of ${PEOPLE}` },
  {
    kind: 'beneficiaries',
    weight: ASK,
    pattern:
      'target (?:groups?|populations?|audiences?|beneficiar(?:y|ies)|demographics?|communit(?:y|ies)|participants)\\b',
  },
  {
    kind: 'beneficiaries',
    weight: ASK,
    pattern: `(?:audiences?|populations?|people|communit(?:y|ies)|groups?|participants) ${WORDS_0_3}(?:served|you serve|you will serve|will serve|will reach|reached|will benefit|benefit most|you work with|you support|you help)\\b`,
  },
  { kind: 'beneficiaries', weight: ASK, pattern: 'whom? you (?:work with|serve|support|help|reach)\\b' },
  { kind: 'beneficiaries', weight: TOPIC, pattern: 'beneficiar(?:y|ies)\\b|\\breach\\b' },
  {
    kind: 'beneficiaries',
    weight: TOPIC,
    pattern: 'who (?:it|they|this) (?:will )?(?:impact|affect|help|reach)',
  },
  { kind: 'beneficiaries', weight: HINT, pattern: 'participants\\b|demographics?\\b' },
];

const activities: KindPattern[] = [
  {
    kind: 'activities',
    weight: ASK,
    pattern: `what (?:will|would|do|are|did) you ${WORDS_0_2}(?:do|doing|deliver|run|provide|offer)\\b`,
  },
  {
    kind: 'activities',
    weight: ASK,
    pattern: 'what (?:services?|activities|support) (?:do|will|would|does) (?:you|your)\\b',
  },
  {
    kind: 'activities',
    weight: ASK,
    pattern:
      "(?:describe|explain|outline|tell us about|tell us|give details of|present) (?:in detail )?(?:your|the|this|our) (?:organi[sz]ation's )?(?:proposed |planned |new )?(?:project|programme|program|activities|activity|idea|work|service model|services?|initiative|intervention|model|delivery|proposal|plans?)\\b",
  },
  {
    kind: 'activities',
    weight: ASK,
    pattern: `how (?:will|would|does|do|are|is) (?:you|${DETERMINER}) ${WORDS_0_3}(?:deliver|run|carry out|implement|address|tackle|respond to|go about)\\b`,
  },
  {
    kind: 'activities',
    weight: ASK,
    pattern: '(?:delivery|work|project|action|implementation|activity) ?plans?\\b',
  },
  {
    kind: 'activities',
    weight: ASK,
    pattern: `(?:make|making|get|getting) ${DETERMINER} ${WORDS_0_2}happen\\b`,
  },
  {
    kind: 'activities',
    weight: TOPIC,
    pattern: 'time ?tables?\\b|time ?lines?\\b|milestones?\\b|schedule of (?:work|activities)',
  },
  { kind: 'activities', weight: TOPIC, pattern: 'activities\\b' },
  {
    kind: 'activities',
    weight: STRONG_TOPIC,
    pattern: `project description|description of ${DETERMINER} ${WORK}`,
  },
  { kind: 'activities', weight: TOPIC, pattern: '(?:service|program|programme|delivery) models?\\b' },
  { kind: 'activities', weight: HINT, pattern: 'tasks?\\b|sessions?\\b|deliver(?:y|ed|ing|s)?\\b' },
];

const budget: KindPattern[] = [
  {
    kind: 'budget',
    weight: ASK,
    pattern: `how (?:will|would|do|are) (?:you|we) ${WORDS_0_2}(?:spend|use|allocate) (?:the |this |your |our |any )?(?:money|grant|funds|funding)\\b`,
  },
  {
    kind: 'budget',
    weight: ASK,
    pattern:
      'how (?:will|would|is) (?:the|this|your|our|any) (?:money|grant|funds|funding) (?:be )?(?:spent|used|allocated)',
  },
  {
    kind: 'budget',
    weight: ASK,
    pattern:
      '(?:spend|spending|use|allocate) (?:the |this |your |any |our )?(?:money|grant|funds|funding) on\\b|spend (?:the |this |your |any )?(?:money|grant)\\b',
  },
  {
    kind: 'budget',
    weight: ASK,
    pattern: 'value for money|full cost recovery|cost[- ]effective(?:ness)?\\b',
  },
  {
    kind: 'budget',
    weight: ASK,
    pattern:
      '(?:budget|cost|costs|expenditure|income|financial) breakdown|breakdown of (?:your |the |our )?(?:costs|budget|expenditure|spending|the money)',
  },
  {
    kind: 'budget',
    weight: ASK,
    pattern: 'how much (?:money|funding|will|does|would|are you|do you|it will)\\b',
  },
  { kind: 'budget', weight: STRONG_TOPIC, pattern: 'budgets?\\b' },
  {
    kind: 'budget',
    weight: TOPIC,
    pattern:
      '(?:project|total|running|core|staff|capital|overhead|delivery|unit) costs?\\b|sources? of (?:income|funding)|expenditure\\b|match funding|in-kind\\b',
  },
  { kind: 'budget', weight: HINT, pattern: 'costs?\\b|money\\b|income\\b' },
];

const summary: KindPattern[] = [
  {
    kind: 'summary',
    weight: ASK + 1,
    definesForm: true,
    labelOnly: true,
    pattern:
      '(?<!(?:budget|financial|cost|costs|outcomes?|evaluation|risk|impact|results) )(?:project |executive |organi[sz]ation(?:al)? |brief |short |lay |proposal |application )?(?:summary|overview|synopsis|abstract)\\b(?! of (?:the |your |our )?(?:outcomes?|results|impacts?|need|needs|budget|costs|income|expenditure|evaluation|activities|risks|partners))',
  },
  {
    kind: 'summary',
    weight: ASK + 1,
    definesForm: true,
    pattern: `brief(?:ly)? (?:describe |outline |explain |introduce |summari[sz]e |tell us about |(?:description|overview|summary|outline|statement) of )?(?:your |the |this |our )?(?:applicant |proposed |planned |new )?${WORK_OR_ORG}\\b(?!'s|/)`,
  },
  {
    kind: 'summary',
    weight: ASK + 1,
    definesForm: true,
    pattern: `(?:provide|give|write|prepare|include) (?:us )?(?:with )?(?:a|an) (?:(?:brief|short|concise|one[- ]line|one[- ]sentence) (?:summary|overview|synopsis|abstract|description)|summary|overview|synopsis|abstract) of (?:your |the |this |our )?(?:proposed )?${WORK_OR_ORG}\\b`,
  },
  {
    kind: 'summary',
    weight: ASK + 1,
    definesForm: true,
    pattern: `summari[sz]e (?:your|the|this|our) ${WORK_OR_ORG}\\b`,
  },
  {
    kind: 'summary',
    weight: ASK,
    pattern: `(?:purpose|aims?|objects|mission)(?: and (?:objectives|aims|values|vision))? (?:of|for which) (?:your |the |this )?(?:grant|funds|funding|request|application|organi[sz]ation|group|charity)\\b`,
  },
  {
    kind: 'summary',
    weight: STRONG_TOPIC,
    pattern: 'mission(?: statement)?\\b|elevator pitch|in a nutshell',
  },
  {
    kind: 'summary',
    weight: HINT,
    asksBrevity: true,
    pattern:
      '(?:in|using) (?:one|a|two|three|1|2|3|a few|one or two|two or three) (?:short )?(?:sentences?|lines?)\\b',
  },
  {
    kind: 'summary',
    weight: HINT,
    asksBrevity: true,
    pattern:
      '(?:max(?:imum)?\\.?|up to|no more than|not more than|at most) (?:one|two|three|four|five|[1-5]) (?:sentences|lines)\\b',
  },
];

const other: KindPattern[] = [
  { kind: 'other', weight: ASK, pattern: 'risks?\\b|what could go wrong' },
  { kind: 'other', weight: ASK, pattern: 'safeguard\\w*|child protection|vulnerable adults policy' },
  {
    kind: 'other',
    weight: ASK,
    pattern:
      'governance\\b|trustees?\\b|board(?: of (?:directors|trustees))?\\b|management committee|(?:organi[sz]ation(?:al)?|management|governance|staffing) structure',
  },
  {
    kind: 'other',
    weight: ASK,
    pattern:
      'equalit(?:y|ies)\\b|diversity\\b|inclusi(?:on|ve|vity)\\b|\\bedi\\b|\\bdei\\b|\\bequity\\b|anti-racis\\w*|accessib\\w*',
  },
  {
    kind: 'other',
    weight: ASK,
    pattern:
      'sustainab\\w*|sustain\\b|exit strateg(?:y|ies)|continu(?:e|ation|ity)\\b|after (?:the|your|this|our) (?:grant|funding|project) (?:ends|has ended|finishes|is over|period)|when (?:the |your )?(?:grant|funding) (?:ends|runs out|stops)|long[- ]term (?:strateg\\w*|funding|future|plans?)',
  },
  {
    kind: 'other',
    weight: ASK,
    pattern:
      'partners?\\b|partnerships?\\b|collaborat\\w*|work(?:ing)? (?:together )?with other (?:organi[sz]ations|groups|agencies)',
  },
  {
    kind: 'other',
    weight: ASK,
    pattern:
      'qualifications?\\b|experience\\b|track record|expertise\\b|(?:best|well)[- ]placed|capacity\\b|ability to (?:deliver|complete|manage|carry out)|skills (?:and|of) (?:your|the) (?:team|staff)',
  },
  {
    kind: 'other',
    weight: ASK,
    pattern: 'technical assistance|training needs|support (?:needs|you need)|advice\\b',
  },
  {
    kind: 'other',
    weight: ASK,
    pattern: `differentiat\\w*|different from|how is ${DETERMINER} ${WORDS_0_2}different|similar (?:projects|services|organi[sz]ations|work|programmes|programs)|innovati(?:ve|on)\\b|novel\\b|unique\\b`,
  },
  {
    kind: 'other',
    weight: ASK,
    pattern: 'long[- ]?range plans?|strategic plans?|business plans?|future plans',
  },
  {
    kind: 'other',
    weight: ASK,
    pattern: `title\\b|name of ${DETERMINER} (?:project|organi[sz]ation|group)|(?:project|organi[sz]ation|group) name`,
  },
  {
    kind: 'other',
    weight: STRONG_TOPIC,
    pattern: `locations?\\b|postcodes?\\b|where (?:will|does|is|do) ${DETERMINER} ${WORDS_0_2}(?:take place|happen|run|work)|geographic\\w*`,
  },
  { kind: 'other', weight: STRONG_TOPIC, pattern: 'volunteers?\\b|volunteering\\b' },
  {
    kind: 'other',
    weight: STRONG_TOPIC,
    pattern:
      'communit(?:y|ies) (?:involvement|engagement|consultation)|involve (?:your|the|local) communit|(?:have|will|do|does) (?:you|your \\w+) involved?\\b',
  },
  {
    kind: 'other',
    weight: TOPIC,
    pattern: 'polic(?:y|ies)\\b|insurance\\b|legal status|constitution\\b|governing document',
  },
  { kind: 'other', weight: FAINT, pattern: 'publicity\\b|outreach\\b|marketing\\b' },
];

/** Every kind's patterns, in the order the scorer tries them at one position: asks before topics and hints. */
export const KIND_PATTERNS: readonly KindPattern[] = [
  ...summary,
  ...outcomes,
  ...measurement,
  ...need,
  ...beneficiaries,
  ...activities,
  ...budget,
  ...other,
].sort((a, b) => b.weight - a.weight);

/**
 * Questions that ask two things. The lead ask (see question-kind.ts) wins, except where an impact manager would
 * check the answer against the other ask: then, when the other kind is also asked in the label, it wins.
 */
export const TWO_ASK_RULES: readonly { lead: QuestionKind; yieldsTo: QuestionKind; why: string }[] = [
  {
    lead: 'activities',
    yieldsTo: 'outcomes',
    why: 'what will be done is judged by the difference it makes: "What will you do and what difference will it make?"',
  },
  {
    lead: 'activities',
    yieldsTo: 'measurement',
    why: 'an answer that must say how the work is evaluated is checked for a method: "Describe your project and how you will evaluate it"',
  },
  {
    lead: 'beneficiaries',
    yieldsTo: 'outcomes',
    why: 'reach is judged by what changes for the people reached: "Who will benefit and what difference will it make to them?"',
  },
];

/** When scores tie exactly, the kind listed first wins: the kinds with more to check come first. */
export const TIE_ORDER: readonly QuestionKind[] = [
  'outcomes',
  'measurement',
  'need',
  'beneficiaries',
  'budget',
  'activities',
  'summary',
  'other',
];
