// args:
// Early returns from nested blocks/loops inside a #[co] fn with Tracked locals at every level; the return value built from a moved local.
fn f() -> i64 {
    let a = search(3).await;
    let b = search(7).await;
    let c = search(100).await;
    take(a) * 100 + take(b) * 10 + take(c)
}
#[co] fn search(target: i64) -> Tracked {
    let _outer = Tracked::new("outer");
    for i in 0..3 {
        let row = Tracked::new("row");
        {
            let _inner = Tracked::new("inner");
            for j in 0..3 {
                let v = ready("cell", i * 3 + j).await;
                if v == target {
                    tick("found").await;
                    return row;
                }
            }
        }
        if i == 2 && target > 50 { return Tracked::new("none"); }
        tick("next-row").await;
    }
    Tracked::new("fallthrough")
}
