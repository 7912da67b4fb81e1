// args: 3
// Reassigning bindings and fields: `x = step(x).await`, `s.a = f().await` (old field dropped after the await),
// `*r = f().await` through &mut, cancelled during the awaits.
fn f(k: i64) -> i64 {
    let mut x = Tracked::new("x0");
    for _ in 0..k { x = step(x).await; }
    let mut s = pair_of("sa", "sb");
    s.a = ready("new_a", Tracked::new("sa2")).await;
    let mut slot = Tracked::new("slot");
    let r = &mut slot;
    *r = ready("new_slot", Tracked::new("slot2")).await;
    tick("end").await;
    x.len() + s.a.len() + slot.len()
}
#[co] fn step(t: Tracked) -> Tracked { tick(t.name()).await; drop(t); Tracked::new("next") }
