// args:
// MIN (refusal, change 2 check/hoisted.rs; passed before): the other mention of `g` is in a sibling block that declares
// its own `fn g` (which shadows the hoisted one there). Also a loop label `'g:` counts as a mention (06).
// error: `g` is declared in a block that contains a suspension, and is also named outside that block: ...
fn f() -> i64 {
    let a = { fn g() -> i64 { 1 } tick("a").await; g() };
    let b = { fn g() -> i64 { 2 } g() };
    a * 10 + b
}
