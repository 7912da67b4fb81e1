#[macro_use]
mod support;
use support::*;

mod simple {
    use super::*;
    twins! {
        fn count(n: u32) -> Result<usize, String> {
            let mut v = Vec::new();
            for i in 0..n {
                let x = ready("tick", i).await;
                v.push(x);
                if x == 7 { return Err(format!("seven")); }
            }
            let s = sub(v.len()).await?;
            Ok(s + v.iter().sum::<u32>() as usize)
        }
        fn sub(k: usize) -> Result<usize, String> {
            let t = Tracked::new("sub");
            let r = ready("sub", k * 10).await;
            log(t.name());
            Ok(r)
        }
    }

    #[test]
    fn count_matches_async_fn() {
        assert_eq!(assert_twins!(count(5)), Ok(60));
        assert_eq!(assert_twins!(count(9)), Err("seven".to_string()));
        assert_eq!(assert_twins!(count(0)), Ok(0));
    }
}
