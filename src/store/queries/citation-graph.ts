import { foldVi } from '../../util/fold-vi.js';
import type { Db } from '../open-database.js';
import { foldSymbol } from './citations-query.js';
import { SqlWhere } from './sql-where.js';

/** Filters on the citing document of each citation. */
export interface GraphFilters {
  /** Folded substring of the citing document's place or issuer. */
  province?: string;
  /** The citing document was issued this year. */
  year?: number;
}

/** A node: a citation key (or `doc:ID` for a stored document without one, `sym:SYMBOL` for a mention without key). */
export interface GraphNode {
  id: string;
  label: string;
  document_id: number | null;
  symbol: string | null;
  type: string | null;
  title: string | null;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
}

/** Node id of a citing document and of a cited one, as SQL expressions. */
const CITING = "coalesce(c.citation_key, 'doc:' || c.id)";
const CITED = "coalesce(r.key, 'sym:' || r.symbol_folded)";

function citingConditions(f: GraphFilters, w = new SqlWhere()): SqlWhere {
  if (f.year !== undefined) w.add('c.issued_on >= ? AND c.issued_on < ?', String(f.year), String(f.year + 1));
  if (f.province) w.add("instr(fold_vi(coalesce(c.place, '') || ' | ' || coalesce(c.issuer, '')), ?) > 0", foldVi(f.province.trim()));
  return w;
}

/**
 * Fills temp.graph_edges (source, target, weight = mentions) with the whole
 * citation graph, or with the part within `depth` citations of `around` (a
 * citation key or a symbol), either direction. Returns how many edges.
 */
export function buildCitationGraph(db: Db, f: GraphFilters, around?: { start: string; depth: number; maxNodes?: number }): number {
  db.exec('DROP TABLE IF EXISTS temp.graph_edges');
  db.exec('CREATE TEMP TABLE graph_edges (source TEXT NOT NULL, target TEXT NOT NULL, weight INTEGER NOT NULL, PRIMARY KEY (source, target)) WITHOUT ROWID');
  if (!around) {
    const w = citingConditions(f);
    db.prepare(`INSERT INTO temp.graph_edges SELECT ${CITING}, ${CITED}, count(*) FROM "references" r JOIN documents c ON c.id = r.document_id ${w} GROUP BY 1, 2`).run(
      ...w.params,
    );
  } else {
    aroundEdges(db, f, around.start, around.depth, around.maxNodes ?? 5000);
  }
  return db.prepare('SELECT count(*) FROM temp.graph_edges').pluck().get() as number;
}

