// args:
// MIN (mismatch until the thirteenth session, now refused: Rule::HoistedTraitImport): a suspending block's `use m::ByVal;` (a trait)
// is hoisted to the whole body, where it changes which `describe` a method call outside the block picks. The trait's
// name is not written outside, only the method's (after a `.`). Glob imports (`use Dir::*`, 52) are missed too.
// coro  Ok("22")   async Ok("12")
fn f() -> i64 {
    let a = 5i64.describe();
    let b = { use m::ByVal; tick("b").await; 5i64.describe() };
    a * 10 + b
}
use m::ByRef;
mod m {
    pub trait ByRef { fn describe(&self) -> i64; }
    impl ByRef for i64 { fn describe(&self) -> i64 { 1 } }
    pub trait ByVal { fn describe(self) -> i64; }
    impl ByVal for i64 { fn describe(self) -> i64 { 2 } }
}
