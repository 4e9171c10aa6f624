"""Loads the exports of the hostile-text build with networkx and checks that the hostile strings came through
intact: JSON (node-link) and GraphML give the same graph, the 10,000-character name and the markup in the
evidence survive, and no CSV cell (plain CSV and neo4j) starts with a character a spreadsheet evaluates.

usage: check_hostile_exports.py OUT_DIR   (holds g.json, g.graphml, csv/, neo4j/)"""
import csv
import json
import os
import sys

import networkx as nx

out = sys.argv[1]
with open(os.path.join(out, "g.json"), encoding="utf-8") as f:
    data = json.load(f)
try:
    gj = nx.node_link_graph(data, edges="edges")
except TypeError:  # networkx < 3.4
    gj = nx.node_link_graph(data, link="edges")
gg = nx.read_graphml(os.path.join(out, "g.graphml"))
assert gj.number_of_nodes() == gg.number_of_nodes() > 0, (gj.number_of_nodes(), gg.number_of_nodes())
assert gj.number_of_edges() == gg.number_of_edges() > 0, (gj.number_of_edges(), gg.number_of_edges())

labels_json = sorted(d["label"] for _, d in gj.nodes(data=True))
labels_graphml = sorted(d["label"] for _, d in gg.nodes(data=True))
assert labels_json == labels_graphml, "labels differ between JSON and GraphML"
assert any(len(label) >= 10000 for label in labels_json), "the 10,000-character name is not a node"

evidence = json.dumps(data["edges"], ensure_ascii=False)
for needle in ["<Jean>", "&", "]]>", '\\"Marc\\"', "O'Neil", "\u202e"]:
    assert needle in evidence, f"{needle!r} lost from the JSON evidence"
graphml_text = " ".join(ev["text"] for _, _, d in gg.edges(data=True) for ev in json.loads(d["evidence"]))
for needle in ["<Jean>", "&", "]]>", '"Marc"', "O'Neil", "\u202e"]:
    assert needle in graphml_text, f"{needle!r} lost from the GraphML evidence"

checked = 0
for folder in ("csv", "neo4j"):
    for name in sorted(os.listdir(os.path.join(out, folder))):
        with open(os.path.join(out, folder, name), encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), f"{folder}/{name}: {cell[:60]!r}"
                    checked += 1
print(f"ok: {gj.number_of_nodes()} nodes, {gj.number_of_edges()} edges, {checked} CSV cells")
