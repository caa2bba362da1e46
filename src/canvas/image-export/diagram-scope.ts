/** Which nodes and edges an image shows: the whole design, or the selection with what it contains. */

export interface ScopeNode {
  id: string;
  parentId?: string;
}

export interface ScopeEdge {
  id: string;
  source: string;
  target: string;
}

export interface DiagramScope<N extends ScopeNode, E extends ScopeEdge> {
  nodes: N[];
  edges: E[];
}

/**
 * The nodes and edges to draw. With a selection: the selected nodes and everything inside them (a
 * selected VNet brings its subnets), and only the edges between two drawn nodes. Without one (or when
 * nothing selected is on the canvas): everything.
 */
export function diagramScope<N extends ScopeNode, E extends ScopeEdge>(
  nodes: readonly N[],
  edges: readonly E[],
  selection: readonly string[] | undefined,
): DiagramScope<N, E> {
  if (!selection || selection.length === 0) return { nodes: [...nodes], edges: [...edges] };
  const ids = new Set(selection.filter((id) => nodes.some((n) => n.id === id)));
  if (ids.size === 0) return { nodes: [...nodes], edges: [...edges] };
  // Children may nest more than one level: repeat until nothing is added.
  for (let added = true; added; ) {
    added = false;
    for (const n of nodes)
      if (n.parentId !== undefined && ids.has(n.parentId) && !ids.has(n.id)) {
        ids.add(n.id);
        added = true;
      }
  }
  return {
    nodes: nodes.filter((n) => ids.has(n.id)),
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}
