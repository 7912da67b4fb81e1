// args: 3
// A length-prefixed frame parser over a byte buffer; bytes arrive in awaited chunks; slices and try_into.
fn f(k: i64) -> i64 {
    let mut buf: Vec<u8> = Vec::new();
    let mut frames: Vec<Vec<u8>> = Vec::new();
    let chunks: Vec<Vec<u8>> = vec![vec![0, 3, b'a'], vec![b'b', b'c', 0], vec![2, b'x', b'y', 0, k as u8], vec![1, 2, 3, 4, 5]];
    let _conn = Tracked::new("conn");
    for (i, c) in chunks.into_iter().enumerate() {
        let data = ready("recv", c).await;
        buf.extend_from_slice(&data);
        loop {
            if buf.len() < 2 { break; }
            let len = u16::from_be_bytes(buf[0..2].try_into().unwrap()) as usize;
            if buf.len() < 2 + len { log(format!("partial {i}")); break; }
            let frame: Vec<u8> = buf.drain(..2 + len).skip(2).collect();
            tick("frame").await;
            frames.push(frame);
        }
    }
    frames.iter().map(|f| f.iter().map(|&b| b as i64).sum::<i64>()).sum::<i64>() * 10 + buf.len() as i64
}
