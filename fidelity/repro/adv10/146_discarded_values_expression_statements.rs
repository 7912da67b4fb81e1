// args: 2
// Expression statements discarding Tracked values: `f().await;`, a block/if/match/loop value followed by `;`.
fn f(k: i64) -> i64 {
    ready("a", Tracked::new("a")).await;
    let keep = Tracked::new("keep");
    { tick("blk").await; Tracked::new("blk") };
    if k > 1 { Tracked::new("if_a") } else { ready("if_b", Tracked::new("if_b")).await };
    match k { 0 => Tracked::new("m0"), _ => { tick("arm").await; Tracked::new("m1") } };
    loop { tick("loop").await; break Tracked::new("brk") };
    Tracked::new("plain");
    tick("end").await;
    keep.len() + k
}
