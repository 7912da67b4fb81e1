//! Runs every tutorial example in `examples/` as a subprocess and checks its
//! output lines.
//!
//! The random examples take `--seed` and `--scale`: with a fixed seed the test
//! recomputes every random number with the same PRNG (SplitMix64, one stream
//! per task, as in the examples), so each task's lines are checked exactly;
//! only the interleaving of different tasks, which depends on timer jitter
//! when two deadlines are close, is checked structurally. `--scale 0.01` makes
//! one "second" of the original 10 ms. Timings are checked against generous
//! bounds only, since CI machines are noisy.

use std::collections::HashMap;
use std::process::Command;

/// Runs `cargo run --example name -- args` and returns its stdout lines.
fn run_example(name: &str, args: &[&str]) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", name, "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo for example {name}: {e}"));
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "example {name} {args:?} failed ({}):\nstdout:\n{stdout}\nstderr:\n{stderr}",
        output.status
    );
    stdout.lines().map(str::to_owned).collect()
}

/// The number in `prefix<number>suffix`, or a panic naming the line.
fn number_between(line: &str, prefix: &str, suffix: &str) -> f64 {
    line.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(suffix))
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("expected `{prefix}<number>{suffix}`, got {line:?}"))
}

/// The examples' PRNG: SplitMix64, stream `stream` of `seed`.
struct Random(u64);

impl Random {
    const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

    fn new(seed: u64, stream: u64) -> Self {
        Random(mix(seed ^ mix(stream.wrapping_add(Self::GAMMA))))
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(Self::GAMMA);
        mix(self.0)
    }

