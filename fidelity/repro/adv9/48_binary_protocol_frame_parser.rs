// args: 1
// Length-prefixed binary frame parser: from_be_bytes on slices, `?` on Option via get(), awaits per frame.
fn f(k: i64) -> i64 {
    let mut buf: Vec<u8> = vec![0, 3, b'a', b'b', b'c', 0, 1, b'z', 0, 9, 1];
    buf.push(k as u8);
    let mut pos = 0usize;
    let mut frames = Vec::new();
    loop {
        let Some(frame) = read_frame(&buf, &mut pos) else { break };
        let _f = Tracked::new("frame");
        let n = ready("frame", frame.len() as i64).await;
        frames.push(String::from_utf8_lossy(frame).into_owned());
        if n == 0 { break; }
    }
    tick("end").await;
    frames.len() as i64 * 100 + pos as i64
}
fn read_frame<'b>(buf: &'b [u8], pos: &mut usize) -> Option<&'b [u8]> {
    let hdr: [u8; 2] = buf.get(*pos..*pos + 2)?.try_into().ok()?;
    let len = u16::from_be_bytes(hdr) as usize;
    let body = buf.get(*pos + 2..*pos + 2 + len)?;
    *pos += 2 + len;
    Some(body)
}
