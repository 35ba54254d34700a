//! `language_practice::max_weight_matching` against networkx's `max_weight_matching`
//! on random small graphs: the same total weight on every one. Needs `python3` with
//! networkx (CI has both); fails saying so when they are missing.

use std::process::Command;

use gemeng_core::language_practice::{matching_weight, max_weight_matching};
use rand::{rngs::StdRng, Rng, SeedableRng};

/// A graph: its number of vertices and its edges `(u, v, weight)`.
type Graph = (usize, Vec<(usize, usize, i64)>);

/// A random simple graph: 2 to 14 vertices, each pair an edge with a chance drawn per
/// graph, weights from 1 to a bound drawn per graph (small bounds make many ties).
fn random_graph(rng: &mut StdRng) -> Graph {
    let n = rng.gen_range(2..=14);
    let density: f64 = rng.gen_range(0.1..1.0);
    let top: i64 = *[3, 10, 100, 1_000_000]
        .get(rng.gen_range(0..4))
        .unwrap_or(&10);
    let mut edges = Vec::new();
    for u in 0..n {
        for v in u + 1..n {
            if rng.gen_bool(density) {
                edges.push((u, v, rng.gen_range(1..=top)));
            }
        }
    }
    (n, edges)
}

#[test]
fn total_weight_equals_networkx_on_random_graphs() {
    let mut rng = StdRng::seed_from_u64(20_240_611);
    let graphs: Vec<Graph> = (0..200).map(|_| random_graph(&mut rng)).collect();
    let json = serde_json::to_string(
        &graphs
            .iter()
            .map(|(n, edges)| serde_json::json!({ "n": n, "edges": edges }))
            .collect::<Vec<_>>(),
    )
    .expect("graphs serialise");
    let dir = std::env::temp_dir().join(format!("gemeng-matching-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let file = dir.join("graphs.json");
    std::fs::write(&file, json).expect("graphs written");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/max_weight_matching.py");
    let output = Command::new("python3")
        .arg(script)
        .arg(&file)
        .output()
        .unwrap_or_else(|e| {
            panic!("this test needs python3 with networkx: cannot run python3 ({e})")
        });
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "this test needs python3 with networkx (pip install networkx); the script said:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let totals: Vec<i64> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| l.trim().parse().expect("a total per line"))
        .collect();
    assert_eq!(totals.len(), graphs.len(), "one total per graph");
    for (i, ((n, edges), expected)) in graphs.iter().zip(totals).enumerate() {
        let pairs = max_weight_matching(*n, edges);
        let mut seen = vec![false; *n];
        for &(u, v) in &pairs {
            assert!(!seen[u] && !seen[v], "graph {i}: a vertex in two pairs");
            seen[u] = true;
            seen[v] = true;
        }
        assert_eq!(
            matching_weight(edges, &pairs),
            expected,
            "graph {i} ({n} vertices, edges {edges:?}): networkx finds another total"
        );
    }
}
