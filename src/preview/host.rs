//! The preview answers only requests addressed to this computer. It listens
//! on 127.0.0.1, but a web page she opens elsewhere can point a name it owns
//! at 127.0.0.1 (DNS rebinding) and then read the preview through her
//! browser as if it were its own site. Such requests still carry the
//! attacker's name in `Host`, so anything but a loopback name is refused
//! with 421 Misdirected Request before any route runs.

use axum::{
    extract::Request,
    http::{StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Passes the request on only when its `Host` is a loopback name.
pub async fn loopback_only(request: Request, next: Next) -> Response {
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok());
    if host.is_some_and(is_loopback) {
        next.run(request).await
    } else {
        (StatusCode::MISDIRECTED_REQUEST, "the preview answers only to 127.0.0.1, localhost or [::1]\n").into_response()
    }
}

/// Whether `host` (a `Host` header: a name, optionally with `:port`) names
/// this computer's loopback.
fn is_loopback(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        // An IPv6 literal: `[::1]` or `[::1]:8080`.
        Some(rest) => match rest.split_once(']') {
            Some((addr, port)) if port.is_empty() || valid_port(port) => return addr == "::1",
            _ => return false,
        },
        None => match host.split_once(':') {
            Some((name, port)) if valid_port(&format!(":{port}")) => name,
            Some(_) => return false,
            None => host,
        },
    };
    name == "127.0.0.1" || name.eq_ignore_ascii_case("localhost")
}

fn valid_port(colon_port: &str) -> bool {
    colon_port.strip_prefix(':').is_some_and(|p| p.parse::<u16>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::is_loopback;

    #[test]
    fn loopback_names_with_or_without_a_port_pass() {
        for host in ["127.0.0.1", "127.0.0.1:8080", "localhost", "LOCALHOST:80", "[::1]", "[::1]:8080"] {
            assert!(is_loopback(host), "{host}");
        }
    }

    #[test]
    fn other_names_are_refused() {
        for host in [
            "rebind.example",
            "rebind.example:8080",
            "localhost.rebind.example",
            "127.0.0.1.rebind.example",
            "127.0.0.2",
            "0.0.0.0:8080",
            "[::2]:8080",
            "[::1]x",
            "localhost:80:80",
            "localhost:http",
            "",
        ] {
            assert!(!is_loopback(host), "{host}");
        }
    }
}
