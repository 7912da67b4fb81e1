// args: 3
// std::sync::mpsc channel: a #[co] producer sends, a #[co] consumer drains with try_recv; Sender dropped to close.
fn f(k: i64) -> i64 {
    let (tx, rx) = mpsc::channel::<Msg>();
    producer(tx.clone(), k).await;
    producer(tx, 1).await;
    let got = consumer(&rx).await;
    got + rx.try_recv().map_or(-1, |_| 0)
}
use std::sync::mpsc;
pub struct Msg(i64, Tracked);
#[co] fn producer(tx: mpsc::Sender<Msg>, n: i64) {
    for i in 0..n {
        let m = Msg(ready("mk", i).await, Tracked::new("msg"));
        tx.send(m).unwrap();
    }
    tick("prod done").await;
}
#[co] fn consumer(rx: &mpsc::Receiver<Msg>) -> i64 {
    let mut s = 0;
    loop {
        match rx.try_recv() {
            Ok(Msg(n, t)) => { s += ready("recv", n).await + t.len(); }
            Err(mpsc::TryRecvError::Empty) => { tick("empty").await; break; }
            Err(mpsc::TryRecvError::Disconnected) => { log("disc"); break; }
        }
    }
    s
}
