//! `areq`: the tutorial's concurrent page fetcher ("Async IO in Python",
//! `areq.py`), against a small site this program serves itself on
//! 127.0.0.1.
//!
//! For each URL, concurrently: fetch the page (HTTP/1 with hyper running on
//! coro's loop, feature `hyper`), find its `href="..."` links, make them
//! absolute, and append `source_url<TAB>parsed_url` lines to the output
//! file (off the loop, with `coro::to_thread`, where the original used
//! aiofiles). A page that answers with an error status is reported and
//! skipped, as `raise_for_status()` makes the original do:
//!
//! ```text
//! Serving the site on http://127.0.0.1:33137
//! Got response [200] for URL: http://127.0.0.1:33137/
//! Got response [200] for URL: http://127.0.0.1:33137/a
//! ...
//! Got response [404] for URL: http://127.0.0.1:33137/missing
//! Found 4 links for http://127.0.0.1:33137/
//! ...
//! Error for URL http://127.0.0.1:33137/missing: HTTP status 404 Not Found
//! Wrote results for source URL: http://127.0.0.1:33137/
//! ...
//! Crawled 5 URLs: 7 links written to foundurls.txt
//! ```
//!
//! ```text
//! cargo run --example areq --features hyper -- --out foundurls.txt
//! ```

use coro::net::hyper::body::{Body, Incoming};
use coro::net::hyper::{self, Request, Response, StatusCode};
use coro::net::{HyperTimer, TcpListener, TcpStream};
use std::collections::BTreeSet;
use std::convert::Infallible;
use std::io::{self, Write};
use std::path::PathBuf;

/// The site: path and page. `/missing` is not there (404).
const PAGES: &[(&str, &str)] = &[
    (
        "/",
        r#"<html><body><h1>Home</h1>
<a href="/a">A</a> <a href="b">B</a> <a href="/missing">gone</a>
<a href="https://www.python.org/">Python</a></body></html>"#,
    ),
    (
        "/a",
        r#"<html><body><a href="b">B again</a>, <a href="/c">C</a></body></html>"#,
    ),
    ("/b", r#"<html><body><a href="/">home</a></body></html>"#),
    ("/c", "<html><body>No links here.</body></html>"),
];

/// The site's handler: a page, or 404.
async fn page(request: Request<Incoming>) -> Result<Response<String>, Infallible> {
    let found = PAGES.iter().find(|(path, _)| *path == request.uri().path());
    Ok(match found {
        Some((_, html)) => Response::new(html.to_string()),
        None => {
            let mut response = Response::new("not found".to_string());
            *response.status_mut() = StatusCode::NOT_FOUND;
            response
        }
    })
}

/// Serves the site on every connection the listener accepts.
#[coro::coroutine]
fn serve(listener: TcpListener) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(HyperTimer)
            .serve_connection(stream, hyper::service::service_fn(page));
        drop(coro::spawn(coro::from_future(connection)));
    }
}

/// An `http://host:port/path` URL, split.
struct Url {
    authority: String,
    path: String,
}

impl Url {
    fn parse(url: &str) -> Option<Url> {
        let rest = url.strip_prefix("http://")?;
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        Some(Url {
            authority: authority.to_owned(),
            path: path.to_owned(),
        })
    }

    /// `urljoin(self, link)` for the links of this site: absolute URLs,
    /// root-relative paths and paths relative to the page's directory.
    fn join(&self, link: &str) -> String {
        if link.contains("://") {
            link.to_owned()
        } else if link.starts_with('/') {
            format!("http://{}{link}", self.authority)
        } else {
            let dir = &self.path[..=self.path.rfind('/').unwrap_or(0)];
            format!("http://{}{dir}{link}", self.authority)
        }
    }
}

/// The whole body of a response.
async fn read_body(mut body: Incoming) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    while let Some(frame) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await
    {
        if let Ok(data) = frame.map_err(io::Error::other)?.into_data() {
            bytes.extend_from_slice(&data);
        }
    }
    Ok(bytes)
}

/// GET `url`'s page: `fetch_html` of areq.py.
#[coro::coroutine]
fn fetch_html(url: String) -> io::Result<String> {
    let parsed = Url::parse(&url).ok_or_else(|| io::Error::other("not an http:// URL"))?;
    let stream = TcpStream::connect(parsed.authority.clone()).await?;
    let (mut sender, connection) = coro::from_future(hyper::client::conn::http1::handshake(stream))
        .await
        .map_err(io::Error::other)?;
    let driver = coro::spawn(coro::from_future(connection));
    let request = Request::get(parsed.path.as_str())
        .header("host", parsed.authority.as_str())
        .body(String::new())
        .map_err(io::Error::other)?;
    let response = coro::from_future(sender.send_request(request))
        .await
        .map_err(io::Error::other)?;
    let (head, body) = response.into_parts();
    println!("Got response [{}] for URL: {url}", head.status.as_u16());
    let body = coro::from_future(read_body(body)).await?;
    drop(sender); // ends the connection
    let _ = driver.await;
    if !head.status.is_success() {
        return Err(io::Error::other(format!("HTTP status {}", head.status)));
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

/// The absolute links of `url`'s page: `parse` of areq.py.
#[coro::coroutine]
fn parse(url: String) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let html = match fetch_html(url.clone()).await {
        Ok(html) => html,
        Err(e) => {
            println!("Error for URL {url}: {e}");
            return found;
        }
    };
    let base = Url::parse(&url).expect("fetched, so it parsed");
    let mut rest = html.as_str();
    while let Some(start) = rest.find("href=\"") {
        rest = &rest[start + 6..];
        let Some(end) = rest.find('"') else { break };
        found.insert(base.join(&rest[..end]));
        rest = &rest[end..];
    }
    println!("Found {} links for {url}", found.len());
    found
}

/// Appends `url`'s links to the output file: `write_one` of areq.py.
#[coro::coroutine]
fn write_one(file: PathBuf, url: String) -> io::Result<usize> {
    let links = parse(url.clone()).await;
    if links.is_empty() {
        return Ok(0);
    }
    let lines: String = links
        .iter()
        .map(|link| format!("{url}\t{link}\n"))
        .collect();
    let count = links.len();
    coro::to_thread(move || {
        let mut out = std::fs::OpenOptions::new().append(true).open(&file)?;
        out.write_all(lines.as_bytes())
    })
    .await?;
    println!("Wrote results for source URL: {url}");
    Ok(count)
}

#[coro::coroutine]
fn bulk_crawl_and_write(file: PathBuf) -> io::Result<(usize, usize)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let site = format!("http://{}", listener.local_addr()?);
    println!("Serving the site on {site}");
    let server = coro::spawn(serve(listener));
    let urls: Vec<String> = ["/", "/a", "/b", "/c", "/missing"]
        .iter()
        .map(|path| format!("{site}{path}"))
        .collect();
    let crawled = urls.len();
    let written = coro::gather(urls.into_iter().map(|url| write_one(file.clone(), url))).await;
    server.cancel();
    let mut links = 0;
    for count in written {
        links += count?;
    }
    Ok((crawled, links))
}

fn main() -> io::Result<()> {
    let mut out = PathBuf::from("foundurls.txt");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--out", Some(path)) => out = PathBuf::from(path),
            _ => {
                eprintln!("usage: areq [--out FILE]");
                std::process::exit(2);
            }
        }
    }
    std::fs::write(&out, "source_url\tparsed_url\n")?;
    let (crawled, links) = coro::run(bulk_crawl_and_write(out.clone()))?;
    println!(
        "Crawled {crawled} URLs: {links} links written to {}",
        out.display()
    );
    Ok(())
}
