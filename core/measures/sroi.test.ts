import { describe, expect, it } from 'vitest';
import { sroi } from './sroi';

describe('sroi', () => {
  /*
   * A case worked by hand by the method of "A guide to Social Return on Investment" (Cabinet Office, Office of
   * the Third Sector, and the SROI Network, 2009; updated January 2012): stage 4 takes deadweight, displacement
   * and attribution off each outcome's value as percentages; stage 5 carries the value forward with drop-off
   * taken off the remaining value from the second year, discounts each year at 3.5% (the HM Treasury Green Book
   * rate the guide uses) with year one discounted by one year, and divides the total present value by the value
   * of the inputs.
   *
   * Outcome A: 20 young people in work, proxy £10,000 a year each, deadweight 25%, displacement 10%,
   * attribution 20%, drop-off 20%, lasting 3 years.
   *   20 × £10,000 = £200,000; − 25% = £150,000; − 10% = £135,000; − 20% = £108,000 in year one.
   *   Year 2: £108,000 × 0.8 = £86,400. Year 3: £86,400 × 0.8 = £69,120.
   *   £108,000 / 1.035 = £104,347.826087; £86,400 / 1.071225 = £80,655.324512; £69,120 / 1.108717875 = £62,342.279816.
   *   Present value A = £247,345.430415.
   * Outcome B: 15 with better wellbeing, proxy £1,500, deadweight 40%, no displacement, attribution 30%,
   * drop-off 50%, lasting 2 years.
   *   15 × £1,500 = £22,500; − 40% = £13,500; − 0% = £13,500; − 30% = £9,450. Year 2: £4,725.
   *   £9,450 / 1.035 = £9,130.434783; £4,725 / 1.071225 = £4,410.838059. Present value B = £13,541.272842.
   * Total present value £260,886.703257 on an investment of £60,000: SROI £4.35 for every £1 (4.348111721).
   */
  const handWorked = {
    rows: [
      {
        quantity: 20,
        proxy: 10_000,
        deadweight: 0.25,
        displacement: 0.1,
        attribution: 0.2,
        dropOff: 0.2,
        duration: 3,
      },
      {
        quantity: 15,
        proxy: 1_500,
        deadweight: 0.4,
        displacement: 0,
        attribution: 0.3,
        dropOff: 0.5,
        duration: 2,
      },
    ],
    investment: 60_000,
  };

  it('reproduces the case worked by hand from the SROI guide’s method', () => {
    const result = sroi(handWorked);
    expect(result.rows[0]!.yearOne).toBeCloseTo(108_000, 8);
    expect(result.rows[0]!.presentValue).toBeCloseTo(247_345.430415, 5);
    expect(result.rows[1]!.yearOne).toBeCloseTo(9_450, 8);
    expect(result.rows[1]!.presentValue).toBeCloseTo(13_541.272842, 5);
    expect(result.presentValue).toBeCloseTo(260_886.703257, 5);
    expect(result.netPresentValue).toBeCloseTo(200_886.703257, 5);
    expect(result.ratio).toBeCloseTo(4.348111721, 8);
  });

  it('uses 3.5% unless told otherwise, and any rate it is given', () => {
    expect(sroi({ ...handWorked, discountRate: 0.035 }).presentValue).toBe(sroi(handWorked).presentValue);
    // Undiscounted, the values simply add up: 108,000 + 86,400 + 69,120 + 9,450 + 4,725.
    expect(sroi({ ...handWorked, discountRate: 0 }).presentValue).toBeCloseTo(277_695, 8);
  });

  it('counts a one-year outcome once, discounted by one year', () => {
    const one = sroi({
      rows: [
        {
          quantity: 1,
          proxy: 1_035,
          deadweight: 0,
          displacement: 0,
          attribution: 0,
          dropOff: 0.5,
          duration: 1,
        },
      ],
      investment: 500,
    });
    expect(one.presentValue).toBeCloseTo(1_000, 10);
    expect(one.ratio).toBeCloseTo(2, 12);
  });

  it('lets a negative outcome (a negative proxy) reduce the value', () => {
    const withHarm = sroi({
      ...handWorked,
      rows: [
        ...handWorked.rows,
        {
          quantity: 2,
          proxy: -1_035,
          deadweight: 0,
          displacement: 0,
          attribution: 0,
          dropOff: 0,
          duration: 1,
        },
      ],
    });
    expect(withHarm.presentValue).toBeCloseTo(260_886.703257 - 2_000, 5);
  });
});
