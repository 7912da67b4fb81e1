// args: 2
// Topological sort of tasks with dependencies (Kahn's algorithm) over BTreeMap<&str, Vec<&str>>; each task run awaited.
fn f(k: i64) -> i64 {
    let mut deps: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    deps.insert("app", vec!["lib", "cfg"]);
    deps.insert("lib", vec!["core"]);
    deps.insert("cfg", vec![]);
    deps.insert("core", vec![]);
    if k > 1 { deps.insert("test", vec!["app"]); }
    let mut indeg: BTreeMap<&str, usize> = deps.iter().map(|(n, d)| (*n, d.len())).collect();
    let mut ready_q: Vec<&str> = indeg.iter().filter(|(_, d)| **d == 0).map(|(n, _)| *n).collect();
    let mut order = Vec::new();
    while let Some(n) = ready_q.pop() {
        run_task(n).await;
        order.push(n);
        for (m, ds) in &deps {
            if ds.contains(&n) {
                let e = indeg.get_mut(m).unwrap();
                *e -= 1;
                if *e == 0 { ready_q.push(m); }
            }
        }
    }
    log(order.join(">"));
    order.len() as i64
}
use std::collections::BTreeMap;
#[co] fn run_task(n: &str) { let _t = Tracked::new("task"); tick("run").await; log(format!("ran {n}")); }
