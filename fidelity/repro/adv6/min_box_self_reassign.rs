// args:
// MIN (refusal, documented: limit 3, a homed binding moved by a user method taking `self` that is not on the list is E0507):
// `phase` is homed because `phase.name()` is an argument of an awaited call (its `&'static str` result is taken to borrow `phase`);
// `phase = phase.next()` with `fn next(self: Box<Self>)` is then E0507 "cannot move out of a mutable reference". Found by 61_trait_obj_state_pattern.rs.
fn f() -> i64 {
    let mut phase: Box<Phase> = Box::new(Phase(Tracked::new("p")));
    tick(phase.name()).await;
    phase = phase.next();
    phase.0.len()
}
pub struct Phase(Tracked);
impl Phase {
    fn next(self: Box<Self>) -> Box<Phase> { self }
    fn name(&self) -> &'static str { self.0.name() }
}
