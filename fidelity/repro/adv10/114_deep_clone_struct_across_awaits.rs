// args: 2
// Clone impls that log, clones made before awaits and compared after; Rc::make_mut copy-on-write across awaits.
fn f(k: i64) -> i64 {
    let orig = Doc { title: Tracked::new("title"), n: k };
    let copy = orig.clone();
    tick("cloned").await;
    let mut shared = Rc::new(Doc { title: Tracked::new("rc"), n: 1 });
    let other = Rc::clone(&shared);
    Rc::make_mut(&mut shared).n += ready("cow", 10).await;
    tick("cow").await;
    orig.n * 1000 + copy.n * 100 + shared.n * 10 + other.n
}
use std::rc::Rc;
pub struct Doc { title: Tracked, n: i64 }
impl Clone for Doc { fn clone(&self) -> Doc { log("clone doc"); Doc { title: Tracked::new("clone"), n: self.n } } }