    fn randint(&mut self, a: u64, b: u64) -> u64 {
        a + self.next_u64() % (b - a + 1)
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[test]
fn countasync_counts_concurrently() {
    let lines = run_example("countasync", &[]);
    assert_eq!(lines.len(), 7, "{lines:#?}");
    assert_eq!(lines[..6], ["One", "One", "One", "Two", "Two", "Two"]);
    let elapsed = number_between(&lines[6], "countasync.rs executed in ", " seconds.");
    assert!(
        (0.99..2.5).contains(&elapsed),
        "three concurrent 1 s sleeps took {elapsed} s"
    );
}

#[test]
fn countsync_counts_one_after_another() {
    let lines = run_example("countsync", &[]);
    assert_eq!(lines.len(), 7, "{lines:#?}");
    assert_eq!(lines[..6], ["One", "Two", "One", "Two", "One", "Two"]);
    let elapsed = number_between(&lines[6], "countsync.rs executed in ", " seconds.");
    assert!(
        (2.99..6.0).contains(&elapsed),
        "three blocking 1 s sleeps took {elapsed} s"
    );
}

const COLORS: [&str; 4] = ["\x1b[0m", "\x1b[36m", "\x1b[91m", "\x1b[35m"];

/// The lines `makerandom(idx, threshold)` prints, and its result.
fn expected_makerandom(seed: u64, idx: usize, threshold: u64) -> (Vec<String>, u64) {
    let mut rng = Random::new(seed, idx as u64);
    let (color, indent) = (COLORS[idx + 1], "\t".repeat(idx));
    let mut lines = vec![format!("{color}{indent}Initiated makerandom({idx}).")];
    let mut i = rng.randint(0, 10);
    while i <= threshold {
        lines.push(format!(
            "{color}{indent}makerandom({idx}) == {i} too low; retrying."
        ));
        i = rng.randint(0, 10);
    }
    lines.push(format!(
        "{color}{indent}---> Finished: makerandom({idx}) == {i}{}",
        COLORS[0]
    ));
    (lines, i)
}

fn check_rand(seed: u64) {
    let lines = run_example("rand", &["--seed", &seed.to_string(), "--scale", "0.01"]);
    let mut results = Vec::new();
    let mut expected_count = 2; // the blank line and the results
    for idx in 0..3 {
        let (expected, result) = expected_makerandom(seed, idx, 10 - idx as u64 - 1);
        let tag = format!("makerandom({idx})");
        let actual: Vec<&String> = lines.iter().filter(|l| l.contains(&tag)).collect();
        assert_eq!(
            actual,
            expected.iter().collect::<Vec<_>>(),
            "seed {seed}, task {idx}"
        );
        expected_count += expected.len();
        results.push(result);
    }
    // gather starts the coroutines in argument order.
    assert_eq!(lines[0], format!("{}Initiated makerandom(0).", COLORS[1]));
    assert_eq!(lines.len(), expected_count, "{lines:#?}");
    let [r1, r2, r3] = results[..] else {
        unreachable!()
    };
    assert_eq!(
        lines[lines.len() - 2..],
        ["".to_string(), format!("r1: {r1}, r2: {r2}, r3: {r3}")]
    );
    assert!(r1 > 9 && r2 > 8 && r3 > 7, "results beat their thresholds");
}

#[test]
fn rand_retries_until_above_threshold() {
    check_rand(444);
    check_rand(7);
}

/// Runs `chained` on `numbers` and checks every chain's lines.
fn check_chained(seed: u64, args: &[&str], numbers: &[i64]) {
    let scale = 0.01;
    let mut full_args = vec![
        "--seed".to_string(),
        seed.to_string(),
        "--scale".into(),
        scale.to_string(),
    ];
    full_args.extend(args.iter().map(|a| a.to_string()));
    let full_args: Vec<&str> = full_args.iter().map(String::as_str).collect();
    let lines = run_example("chained", &full_args);

    // gather starts the chains in argument order: their part1 lines come first.
    let mut longest: f64 = 0.0;
    let mut streams: Vec<Random> = (0..numbers.len())
        .map(|k| Random::new(seed, k as u64))
        .collect();
    for (k, &n) in numbers.iter().enumerate() {
        let i1 = streams[k].randint(0, 10);
        assert_eq!(lines[k], format!("part1({n}) sleeping for {i1} seconds."));
        let i2 = streams[k].randint(0, 10);
        let p2 = format!("result{n}-2 derived from result{n}-1");
        let expected = [
            format!("part1({n}) sleeping for {i1} seconds."),
            format!("Returning part1({n}) == result{n}-1."),
            format!("part2({n}, 'result{n}-1') sleeping for {i2} seconds."),
            format!("Returning part2({n}, 'result{n}-1') == {p2}."),
        ];
        let mine: Vec<&String> = lines
            .iter()
            .filter(|l| l.contains(&format!("({n})")) || l.contains(&format!("({n}, ")))
            .collect();
        assert_eq!(mine, expected.iter().collect::<Vec<_>>(), "chain {n}");
        let chained: Vec<&String> = lines
            .iter()
            .filter(|l| l.starts_with(&format!("-->Chained result{n} ")))
            .collect();
        assert_eq!(chained.len(), 1, "chain {n}: {lines:#?}");
        let took = number_between(
            chained[0],
            &format!("-->Chained result{n} => {p2} (took "),
            " seconds).",
        );
        let slept = (i1 + i2) as f64 * scale;
        assert!(
            took >= slept - 0.005 && took < slept + 2.0,
            "chain {n} slept {slept} s and took {took} s"
        );
        longest = longest.max(slept);
    }
    assert_eq!(lines.len(), 5 * numbers.len() + 1, "{lines:#?}");
    let total = number_between(lines.last().unwrap(), "Program finished in ", " seconds.");
    assert!(
        total >= longest - 0.005 && total < longest + 2.0,
        "the longest chain slept {longest} s, the program took {total} s"
    );
}

#[test]
fn chained_runs_chains_concurrently() {
    check_chained(444, &["9", "6", "3"], &[9, 6, 3]);
    // Without numbers the original chains 1, 2 and 3.
    check_chained(5, &[], &[1, 2, 3]);
}

/// Runs `asyncq` and checks producers' lines exactly, consumers' sleeps, and
/// that every item put on the queue is consumed exactly once, after its put.
fn check_asyncq(seed: u64, nprod: usize, ncon: usize, flags: [&str; 2]) {
    let args = [
        flags[0],
        &nprod.to_string(),
        flags[1],
        &ncon.to_string(),
        "--seed",
        &seed.to_string(),
        "--scale",
        "0.01",
    ]
    .map(str::to_owned);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let lines = run_example("asyncq", &args);

    let mut added = HashMap::new(); // item -> line index of its put
    for p in 0..nprod {
        let mut rng = Random::new(seed, 2 * p as u64);
        let n = rng.randint(0, 10);
        let mut expected = Vec::new();
        for _ in 0..n {
            let i = rng.randint(0, 10);
            expected.push(format!("Producer {p} sleeping for {i} seconds."));
            let item = format!("{:010x}", rng.next_u64() >> 24);
            expected.push(format!("Producer {p} added <{item}> to queue."));
        }
        let prefix = format!("Producer {p} ");
        let mine: Vec<&String> = lines.iter().filter(|l| l.starts_with(&prefix)).collect();
        assert_eq!(mine, expected.iter().collect::<Vec<_>>(), "producer {p}");
        for (index, line) in lines.iter().enumerate() {
            if let Some(item) = line
                .strip_prefix(&prefix)
                .and_then(|rest| rest.strip_prefix("added <"))
                .and_then(|rest| rest.strip_suffix("> to queue."))
            {
                assert!(
                    added.insert(item.to_owned(), index).is_none(),
                    "duplicate item {item}"
                );
            }
        }
    }
    assert!(!added.is_empty(), "seed {seed} should produce some items");

    let mut got = 0;
    for c in 0..ncon {
        let mut rng = Random::new(seed, 2 * c as u64 + 1);
        let prefix = format!("Consumer {c} ");
        let mut sleeps = 0;
        for (index, line) in lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.starts_with(&prefix))
        {
            if let Some(rest) = line.strip_prefix(&format!("{prefix}got element <")) {
                let (item, rest) = rest.split_once("> in ").expect("got-element line");
                let waited = number_between(rest, "", " seconds.");
                assert!(waited >= 0.0, "{line}");
                let put_at = added
                    .remove(item)
                    .unwrap_or_else(|| panic!("{line}: no such item put, or got twice"));
                assert!(put_at < index, "{item} consumed before it was put");
                got += 1;
            } else {
                let i = rng.randint(0, 10);
                assert_eq!(
                    line,
                    &format!("{prefix}sleeping for {i} seconds."),
                    "consumer {c}"
                );
                sleeps += 1;
            }
        }
        // Every consumer starts with a sleep, and the program ends only once
        // every item was consumed.
        assert!(sleeps >= 1, "consumer {c} never ran");
    }
    assert!(added.is_empty(), "items never consumed: {added:?}");
    assert!(got > 0);
    let last = lines.last().unwrap();
    let total = number_between(last, "Program completed in ", " seconds.");
    assert!(total > 0.0 && total < 10.0, "{last}");
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("Program completed"))
            .count(),
        1
    );
}

