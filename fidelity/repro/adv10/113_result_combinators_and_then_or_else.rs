// args: 2
// Result combinators with Tracked errors: and_then, or_else, map_err, unwrap_or_default, is_ok_and, awaits between.
fn f(k: i64) -> i64 {
    let r1: Result<i64, Tracked> = ready("r1", res_trk(k, "e1")).await;
    let r2 = r1.and_then(|v| if v > 1 { Ok(v * 2) } else { Err(Tracked::new("small")) });
    tick("mid").await;
    let r3 = r2.or_else(|e| { log(format!("recover {}", e.name())); if e.name() == "e1" { Err(e) } else { Ok(0) } });
    let ok = r3.as_ref().is_ok_and(|v| *v > 0);
    let r4: Result<i64, String> = r3.map_err(|e| e.name().to_string());
    tick("end").await;
    let v = r4.clone().unwrap_or_default();
    v * 10 + ok as i64 + r4.map_or(5, |_| 7)
}
