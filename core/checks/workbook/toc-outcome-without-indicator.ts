import { defineRule } from '../define';

export default defineRule({
  family: 'workbook',
  id: 'toc-outcome-without-indicator',
  severity: 'warning',
  summary: 'An outcome that no indicator measures, so nobody can tell whether it happened.',
  check({ workbook }) {
    const measured = new Set(workbook.indicators.map((i) => i.outcome));
    return workbook.nodes.flatMap((node, index) =>
      node.level === 'Outcome' && !measured.has(node.id)
        ? [
            {
              ref: { collection: 'nodes', index, field: 'id' } as const,
              message: `No indicator measures ${node.id} ("${node.statement}"): add one on the Indicators tab with Outcome ${node.id}, or you cannot show whether it happened.`,
            },
          ]
        : [],
    );
  },
});
