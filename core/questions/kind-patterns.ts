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

/** A pattern that names the answer's form or asks for brevity, with its flags. */
type FlaggedPattern = Omit<KindPattern, 'kind' | 'weight'>;

/**
 * One kind's patterns, listed under their weight: the patterns are most of this add-on's size, and Apps Script parses
 * it all, so each is written once with nothing repeated around it.
 */
type ByWeight = Readonly<Partial<Record<number, readonly (string | FlaggedPattern)[]>>>;

function patternsOf(kind: QuestionKind, byWeight: ByWeight): KindPattern[] {
  return Object.entries(byWeight).flatMap(([weight, patterns = []]) =>
    patterns.map((p) =>
      typeof p === 'string'
        ? { kind, weight: Number(weight), pattern: p }
        : { kind, weight: Number(weight), ...p },
    ),
  );
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

const outcomes: ByWeight = {
  [ASK]: [
    "what (?:[\\w'-]+ )?(?:difference|differences|change|changes|impact|impacts|outcomes?|results|benefits?)\\b",
    '(?:make|makes|made|making) (?:a |any |the |real |lasting |positive |significant )?difference',
    `difference ${WORDS_0_4}(?:make|makes|made)\\b`,
    '(?:hope|hoping|hopes|aim|aims|aiming|want|wants|expect|expecting|plan|planning|trying|like|seek|seeking|intend|intending|going|wish) to (?:achieve|accomplish|change|improve|see change)\\b',
    'what will (?:be different|change|improve)\\b',
    `how (?:will|would|does|did|has) ${DETERMINER} ${WORDS_0_2}(?:impact|change|benefit|help|improve|affect|transform)\\b`,
    `how ${DETERMINER} ${WORDS_0_2}(?:will|would|does|has) (?:impact|change|benefit|help|improve|affect|transform)\\b`,
    '(?:the )?changes? (?:you|we) (?:want|hope|expect|plan|aim|intend) to (?:see|make|achieve|bring)',
    '(?:expected|intended|anticipated|planned|desired|key|main|project|short[- ]term|medium[- ]term|long[- ]term) (?:outcomes?|results|impacts?|benefits|changes)\\b',
  ],
  [TOPIC]: [
    'outcomes?\\b',
    "(?:your|the|its|their|our|this|intended|expected|anticipated|lasting|likely|social|long[- ]term|overall|organi[sz]ation's|project's|project|work's) impacts?\\b",
    `impacts? (?:of|on|for) ${DETERMINER}`,
    `(?:changes?|improvements?|benefits?) (?:for|in|to) (?:the lives|their lives|${PEOPLE}|communit)`,
    'lasting (?:effects?|change|changes|difference|contribution|benefits?)|legacy\\b',
  ],
  [HINT]: ['impacts?\\b', '(?:achieve|achieves|achieved|accomplish)\\b'],
  [FAINT]: ['(?:goals?|objectives?)\\b'],
};

const measurement: ByWeight = {
  [ASK]: [
    "how (?:will|would|do|does|can|are|did|could) (?:you|we|your (?:organi[sz]ation|team|project|group)) (?:[\\w']+ (?:and|or) )?(?:going to )?(?:measure|evaluate|monitor|assess|track|know|demonstrate|capture|evidence|record|judge)\\b",
    "how you (?:will |would |plan to |intend to |are going to )?(?:[\\w']+ (?:and|or) )?(?:measure|evaluate|monitor|assess|track|know)\\b",
    `what (?:data|evidence|information|indicators|methods?|tools|criteria|measures|metrics) ${WORDS_0_3}(?:collect|use|gather|measure|evaluate|track|monitor|record|assess)`,
    'how (?:will|would|is|are) (?:success|progress|impact|outcomes?|results|the (?:project|work|programme|program)) (?:be )?(?:measured|evaluated|monitored|assessed|tracked|judged)',
    '(?:evaluation|monitoring|measurement|m&e|mel|impact measurement|data collection) (?:plan|plans|framework|approach|methods?|methodology|strategy|criteria|tools?)\\b',
    '(?:measure|measuring|track|tracking|evaluate|evaluating|demonstrate|demonstrating|monitor|monitoring|assess|assessing) (?:the |your |its )?(?:success|progress|effectiveness|impact|outcomes?|results|difference)\\b',
  ],
  [TOPIC]: [
    'evaluat(?:e|es|ed|ing|ion|ions)\\b',
    'measur(?:e|es|ed|ing|ement|ements)\\b',
    'monitor(?:ing|ed)?\\b|indicators?\\b|metrics?\\b|baselines?\\b',
    'data (?:collection|you (?:will )?collect|collected|gathering)|collect(?:ing)? (?:data|evidence|information|feedback)',
    '(?:evidence|proof) (?:of|that) (?:success|impact|progress|change|outcomes?|difference)|success criteria|criteria for success|track(?:ing)? progress',
  ],
  [FAINT]: ['evidence\\b'],
};

const need: ByWeight = {
  [ASK]: [
    `why (?:is|are|does|do|would) (?:this|the|your|it|there) ${WORDS_0_3}(?:needed|necessary|important|a need|need to happen|needs to happen|matter|matters|urgent)\\b`,
    `why ${DETERMINER} ${WORDS_0_2}(?:is |are )?(?:needed|necessary|important)\\b`,
    'why now\\b',
    'what (?:is|are) (?:the |this |that )?(?:social |local |community |specific |main |key |underlying )?(?:problems?|issues?|needs?|gaps?|social challenges?)\\b',
    'what (?:problems?|issues?|needs?|gaps?) (?:is|are|does|do|will|would)\\b',
    "(?:evidence|proof|data) (?:[\\w]+ ){0,4}(?:of|that|for) (?:there is |there are |there's )?(?:a |the |an )?(?:need|demand)\\b",
    `needs? (?:for|of) ${DETERMINER} ${WORK}`,
    '(?:describe|explain|tell us about|outline|identify) (?:the |what |your )?(?:need|needs|problem|problems|issue|issues)\\b(?!-)',
    `(?:needs?|problems?|issues?|challenges?|gaps?) (?:that )?${DETERMINER} ${WORK_OR_ORG} (?:will |is |would |are |seeks to |aims to )?(?:address|tackle|solve|meet|respond)`,
  ],
  [STRONG_TOPIC]: [
    `(?:challenges?|problems?|issues?|difficulties|barriers|disadvantages?) (?:that )?(?:it|they|${DETERMINER} ${WORDS_0_2}|people|communit(?:y|ies)) (?:is |are )?(?:currently |now )?(?:fac(?:e|es|ing)|experienc(?:e|es|ing))\\b`,
  ],
  [TOPIC]: [
    'social (?:challenges?|problems?|issues?)\\b',
    '(?:the|a|this|community|local|identified|unmet|specific|real|growing|urgent) needs?\\b',
    '(?:address|tackle|meet|solve|respond to|fill)(?:es|s|ing|ed)? (?:this|the|a|that) (?:social )?(?:need|problem|issue|gap|challenge)\\b',
    '(?:the|a|this|social|local|root) (?:problem|issue)s?\\b|gaps? in\\b|root causes?',
  ],
  [HINT]: ['needed\\b|urgen(?:t|cy)\\b|demand\\b'],
  [FAINT]: ['problems?\\b|statistics\\b'],
};

const beneficiaries: ByWeight = {
  [ASK]: [
    `who (?:will|does|do|would|is|are|did) ${WORDS_0_3}(?:benefit|serve|served|help|helped|reach|reached|support|supported|target|targeted|work with|take part|participate)\\b`,
    'who benefits\\b|who (?:are|is) (?:your|the) (?:beneficiar|target|participants|users|clients)',
    `how many (?:${PEOPLE}|will|do you|does your|did you)\\b`,
    `numbers? of ${PEOPLE}`,
    'target (?:groups?|populations?|audiences?|beneficiar(?:y|ies)|demographics?|communit(?:y|ies)|participants)\\b',
    `(?:audiences?|populations?|people|communit(?:y|ies)|groups?|participants) ${WORDS_0_3}(?:served|you serve|you will serve|will serve|will reach|reached|will benefit|benefit most|you work with|you support|you help)\\b`,
    'whom? you (?:work with|serve|support|help|reach)\\b',
  ],
  [TOPIC]: [
    'beneficiar(?:y|ies)\\b|\\breach\\b',
    'who (?:it|they|this) (?:will )?(?:impact|affect|help|reach)',
  ],
  [HINT]: ['participants\\b|demographics?\\b'],
};

const activities: ByWeight = {
  [ASK]: [
    `what (?:will|would|do|are|did) you ${WORDS_0_2}(?:do|doing|deliver|run|provide|offer)\\b`,
    'what (?:services?|activities|support) (?:do|will|would|does) (?:you|your)\\b',
    "(?:describe|explain|outline|tell us about|tell us|give details of|present) (?:in detail )?(?:your|the|this|our) (?:organi[sz]ation's )?(?:proposed |planned |new )?(?:project|programme|program|activities|activity|idea|work|service model|services?|initiative|intervention|model|delivery|proposal|plans?)\\b",
    `how (?:will|would|does|do|are|is) (?:you|${DETERMINER}) ${WORDS_0_3}(?:deliver|run|carry out|implement|address|tackle|respond to|go about)\\b`,
    '(?:delivery|work|project|action|implementation|activity) ?plans?\\b',
    `(?:make|making|get|getting) ${DETERMINER} ${WORDS_0_2}happen\\b`,
  ],
  [STRONG_TOPIC]: [`project description|description of ${DETERMINER} ${WORK}`],
  [TOPIC]: [
    'time ?tables?\\b|time ?lines?\\b|milestones?\\b|schedule of (?:work|activities)',
    'activities\\b',
    '(?:service|program|programme|delivery) models?\\b',
  ],
  [HINT]: ['tasks?\\b|sessions?\\b|deliver(?:y|ed|ing|s)?\\b'],
};

const budget: ByWeight = {
  [ASK]: [
    `how (?:will|would|do|are) (?:you|we) ${WORDS_0_2}(?:spend|use|allocate) (?:the |this |your |our |any )?(?:money|grant|funds|funding)\\b`,
    'how (?:will|would|is) (?:the|this|your|our|any) (?:money|grant|funds|funding) (?:be )?(?:spent|used|allocated)',
    '(?:spend|spending|use|allocate) (?:the |this |your |any |our )?(?:money|grant|funds|funding) on\\b|spend (?:the |this |your |any )?(?:money|grant)\\b',
    'value for money|full cost recovery|cost[- ]effective(?:ness)?\\b',
    '(?:budget|cost|costs|expenditure|income|financial) breakdown|breakdown of (?:your |the |our )?(?:costs|budget|expenditure|spending|the money)',
    'how much (?:money|funding|will|does|would|are you|do you|it will)\\b',
  ],
  [STRONG_TOPIC]: ['budgets?\\b'],
  [TOPIC]: [
    '(?:project|total|running|core|staff|capital|overhead|delivery|unit) costs?\\b|sources? of (?:income|funding)|expenditure\\b|match funding|in-kind\\b',
  ],
  [HINT]: ['costs?\\b|money\\b|income\\b'],
};

const summary: ByWeight = {
  [ASK + 1]: [
    {
      pattern:
        '(?<!(?:budget|financial|cost|costs|outcomes?|evaluation|risk|impact|results) )(?:project |executive |organi[sz]ation(?:al)? |brief |short |lay |proposal |application )?(?:summary|overview|synopsis|abstract)\\b(?! of (?:the |your |our )?(?:outcomes?|results|impacts?|need|needs|budget|costs|income|expenditure|evaluation|activities|risks|partners))',
      definesForm: true,
      labelOnly: true,
    },
    {
      pattern: `brief(?:ly)? (?:describe |outline |explain |introduce |summari[sz]e |tell us about |(?:description|overview|summary|outline|statement) of )?(?:your |the |this |our )?(?:applicant |proposed |planned |new )?${WORK_OR_ORG}\\b(?!'s|/)`,
      definesForm: true,
    },
    {
      pattern: `(?:provide|give|write|prepare|include) (?:us )?(?:with )?(?:a|an) (?:(?:brief|short|concise|one[- ]line|one[- ]sentence) (?:summary|overview|synopsis|abstract|description)|summary|overview|synopsis|abstract) of (?:your |the |this |our )?(?:proposed )?${WORK_OR_ORG}\\b`,
      definesForm: true,
    },
    { pattern: `summari[sz]e (?:your|the|this|our) ${WORK_OR_ORG}\\b`, definesForm: true },
  ],
  [ASK]: [
    `(?:purpose|aims?|objects|mission)(?: and (?:objectives|aims|values|vision))? (?:of|for which) (?:your |the |this )?(?:grant|funds|funding|request|application|organi[sz]ation|group|charity)\\b`,
  ],
  [STRONG_TOPIC]: ['mission(?: statement)?\\b|elevator pitch|in a nutshell'],
  [HINT]: [
    {
      pattern:
        '(?:in|using) (?:one|a|two|three|1|2|3|a few|one or two|two or three) (?:short )?(?:sentences?|lines?)\\b',
      asksBrevity: true,
    },
    {
      pattern:
        '(?:max(?:imum)?\\.?|up to|no more than|not more than|at most) (?:one|two|three|four|five|[1-5]) (?:sentences|lines)\\b',
      asksBrevity: true,
    },
  ],
};

const other: ByWeight = {
  [ASK]: [
    'risks?\\b|what could go wrong',
    'safeguard\\w*|child protection|vulnerable adults policy',
    'governance\\b|trustees?\\b|board(?: of (?:directors|trustees))?\\b|management committee|(?:organi[sz]ation(?:al)?|management|governance|staffing) structure',
    'equalit(?:y|ies)\\b|diversity\\b|inclusi(?:on|ve|vity)\\b|\\bedi\\b|\\bdei\\b|\\bequity\\b|anti-racis\\w*|accessib\\w*',
    'sustainab\\w*|sustain\\b|exit strateg(?:y|ies)|continu(?:e|ation|ity)\\b|after (?:the|your|this|our) (?:grant|funding|project) (?:ends|has ended|finishes|is over|period)|when (?:the |your )?(?:grant|funding) (?:ends|runs out|stops)|long[- ]term (?:strateg\\w*|funding|future|plans?)',
    'partners?\\b|partnerships?\\b|collaborat\\w*|work(?:ing)? (?:together )?with other (?:organi[sz]ations|groups|agencies)',
    'qualifications?\\b|experience\\b|track record|expertise\\b|(?:best|well)[- ]placed|capacity\\b|ability to (?:deliver|complete|manage|carry out)|skills (?:and|of) (?:your|the) (?:team|staff)',
    'technical assistance|training needs|support (?:needs|you need)|advice\\b',
    `differentiat\\w*|different from|how is ${DETERMINER} ${WORDS_0_2}different|similar (?:projects|services|organi[sz]ations|work|programmes|programs)|innovati(?:ve|on)\\b|novel\\b|unique\\b`,
    'long[- ]?range plans?|strategic plans?|business plans?|future plans',
    `title\\b|name of ${DETERMINER} (?:project|organi[sz]ation|group)|(?:project|organi[sz]ation|group) name`,
  ],
  [STRONG_TOPIC]: [
    `locations?\\b|postcodes?\\b|where (?:will|does|is|do) ${DETERMINER} ${WORDS_0_2}(?:take place|happen|run|work)|geographic\\w*`,
    'volunteers?\\b|volunteering\\b',
    'communit(?:y|ies) (?:involvement|engagement|consultation)|involve (?:your|the|local) communit|(?:have|will|do|does) (?:you|your \\w+) involved?\\b',
  ],
  [TOPIC]: ['polic(?:y|ies)\\b|insurance\\b|legal status|constitution\\b|governing document'],
  [FAINT]: ['publicity\\b|outreach\\b|marketing\\b'],
};

/** Every kind's patterns, in the order the scorer tries them at one position: asks before topics and hints. */
export const KIND_PATTERNS: readonly KindPattern[] = [
  ...patternsOf('summary', summary),
  ...patternsOf('outcomes', outcomes),
  ...patternsOf('measurement', measurement),
  ...patternsOf('need', need),
  ...patternsOf('beneficiaries', beneficiaries),
  ...patternsOf('activities', activities),
  ...patternsOf('budget', budget),
  ...patternsOf('other', other),
].sort((a, b) => b.weight - a.weight);

/**
 * Questions that ask two things. The lead ask (see question-kind.ts) wins, except where an impact manager would
 * check the answer against the other ask: then, when the other kind is also asked in the label, it wins.
 */
export const TWO_ASK_RULES: readonly { lead: QuestionKind; yieldsTo: QuestionKind }[] = [
  // What will be done is judged by the difference it makes: "What will you do and what difference will it make?"
  { lead: 'activities', yieldsTo: 'outcomes' },
  // An answer that must say how the work is evaluated is checked for a method: "Describe your project and how you
  // will evaluate it".
  { lead: 'activities', yieldsTo: 'measurement' },
  // Reach is judged by what changes for the people reached: "Who will benefit and what difference will it make to
  // them?"
  { lead: 'beneficiaries', yieldsTo: 'outcomes' },
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
