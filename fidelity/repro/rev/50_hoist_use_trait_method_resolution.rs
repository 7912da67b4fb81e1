// args:
// A suspending block imports trait `ByVal` (method `describe(self)`); outside the block only `ByRef::describe(&self)` is in scope, so `5i64.describe()` there is ByRef's.
fn f() -> i64 {
    let a = 5i64.describe();
    tick("a").await;
    let b = {
        use m::ByVal;
        tick("b").await;
        5i64.describe()
    };
    a * 10 + b
}
use m::ByRef;
mod m {
    pub trait ByRef { fn describe(&self) -> i64; }
    impl ByRef for i64 { fn describe(&self) -> i64 { 1 } }
    pub trait ByVal { fn describe(self) -> i64; }
    impl ByVal for i64 { fn describe(self) -> i64 { 2 } }
}
