//! `kadam preview`: the bot in a browser, for staff checking their edits and
//! for anyone trying Kadam without a Telegram token.
//!
//! A small web shell over the same engine and content as the Telegram bot
//! (see `session`, the only file that talks to the engine): a phone-like
//! chat, every language side by side with fallback and unreviewed texts
//! marked, the dialogue map, and the screens that need review. Content
//! files are watched; the page follows every save within a second, or
//! shows the problems as `file:line:col` while the last good content keeps
//! running. Served on 127.0.0.1 only, and only to requests addressed to a
//! loopback name (see `host`); nothing is stored anywhere, and every
//! asset is compiled into the binary.

mod host;
mod live;
mod map;
mod review;
mod session;

use std::{net::SocketAddr, path::PathBuf, process::ExitCode, sync::Arc};

use anyhow::Context;
use axum::{
    Json, Router,
    extract::{Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{
        IntoResponse, Response,
        sse::{self, KeepAlive, Sse},
    },
    routing::{get, post},
};
use serde::Deserialize;

use self::live::App;
use crate::staff::StaffLang;

/// The port when neither `--port` nor `KADAM_PREVIEW_PORT` says otherwise.
pub const DEFAULT_PORT: u16 = 8080;

/// Where and what to serve.
pub struct Options {
    pub port: u16,
    /// Folder holding `dialogues/` and `locales/`.
    pub content: PathBuf,
}

/// Serves until Ctrl-C. `banner` turns the address (`http://127.0.0.1:8080`)
/// into the line printed once the port is open.
pub fn run(options: Options, banner: impl FnOnce(&str) -> String) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(serve(options, banner))?;
    Ok(ExitCode::SUCCESS)
}

async fn serve(options: Options, banner: impl FnOnce(&str) -> String) -> anyhow::Result<()> {
    let app = App::start(options.content)?;
    // Loopback only: the preview has no login and is meant for this computer.
    let addr = SocketAddr::from(([127, 0, 0, 1], options.port));
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| {
        format!(
            "cannot listen on {addr}; is another preview running? Choose another port with --port or KADAM_PREVIEW_PORT"
        )
    })?;
    let bound = listener.local_addr()?;
    println!("{}", banner(&format!("http://{bound}")));
    // Ctrl-C stops at once: nothing is stored, so nothing needs finishing,
    // and a graceful stop would wait forever on the pages' open event streams.
    tokio::select! {
        served = axum::serve(listener, router(app)) => served?,
        _ = tokio::signal::ctrl_c() => {}
    }
    Ok(())
}

fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(|| asset("text/html; charset=utf-8", include_str!("assets/index.html"))))
        .route("/app.js", get(|| asset("text/javascript; charset=utf-8", include_str!("assets/app.js"))))
        .route("/style.css", get(|| asset("text/css; charset=utf-8", include_str!("assets/style.css"))))
        .route("/events", get(events))
        .route("/api/status", get(status))
        .route("/api/texts", get(texts))
        .route("/api/step", post(step))
        .route("/api/languages", post(languages))
        .route("/api/map.svg", get(map_svg))
        .route("/api/review", get(review))
        .route("/api/regions", get(regions))
        .with_state(app)
        .layer(axum::middleware::from_fn(host::loopback_only))
}

async fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

#[derive(Deserialize)]
struct StaffQuery {
    lang: Option<String>,
}

/// The viewer's language for the page's own words: the page's choice
/// (`?lang=`), else the browser's (`Accept-Language`: ru, ky, else English).
fn viewer_lang(query: &StaffQuery, headers: &HeaderMap) -> StaffLang {
    query.lang.as_deref().and_then(StaffLang::from_code).unwrap_or_else(|| {
        let accepted = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
        StaffLang::from_accept_language(accepted)
    })
}

/// Content problems, the same lines `kadam check` prints, in the viewer's language.
async fn status(State(app): State<Arc<App>>, Query(q): Query<StaffQuery>, headers: HeaderMap) -> Response {
    Json(app.status(viewer_lang(&q, &headers))).into_response()
}

