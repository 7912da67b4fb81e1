// Statement macros that declare no local, or whose local's block does not
// suspend after them, are accepted.
use std::time::Duration;

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

#[coro::coroutine]
fn accepted(n: u32) -> u32 {
    macro_rules! note {
        ($e:expr) => {
            println!("note {}", $e);
        };
    }
    macro_rules! hold {
        ($name:expr) => {
            let _held = Guard($name);
        };
    }
    macro_rules! guard {
        ($name:expr) => {
            Guard($name)
        };
    }
    note!(n);
    let _g = guard!("whole body");
    coro::sleep(Duration::from_millis(1)).await;
    {
        coro::sleep(Duration::from_millis(1)).await;
        hold!("after the last await of its block");
    }
    n + 1
}

fn main() {
    assert_eq!(coro::run(accepted(1)), 2);
}
