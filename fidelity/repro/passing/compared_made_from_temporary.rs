// args: 3
// Generated (program seed 318489578254167709, 5,000-program run): the left
// operand of a comparison made from a temporary (`Tracked::new(..).plus(5)`)
// was evaluated after the right operand, which is a statement temporary.
fn f(n0: i64) -> Result<i64, String> {
    match ready("r6", res_trk(i64::from(Tracked::new("tmp4").plus(5) < Tracked::new("tmp3")), "t5")).await {
        Ok(n7) => {
            log_i(n7);
        }
        Err(e8) => {
            log(e8.name());
        }
    }
    Ok(n0)
}
