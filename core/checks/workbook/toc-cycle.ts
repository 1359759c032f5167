import { defineRule } from '../define';
import { buildGraph, loops, pathAround } from './graph';

export default defineRule({
  family: 'workbook',
  id: 'toc-cycle',
  severity: 'error',
  summary: 'Links that go round in a circle, so the theory of change has no start or end.',
  check({ workbook }) {
    const graph = buildGraph(workbook);
    const indexOf = new Map(workbook.nodes.map((n, i) => [n.id, i]));
    return loops(graph).map((members) => {
      const start = members[0]!;
      const path = pathAround(graph, start, new Set(members));
      return {
        ref: { collection: 'nodes', index: indexOf.get(start)!, field: 'leadsTo' },
        message: `${path.join(' → ')} goes round in a circle. A theory of change runs one way, from activities to impact: remove the link that points back.`,
      };
    });
  },
});
