// args: 2
// A byte cursor struct with #[co] read methods (u8, u32 LE, slice of n), used to decode a record; EOF errors.
fn f(k: i64) -> Result<i64, String> {
    let data: Vec<u8> = vec![3, 0x01, 0x00, 0x00, 0x00, b'a', b'b', b'c', 0x10, 0x20, 0x00, k as u8];
    let mut cur = Cursor { buf: &data, pos: 0 };
    let n = cur.read_u8().await? as usize;
    let id = cur.read_u32().await?;
    let name = std::str::from_utf8(cur.take(n).await?).map_err(|e| e.to_string())?.to_string();
    let extra = cur.read_u32().await?;
    let more = cur.read_u32().await;
    Ok(id as i64 * 1000 + name.len() as i64 * 100 + (extra % 97) as i64 + more.map_or(-1, |v| v as i64 % 7))
}
pub struct Cursor<'a> { buf: &'a [u8], pos: usize }
impl<'a> Cursor<'a> {
    #[co] fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        tick("take").await;
        if self.pos + n > self.buf.len() { return Err(format!("eof at {}", self.pos)); }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    #[co] fn read_u8(&mut self) -> Result<u8, String> { Ok(self.take(1).await?[0]) }
    #[co] fn read_u32(&mut self) -> Result<u32, String> { let b = self.take(4).await?; Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]])) }
}