/// The page's own words in the viewer's language, each `{name}` left for
/// the page to fill in; and which language that is, for the page's list.
async fn texts(Query(q): Query<StaffQuery>, headers: HeaderMap) -> Response {
    let lang = viewer_lang(&q, &headers);
    let texts: serde_json::Map<String, serde_json::Value> =
        lang.templates("preview-").into_iter().map(|(id, text)| (id.to_owned(), text.into())).collect();
    Json(serde_json::json!({ "lang": lang.code(), "texts": texts })).into_response()
}

/// One event per content load (and one at once): the page redraws or shows the problems.
async fn events(State(app): State<Arc<App>>, Query(q): Query<StaffQuery>, headers: HeaderMap) -> Response {
    let lang = viewer_lang(&q, &headers);
    let changes = app.subscribe();
    let stream = futures_util::stream::unfold((app, changes, true), move |(app, mut changes, first)| async move {
        if !first && changes.changed().await.is_err() {
            return None;
        }
        changes.borrow_and_update();
        let data = serde_json::to_string(&app.status(lang)).unwrap_or_default();
        Some((
            Ok::<_, std::convert::Infallible>(sse::Event::default().event("content").data(data)),
            (app, changes, false),
        ))
    });
    Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
}

/// The answer when there is no good content to run at all yet.
fn no_content(app: &App) -> Response {
    (StatusCode::SERVICE_UNAVAILABLE, Json(app.status(StaffLang::En))).into_response()
}

#[derive(Deserialize)]
struct StepRequest {
    #[serde(default)]
    state: serde_json::Value,
    #[serde(rename = "move")]
    mv: session::Move,
}

async fn step(State(app): State<Arc<App>>, Json(req): Json<StepRequest>) -> Response {
    let Some(content) = app.content() else { return no_content(&app) };
    Json(session::step(&content, &req.state, req.mv, crate::clock::now())).into_response()
}

#[derive(Deserialize)]
struct LanguagesRequest {
    #[serde(default)]
    state: serde_json::Value,
}

/// The tab's screen in every language, with the texts to look at marked.
async fn languages(State(app): State<Arc<App>>, Json(req): Json<LanguagesRequest>) -> Response {
    let Some(content) = app.content() else { return no_content(&app) };
    let review = app.review();
    let views = session::all_languages(&content, &req.state);
    let marks_of = |lang: &str| -> Vec<review::Mark> {
        let Some(view) = views.iter().find(|v| v.lang == lang) else { return vec![] };
        let labels: Vec<&str> = view.keyboard.iter().flatten().map(|k| k.label.as_str()).collect();
        review.marks_on(&view.lang, &view.text, &labels)
    };
    let columns: Vec<serde_json::Value> = views
        .iter()
        .map(|view| match review.generated.get(&view.lang) {
            // A generated column has no texts of its own to review: it is
            // exactly as unreviewed as its source, whose marks it lists.
            Some(from) => {
                let marks: Vec<review::Mark> = marks_of(from)
                    .into_iter()
                    .map(|m| review::Mark { status: format!("{} as in {from}", m.status), ..m })
                    .collect();
                serde_json::json!({ "view": view, "marks": marks, "generated_from": from })
            }
            None => serde_json::json!({ "view": view, "marks": marks_of(&view.lang) }),
        })
        .collect();
    Json(columns).into_response()
}

async fn map_svg(State(app): State<Arc<App>>) -> Response {
    let Some(content) = app.content() else { return no_content(&app) };
    ([(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")], map::svg(&content)).into_response()
}

async fn review(State(app): State<Arc<App>>) -> Response {
    let Some(content) = app.content() else { return no_content(&app) };
    Json(app.review().pending(&content)).into_response()
}

#[derive(Deserialize)]
struct RegionsQuery {
    lang: Option<String>,
}

/// The directory's regions with their centres, named in `lang`, for the
/// "share a location" picker.
async fn regions(State(app): State<Arc<App>>, Query(q): Query<RegionsQuery>) -> Response {
    let Some(content) = app.content() else { return no_content(&app) };
    let lang = q.lang.as_deref().and_then(|c| content.locales.find(c)).unwrap_or(content.locales.default_lang());
    let regions: Vec<serde_json::Value> = content
        .graph
        .directory
        .regions
        .iter()
        .map(|r| {
            let name = content.locales.text(lang, &crate::dialogue::ids::region(&r.id), None, None);
            serde_json::json!({ "id": r.id, "name": name, "lat": r.lat, "lon": r.lon })
        })
        .collect();
    Json(regions).into_response()
}
