// args: 2
// A varint (LEB128) decoder over awaited bytes with shifts and masks; errors on overlong input.
fn f(k: i64) -> Result<i64, String> {
    let input: Vec<u8> = vec![0x96, 0x01, 0x7f, 0x80 | k as u8, 0x80, 0x01, 0xff, 0xff];
    let mut pos = 0;
    let mut vals = Vec::new();
    while pos < input.len() && vals.len() < 3 {
        let (v, used) = decode(&input[pos..]).await?;
        pos += used;
        vals.push(v);
    }
    Ok(vals.iter().fold(0u64, |a, v| a.wrapping_mul(31) ^ v) as i64)
}
#[co] fn decode(buf: &[u8]) -> Result<(u64, usize), String> {
    let mut out = 0u64;
    for (i, &b) in buf.iter().enumerate() {
        let byte = ready("byte", b).await;
        out |= ((byte & 0x7f) as u64) << (7 * i);
        if byte & 0x80 == 0 { return Ok((out, i + 1)); }
        if i >= 4 { return Err(format!("overlong at {i}")); }
    }
    Err("eof".to_string())
}
