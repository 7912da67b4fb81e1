// args:
// MIN (refusal): a match on a method returning a slice reference (`v.as_slice()`) with an arm `[first, .., last]`
// whose body awaits: "coro: this `match` arm moves a part out of the value it matches and leaves other parts in it
// (under `..`) ... Name the parts" -- nothing is moved (the bindings are references), and a slice's `..` cannot be named.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("b"), Tracked::new("c")];
    match v.as_slice() {
        [first, .., last] => {
            tick("t").await;
            first.len() + last.len()
        }
        _ => 0,
    }
}
