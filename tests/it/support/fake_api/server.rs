//! The fake's HTTP side: one handler for every `POST /bot{token}/{method}`,
//! which records the call, applies a pending fault, and performs the method
//! (or holds a long poll); request bodies as teloxide sends them (JSON, or
//! multipart with uploads); and connections that a `Fault::Drop` can cut.

use std::{
    io,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    task::{Context, Poll},
    time::{Duration, Instant},
};

use axum::{
    Json,
    body::Bytes,
    extract::{ConnectInfo, State, connect_info::Connected},
    http::{HeaderMap, StatusCode, Uri, header::CONTENT_TYPE},
    response::{IntoResponse, Response},
    serve::{IncomingStream, Listener},
};
use serde_json::{Map, Value, json};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
};

use super::{
    Call, Fault, Reply, Shared, TOKEN, UploadedFile, lock,
    methods::{ApiErr, bad, perform},
    p_i64,
};

fn error_response(err: ApiErr) -> Response {
    let mut body = json!({"ok": false, "error_code": err.code, "description": err.description});
    if let Some(seconds) = err.retry_after {
        body["parameters"] = json!({"retry_after": seconds});
    }
    let status = StatusCode::from_u16(err.code).unwrap_or(StatusCode::BAD_REQUEST);
    (status, Json(body)).into_response()
}

/// Serves every Bot API request.
pub(super) async fn handle(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(conn): ConnectInfo<Conn>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let segments: Vec<&str> = uri.path().trim_start_matches('/').split('/').collect();
    let [token_segment, sent_method] = segments[..] else {
        return error_response(ApiErr { code: 404, description: "Not Found".into(), retry_after: None });
    };
    if token_segment.strip_prefix("bot") != Some(TOKEN) {
        return error_response(ApiErr { code: 401, description: "Unauthorized".into(), retry_after: None });
    }
    // teloxide sends `SendMessage`; Telegram ignores case. Recording the
    // documented spelling lets tests write `calls_of("sendMessage")`.
    let mut method = sent_method.to_owned();
    if let Some(first) = method.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    let method = method.as_str();
    let parsed = parse_body(&headers, &body);
    let (params, files) = match &parsed {
        Ok((params, files)) => (Value::Object(params.clone()), files.clone()),
        Err(_) => (Value::Null, Vec::new()),
    };
    let is_poll = method.eq_ignore_ascii_case("getUpdates");
    let (index, fault) = {
        let mut inner = lock(&shared);
        let fault = inner.take_fault(method);
        let call =
            Call { method: method.to_owned(), params, files, fault: fault.clone(), ok: None, at: Instant::now() };
        inner.calls.push(call);
        (inner.calls.len() - 1, fault)
    };
    shared.changed.notify_waiters();
    let dropped = matches!(fault, Some(Fault::Drop | Fault::DeliverThenDrop));
    let response = answer(&shared, &conn, method, is_poll, fault, parsed).await;
    let ok = response.status().is_success() && !dropped;
    lock(&shared).calls[index].ok = Some(ok);
    shared.changed.notify_waiters();
    response
}

/// What Telegram would answer this call, faults included.
async fn answer(
    shared: &Shared,
    conn: &Conn,
    method: &str,
    is_poll: bool,
    fault: Option<Fault>,
    parsed: Result<Parsed, String>,
) -> Response {
    match fault {
        Some(Fault::TooManyRequests { retry_after }) => {
            return error_response(ApiErr {
                code: 429,
                description: format!("Too Many Requests: retry after {retry_after}"),
                retry_after: Some(retry_after),
            });
        }
        Some(Fault::ServerError(code)) => {
            let reason = StatusCode::from_u16(code).ok().and_then(|s| s.canonical_reason()).unwrap_or("Server Error");
            return error_response(ApiErr { code, description: reason.to_owned(), retry_after: None });
        }
        Some(Fault::Drop) => {
            // The response below is never written: the connection's IO now
            // fails, so hyper closes the socket and the client sees a hang-up.
            conn.killed.store(true, Ordering::SeqCst);
            return StatusCode::OK.into_response();
        }
        Some(Fault::Refuse(description)) => return error_response(bad(description)),
        Some(Fault::Delay(delay)) => tokio::time::sleep(delay).await,
        Some(Fault::Garbled | Fault::DeliverThenDrop) | None => {}
    }
    let cut_after = fault == Some(Fault::DeliverThenDrop);

    let (params, files) = match parsed {
        Ok(ok) => ok,
        Err(reason) => return error_response(bad(reason)),
    };
    let result = if is_poll {
        get_updates(shared, &params).await
    } else {
        let mut inner = lock(shared);
        let result = perform(&mut inner, &method.to_ascii_lowercase(), &params, &files);
        if let (Ok(message), Some(replies)) = (&result, &inner.replies)
            && let Some(reply) = Reply::of(message)
        {
            let _ = replies.send(reply);
        }
        result
    };
    if cut_after {
        conn.killed.store(true, Ordering::SeqCst);
        return StatusCode::OK.into_response();
    }
    match result {
        Ok(mut result) if fault == Some(Fault::Garbled) => {
            result["message_id"] = json!("garbled");
            Json(json!({"ok": true, "result": result})).into_response()
        }
        Ok(result) => Json(json!({"ok": true, "result": result})).into_response(),
        Err(err) => error_response(err),
    }
}

