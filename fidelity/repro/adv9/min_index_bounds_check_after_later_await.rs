// args: 5
// MISMATCH: an index place evaluated before a later operand's `.await` (`rows[i].push(f().await)` as a receiver,
// `v[i] + f().await` as an operand) is bounds-checked after the await in the coroutine: with `i` out of bounds Rust
// panics before the awaited work starts; the coroutine runs the awaited work (and its side effects) first.
// Limit 10 says a plain place's late evaluation is observable only if the later operand mutates it; a failing
// bounds check (or a user Index/IndexMut with effects, 133) is observable without that. Also a map lookup
// `counts[key] + fetch(key).await` on a BTreeMap with a missing key: the fetch runs before "no entry found" (139).
// The operand form is right in a coroutine with homes (limit 10 reads by-value places first there: 224 passes); the
// receiver form `rows[i].push(f().await)` differs with homes too (225).
// coro:     ["new g", "new arg", "poll arg", "poll arg", "drop arg", "drop g"] then the panic
// async fn: ["new g", "drop g"] then the panic
fn f(k: i64) -> i64 {
    let mut rows: Vec<Vec<Tracked>> = vec![vec![], vec![]];
    let _g = Tracked::new("g");
    let i = k as usize;
    rows[i].push(ready("arg", Tracked::new("arg")).await);
    rows.len() as i64
}
