// args: 2
// A shared state in Rc<RefCell<State>>: `match *state.borrow()` arms await and then try to update the state
// (the idiomatic-but-buggy pattern: in the async fn the borrow is held across the arm, so the update fails).
fn f(k: i64) -> i64 {
    let state = std::rc::Rc::new(std::cell::RefCell::new(Phase::Idle));
    let mut steps = 0;
    for _ in 0..k + 1 {
        steps += match *state.borrow() {
            Phase::Idle => advance(&state, Phase::Busy(1)).await,
            Phase::Busy(n) => advance(&state, if n > 1 { Phase::Done } else { Phase::Busy(n + 1) }).await,
            Phase::Done => 100,
        };
    }
    steps
}
#[derive(Clone, Copy, Debug)]
pub enum Phase { Idle, Busy(i64), Done }
#[co] fn advance(s: &std::cell::RefCell<Phase>, to: Phase) -> i64 {
    tick("adv").await;
    match s.try_borrow_mut() {
        Ok(mut g) => { *g = to; log(format!("moved to {to:?}")); 1 }
        Err(_) => { log("busy"); 0 }
    }
}
