import { defineRule } from '../define';

export default defineRule({
  family: 'workbook',
  id: 'toc-missing-term',
  severity: 'warning',
  summary: 'An outcome not marked short, medium or long term.',
  check({ workbook }) {
    return workbook.nodes.flatMap((node, index) =>
      node.level === 'Outcome' && node.term === undefined
        ? [
            {
              ref: { collection: 'nodes', index, field: 'term' } as const,
              message: `${node.id} has no Term: say whether it is a Short, Medium or Long term outcome, so that you know when to expect it and when to measure it.`,
            },
          ]
        : [],
    );
  },
});
