import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionLimit } from './question-limit';
import type { Limit, QuestionInput } from './types';

const words = (max: number): Limit => ({ max, unit: 'words' });
const characters = (max: number): Limit => ({ max, unit: 'characters' });
const fromLabel = (label: string) => questionLimit({ label });
const fromCounter = (counterText: string) =>
  questionLimit({ label: 'Tell us about your project', counterText });

type Table = readonly (readonly [string, Limit])[];

/** One way of writing a limit: what it must read, and look-alikes it must not read as a limit. */
function limitPattern(name: string, must: Table, mustNot: readonly string[], read = fromLabel): void {
  describe(name, () => {
    it.each(must)('reads "%s"', (text, limit) => {
      expect(read(text)).toEqual(limit);
    });
    it.each(mustNot)('finds no limit in "%s"', (text) => {
      expect(read(text)).toBeNull();
    });
  });
}

/**
 * A number that is not this field's limit: alone it gives no limit, and beside a real limit it leaves that limit
 * alone.
 */
function decoy(name: string, mustNot: readonly string[], must: Table): void {
  describe(`decoy: ${name}`, () => {
    it.each(mustNot)('finds no limit in "%s"', (text) => {
      expect(fromLabel(text)).toBeNull();
    });
    it.each(must)('still reads the field limit in "%s"', (text, limit) => {
      expect(fromLabel(text)).toEqual(limit);
    });
  });
}

