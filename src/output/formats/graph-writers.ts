import type { GraphEdge, GraphNode } from '../../store/queries/citation-graph.js';
import type { Sink } from './sink.js';

export const GRAPH_FORMATS = ['dot', 'json', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** A DOT double-quoted string: backslash and quote escaped, line breaks as \n. */
export function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** Text for XML content and attributes; characters XML 1.0 forbids are dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Writes a citation graph, nodes then edges, each streamed from the database:
 * DOT (Graphviz), JSON {nodes, edges}, or GraphML (Gephi, yEd, NetworkX).
 */
export function writeGraph(format: GraphFormat, sink: Sink, nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): void {
  if (format === 'dot') {
    sink.write('digraph citations {\n  node [shape=box, fontname="sans-serif"];\n');
    for (const n of nodes) {
      const tooltip = n.title ? `, tooltip=${dotString(n.title)}` : '';
      sink.write(`  ${dotString(n.id)} [label=${dotString(n.label)}${n.document_id !== null ? ', style=filled, fillcolor="#e3f2fd"' : ''}${tooltip}];\n`);
    }
    for (const e of edges) sink.write(`  ${dotString(e.source)} -> ${dotString(e.target)} [weight=${e.weight}, label="${e.weight}"];\n`);
    sink.write('}\n');
  } else if (format === 'json') {
    sink.write('{"nodes": [');
    let first = true;
    for (const n of nodes) {
      sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(n)}`);
      first = false;
    }
    sink.write('\n], "edges": [');
    first = true;
    for (const e of edges) {
      sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(e)}`);
      first = false;
    }
    sink.write('\n]}\n');
  } else {
    sink.write(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="document_id" for="node" attr.name="document_id" attr.type="long"/>
  <key id="symbol" for="node" attr.name="symbol" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="title" for="node" attr.name="title" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
  <graph id="citations" edgedefault="directed">
`);
    for (const n of nodes) {
      let data = `<data key="label">${xmlEscape(n.label)}</data>`;
      if (n.document_id !== null) data += `<data key="document_id">${n.document_id}</data>`;
      if (n.symbol) data += `<data key="symbol">${xmlEscape(n.symbol)}</data>`;
      if (n.type) data += `<data key="type">${xmlEscape(n.type)}</data>`;
      if (n.title) data += `<data key="title">${xmlEscape(n.title)}</data>`;
      sink.write(`    <node id="${xmlEscape(n.id)}">${data}</node>\n`);
    }
    for (const e of edges) {
      sink.write(`    <edge source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"><data key="weight">${e.weight}</data></edge>\n`);
    }
    sink.write('  </graph>\n</graphml>\n');
  }
}
