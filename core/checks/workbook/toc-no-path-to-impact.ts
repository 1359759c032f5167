import { defineRule } from '../define';
import { buildGraph, canReach } from './graph';

export default defineRule({
  family: 'workbook',
  id: 'toc-no-path-to-impact',
  severity: 'warning',
  summary:
    'A step from which no chain of links reaches an impact, or a theory of change with no impact at all.',
  check({ workbook }) {
    if (workbook.nodes.length === 0) return [];
    const impacts = workbook.nodes.filter((n) => n.level === 'Impact').map((n) => n.id);
    if (impacts.length === 0) {
      return [
        {
          ref: { collection: 'nodes', index: 0, field: 'level' },
          message:
            'The theory of change has no Impact: add a row with Level Impact for the lasting change you work towards, and link your long-term outcomes to it.',
        },
      ];
    }
    const graph = buildGraph(workbook);
    const reaches = canReach(graph, impacts);
    return workbook.nodes.flatMap((node, index) => {
      const linked = (graph.next.get(node.id)?.length ?? 0) + (graph.previous.get(node.id)?.length ?? 0) > 0;
      // A node linked to nothing is toc-orphan's finding; saying it twice helps nobody.
      if (!linked || reaches.has(node.id)) return [];
      return [
        {
          ref: { collection: 'nodes', index, field: 'leadsTo' },
          message: `No chain of links leads from ${node.id} to an impact (${impacts.join(', ')}): add what it leads to, or ask whether it belongs in this theory of change.`,
        },
      ];
    });
  },
});
