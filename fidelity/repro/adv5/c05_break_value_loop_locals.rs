// args:
// break with a Tracked value out of nested loops while loop-body locals and the iterator's rest drop.
fn f() -> i64 {
    let items = vec![Tracked::new("x"), Tracked::new("yy"), Tracked::new("zzz"), Tracked::new("w")];
    let found = 'search: {
        for t in items {
            let _local = Tracked::new("local");
            if ready("check", t.len()).await == 2 {
                break 'search Some(t);
            }
        }
        None
    };
    tick("after").await;
    let picked = loop {
        let cand = Tracked::new("cand");
        let _other = Tracked::new("other");
        if ready("pick", 1).await > 0 {
            break cand;
        }
    };
    opt_len(&found) * 10 + picked.len()
}
