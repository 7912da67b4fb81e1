// A yield type whose name contains "impl" (`Simple`) keeps its annotations:
// "can this type be named" is decided on the type's syntax, not its text
// (issue 10), so a wrong yield is reported at the operand.
struct Simple(u8);

#[coro::generator]
fn simple() -> impl Iterator<Item = Simple> {
    yield_!(Simple(1));
    yield_!(2u8);
}

fn main() {
    for s in simple() {
        let _ = s.0;
    }
}
