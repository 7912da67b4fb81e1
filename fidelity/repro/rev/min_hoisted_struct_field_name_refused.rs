// args:
// MIN (refusal, change 2 check/hoisted.rs; passed before 6f667a0..): `total` outside the suspending block is only a
// struct literal's field name, not an item mention.
// error: `total` is declared in a block that contains a suspension, and is also named outside that block: ...
fn f() -> i64 {
    let s = S { total: 1 };
    let t = { fn total() -> i64 { 2 } tick("a").await; total() };
    s.total + t
}
pub struct S { total: i64 }
