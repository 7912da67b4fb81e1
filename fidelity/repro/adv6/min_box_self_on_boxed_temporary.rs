// args:
// MIN (refusal, documented: limit 2, "a method of `Box` taking `self: Box<Self>` on a boxed temporary ... E0599; write `Svc::send(make_box()).await`"):
// `Box::new(Svc(..)).consume().await` with `#[co] fn consume(self: Box<Self>)`: E0599 "no method named `consume` found for struct `Svc`". Found by 113_rc_self_receiver.rs.
fn f() -> i64 {
    Box::new(Svc(Tracked::new("boxed"))).consume().await
}
pub struct Svc(Tracked);
impl Svc {
    #[co] fn consume(self: Box<Self>) -> i64 { tick("consume").await; take(self.0) }
}
