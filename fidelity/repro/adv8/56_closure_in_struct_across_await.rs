// args:
// A struct holding a boxed closure that captures a Tracked by move, used across awaits, dropped at scope end with its capture.
fn f() -> i64 {
    let t = Tracked::new("cap");
    let h = Handler { name: "h", f: Box::new(move |x| x + t.len()) };
    let a = ready("a", (h.f)(1)).await;
    tick("b").await;
    let b = (h.f)(a);
    log(h.name);
    tick("c").await;
    b
}
pub struct Handler { name: &'static str, f: Box<dyn Fn(i64) -> i64> }
