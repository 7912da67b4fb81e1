// args: 1
// A panic raised by a sync call between two awaits of one expression (`ready(..).await + boom(k) + ready(..).await`), guards alive.
fn f(k: i64) -> i64 {
    fn boom(k: i64) -> i64 { if k == 1 { panic!("boom") } else { k } }
    let _g = Tracked::new("g");
    let t = Tracked::new("t");
    let n = ready("a", t.len()).await + boom(k) + weigh(&Tracked::new("w"), 2).await;
    n
}
