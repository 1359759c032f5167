import { checkFormula } from './check';
import { compareFormula } from './compare';
import { completenessFormula } from './completeness';
import type { Formula } from './define';
import { forecastFormula } from './forecast';
import { paymentFormula } from './payment';
import { progressFormula } from './progress';
import { rateFormula } from './rate';
import { sroiFormula } from './sroi';
import { statusFormula } from './status';
import { trendFormula } from './trend';

/** Every IMPACT_ formula, in the order the help lists them. */
export const FORMULAS: readonly Formula[] = [
  progressFormula,
  statusFormula,
  rateFormula,
  compareFormula,
  trendFormula,
  forecastFormula,
  paymentFormula,
  sroiFormula,
  completenessFormula,
  checkFormula,
];
