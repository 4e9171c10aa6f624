"""End to end: build the examples graph as JSON and GraphML, validate the GraphML against the official XSD,
and check that networkx (and igraph) load both with the same node and edge counts and the same facts."""
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx

tool, examples, formats = sys.argv[1:4]
out = tempfile.mkdtemp(prefix="newsgraph-e2e-")
js, gml = os.path.join(out, "g.json"), os.path.join(out, "g.graphml")
inputs = sorted(os.path.join(examples, f) for f in os.listdir(examples) if f.endswith(".txt"))
subprocess.run([tool, "-q", "build", *inputs, "-o", js, "-o", gml, "--no-summary"], check=True)

env = dict(os.environ, XML_CATALOG_FILES=os.path.join(formats, "graphml", "catalog.xml"))
subprocess.run(["xmllint", "--nonet", "--noout", "--schema", os.path.join(formats, "graphml", "1.0", "graphml.xsd"),
                gml], check=True, env=env, capture_output=True)

with open(js, encoding="utf-8") as f:
    data = json.load(f)
try:
    gj = nx.node_link_graph(data, edges="edges")
except TypeError:  # networkx < 3.4
    gj = nx.node_link_graph(data, link="edges")
gg = nx.read_graphml(gml)
assert gj.number_of_nodes() == gg.number_of_nodes() > 0, (gj.number_of_nodes(), gg.number_of_nodes())
assert gj.number_of_edges() == gg.number_of_edges() > 0, (gj.number_of_edges(), gg.number_of_edges())

def spoke(g, a, b):
    return any(d.get("type") == "spoke_with" for u, v, d in g.edges(data=True) if {u, v} == {a, b})

def named(g, name):
    return next(n for n, d in g.nodes(data=True) if d.get("label") == name or name in d.get("aliases", []))

milley, gerasimov = named(gj, "Mark Milley"), named(gj, "Valery Gerasimov")
assert spoke(gj, milley, gerasimov) and spoke(gg, milley, gerasimov)

import igraph
gi = igraph.Graph.Read_GraphML(gml)
assert gi.vcount() == gg.number_of_nodes() and gi.ecount() == gg.number_of_edges()
print(f"ok: {gj.number_of_nodes()} nodes, {gj.number_of_edges()} edges in JSON, GraphML (networkx, igraph)")
