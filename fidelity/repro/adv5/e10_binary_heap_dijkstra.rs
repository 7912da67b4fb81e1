// args:
// Dijkstra over a small graph with BinaryHeap<Reverse<..>>, edge weights fetched by awaits.
fn f() -> i64 {
    use std::cmp::Reverse;
    use std::collections::{BTreeMap, BinaryHeap};
    let edges: BTreeMap<i64, Vec<(i64, i64)>> = [
        (0, vec![(1, 4), (2, 1)]),
        (2, vec![(1, 2), (3, 5)]),
        (1, vec![(3, 1)]),
    ]
    .into_iter()
    .collect();
    let mut dist: BTreeMap<i64, i64> = BTreeMap::new();
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((0i64, 0i64)));
    let _marker = Tracked::new("graph");
    while let Some(Reverse((d, node))) = heap.pop() {
        if dist.contains_key(&node) {
            continue;
        }
        dist.insert(node, d);
        for &(next, w) in edges.get(&node).map(|v| v.as_slice()).unwrap_or(&[]) {
            let w = ready("weight", w).await;
            if !dist.contains_key(&next) {
                heap.push(Reverse((d + w, next)));
            }
        }
    }
    dist.get(&3).copied().unwrap_or(-1) * 10 + dist.len() as i64
}
