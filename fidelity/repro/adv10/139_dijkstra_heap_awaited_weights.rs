// args: 2
// Dijkstra over a small graph with BinaryHeap<Reverse<(cost, node)>>; edge weights fetched with awaits.
fn f(k: i64) -> i64 {
    let edges: Vec<Vec<(usize, i64)>> = vec![vec![(1, 4), (2, 1)], vec![(3, 1)], vec![(1, 2), (3, 5 + k)], vec![]];
    let mut dist = vec![i64::MAX; 4];
    let mut heap = BinaryHeap::new();
    dist[0] = 0;
    heap.push(Reverse((0i64, 0usize)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if d > dist[u] { continue; }
        for &(v, w0) in &edges[u] {
            let w = weight(u, v, w0).await;
            let nd = d + w;
            if nd < dist[v] { dist[v] = nd; heap.push(Reverse((nd, v))); }
        }
    }
    dist.iter().fold(0, |a, d| a * 100 + d)
}
use std::cmp::Reverse;
use std::collections::BinaryHeap;
#[co] fn weight(u: usize, v: usize, w: i64) -> i64 { ready("w", w + (u as i64 + v as i64) % 2).await }
