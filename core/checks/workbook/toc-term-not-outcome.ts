import { defineRule } from '../define';

export default defineRule({
  family: 'workbook',
  id: 'toc-term-not-outcome',
  severity: 'warning',
  summary: 'A Term (short, medium or long) on a step that is not an outcome.',
  check({ workbook }) {
    return workbook.nodes.flatMap((node, index) =>
      node.term !== undefined && node.level !== 'Outcome'
        ? [
            {
              ref: { collection: 'nodes', index, field: 'term' } as const,
              message: `Term is for outcomes only, and ${node.id} is an ${node.level}; clear the Term or change the Level to Outcome.`,
            },
          ]
        : [],
    );
  },
});
