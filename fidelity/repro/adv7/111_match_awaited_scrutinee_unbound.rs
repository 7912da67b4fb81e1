// args:
// `match` on an awaited `Result<i64, Tracked>` whose `Err(_)` arm binds nothing: the value is dropped at the match's end (after the arm).
fn f() -> i64 {
    let a = match ready("a", res_trk(1, "e1")).await {
        Ok(v) => v,
        Err(_) => { log("err arm"); 0 }
    };
    let b = match ready("b", opt_trk("o", true)).await {
        Some(ref t) if t.name() == "x" => 1,
        _ => { log("wild"); 2 }
    };
    a * 10 + b
}
