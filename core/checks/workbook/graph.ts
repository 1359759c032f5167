import type { Workbook } from '../../model/schema';

export interface TocGraph {
  ids: string[];
  next: Map<string, string[]>;
  previous: Map<string, string[]>;
}

export function buildGraph(workbook: Workbook): TocGraph {
  const ids = workbook.nodes.map((n) => n.id);
  const next = new Map<string, string[]>(ids.map((id) => [id, []]));
  const previous = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of workbook.links) {
    if (!next.has(from) || !next.has(to)) continue;
    next.get(from)!.push(to);
    previous.get(to)!.push(from);
  }
  return { ids, next, previous };
}

/** Every node from which one of `targets` can be reached by following links forward (targets included). */
export function canReach(graph: TocGraph, targets: Iterable<string>): Set<string> {
  const reached = new Set<string>();
  const stack = [...targets];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const before of graph.previous.get(id) ?? []) stack.push(before);
  }
  return reached;
}

/**
 * Strongly connected components (Tarjan, iterative so that a long chain cannot overflow the stack), keeping only
 * those that are loops: two or more nodes, or one node that leads to itself. Members are in workbook order.
 */
export function loops(graph: TocGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of graph.ids) {
    if (index.has(root)) continue;
    const work: { id: string; child: number }[] = [{ id: root, child: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const children = graph.next.get(frame.id) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++]!;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ id: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const selfLoop = component.length === 1 && (graph.next.get(frame.id) ?? []).includes(frame.id);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  const order = new Map(graph.ids.map((id, i) => [id, i]));
  return components
    .map((c) => c.sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}

/** One concrete way round a loop, starting and ending at `start`: O2 → O3 → O2. */
export function pathAround(graph: TocGraph, start: string, members: ReadonlySet<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const child of graph.next.get(id) ?? []) {
      if (!members.has(child)) continue;
      if (child === start) {
        const path = [start];
        for (let at: string | undefined = id; at !== undefined && at !== start; at = cameFrom.get(at))
          path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!cameFrom.has(child)) {
        cameFrom.set(child, id);
        queue.push(child);
      }
    }
  }
  return [start, start];
}