/// A long poll: answers at once when updates are queued, else when one is
/// injected or the poll's timeout runs out.
async fn get_updates(shared: &Shared, params: &Map<String, Value>) -> Result<Value, ApiErr> {
    let offset = p_i64(params, "offset").unwrap_or(0);
    let limit = p_i64(params, "limit").unwrap_or(100).clamp(1, 100) as usize;
    // Telegram caps long polls at 50 s.
    let timeout = Duration::from_secs(p_i64(params, "timeout").unwrap_or(0).clamp(0, 50) as u64);
    let deadline = tokio::time::Instant::now() + timeout;
    let generation = {
        let mut inner = lock(shared);
        inner.poll_generation += 1;
        inner.poll_generation
    };
    // A poll still waiting is ended by this one, below.
    shared.changed.notify_waiters();
    {
        let mut inner = lock(shared);
        if offset > 0 {
            inner.queue.retain(|(id, _)| i64::from(*id) >= offset);
        } else if offset < 0 {
            // "-n": keep only the last n updates, forgetting the rest.
            let keep = offset.unsigned_abs() as usize;
            let drop = inner.queue.len().saturating_sub(keep);
            inner.queue.drain(..drop);
        }
    }
    loop {
        let changed = shared.changed.notified();
        tokio::pin!(changed);
        changed.as_mut().enable();
        {
            let mut inner = lock(shared);
            if inner.poll_generation != generation {
                // As Telegram: a newer getUpdates ends the one still waiting.
                inner.conflicts += 1;
                return Err(ApiErr {
                    code: 409,
                    description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running".into(),
                    retry_after: None,
                });
            }
            let ready = !inner.held && !inner.queue.is_empty();
            if ready || tokio::time::Instant::now() >= deadline {
                let batch: Vec<(u32, Value)> =
                    if inner.held { vec![] } else { inner.queue.iter().take(limit).cloned().collect() };
                if !batch.is_empty() {
                    inner.handed.push(batch.iter().map(|(id, _)| *id).collect());
                }
                return Ok(Value::Array(batch.into_iter().map(|(_, u)| u).collect()));
            }
        }
        tokio::select! {
            _ = changed => {}
            _ = tokio::time::sleep_until(deadline) => {}
        }
    }
}

// ---- request bodies ----

type Parsed = (Map<String, Value>, Vec<UploadedFile>);

fn parse_body(headers: &HeaderMap, body: &[u8]) -> Result<Parsed, String> {
    let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let mime = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    if body.is_empty() {
        return Ok((Map::new(), Vec::new()));
    }
    match mime.as_str() {
        "multipart/form-data" => {
            let boundary = content_type
                .split(';')
                .filter_map(|param| param.trim().split_once('='))
                .find(|(k, _)| k.eq_ignore_ascii_case("boundary"))
                .map(|(_, v)| v.trim_matches('"'))
                .ok_or("multipart body without a boundary")?;
            parse_multipart(body, boundary).ok_or_else(|| "malformed multipart body".to_owned())
        }
        "application/x-www-form-urlencoded" => {
            let params = url::form_urlencoded::parse(body)
                .map(|(k, v)| {
                    let value = text_field(&k, &v);
                    (k.into_owned(), value)
                })
                .collect();
            Ok((params, Vec::new()))
        }
        // teloxide always labels JSON; anything else is tried as JSON too.
        _ => match serde_json::from_slice(body) {
            Ok(Value::Object(params)) => Ok((params, Vec::new())),
            Ok(_) => Err("the request body must be a JSON object".to_owned()),
            Err(e) => Err(format!("can't parse JSON body: {e}")),
        },
    }
}

