// args:
// `mem::take` / `mem::replace` of struct fields across awaits in a #[co] method: swapping buffers, replacing a Tracked slot.
fn f() -> i64 {
    let mut b = Buffers { front: vec![Tracked::new("f1")], back: vec![], slot: Tracked::new("slot0"), flips: 0 };
    b.back.push(Tracked::new("b1"));
    let a = b.flip().await;
    b.back.push(Tracked::new("b2"));
    let c = b.flip().await;
    a * 10 + c + b.flips
}
pub struct Buffers { front: Vec<Tracked>, back: Vec<Tracked>, slot: Tracked, flips: i64 }
impl Buffers {
    #[co] fn flip(&mut self) -> i64 {
        let old_front = std::mem::take(&mut self.front);
        tick("flip").await;
        self.front = std::mem::replace(&mut self.back, old_front);
        let old = std::mem::replace(&mut self.slot, Tracked::new("slotN"));
        ready("flipped", self.front.len() as i64).await;
        self.flips += 1;
        take(old) + self.back.len() as i64
    }
}
