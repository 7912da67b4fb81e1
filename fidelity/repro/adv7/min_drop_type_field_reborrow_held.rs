// args:
// MIN (refusal): a reborrow through a field of a binding whose type implements Drop (`Scope(&mut *outer.0)`), held across a
// suspension: E0034 "multiple applicable items in scope: multiple `check` found" (the split-of-a-Drop-type probe, limit 7's
// `split_binding_of_a_drop_type`), though nothing is moved out of `outer`. Using `outer.0` after the `.await` passes.
// Found by 140_drop_guard_borrowing_local.rs (nested RAII scope guards writing into a local Vec).
fn f() -> i64 {
    let mut events: Vec<i64> = Vec::new();
    {
        let outer = Scope(&mut events);
        let inner = Scope(&mut *outer.0);
        tick("a").await;
        drop(inner);
    }
    events.ilen()
}
pub struct Scope<'a>(&'a mut Vec<i64>);
impl Drop for Scope<'_> { fn drop(&mut self) { self.0.push(9); } }
