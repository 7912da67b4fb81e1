// args: 2
// NOTE: the lint-difference reported for this file is a harness artifact (the type is named c2::M in one twin
// and n2::M in the other); B4_discard_awaited_map_only.rs passes.
fn f(k: i64) -> i64 {
    ready("a", M(k)).await;
    ready("b", vec![1, 2].into_iter().map(|x| x + 1)).await;
    k
}
#[must_use]
struct M(i64);
