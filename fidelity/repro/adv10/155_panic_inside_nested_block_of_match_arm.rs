// args: 2
// A panic inside a nested block of a match arm after an await, with the scrutinee's parts and outer locals alive.
fn f(k: i64) -> i64 {
    let outer = Tracked::new("outer");
    let r = match ready("s", duo("s0", "s1")).await {
        (a, b) if k > 0 => {
            let inner = Tracked::new("inner");
            tick("arm").await;
            let d = {
                let deep = Tracked::new("deep");
                if k == 2 { panic!("deep panic {}", deep.name()); }
                deep.len() + inner.len()
            };
            d + a.len() + b.len()
        }
        (a, _) => a.len(),
    };
    r + outer.len()
}
