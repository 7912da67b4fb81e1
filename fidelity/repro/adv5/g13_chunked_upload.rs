// args:
// A chunked upload: bytes split into chunks, each sent with retry, progress tracked in a struct, Tracked per chunk.
fn f() -> Result<i64, String> {
    let data: Vec<u8> = (0u8..23).collect();
    let mut prog = Progress { sent: 0, retries: 0 };
    for (i, chunk) in data.chunks(8).enumerate() {
        let _c = Tracked::new("chunk");
        let mut tries = 0;
        loop {
            tries += 1;
            match send(i as i64, chunk, tries).await {
                Ok(n) => {
                    prog.sent += n;
                    break;
                }
                Err(e) if tries < 3 => {
                    prog.retries += 1;
                    log(e);
                    tick("retry").await;
                }
                Err(e) => return Err(e),
            }
        }
    }
    Ok(prog.sent * 100 + prog.retries)
}

pub struct Progress { sent: i64, retries: i64 }
#[co] fn send(i: i64, chunk: &[u8], tries: i64) -> Result<i64, String> {
    tick("send").await;
    if i == 1 && tries == 1 { Err(format!("timeout {i}")) } else { Ok(chunk.len() as i64) }
}