describe('questionLimit', () => {
  limitPattern(
    'a number with its unit',
    [
      ['What difference will it make? (max 250 words)', words(250)],
      ['Why is it needed? (500 characters)', characters(500)],
      ['What is the social challenge? (400 words)', words(400)],
      ['Describe your idea [Text field – 500 words]', words(500)],
      ['Describe the project (Limit 5,000 characters)', characters(5000)],
      ['Write a 250-word summary of your work', words(250)],
      ['Outline the plan (2 000 characters)', characters(2000)],
    ],
    [
      'Describe the need (20 points)',
      'Project description (max 3 lines)',
      'Your plan (2 pages)',
      'Who are your partners? (up to 5 partners)',
      'How much do you need? (250)',
      'Tell us about your work (0 words)',
    ],
  );

  limitPattern(
    'a maximum said in words',
    [
      ['Up to 1,000 characters including spaces: how will the grant be spent?', characters(1000)],
      ['Describe the change, in no more than 300 words', words(300)],
      ['Maximum 2000 characters', characters(2000)],
      ['In 100 words or fewer, tell us why', words(100)],
      ['Target group - max. 500 chars', characters(500)],
      ['Your answer should not exceed 400 words', words(400)],
      ['The response is limited to 300 characters', characters(300)],
    ],
    [
      'You can ask for up to £1,000',
      'List no more than 3 outcomes',
      'Maximum 2 pages',
      'Start in 100 days or fewer',
      'Name max. 5 partners',
    ],
  );

  limitPattern(
    'the unit before the number',
    [
      ['Word limit: 750', words(750)],
      ['Outcomes (300 word limit)', words(300)],
      ['Character limit - 1,500', characters(1500)],
      ['Maximum words: 250', words(250)],
      ['Max characters 800', characters(800)],
    ],
    [
      'Word count: 120',
      'Page limit: 4',
      'Points available: 20',
      'Maximum grant: £10,000',
      'Limit of 3 applications per year',
    ],
  );

  limitPattern(
    'a live counter',
    [
      ['0 / 4,600 characters', characters(4600)],
      ['250 words remaining', words(250)],
      ['Characters remaining: 1000', characters(1000)],
      ['0 of 300 words', words(300)],
      ['Word count: 12/250', words(250)],
      ['0/500', characters(500)],
      ['Maximum 750 words', words(750)],
    ],
    ['12 words', '345 characters', 'Saved', 'Word count: 0', 'Last saved 12:30'],
    fromCounter,
  );

  describe('maxlength', () => {
    it.each([500, 4000, 1, 31_999])('reads maxlength %d as characters', (maxLength) => {
      expect(questionLimit({ label: 'Describe your project', maxLength })).toEqual(characters(maxLength));
    });
    it.each([-1, 0, 32_768, 131_072, Number.NaN, 2.5, null, undefined])(
      'ignores maxlength %s',
      (maxLength) => {
        expect(questionLimit({ label: 'Describe your project', maxLength })).toBeNull();
      },
    );
  });

  limitPattern(
    'an approximate length, when nothing firmer is said',
    [
      ['Summary (about 200 words)', words(200)],
      ['Approximately 500 words', words(500)],
      ['Around 1,000 characters', characters(1000)],
      ['Roughly 300 words', words(300)],
      ['Suggested length: 400 words', words(400)],
    ],
    [
      'About 200 people',
      'Approximately 3 pages',
      'Around £1,000',
      'Roughly 30 minutes',
      'Suggested length: 1 page',
    ],
  );

  describe('approximate lengths give way to firm ones', () => {
    it.each([
      ['2,000 characters (approx. 300 words)', characters(2000)],
      ['Max 300 words (about 2,000 characters)', words(300)],
      ['Up to 1,500 characters, roughly 250 words', characters(1500)],
      ['No more than 200 words (around 1,200 characters)', words(200)],
      ['4,000 characters (c. 600 words)', characters(4000)],
    ] as const)('"%s"', (label, limit) => {
      expect(fromLabel(label)).toEqual(limit);
    });
  });

  decoy(
    'a limit for the whole application',
    [
      'The whole application must be under 3,000 words.',
      'There is a word limit for your application of 9,000 words in total.',
      'Answers to all questions should total no more than 2,000 words.',
      'Your proposal should not exceed 5,000 words.',
      'Overall word limit: 3,000',
      'Four pages in total.',
    ],
    [
      ['Max 250 words. The whole application must be under 3,000 words.', words(250)],
      ['Why now? (Maximum 300 words; the whole application should not exceed 3,000 words)', words(300)],
      [
        'Each answer should be no more than 400 words; the application in total must not exceed 4,000 words',
        words(400),
      ],
      ['(max 200 words) - four pages in total', words(200)],
      ['Up to 500 characters. Your proposal should not exceed 5,000 words.', characters(500)],
      ['Overall word limit 3,000; this question 250 words', words(250)],
    ],
  );

  decoy(
    'marks and points',
    [
      'DESCRIBE THE NEED (20 points)',
      'Scored out of 10',
      'Worth 15% of the overall score',
      'This question carries 25 marks',
      'Weighting: 30%',
    ],
    [
      ['DESCRIBE THE NEED (20 points) (Limit 5,000 characters)', characters(5000)],
      ['Scored out of 10 (max 250 words)', words(250)],
      ['Worth 15% of the score; up to 300 words', words(300)],
      ['25 marks, 500 words maximum', words(500)],
      ['Weighting 30% - no more than 1,000 characters', characters(1000)],
    ],
  );

  decoy(
    'dates and years',
    [
      'What will change by 2027?',
      'What will you achieve within 12 months?',
      'How will you fund the work over 3 years?',
      'Project should be completed by June 30th of the following year.',
      'Activities between 2024 and 2026',
    ],
    [
      ['What will change by 2027? (250 words)', words(250)],
      ['What will you achieve within 12 months? (max 300 words)', words(300)],
      ['How will you fund the work over 3 years, in no more than 400 words?', words(400)],
      ['Completed by June 30th 2026 (Limit 3,000 characters)', characters(3000)],
      ['2024-2026: describe the timeline in 200 words', words(200)],
    ],
  );

  decoy(
    'money',
    [
      'You can apply for up to £10,000',
      'Grants from $5,000 to $75,000',
      'Grants of £300 to £10,000 are available',
      'A maximum of €50,000',
      'Budget: £2,500',
    ],
    [
      ['How will you spend up to £10,000? (max 300 words)', words(300)],
      ['$5,000 to $75,000 available; 500 words', words(500)],
      ['Grants of £300 to £10,000 - up to 1,000 characters', characters(1000)],
      ['A maximum of €50,000 (250 words)', words(250)],
      ['Budget: £2,500 (100 words)', words(100)],
    ],
  );

  decoy(
    'counts of things',
    [
      'Which partners will you work with? (up to 3 partners)',
      'List up to 5 outcomes',
      'Name 2 referees',
      'Attach at least 3 quotes',
      'We run 10 sessions a week',
    ],
    [
      ['List up to 5 outcomes (max 150 words)', words(150)],
      ['Up to 3 partners; 200 words', words(200)],
      ['Name 2 referees and say why (50 words)', words(50)],
      ['Attach at least 3 quotes and explain them in up to 500 characters', characters(500)],
      ['We run 10 sessions a week: describe them (300 words)', words(300)],
    ],
  );

  decoy(
    'a minimum',
    [
      'Please write at least 100 words.',
      'A minimum of 50 words',
      'No fewer than 200 characters',
      'Write more than 300 words',
      '100 words or more',
    ],
    [
      ['At least 100 words and no more than 300 words', words(300)],
      ['Minimum 50 words, maximum 250 words', words(250)],
      ['Between 100 and 300 words', words(300)],
      ['More than 50 but no more than 200 words', words(200)],
      ['No fewer than 20 and no more than 80 words', words(80)],
    ],
  );

  decoy(
    'a limit per item',
    [
      'Describe up to three outcomes (50 words each)',
      'List your outcomes, each in no more than 30 words',
      'Describe your outcomes: 100 words per outcome',
      'List the activities; each activity should be under 40 words',
      'Use bullets of 20 words per bullet',
    ],
    [
      ['Describe each stage of your project (max 500 words)', words(500)],
      ['Answer each question in 250 words', words(250)],
      ['300 words per question', words(300)],
      ['For each of the questions below, 200 words', words(200)],
      ['List your outcomes (max 150 words in total for this answer)', words(150)],
    ],
  );

  describe('precedence', () => {
    const cases: readonly (readonly [string, QuestionInput, Limit | null])[] = [
      ['stated words beat a larger maxlength', { label: '(max 250 words)', maxLength: 2000 }, words(250)],
      [
        'in characters, a tighter maxlength wins',
        { label: '(1,500 characters)', maxLength: 1200 },
        characters(1200),
      ],
      [
        'in characters, a tighter statement wins',
        { label: '(1,000 characters)', maxLength: 1200 },
        characters(1000),
      ],
      ['a tighter word counter wins', { label: '(max 300 words)', counterText: '0 / 250 words' }, words(250)],
      [
        'stated words beat a character counter',
        { label: '(max 300 words)', counterText: '0 / 2,000 characters' },
        words(300),
      ],
      ['both units stated: words', { label: '300 words or 2,000 characters' }, words(300)],
      [
        'a word counter beats maxlength',
        { label: 'Describe', counterText: '0 / 250 words', maxLength: 2000 },
        words(250),
      ],
      [
        'a tighter maxlength beats a character counter',
        { label: 'Describe', counterText: '0 / 1,500 characters', maxLength: 1000 },
        characters(1000),
      ],
      [
        'label and help: the tighter',
        { label: '(max 250 words)', help: 'No more than 300 words.' },
        words(250),
      ],
      [
        'an approximate statement beats maxlength',
        { label: 'Summary (about 200 words)', maxLength: 1500 },
        words(200),
      ],
      ['a counter in the help text', { label: 'Why now?', help: '0 / 4,600 characters' }, characters(4600)],
      ['nothing at all', { label: 'Why now?' }, null],
    ];
    it.each(cases)('%s', (_, input, limit) => {
      expect(questionLimit(input)).toEqual(limit);
    });
  });

  describe('properties', () => {
    it('never throws and gives a positive whole number with a unit, or null', () => {
      fc.assert(
        fc.property(
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 40 }),
          (label, help, counterText) => {
            const limit = questionLimit({ label, help, counterText });
            if (limit === null) return true;
            return (
              Number.isSafeInteger(limit.max) &&
              limit.max > 0 &&
              (limit.unit === 'words' || limit.unit === 'characters')
            );
          },
        ),
      );
    });

    it('finds no limit in numbers that count anything but words or characters', () => {
      const decoys = fc
        .tuple(
          fc.integer({ min: 1, max: 99_999 }),
          fc.constantFrom(
            'points',
            'marks',
            '%',
            'pages',
            'years',
            'months',
            'partners',
            'outcomes',
            'lines',
            'sessions',
          ),
          fc.constantFrom('max ', 'up to ', 'no more than ', 'limit ', ''),
        )
        .map(([n, unit, cue]) => `${cue}${n.toLocaleString('en-GB')} ${unit}`);
      fc.assert(
        fc.property(
          fc.array(decoys, { maxLength: 4 }),
          (parts) => fromLabel(`Describe it (${parts.join('; ')})`) === null,
        ),
      );
    });

    it('keeps a field limit when decoy sentences are added around it', () => {
      const decoySentences = fc.constantFrom(
        'This section is worth 20 points.',
        'Grants of up to £10,000 are available.',
        'The whole application must be under 3,000 words.',
        'Projects must finish by 2027.',
        'List up to 5 outcomes.',
      );
      fc.assert(
        fc.property(
          fc.array(decoySentences, { maxLength: 4 }),
          fc.integer({ min: 1, max: 5000 }),
          (extra, n) => {
            const label = `What difference will it make? (max ${n} words)`;
            return questionLimit({ label, help: extra.join(' ') })?.max === n;
          },
        ),
      );
    });

    it('stays linear on long and hostile text (a guard against backtracking, not a timing budget)', () => {
      const hostile = (n: number) => [
        '1,'.repeat(5 * n),
        '1 '.repeat(5 * n),
        `${'word '.repeat(2 * n)}max`,
        `${'each '.repeat(2 * n)}50 words`,
        `${'0 / '.repeat(2 * n)}5`,
      ];
      // Work is counted, not timed (a time limit is flaky on a busy machine): the characters every regular
      // expression steps over, through exec, which test, match, matchAll and replace all call once it is replaced.
      const regexWork = (texts: string[]): number => {
        const exec = RegExp.prototype.exec;
        let work = 0;
        RegExp.prototype.exec = function (this: RegExp, input: string) {
          const from = this.global || this.sticky ? this.lastIndex : 0;
          const found = exec.call(this, input);
          if (found) work += found.index + found[0].length - from + 1;
          else work += this.sticky ? 1 : input.length - from + 1;
          return found;
        };
        try {
          for (const text of texts) questionLimit({ label: 'Describe', help: text, counterText: text });
        } finally {
          RegExp.prototype.exec = exec;
        }
        return work;
      };
      const once = regexWork(hostile(1_000));
      const tenfold = regexWork(hostile(10_000));
      expect(once).toBeGreaterThan(0);
      expect(tenfold / once).toBeLessThan(11);
    });
  });
});
