// Every IMPACT_ formula with its docs, for build.ts (the stubs' help) and the tests. Code.js never imports this file:
// functions/index.ts exports the definitions alone.
import { checkDocs, checkFormula } from './check';
import { claimableDocs, claimableFormula } from './claimable';
import { compareDocs, compareFormula } from './compare';
import { completenessDocs, completenessFormula } from './completeness';
import { type DocumentedFormula, documented } from './define';
import { forecastDocs, forecastFormula } from './forecast';
import { paymentDocs, paymentFormula } from './payment';
import { progressDocs, progressFormula } from './progress';
import { rateDocs, rateFormula } from './rate';
import { sroiDocs, sroiFormula } from './sroi';
import { statusDocs, statusFormula } from './status';
import { trendDocs, trendFormula } from './trend';

/** Every IMPACT_ formula, in the order the help lists them. */
export const FORMULAS: readonly DocumentedFormula[] = [
  documented(progressFormula, progressDocs),
  documented(statusFormula, statusDocs),
  documented(rateFormula, rateDocs),
  documented(compareFormula, compareDocs),
  documented(trendFormula, trendDocs),
  documented(forecastFormula, forecastDocs),
  documented(paymentFormula, paymentDocs),
  documented(sroiFormula, sroiDocs),
  documented(completenessFormula, completenessDocs),
  documented(claimableFormula, claimableDocs),
  documented(checkFormula, checkDocs),
];