/// A form field as JSON: nested objects (e.g. `reply_markup`) are sent as
/// JSON text; user-visible texts stay strings even when they look like JSON.
fn text_field(key: &str, value: &str) -> Value {
    let structured = !matches!(key, "text" | "caption") && (value.starts_with('{') || value.starts_with('['));
    match structured.then(|| serde_json::from_str(value).ok()).flatten() {
        Some(json) => json,
        None => Value::String(value.to_owned()),
    }
}

/// Just enough of RFC 7578 for what reqwest sends; `None` on anything odd.
fn parse_multipart(body: &[u8], boundary: &str) -> Option<Parsed> {
    let delimiter = format!("--{boundary}");
    let mut params = Map::new();
    let mut files = Vec::new();
    let mut rest = &body[find(body, delimiter.as_bytes())? + delimiter.len()..];
    loop {
        if rest.starts_with(b"--") {
            return Some((params, files));
        }
        rest = rest.strip_prefix(b"\r\n")?;
        let headers_end = find(rest, b"\r\n\r\n")?;
        let part_headers = std::str::from_utf8(&rest[..headers_end]).ok()?;
        rest = &rest[headers_end + 4..];
        let content_end = find(rest, format!("\r\n{delimiter}").as_bytes())?;
        let content = &rest[..content_end];
        rest = &rest[content_end + 2 + delimiter.len()..];

        let disposition = part_headers
            .lines()
            .find_map(|line| {
                line.split_once(':').filter(|(name, _)| name.trim().eq_ignore_ascii_case("content-disposition"))
            })?
            .1;
        let attribute = |wanted: &str| {
            disposition
                .split(';')
                .filter_map(|a| a.trim().split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case(wanted))
                .map(|(_, v)| v.trim().trim_matches('"').to_owned())
        };
        let name = attribute("name")?;
        match attribute("filename") {
            Some(file_name) => files.push(UploadedFile {
                part: name,
                file_name: Some(file_name),
                len: content.len(),
                bytes: content.to_vec(),
            }),
            None => {
                let value = std::str::from_utf8(content).ok()?;
                params.insert(name.clone(), text_field(&name, value));
            }
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

// ---- connections that a Drop fault can cut ----

/// Tags each connection with a switch the handler flips to hang up.
#[derive(Clone, Debug)]
pub(super) struct Conn {
    killed: Arc<AtomicBool>,
}

impl Connected<IncomingStream<'_, KillableListener>> for Conn {
    fn connect_info(stream: IncomingStream<'_, KillableListener>) -> Self {
        stream.remote_addr().clone()
    }
}

pub(super) struct KillableListener(pub(super) TcpListener);

impl Listener for KillableListener {
    type Io = KillableStream;
    type Addr = Conn;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.0.accept().await {
                Ok((stream, _)) => {
                    // Small request/response pairs; Nagle would add delays.
                    let _ = stream.set_nodelay(true);
                    let killed = Arc::new(AtomicBool::new(false));
                    return (KillableStream { inner: stream, killed: killed.clone() }, Conn { killed });
                }
                // E.g. too many open files: back off instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        Err(io::Error::other("the fake's address is kept by FakeApi"))
    }
}

/// A TCP stream whose reads and writes fail once killed, so hyper drops the
/// connection instead of writing the response.
pub(super) struct KillableStream {
    inner: TcpStream,
    killed: Arc<AtomicBool>,
}

impl KillableStream {
    fn check(&self) -> io::Result<()> {
        match self.killed.load(Ordering::SeqCst) {
            true => Err(io::Error::new(io::ErrorKind::ConnectionAborted, "dropped by a Fault::Drop")),
            false => Ok(()),
        }
    }
}

impl AsyncRead for KillableStream {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for KillableStream {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
