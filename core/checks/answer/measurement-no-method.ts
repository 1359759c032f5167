import { defineRule } from '../define';

/** Named ways of finding out: tools, sources, moments of collection, people who collect. */
const METHOD =
  /\b(?:surveys?|questionnaires?|interview(?:s|ed)?|focus\s+groups?|scales?|assessments?|assessed\s+(?:using|with|by|on|against)|(?:attendance|case|client|school|health|administrative|referral|destination)\s+records?|register|database|crm|case\s+management|spreadsheet|data\s+from|follow[-\s]?ups?|follow(?:ed)?\s+up|observ(?:e|ation|ations|ed)|case\s+stud(?:y|ies)|feedback\s+forms?|attendance|tracking\s+(?:system|tool|database|sheet|spreadsheet)|logs?|diar(?:y|ies)|wemwbs|swemwbs|sdq|outcomes\s+star|rickter|warwick|rosenberg|gse|core-?10|gad-?7|phq-?9|pre[-\s]?(?:and|&)[-\s]?post|before\s+and\s+after|start\s+and\s+end|entry\s+and\s+exit|baseline|(?:external|independent)\s+evaluat(?:ion|or)|evaluators?|payslips?|certificates?|exam\s+results|administrative|referral\s+forms?|audit|monitoring\s+forms?|journals?|photos?|video)\b/i;

export default defineRule({
  family: 'answer',
  id: 'measurement-no-method',
  severity: 'warning',
  appliesTo: ['measurement'],
  scope: 'answer',
  summary: 'Says you will measure or evaluate but not how.',
  check({ answer }) {
    const { analysis } = answer;
    if (!analysis.hasWords(5) || METHOD.test(analysis.text)) return [];
    return [
      {
        message:
          'Says you will measure or evaluate but not how. Name the tool or source, when you collect it and who does: a funder needs to know the figures will be real.',
        span: { start: 0, end: answer.text.length },
        suggestion:
          'For example: "Mentors complete the General Self-Efficacy Scale with each young person at the start and end; our impact lead follows up at six months by phone and checks payslips."',
      },
    ];
  },
});
