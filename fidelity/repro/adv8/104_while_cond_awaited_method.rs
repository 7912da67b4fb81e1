// args:
// `while ready(.., v.len()).await > 0 { v.pop() .. }` and `while let Some(x) = ready(.., v.pop()).await` draining Vec<Tracked>.
fn f() -> i64 {
    let mut v = bag("a", "bb");
    v.push(Tracked::new("ccc"));
    let mut n = 0;
    while ready("len", v.len()).await > 1 {
        let t = v.pop().unwrap();
        n = n * 10 + t.len();
    }
    let mut w = bag("x", "yy");
    while let Some(t) = ready("pop", w.pop()).await {
        n = n * 10 + t.len();
    }
    n * 10 + v.ilen()
}
