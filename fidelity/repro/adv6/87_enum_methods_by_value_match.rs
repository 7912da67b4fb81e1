// args:
// An enum Message with a free #[co] fn taking it by value and matching with nested patterns (struct variants, bindings @), awaiting in arms.
fn f() -> i64 {
    let msgs = vec![
        Msg::Move { x: 3, y: 4 },
        Msg::Write(Tracked::new("hello")),
        Msg::Batch(vec![Msg::Quit, Msg::Move { x: 1, y: 1 }]),
        Msg::Quit,
    ];
    let mut out = 0;
    for m in msgs { out = out * 10 + handle(m).await; }
    out
}
pub enum Msg { Move { x: i64, y: i64 }, Write(Tracked), Batch(Vec<Msg>), Quit }
#[co] fn handle(m: Msg) -> i64 {
    match m {
        Msg::Move { x, y: yy @ 0..=3 } => ready("move-small", x + yy).await,
        Msg::Move { x, y } => { tick("move").await; (x + y) % 10 }
        Msg::Write(t) => { let n = ready("write", t.len()).await; drop(t); n }
        Msg::Batch(v) => { let n = v.len() as i64; tick("batch").await; n }
        Msg::Quit => 0,
    }
}