#[test]
fn asyncq_consumes_every_item_once() {
    check_asyncq(444, 3, 4, ["--nprod", "--ncon"]);
    check_asyncq(9, 2, 1, ["-p", "-c"]);
}

#[test]
fn echo_serves_its_clients_and_exits() {
    let lines = run_example("echo", &["--clients", "5"]);
    assert!(lines[0].starts_with("Serving on 127.0.0.1:"), "{lines:#?}");
    assert_eq!(lines.last().map(String::as_str), Some("Echoed 5 messages."));
    let count = |line: &str| lines.iter().filter(|l| *l == line).count();
    assert_eq!(count("Close the connection"), 10, "{lines:#?}");
    for i in 0..5 {
        let message = format!("\"Hello World! #{i}\"");
        assert_eq!(count(&format!("Send: {message}")), 2, "{lines:#?}");
        assert_eq!(count(&format!("Received: {message}")), 1, "{lines:#?}");
        let received = format!("Received {message} from 127.0.0.1:");
        assert_eq!(
            lines.iter().filter(|l| l.starts_with(&received)).count(),
            1,
            "{lines:#?}"
        );
    }
    assert_eq!(lines.len(), 1 + 5 * 6 + 1, "{lines:#?}");
}

#[cfg(unix)]
#[test]
fn echo_serve_ends_cleanly_on_ctrl_c() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::time::{Duration, Instant};
    let mut cargo = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "echo", "--", "--serve"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("cargo runs");
    let mut stdout = BufReader::new(cargo.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    // "Serving on 127.0.0.1:PORT (pid N; Ctrl-C stops)"
    let rest = first
        .strip_prefix("Serving on ")
        .unwrap_or_else(|| panic!("{first:?}"));
    let (addr, rest) = rest.split_once(" (pid ").unwrap();
    let pid = rest.split_once(';').unwrap().0;
    let mut client = std::net::TcpStream::connect(addr).unwrap();
    client.write_all(b"ping").unwrap();
    let mut reply = Vec::new();
    client.read_to_end(&mut reply).unwrap(); // the handler closes
    assert_eq!(reply, b"ping");
    let kill = Command::new("kill").args(["-INT", pid]).status().unwrap();
    assert!(kill.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = cargo.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = cargo.kill();
            panic!("the example did not stop on SIGINT");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert!(status.success(), "{status:?}\n{rest}");
    assert!(rest.contains("Received \"ping\" from 127.0.0.1:"), "{rest}");
    assert!(
        rest.ends_with("Interrupted: closing the server\n"),
        "{rest}"
    );
}

#[test]
fn chat_delivers_every_line_to_the_others() {
    let lines = run_example("chat", &[]);
    assert!(
        lines[0].starts_with("Chat server on 127.0.0.1:"),
        "{lines:#?}"
    );
    assert_eq!(
        lines[1..],
        [
            "[alice] welcome, alice: 1 here",
            "[bob] welcome, bob: 2 here",
            "[alice] * bob joined",
            "[carol] welcome, carol: 3 here",
            "[alice] * carol joined",
            "[bob] * carol joined",
            "[bob] alice: hi all",
            "[carol] alice: hi all",
            "[alice] bob: hello alice",
            "[carol] bob: hello alice",
            "[alice] carol: bye for now",
            "[bob] carol: bye for now",
            "[alice] * carol left",
            "[bob] * carol left",
            "[bob] * alice left",
            "Conversation over: 15 lines delivered.",
        ]
    );
}

#[test]
fn areq_crawls_the_site_it_serves() {
    let out = std::env::temp_dir().join(format!("coro-areq-{}.txt", std::process::id()));
    let output = Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--features",
            "hyper",
            "--example",
            "areq",
            "--",
        ])
        .arg("--out")
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    let site = lines[0]
        .strip_prefix("Serving the site on ")
        .unwrap_or_else(|| panic!("{stdout}"));
    for expected in [
        format!("Got response [200] for URL: {site}/"),
        format!("Got response [404] for URL: {site}/missing"),
        format!("Found 4 links for {site}/"),
        format!("Found 2 links for {site}/a"),
        format!("Found 0 links for {site}/c"),
        format!("Error for URL {site}/missing: HTTP status 404 Not Found"),
        format!("Wrote results for source URL: {site}/b"),
    ] {
        assert!(
            lines.contains(&expected.as_str()),
            "no {expected:?} in\n{stdout}"
        );
    }
    assert!(!stdout.contains(&format!("Wrote results for source URL: {site}/c\n")));
    assert!(stdout.ends_with(&format!(
        "Crawled 5 URLs: 7 links written to {}\n",
        out.display()
    )));
    let written = std::fs::read_to_string(&out).unwrap();
    std::fs::remove_file(&out).unwrap();
    let mut rows: Vec<&str> = written.lines().collect();
    assert_eq!(rows.remove(0), "source_url\tparsed_url");
    rows.sort_unstable();
    let expected = [
        format!("{site}/\t{site}/a"),
        format!("{site}/\t{site}/b"),
        format!("{site}/\t{site}/missing"),
        format!("{site}/\thttps://www.python.org/"),
        format!("{site}/a\t{site}/b"),
        format!("{site}/a\t{site}/c"),
        format!("{site}/b\t{site}/"),
    ];
    assert_eq!(rows, expected);
}