/** Breadth-first from the start node(s), following citations both ways, each step an indexed lookup. */
function aroundEdges(db: Db, f: GraphFilters, start: string, depth: number, maxNodes: number): void {
  const wOut = citingConditions(f, new SqlWhere().add('c.id = ?', 0));
  // What a node cites: the documents that are that node.
  const outgoing = db.prepare(
    `SELECT ${CITING} AS source, ${CITED} AS target, count(*) AS weight FROM documents c JOIN "references" r ON r.document_id = c.id
     ${wOut} GROUP BY 1, 2`,
  );
  const docsOfNode = db.prepare("SELECT id FROM documents WHERE citation_key = ? UNION SELECT CAST(substr(?, 5) AS INTEGER) WHERE ? LIKE 'doc:%'").pluck();
  const wInKey = citingConditions(f, new SqlWhere().add('r.key = ?', ''));
  const incomingKey = db.prepare(`SELECT ${CITING} AS source, ${CITED} AS target, count(*) AS weight FROM "references" r JOIN documents c ON c.id = r.document_id ${wInKey} GROUP BY 1, 2`);
  const wInSym = citingConditions(f, new SqlWhere().add('r.symbol_folded = ? AND r.key IS NULL', ''));
  const incomingSym = db.prepare(`SELECT ${CITING} AS source, ${CITED} AS target, count(*) AS weight FROM "references" r JOIN documents c ON c.id = r.document_id ${wInSym} GROUP BY 1, 2`);
  const insert = db.prepare('INSERT OR IGNORE INTO temp.graph_edges VALUES (?, ?, ?)');

  const startNodes = new Set<string>();
  const s = start.trim();
  const byKey = db.prepare('SELECT 1 FROM "references" WHERE key = ? UNION ALL SELECT 1 FROM documents WHERE citation_key = ? LIMIT 1').pluck().get(s, s);
  if (byKey) startNodes.add(s);
  else {
    const folded = foldSymbol(s);
    for (const k of db.prepare(`SELECT DISTINCT ${CITED} FROM "references" r WHERE r.symbol_folded = ?`).pluck().all(folded) as string[]) startNodes.add(k);
    for (const d of db.prepare("SELECT coalesce(citation_key, 'doc:' || id) FROM documents WHERE symbol IS NOT NULL AND replace(fold_vi(symbol), ' ', '') = ?").pluck().all(folded) as string[]) {
      startNodes.add(d);
    }
  }
  const seen = new Set<string>(startNodes);
  let frontier = [...startNodes];
  for (let level = 0; level < depth && frontier.length; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      const edges: GraphEdge[] = [];
      for (const id of docsOfNode.all(node, node, node) as number[]) edges.push(...(outgoing.all(id, ...wOut.params.slice(1)) as GraphEdge[]));
      if (node.startsWith('sym:')) edges.push(...(incomingSym.all(node.slice(4), ...wInSym.params.slice(1)) as GraphEdge[]));
      else edges.push(...(incomingKey.all(node, ...wInKey.params.slice(1)) as GraphEdge[]));
      for (const e of edges) {
        insert.run(e.source, e.target, e.weight);
        for (const n of [e.source, e.target]) {
          if (!seen.has(n) && seen.size < maxNodes) {
            seen.add(n);
            next.push(n);
          }
        }
      }
    }
    frontier = next;
  }
  // Keep only edges between nodes reached (the cap may have left some out).
  const keep = db.prepare('DELETE FROM temp.graph_edges WHERE source = ? AND target = ?');
  for (const e of db.prepare('SELECT source, target FROM temp.graph_edges').all() as GraphEdge[]) {
    if (!seen.has(e.source) || !seen.has(e.target)) keep.run(e.source, e.target);
  }
}

/** The nodes of temp.graph_edges with what the database knows of each; streamed. */
export function graphNodes(db: Db): IterableIterator<GraphNode> {
  return db
    .prepare(
      `WITH n(id) AS (SELECT source FROM temp.graph_edges UNION SELECT target FROM temp.graph_edges),
       k AS (SELECT n.id, CASE WHEN n.id LIKE 'doc:%' THEN CAST(substr(n.id, 5) AS INTEGER)
                   ELSE (SELECT d.id FROM documents d WHERE d.citation_key = n.id ORDER BY d.id LIMIT 1) END AS document_id FROM n)
       SELECT k.id, k.document_id, d.title,
         coalesce(d.symbol, (SELECT r.symbol FROM "references" r WHERE r.key = k.id LIMIT 1),
                  CASE WHEN k.id LIKE 'sym:%' THEN (SELECT r.symbol FROM "references" r WHERE r.symbol_folded = substr(k.id, 5) LIMIT 1) END) AS symbol,
         coalesce(d.type, (SELECT r.type FROM "references" r WHERE r.key = k.id LIMIT 1)) AS type
       FROM k LEFT JOIN documents d ON d.id = k.document_id
       ORDER BY k.id`,
    )
    .iterate() as IterableIterator<GraphNode & { label?: string }>;
}

/** The edges of temp.graph_edges, heaviest first; streamed. */
export function graphEdges(db: Db): IterableIterator<GraphEdge> {
  return db.prepare('SELECT source, target, weight FROM temp.graph_edges ORDER BY source, weight DESC, target').iterate() as IterableIterator<GraphEdge>;
}

/** A node's label: its symbol and type, else its key. */
export function nodeLabel(n: Omit<GraphNode, 'label'>): string {
  if (n.symbol) return [n.type, n.symbol].filter(Boolean).join(' ');
  return n.document_id !== null ? `${n.type ?? 'Document'} #${n.document_id}` : n.id;
}
