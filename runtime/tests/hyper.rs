//! hyper 1.x's HTTP/1 server and client on coro's loop (feature `hyper`):
//! no hand-written HTTP, only coro's sockets, executor and timer.

#![cfg(feature = "hyper")]

mod common;

use bytes::Bytes;
use common::{aw, block_on};
use coro_runtime::net::{HyperExecutor, HyperTimer, TcpListener, TcpStream};
use coro_runtime::{from_future, spawn};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use std::convert::Infallible;

async fn handle(request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let what = format!("{} {}", request.method(), request.uri().path());
    let body = request.into_body().collect().await.unwrap().to_bytes();
    let reply = format!(
        "{what} ({} bytes): {}",
        body.len(),
        String::from_utf8_lossy(&body)
    );
    Ok(Response::new(Full::new(Bytes::from(reply))))
}

/// Serves HTTP/1 with hyper on every connection `listener` accepts.
async fn serve(listener: TcpListener) {
    loop {
        let (stream, _) = aw(listener.accept()).await.unwrap();
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(HyperTimer)
            .serve_connection(stream, hyper::service::service_fn(handle));
        drop(spawn(from_future(async move {
            conn.await.unwrap();
        })));
    }
}

/// One keep-alive connection: a GET then a POST.
async fn client(addr: std::net::SocketAddr, i: usize) -> Vec<String> {
    let stream = aw(TcpStream::connect(addr)).await.unwrap();
    let (mut sender, conn) = hyper::client::conn::http1::handshake(stream).await.unwrap();
    let driver = spawn(from_future(conn));
    let mut replies = Vec::new();
    for request in [
        Request::get(format!("http://{addr}/hello/{i}"))
            .body(Full::new(Bytes::new()))
            .unwrap(),
        Request::post(format!("http://{addr}/echo"))
            .body(Full::new(Bytes::from(format!("payload {i}"))))
            .unwrap(),
    ] {
        let response = sender.send_request(request).await.unwrap();
        assert!(response.status().is_success());
        let body = response.into_body().collect().await.unwrap().to_bytes();
        replies.push(String::from_utf8(body.to_vec()).unwrap());
    }
    drop(sender); // closes the connection: the driver ends
    aw(driver).await.unwrap().unwrap();
    replies
}

#[test]
fn hyper_client_and_server_on_the_loop() {
    block_on(async {
        let listener = aw(TcpListener::bind("127.0.0.1:0")).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = spawn(from_future(serve(listener)));
        let clients: Vec<_> = (0..10)
            .map(|i| spawn(from_future(client(addr, i))))
            .collect();
        for (i, c) in clients.into_iter().enumerate() {
            assert_eq!(
                aw(c).await.unwrap(),
                [
                    format!("GET /hello/{i} (0 bytes): "),
                    format!(
                        "POST /echo ({} bytes): payload {i}",
                        format!("payload {i}").len()
                    ),
                ]
            );
        }
        server.cancel();
    });
}

#[test]
fn the_executor_and_the_timer_run_on_the_loop() {
    use hyper::rt::{Executor, Timer};
    use std::time::{Duration, Instant};
    block_on(async {
        let (tx, rx) = std::sync::mpsc::channel();
        HyperExecutor.execute(async move { tx.send(42).unwrap() });
        let started = Instant::now();
        HyperTimer.sleep(Duration::from_millis(30)).await;
        assert!(started.elapsed() >= Duration::from_millis(30));
        assert_eq!(rx.try_recv(), Ok(42), "the spawned future ran meanwhile");
        let deadline = Instant::now() + Duration::from_millis(20);
        HyperTimer.sleep_until(deadline).await;
        assert!(Instant::now() >= deadline);
    });
}
