import { defineRule, type RawWorkbookFinding } from '../define';
import { buildGraph } from './graph';

/** Levels that something must bring about: an activity may start the chain, these may not. */
const CAUSED_LEVELS = new Set(['Output', 'Outcome', 'Impact']);

export default defineRule({
  family: 'workbook',
  id: 'toc-orphan',
  severity: 'warning',
  summary: 'A step of the theory of change that is linked to nothing, or a result that nothing leads to.',
  check({ workbook }) {
    const graph = buildGraph(workbook);
    const findings: RawWorkbookFinding[] = [];
    workbook.nodes.forEach((node, index) => {
      const out = graph.next.get(node.id)?.length ?? 0;
      const into = graph.previous.get(node.id)?.length ?? 0;
      const ref = { collection: 'nodes', index, field: 'id' } as const;
      if (out === 0 && into === 0) {
        findings.push({
          ref,
          message: `${node.id} is linked to nothing: no row leads to it and its Leads to is empty. Connect it to the chain (what leads to it, what it leads to) or remove it.`,
        });
      } else if (into === 0 && CAUSED_LEVELS.has(node.level)) {
        findings.push({
          ref,
          message: `Nothing leads to ${node.id} (${node.level.toLowerCase()}): which activity or earlier result brings it about? Add ${node.id} to that row's Leads to.`,
        });
      }
    });
    return findings;
  },
});
