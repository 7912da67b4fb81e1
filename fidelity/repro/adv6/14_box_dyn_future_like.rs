// args:
// Plugins as Box<dyn Plugin> moved out of a Vec one by one (`pop`) and consumed across awaits; a boxed plugin kept alive over the loop.
fn f() -> i64 {
    let mut plugins: Vec<Box<dyn Plugin>> = Vec::new();
    plugins.push(Box::new(Named(Tracked::new("p1"))));
    plugins.push(Box::new(Named(Tracked::new("plug2"))));
    let keep: Box<dyn Plugin> = Box::new(Named(Tracked::new("keep")));
    let mut score = 0;
    while let Some(p) = plugins.pop() {
        let w = ready("init", p.weight()).await;
        score = score * 10 + w;
        if w > 3 {
            drop(p);
            tick("dropped").await;
        } else {
            tick("kept-until-end-of-iter").await;
        }
    }
    score + keep.weight()
}
pub trait Plugin { fn weight(&self) -> i64; }
pub struct Named(Tracked);
impl Plugin for Named { fn weight(&self) -> i64 { self.0.len() } }
