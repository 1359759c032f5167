import { describe, expect, it } from 'vitest';
import check from './inconsistent-numbers';
import { answer, findingsOf } from './test-support';

const beneficiaries = (text: string) => answer(text, 'beneficiaries', null, 'who');

describe('inconsistent-numbers', () => {
  it.each([
    ['We will work with 200 young people each year.', 'We will reach 250 young people each year.'],
    ['The project will support 80 families.', 'We will work with 100 families referred by schools.'],
    ['We will engage 40 older people in Holbeck.', 'Our lunch club will reach 60 older people.'],
    ['Over three years we will support 600 young people.', 'Over three years we will help 450 young people.'],
    ['We will train 30 volunteers.', 'We plan to recruit 25 volunteers from the estate.'],
  ])('flags %j against %j', (mine, theirs) => {
    const [finding] = findingsOf(check, mine, { kind: 'activities', others: [beneficiaries(theirs)] });
    expect(finding).toMatchObject({ checkId: 'inconsistent-numbers' });
    expect(finding!.message).toContain('Who will benefit from this project?');
  });

  it.each([
    [
      'the same figure twice',
      'We will work with 200 young people each year.',
      'We will reach 200 young people each year.',
    ],
    [
      'a year against three years',
      'We will work with 200 young people each year.',
      'Over three years we will reach 600 young people.',
    ],
    [
      'a total against a subset with an outcome',
      'We will work with 200 young people.',
      '120 young people will move into work.',
    ],
    ['different groups', 'We will support 80 families.', 'We will work with 200 young people.'],
    [
      'numbers that are not people reached',
      'We will run 40 workshops for 200 young people.',
      'We will deliver 60 workshops.',
    ],
    ['no other answer', 'We will work with 200 young people.', ''],
  ])('stays silent for %s', (_, mine, theirs) => {
    expect(
      findingsOf(check, mine, { kind: 'activities', others: theirs ? [beneficiaries(theirs)] : [] }),
    ).toEqual([]);
  });
});
