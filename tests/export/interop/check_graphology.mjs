// Interop: loads the GEXF and GraphML exports with graphology's parsers (what Gephi Lite uses) and checks nodes,
// edges, labels, types and weights against the node-link JSON they came from; validates that JSON against
// schema/graph.schema.json with Ajv (draft 2020-12).
//
// usage: node check_graphology.mjs GRAPH.json EXPORT.gexf EXPORT.graphml SCHEMA.json
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');
const Ajv2020 = require('ajv/dist/2020').default;

const [jsonPath, gexfPath, graphmlPath, schemaPath] = process.argv.slice(2);
const data = JSON.parse(readFileSync(jsonPath, 'utf8'));

// What XML formats can carry (the writers drop characters XML 1.0 forbids).
const xmlText = s => [...s].filter(c => c === '\t' || c === '\n' || c === '\r' ||
    (c.codePointAt(0) >= 0x20 && c !== '\uFFFE' && c !== '\uFFFF')).join('');
// Inverse of export/XmlId.cc ('.HH' is one byte).
const decodeXmlId = id => Buffer.from(id.replace(/\.([0-9A-F]{2})/g, '%$1').split(/(%[0-9A-F]{2})/)
    .flatMap(part => part.startsWith('%') ? [parseInt(part.slice(1), 16)] : [...Buffer.from(part, 'utf8')]))
    .toString('utf8');

const expectedNodes = new Map(data.nodes.map(n => [n.id, `${xmlText(n.label)}|${n.type}`]));
const expectedEdges = data.edges.map(e => `${e.source}|${e.target}|${e.type}|${Number(e.weight)}`).sort();

let failed = false;
function check(what, graph, nodeId, nodeType, edgeType) {
  const nodes = new Map();
  graph.forEachNode((id, a) => nodes.set(nodeId(id), `${a.label}|${nodeType(a)}`));
  const edges = [];
  graph.forEachEdge((e, a, s, t) => edges.push(`${nodeId(s)}|${nodeId(t)}|${edgeType(a)}|${Number(a.weight)}`));
  edges.sort();
  const problems = [];
  if (nodes.size !== expectedNodes.size) problems.push(`${nodes.size} nodes, expected ${expectedNodes.size}`);
  for (const [id, value] of expectedNodes)
    if (nodes.get(id) !== value) problems.push(`node ${id}: ${String(nodes.get(id)).slice(0, 80)}`);
  if (JSON.stringify(edges) !== JSON.stringify(expectedEdges))
    problems.push(`edges:\n    got      ${edges.join(' ')}\n    expected ${expectedEdges.join(' ')}`);
  if (!graph.multi) problems.push('not a multigraph: parallel edges of different types would be lost');
  console.log(`${what}: ${graph.order} nodes, ${graph.size} edges: ${problems.length ? 'FAILED' : 'ok'}`);
  for (const p of problems) console.log('  ' + p);
  failed ||= problems.length > 0;
}

const fromGexf = gexf.parse(Graph, readFileSync(gexfPath, 'utf8'));
// graphology-gexf keeps the 1.3 edge `kind` as the `kind` attribute and the attvalue `type` as `type`.
check('graphology-gexf', fromGexf, id => id, a => a.type, a => a.kind);
const fromGraphml = graphml.parse(Graph, readFileSync(graphmlPath, 'utf8'));
check('graphology-graphml', fromGraphml, decodeXmlId, a => a.type, a => a.type);

const ajv = new Ajv2020({allErrors: true, strict: false});
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
const valid = validate(data);
console.log(`ajv graph.schema.json: ${valid ? 'ok' : 'FAILED'}`);
if (!valid) console.log(JSON.stringify(validate.errors.slice(0, 5), null, 2));
const broken = structuredClone(data);
broken.nodes[0].type = 'Planet';
if (validate(broken)) {
  console.log('ajv accepted a node of unknown type: the schema checks nothing');
  failed = true;
}
process.exit(failed || !valid ? 1 : 0);
