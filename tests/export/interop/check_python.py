#!/usr/bin/python3
"""Interop: the exports load in networkx (node-link JSON, GraphML, GEXF) and igraph (GraphML) with the same nodes,
edges, labels, types and weights as the node-link JSON they were converted from.

usage: check_python.py NEWSGRAPH_BINARY GRAPH.json WORKDIR
       check_python.py NEWSGRAPH_BINARY --build ARTICLES WORKDIR   (builds the graph of ARTICLES first)
Run with Debian's /usr/bin/python3 (python3-networkx, python3-igraph)."""
import json
import os
import re
import subprocess
import sys

import igraph
import networkx as nx


def decode_xml_id(encoded):
    """Inverse of export/XmlId.cc: '.HH' is one byte."""
    raw = re.sub(rb"\.([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]), encoded.encode("utf-8"))
    return raw.decode("utf-8")


def xml_text(s):
    """What XML formats can carry: the characters XML 1.0 forbids are dropped by the writers."""
    return "".join(c for c in s if c in "\t\n\r" or ord(c) >= 0x20 and c not in "\ufffe\uffff")


class Expected:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.nodes = {n["id"]: (n["label"], n["type"]) for n in data["nodes"]}
        self.edges = sorted((e["source"], e["target"], e["type"], float(e["weight"])) for e in data["edges"])

    def check(self, what, nodes, edges, xml=False):
        fix = xml_text if xml else (lambda s: s)
        expected_nodes = {i: (fix(l), t) for i, (l, t) in self.nodes.items()}
        problems = []
        if nodes != expected_nodes:
            missing = set(expected_nodes) ^ set(nodes)
            wrong = [i for i in expected_nodes if i in nodes and nodes[i] != expected_nodes[i]]
            problems.append(f"nodes differ: ids {sorted(missing)[:5]}, values {wrong[:5]}")
        if sorted(edges) != self.edges:
            problems.append(f"edges differ:\n  got      {sorted(edges)}\n  expected {self.edges}")
        status = "ok" if not problems else "FAILED"
        print(f"{what}: {len(nodes)} nodes, {len(edges)} edges: {status}")
        for p in problems:
            print("  " + p)
        return not problems


def node_link(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    try:
        g = nx.node_link_graph(data, edges="edges")  # networkx >= 3.4
    except TypeError:
        g = nx.node_link_graph(data, link="edges")  # older networkx
    assert g.is_multigraph() and g.is_directed()
    nodes = {n: (d["label"], d["type"]) for n, d in g.nodes(data=True)}
    edges = [(u, v, d["type"], float(d["weight"])) for u, v, k, d in g.edges(keys=True, data=True)]
    assert all(k == d["type"] for _, _, k, d in g.edges(keys=True, data=True)), "edge key is not the type"
    return nodes, edges


def networkx_graphml(path):
    g = nx.read_graphml(path)
    nodes = {decode_xml_id(n): (d["label"], d["type"]) for n, d in g.nodes(data=True)}
    edges = [(decode_xml_id(u), decode_xml_id(v), d["type"], float(d["weight"])) for u, v, d in g.edges(data=True)]
    return nodes, edges


def igraph_graphml(path):
    g = igraph.Graph.Read_GraphML(path)
    ids = [decode_xml_id(i) for i in g.vs["id"]]
    nodes = {ids[v.index]: (v["label"], v["type"]) for v in g.vs}
    edges = [(ids[e.source], ids[e.target], e["type"], float(e["weight"])) for e in g.es]
    return nodes, edges


def networkx_gexf(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "1.3" not in nx.readwrite.gexf.GEXF.versions:
        # networkx < 3 only knows the 1.1draft/1.2draft namespaces; what it reads is laid out the same in 1.3.
        print("  (networkx has no GEXF 1.3 reader: reading with the 1.2draft namespace)")
        text = text.replace('"http://gexf.net/1.3', '"http://www.gexf.net/1.2draft').replace('version="1.3"', 'version="1.2"')
    copy = path + ".nx.gexf"
    with open(copy, "w", encoding="utf-8") as f:
        f.write(text)
    g = nx.read_gexf(copy)
    nodes = {n: (d["label"], d["type"]) for n, d in g.nodes(data=True)}
    edges = [(u, v, d["type"], float(d["weight"])) for u, v, d in g.edges(data=True)]
    assert all(d["label"] == d["type"] for _, _, d in g.edges(data=True)), "edge label is not the type"
    return nodes, edges


def cytoscape(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)["elements"]
    nodes = {n["data"]["id"]: (n["data"]["label"], n["data"]["type"]) for n in data["nodes"]}
    edges = [(e["data"]["source"], e["data"]["target"], e["data"]["type"], float(e["data"]["weight"]))
             for e in data["edges"]]
    return nodes, edges


def main():
    if sys.argv[2] == "--build":
        binary, _, articles, workdir = sys.argv[1:5]
        os.makedirs(workdir, exist_ok=True)
        graph = os.path.join(workdir, "built.json")
        subprocess.run([binary, "-q", "build", articles, "-o", graph, "--no-summary"], check=True)
    else:
        binary, graph, workdir = sys.argv[1:4]
        os.makedirs(workdir, exist_ok=True)
    out = {ext: os.path.join(workdir, "interop." + ext) for ext in ("json", "graphml", "gexf", "cyjs")}
    command = [binary, "-q", "convert", graph]
    for path in out.values():
        command += ["-o", path]
    subprocess.run(command, check=True)
    expected = Expected(graph)
    print(f"networkx {nx.__version__}, igraph {igraph.__version__}")
    results = [
        expected.check("networkx node_link_graph", *node_link(out["json"])),
        expected.check("networkx read_graphml", *networkx_graphml(out["graphml"]), xml=True),
        expected.check("igraph Read_GraphML", *igraph_graphml(out["graphml"]), xml=True),
        expected.check("networkx read_gexf", *networkx_gexf(out["gexf"]), xml=True),
        expected.check("Cytoscape.js elements", *cytoscape(out["cyjs"])),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
