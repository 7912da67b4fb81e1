// args: 7
// Early returns from inside a match inside a for inside an if-let, with Tracked at each level.
fn f(target: i64) -> Result<i64, String> {
    let _a = Tracked::new("level-a");
    if let Some(list) = load().await {
        let _b = Tracked::new("level-b");
        for (i, item) in list.iter().enumerate() {
            let _c = Tracked::new("level-c");
            match ready("val", item.len() + i as i64).await {
                v if v == target => {
                    let _d = Tracked::new("level-d");
                    tick("found").await;
                    return Ok(v);
                }
                v if v > 10 => return Err(format!("overflow {v}")),
                _ => {}
            }
        }
        tick("exhausted").await;
    }
    Err("none".to_string())
}

#[co] fn load() -> Option<Vec<Tracked>> {
    tick("load").await;
    Some(vec![Tracked::new("alpha"), Tracked::new("beta"), Tracked::new("gamma")])
}
