import { describe, expect, it } from 'vitest';
import check from './outcome-not-measurable';
import { findingsOf } from './test-support';

describe('outcome-not-measurable', () => {
  it.each([
    'By the end of the project young people will feel more confident and better able to cope with setbacks.',
    'Older people will be less isolated and more connected to their community by summer 2027.',
    'Families will improve their relationships and communication at home within a year.',
    'Tenants will stay in their tenancy and avoid eviction by the end of the grant.',
    'Pupils will develop resilience and improve their behaviour in class over the school year.',
  ])('flags %j', (text) => {
    expect(findingsOf(check, text)).toHaveLength(1);
  });

  it.each([
    'By March 2027, 60% of young people will move into work, up from 45% last year.',
    'Within a year, 120 families will reduce their debt, measured by their monthly repayments.',
    'Older people will feel less lonely, measured on the UCLA Loneliness Scale at the start and after six months.',
    'Two thirds of pupils will improve their reading age by the end of the school year.',
    'We will deliver weekly sessions in three libraries.',
    'Wellbeing will improve, as shown by average SWEMWBS scores rising over the year.',
  ])('stays silent for %j', (text) => {
    expect(findingsOf(check, text)).toEqual([]);
  });
});
