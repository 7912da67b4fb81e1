// args: 1
// C-string literals and byte string literals matched after awaits.
fn f(k: i64) -> i64 {
    let names = [c"alpha", c"be", c"gam"];
    let pick = names[ready("i", k as usize).await];
    let bytes = pick.to_bytes();
    let n = match bytes {
        b"alpha" => 1,
        [b'b', rest @ ..] => { tick("b").await; 10 + rest.len() as i64 }
        _ => 100,
    };
    n + ready("len", bytes.len() as i64).await
}
