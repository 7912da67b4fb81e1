// args:
// Enum with coroutine methods matching on self (&self and &mut self), transitions with awaits.
fn f() -> i64 {
    let mut light = Light::Red(Tracked::new("red"));
    let mut trail = 0;
    for _ in 0..4 {
        trail = trail * 10 + light.wait().await;
        light.advance().await;
    }
    trail
}

pub enum Light { Red(Tracked), Green(Tracked), Yellow }
impl Light {
    #[co] fn wait(&self) -> i64 {
        match self {
            Light::Red(t) => ready("red", t.len()).await,
            Light::Green(_) => {
                tick("green").await;
                2
            }
            Light::Yellow => 1,
        }
    }
    #[co] fn advance(&mut self) {
        let next = match self {
            Light::Red(_) => Light::Green(Tracked::new("green")),
            Light::Green(_) => Light::Yellow,
            Light::Yellow => Light::Red(ready("mk", Tracked::new("red2")).await),
        };
        *self = next;
    }
}
