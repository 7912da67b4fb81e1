// args: 2
// A user Iterator struct owning Tracked items, driven by `for` with awaits; early break drops the rest.
fn f(k: i64) -> i64 {
    let it = Countdown { left: 4, owned: Tracked::new("cd") };
    let mut n = 0;
    for x in it {
        n += ready("x", x.len()).await;
        if n > k * 3 { break; }
    }
    let mut it2 = Countdown { left: 3, owned: Tracked::new("cd2") };
    while let Some(x) = it2.next() {
        tick(x.name()).await;
        n += 1;
    }
    let mut it3 = Countdown { left: 2, owned: Tracked::new("cd3") };
    loop {
        let Some(x) = it3.next() else { break };
        n += ready("l", x.len()).await;
    }
    n
}
pub struct Countdown { left: i64, owned: Tracked }
impl Iterator for Countdown {
    type Item = Tracked;
    fn next(&mut self) -> Option<Tracked> {
        if self.left == 0 { return None; }
        self.left -= 1;
        Some(Tracked::new(if self.left % 2 == 0 { "even" } else { "odd" }))
    }
}
