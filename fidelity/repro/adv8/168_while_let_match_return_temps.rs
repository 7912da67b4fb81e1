// args: 2
// Early `return` from inside a `match` in a `while let` whose scrutinee is awaited and owns a Tracked; temporaries and locals unwind.
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    let mut i = 0;
    while let Some(t) = ready("next", opt_trk("item", i < 4)).await {
        i += 1;
        match t.len() + i {
            n if n == k + 4 => { let _r = Tracked::new("ret"); tick("ret").await; return n * 100 + Tracked::new("tmp").len(); }
            n => { tick("cont").await; log_i(n); }
        }
    }
    -1
}
