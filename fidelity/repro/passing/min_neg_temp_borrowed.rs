// args:
// Was MIN (refusal) until the eleventh session, fixed (twins diff_borrowed_values, diff_partial_moves::parameters): `&-W(n)` (a user `Neg` result) borrowed by an awaited call. E0505 at the attribute.
// Guess: `makes_temporaries` counts the operand of `-`/`!` as a temporary (`Expr::Unary(u) => value(&u.expr) || ..`), but `Neg::neg` takes it by value.
fn f() -> i64 {
    let n = 1i64;
    cnt(&-W(n)).await
}
pub struct W(i64);
impl std::ops::Neg for W { type Output = W; fn neg(self) -> W { W(-self.0) } }
#[co] fn cnt(w: &W) -> i64 { tick("c").await; w.0 }
