import type { Command } from 'commander';
import { openQueryDatabase } from '../../store/queries/open-query-database.js';
import { buildCitationGraph, graphEdges, graphNodes, nodeLabel, type GraphNode } from '../../store/queries/citation-graph.js';
import { GRAPH_FORMATS, writeGraph } from '../../output/formats/graph-writers.js';
import { openSink } from '../../output/formats/sink.js';
import { checkFormat, intOption, yearOption } from '../../output/formats/output-options.js';
import { EXIT, type ExitCode } from '../errors.js';

interface GraphCliOptions {
  db: string;
  format: string;
  out?: string;
  province?: string;
  year?: string;
  around?: string;
  depth: string;
}

/**
 * `vanban graph`: documents and cited documents as nodes (keyed by citation
 * key; a stored document's node carries its id and title), citations as edges
 * weighted by mentions. `--around X --depth N` keeps what lies within N
 * citations of X, either way.
 */
export async function graphCommand(opts: GraphCliOptions): Promise<ExitCode> {
  const format = checkFormat(opts.format, GRAPH_FORMATS);
  const depth = intOption('--depth', opts.depth, 1)!;
  const filters = { province: opts.province, year: yearOption(opts.year) };
  const db = openQueryDatabase(opts.db);
  try {
    buildCitationGraph(db, filters, opts.around !== undefined ? { start: opts.around, depth } : undefined);
    const sink = openSink(opts.out);
    try {
      const nodes = (function* () {
        for (const n of graphNodes(db)) yield { ...n, label: nodeLabel(n) } as GraphNode;
      })();
      writeGraph(format, sink, nodes, graphEdges(db));
    } finally {
      sink.close();
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}

export function registerGraph(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('graph')
    .description('the citation graph: documents as nodes, citations as edges weighted by mentions')
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('-f, --format <format>', 'dot, json or graphml', 'dot')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--province <name>', 'citing document: place or issuer names this province (folded)')
    .option('--year <yyyy>', 'citing document issued this year')
    .option('--around <key|symbol>', 'only what lies within --depth citations of this document')
    .option('--depth <n>', 'with --around: how many citations away', '1')
    .action((opts: GraphCliOptions) => run(graphCommand(opts)));
}
