// args:
// Was MIN (refusal) until the eleventh session, fixed (twins diff_borrowed_values, diff_partial_moves::parameters): reading into a fresh buffer, `src.read(&mut [0u8; 4]).await`.
// E0503 "cannot use value because it was mutably borrowed ... has type `&mut __CoroState<Local<'_, Src>, [u8; 4], Awaiting<..>>`" at the attribute.
fn f() -> i64 {
    let mut src = Src(vec![7, 8, 9]);
    src.read(&mut [0u8; 4]).await
}
pub struct Src(Vec<u8>);
impl Src {
    #[co] fn read(&mut self, buf: &mut [u8]) -> i64 {
        tick("read").await;
        let n = self.0.len().min(buf.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        n as i64
    }
}
