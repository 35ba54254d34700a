"""Total weight of networkx's maximum-weight matching for each graph of a JSON file.

Reads [{"n": 5, "edges": [[u, v, w], ...]}, ...] from the file named on the command
line and prints one total per graph, one a line. Called by matching_vs_networkx.rs to
check gemeng-core's max_weight_matching against an independent implementation.
"""

import json
import sys

import networkx as nx


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        graphs = json.load(f)
    for graph in graphs:
        g = nx.Graph()
        g.add_nodes_from(range(graph["n"]))
        for u, v, w in graph["edges"]:
            g.add_edge(u, v, weight=w)
        matching = nx.max_weight_matching(g)
        print(sum(g[u][v]["weight"] for u, v in matching))


if __name__ == "__main__":
    main()
