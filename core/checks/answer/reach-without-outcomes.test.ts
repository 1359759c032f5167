import { describe, expect, it } from 'vitest';
import check from './reach-without-outcomes';
import { findingsOf } from './test-support';

describe('reach-without-outcomes', () => {
  it.each([
    'We will reach 200 young people across Bradford each year.',
    'The project will support 150 families and work with 40 schools.',
    'Over three years we will engage 1,200 older people through our lunch clubs.',
    'We will help 80 survivors of domestic abuse. 300 children will take part in our holiday club.',
    'Our outreach team will work with 60 rough sleepers in the city centre.',
  ])('flags %j', (text) => {
    const [finding] = findingsOf(check, text);
    expect(finding).toMatchObject({ checkId: 'reach-without-outcomes' });
  });

  it.each([
    'We will work with 200 young people, and 60% of them will move into work within six months.',
    'We will support 150 families; by the end of the year fewer will be in rent arrears.',
    'Older people will feel less lonely by summer 2027.',
    'We will deliver 40 workshops.',
    '',
  ])('stays silent for %j', (text) => {
    expect(findingsOf(check, text)).toEqual([]);
  });

  it('does not apply to a beneficiaries answer, where counting people is the point', () => {
    expect(findingsOf(check, 'We will reach 200 young people.', { kind: 'beneficiaries' })).toEqual([]);
  });
});
