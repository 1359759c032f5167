// The IMPACT_ custom functions Code.js exports, one for each definition in formulas.ts. build.ts writes the top-level
// stub Apps Script sees, with the help Sheets shows, from each definition, and checks it against these exports.
import { checkFormula } from './check';
import { claimableFormula } from './claimable';
import { compareFormula } from './compare';
import { completenessFormula } from './completeness';
import { forecastFormula } from './forecast';
import { paymentFormula } from './payment';
import { progressFormula } from './progress';
import { rateFormula } from './rate';
import { sroiFormula } from './sroi';
import { statusFormula } from './status';
import { trendFormula } from './trend';

export const IMPACT_PROGRESS = progressFormula.run;
export const IMPACT_STATUS = statusFormula.run;
export const IMPACT_RATE = rateFormula.run;
export const IMPACT_COMPARE = compareFormula.run;
export const IMPACT_TREND = trendFormula.run;
export const IMPACT_FORECAST = forecastFormula.run;
export const IMPACT_PAYMENT = paymentFormula.run;
export const IMPACT_SROI = sroiFormula.run;
export const IMPACT_COMPLETENESS = completenessFormula.run;
export const IMPACT_CLAIMABLE = claimableFormula.run;
export const IMPACT_CHECK = checkFormula.run;
