// args: "hello world"
// Cow<str>, Rc<str>, Box<str> passing through awaits.
fn f(s: &'static str) -> i64 {
    use std::borrow::Cow;
    use std::rc::Rc;
    let c: Cow<str> = if s.contains(' ') { Cow::Owned(s.replace(' ', "_")) } else { Cow::Borrowed(s) };
    tick("a").await;
    let r: Rc<str> = Rc::from(c.as_ref());
    let r2 = Rc::clone(&r);
    tick("b").await;
    let b: Box<str> = ready("box", r2.to_string().into_boxed_str()).await;
    c.len() as i64 + Rc::strong_count(&r) as i64 + b.len() as i64
}
