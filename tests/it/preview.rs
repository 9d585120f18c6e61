//! `kadam preview` over HTTP: the real binary on a free port, driven the
//! way the page drives it (JSON moves, server-sent events), plus the bare
//! `kadam` without a token and `kadam run` refusing without one.

use std::{
    fs,
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};

use serde_json::{Value, json};
use tokio::process::{Child, Command};

use crate::support::{
    bot::{has_staff_text, t},
    content_dir::repo_root,
};

/// How long a step may take before the test gives up: generous for a
/// loaded CI machine; a passing run never waits for it.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// A copy of the shipped content in a temporary folder, free to edit.
pub fn copy_content() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for part in ["dialogues", "locales"] {
        copy_dir(&repo_root().join(part), &dir.path().join(part));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// A running preview and the address its banner printed.
pub struct Preview {
    _child: Child,
    pub url: String,
    pub banner: String,
    /// Where it runs; nothing may appear here.
    pub cwd: tempfile::TempDir,
}

/// Starts the `kadam` binary with `args` and `env` (nothing inherited but
/// PATH) in an empty folder and waits for its banner. Its stdout and stderr
/// share one pipe, as on a terminal, so the banner must be the very first
/// line: a log line before it fails the test.
pub async fn start(args: &[&str], env: &[(&str, &str)]) -> Preview {
    let cwd = tempfile::tempdir().expect("temp dir");
    let (reader, writer) = std::io::pipe().expect("a pipe");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadam"));
    cmd.args(args)
        .current_dir(cwd.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(writer.try_clone().expect("pipe"))
        .stderr(writer)
        .kill_on_drop(true);
    let child = cmd.spawn().expect("start kadam");
    // The command holds the pipe's writing end until dropped.
    drop(cmd);
    let (first, banner) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(reader).lines();
        let _ = first.send(lines.next());
        // Keep draining so later logs never block it on a full pipe.
        for _ in lines {}
    });
    let banner = tokio::time::timeout(TIMEOUT, banner)
        .await
        .expect("kadam prints its banner")
        .expect("the reader thread")
        .expect("a banner line before kadam exits")
        .expect("read its output");
    let start = banner.find("http://127.0.0.1:").unwrap_or_else(|| panic!("no address in the first line: {banner}"));
    let url: String = banner[start..].chars().take_while(|c| !c.is_whitespace()).collect();
    Preview { _child: child, url, banner, cwd }
}

/// `kadam preview` on a free port serving `content`.
pub async fn preview(content: &Path) -> Preview {
    let content = content.to_str().expect("UTF-8 path");
    start(&["preview", "--port", "0", "--content", content], &[]).await
}

async fn step(client: &reqwest::Client, url: &str, state: &Value, mv: Value) -> Value {
    let res = client.post(format!("{url}/api/step")).json(&json!({ "state": state, "move": mv })).send().await;
    let res = res.expect("POST /api/step");
    assert!(res.status().is_success(), "step failed: {}", res.status());
    res.json().await.expect("a JSON turn")
}

fn screen(turn: &Value) -> &Value {
    turn["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["kind"] == "show")
        .map(|e| &e["screen"])
        .expect("a screen")
}

/// The callback data of the button whose label contains `label`.
fn button(screen: &Value, label: &str) -> String {
    let keys = screen["keyboard"].as_array().expect("keyboard").iter().flat_map(|r| r.as_array().expect("row"));
    let found = keys.clone().find(|k| k["label"].as_str().is_some_and(|l| l.contains(label)));
    let labels: Vec<&Value> = keys.map(|k| &k["label"]).collect();
    found.and_then(|k| k["data"].as_str()).unwrap_or_else(|| panic!("no button `{label}` among {labels:?}")).to_owned()
}

/// The language picker's button for `code`, by what it carries, not its label.
fn lang_button(screen: &Value, code: &str) -> String {
    let keys = screen["keyboard"].as_array().expect("keyboard").iter().flat_map(|r| r.as_array().expect("row"));
    let mut datas = keys.filter_map(|k| k["data"].as_str());
    let suffix = format!(":l:{code}");
    datas.find(|d| d.ends_with(&suffix)).unwrap_or_else(|| panic!("no button for the language {code}")).to_owned()
}

fn ru_text(file: &str, id: &str) -> String {
    let source = fs::read_to_string(repo_root().join("locales/ru").join(file)).expect("read ftl");
    let line = source.lines().find(|l| l.starts_with(&format!("{id} = "))).expect("message on one line");
    line.split_once(" = ").expect("id = text").1.to_owned()
}

#[tokio::test]
async fn the_page_and_its_assets_are_served_from_the_binary_without_a_cdn() {
    let content = copy_content();
    let p = preview(content.path()).await;
    assert!(p.banner.starts_with("Kadam preview: open http://127.0.0.1:"), "{}", p.banner);
    let client = reqwest::Client::new();
    for (path, kind) in [("/", "text/html"), ("/app.js", "text/javascript"), ("/style.css", "text/css")] {
        let res = client.get(format!("{}{path}", p.url)).send().await.expect("GET");
        assert_eq!(res.status(), 200, "{path}");
        let header = res.headers()["content-type"].to_str().expect("ascii").to_owned();
        assert!(header.starts_with(kind), "{path}: {header}");
        let body = res.text().await.expect("body");
        // Every asset comes from this server: no address outside it is loaded.
        for outside in ["src=\"http", "href=\"http", "@import", "url(http"] {
            assert!(!body.contains(outside), "{path} loads something from outside: {outside}");
        }
    }
    let svg = client.get(format!("{}/api/map.svg", p.url)).send().await.expect("GET map");
    assert_eq!(svg.headers()["content-type"], "image/svg+xml; charset=utf-8");
    assert!(svg.text().await.expect("svg").contains(r#"data-node="violence""#));
}

#[tokio::test]
async fn a_walk_runs_the_bots_engine_edits_in_place_and_the_quick_exit_leaves_the_decoy() {
    let content = copy_content();
    let p = preview(content.path()).await;
    let client = reqwest::Client::new();
    let first = step(&client, &p.url, &Value::Null, json!({ "text": "/start" })).await;
    assert_eq!(first["at"], "language");
    let pick = lang_button(screen(&first), "ru");
    let main = step(&client, &p.url, &first["state"], json!({ "press": pick })).await;
    assert_eq!(main["at"], "main");
    assert_eq!(main["events"][0]["edit"], true, "a press edits the message in place");
    assert!(screen(&main)["text"].as_str().expect("text").starts_with(&t("ru", "main")));
    // A deep link typed as Telegram sends it, then the region list by location.
    let linked = step(&client, &p.url, &main["state"], json!({ "text": "/start find-help" })).await;
    assert_eq!(linked["at"], "find-help");
    let located = step(&client, &p.url, &linked["state"], json!({ "location": { "lat": 40.53, "lon": 72.8 } })).await;
    assert!(screen(&located)["text"].as_str().expect("text").contains("Ош"), "the Osh region's help: {located}");
    let exit = step(&client, &p.url, &located["state"], json!({ "text": "/exit" })).await;
    assert_eq!(exit["events"], json!([{ "kind": "quick_exit", "decoy": ru_text("ui.ftl", "ui-decoy") }]));
    // Garbage state or moves get a clear answer, never a crash.
    let fresh = step(&client, &p.url, &json!("nonsense"), json!({ "press": "x:y:z" })).await;
    assert_eq!(fresh["at"], "language");
    let bad = client.post(format!("{}/api/step", p.url)).body("{").header("content-type", "application/json");
    assert_eq!(bad.send().await.expect("POST").status(), 400);
}

#[tokio::test]
async fn every_language_side_by_side_marks_fallback_and_unreviewed_texts() {
    let content = copy_content();
    // Uzbek becomes partial and loses the main menu's text: it falls back to Russian.
    let toml = content.path().join("locales/locales.toml");
    let config = fs::read_to_string(&toml).expect("read").replace("partial = []", "partial = [\"uz\"]");
    fs::write(&toml, config).expect("write");
    let uz = content.path().join("locales/uz/main.ftl");
    let source = fs::read_to_string(&uz).expect("read");
    let start = source.find("\nmain =").expect("main in uz") + 1;
    let end = start + source[start..].find("\nlanguage =").expect("next message") + 1;
    fs::write(&uz, format!("{}{}", &source[..start], &source[end..])).expect("write");
    let p = preview(content.path()).await;
    let client = reqwest::Client::new();
    let main = step(&client, &p.url, &Value::Null, json!({ "jump": "main" })).await;
    let res = client.post(format!("{}/api/languages", p.url)).json(&json!({ "state": main["state"] })).send().await;
    let columns: Value = res.expect("POST").json().await.expect("JSON");
    let langs: Vec<&str> =
        columns.as_array().expect("list").iter().map(|c| c["view"]["lang"].as_str().unwrap()).collect();
    // Cyrillic Uzbek is generated from the Latin and has its own column.
    assert_eq!(langs, ["ky", "ru", "uz-Cyrl", "uz"]);
    let uz = &columns[3];
    assert!(uz["view"]["text"].as_str().unwrap().starts_with(&t("ru", "main")), "uz shows the ru text");
    let marks = uz["marks"].as_array().expect("marks");
    assert!(marks.iter().any(|m| m["name"] == "main" && m["status"] == "fallback"), "{marks:?}");
    // Cyrillic Uzbek claims no review of its own: it is as unreviewed as uz.
    let cyrl = &columns[2];
    assert_eq!(cyrl["generated_from"], "uz", "{cyrl}");
    let cyrl_marks: Vec<(&Value, String)> =
        cyrl["marks"].as_array().expect("marks").iter().map(|m| (&m["name"], m["status"].to_string())).collect();
    let as_in_uz: Vec<(&Value, String)> =
        marks.iter().map(|m| (&m["name"], format!("\"{} as in uz\"", m["status"].as_str().unwrap()))).collect();
    assert_eq!(cyrl_marks, as_in_uz);
    assert!(columns[0].get("generated_from").is_none(), "ky is translated, not generated");
    // The review list names the screen with the language and the text.
    let review: Value = client.get(format!("{}/api/review", p.url)).send().await.unwrap().json().await.unwrap();
    let entry = review.as_array().unwrap().iter().find(|r| r["node"] == "main").expect("main needs review");
    assert!(entry["langs"]["uz"].as_array().unwrap().iter().any(|t| t == "main (fallback)"), "{entry}");
}

/// Reads server-sent events from `/events` one at a time.
struct Events {
    res: reqwest::Response,
    buf: String,
}

impl Events {
    async fn open(url: &str) -> Self {
        let res = reqwest::get(format!("{url}/events")).await.expect("GET /events");
        assert_eq!(res.headers()["content-type"], "text/event-stream");
        Self { res, buf: String::new() }
    }

    /// The next `content` event's data.
    async fn next(&mut self) -> Value {
        loop {
            if let Some(end) = self.buf.find("\n\n") {
                let event: String = self.buf.drain(..end + 2).collect();
                if let Some(data) = event.lines().find_map(|l| l.strip_prefix("data: ")) {
                    return serde_json::from_str(data).expect("JSON status");
                }
                continue;
            }
            let chunk = tokio::time::timeout(TIMEOUT, self.res.chunk()).await.expect("an event in time");
            let chunk = chunk.expect("read events").expect("the stream stays open");
            self.buf.push_str(&String::from_utf8_lossy(&chunk));
        }
    }
}

#[tokio::test]
async fn a_saved_edit_is_announced_and_a_broken_file_lists_its_problems_while_the_last_good_content_runs() {
    let content = copy_content();
    let p = preview(content.path()).await;
    let mut events = Events::open(&p.url).await;
    let first = events.next().await;
    assert_eq!(first["ok"], true);
    let client = reqwest::Client::new();
    let ru = content.path().join("locales/ru/ui.ftl");
    let source = fs::read_to_string(&ru).expect("read");
    // Whatever the shipped name is, staff add a word to it.
    let name = t("ru", "ui-language-name");
    let renamed = format!("{name} (правка)");
    let line = format!("ui-language-name = {name}\n");
    assert!(source.contains(&line), "the Russian name is one line of ui.ftl");
    fs::write(&ru, source.replace(&line, &format!("ui-language-name = {renamed}\n"))).expect("write");
    let edited = loop {
        let s = events.next().await;
        if s["version"].as_u64() > first["version"].as_u64() {
            break s;
        }
    };
    assert_eq!(edited["ok"], true, "{edited}");
    let turn = step(&client, &p.url, &Value::Null, json!({ "text": "/start" })).await;
    button(screen(&turn), &renamed);
    // A broken dialogue file: the problems come with file:line:col, the chat keeps running.
    let main = content.path().join("dialogues/main.toml");
    fs::write(&main, "[[node]]\nid = \"main\"\nkind = \"nonsense\"\n").expect("write");
    let broken = loop {
        let s = events.next().await;
        if s["ok"] == false {
            break s;
        }
    };
    let errors: Vec<&str> = broken["errors"].as_array().expect("errors").iter().map(|e| e.as_str().unwrap()).collect();
    assert!(errors.iter().any(|e| e.contains("main.toml:3:8: error: unknown node kind `nonsense`")), "{errors:?}");
    assert_eq!(broken["running"], true);
    // The same problem in the viewer's language: the browser's, or the page's choice.
    let status = |accept: &'static str, query: &'static str| {
        let request = client.get(format!("{}/api/status{query}", p.url)).header("Accept-Language", accept);
        async move { request.send().await.expect("status").json::<Value>().await.expect("json")["errors"].to_string() }
    };
    let russian = status("ru-RU,ru;q=0.9,en;q=0.8", "").await;
    let names = |text: &str, lang: &str| {
        text.contains("main.toml:3:8:")
            && text.contains("`nonsense`")
            && has_staff_text(text, lang, "check-unknown-kind")
    };
    assert!(names(&russian, "ru"), "{russian}");
    let kyrgyz = status("ru-RU,ru;q=0.9", "?lang=ky").await;
    assert!(names(&kyrgyz, "ky"), "{kyrgyz}");
    let other = status("de-DE", "").await;
    assert!(other.contains("main.toml:3:8: error: unknown node kind"), "{other}");
    let still = step(&client, &p.url, &Value::Null, json!({ "text": "/start" })).await;
    button(screen(&still), &renamed);
}

/// The page's own words follow the browser's language (ru, ky, else
/// English) or the page's choice; the chat's languages are the bot's.
#[tokio::test]
async fn the_page_speaks_the_staff_language_of_the_browser_or_of_its_choice() {
    let content = copy_content();
    let p = preview(content.path()).await;
    let client = reqwest::Client::new();
    let texts = |accept: &'static str, query: &'static str| {
        let request = client.get(format!("{}/api/texts{query}", p.url)).header("Accept-Language", accept);
        async move { request.send().await.expect("texts").json::<Value>().await.expect("json") }
    };
    // Each language's `preview-…` texts from locales/staff/, with places
    // for their values, whatever their wording.
    let expected = |lang: kadam::staff::StaffLang| {
        let texts = lang.templates("preview-").into_iter().map(|(id, text)| (id.to_owned(), Value::from(text)));
        Value::Object(texts.collect())
    };
    let ru = texts("ru-RU,ru;q=0.9,en;q=0.8", "").await;
    assert_eq!(ru["lang"], "ru");
    assert_eq!(ru["texts"], expected(kadam::staff::StaffLang::Ru));
    assert!(ru["texts"]["preview-opened"].as_str().is_some_and(|t| t.contains("{node}")), "{}", ru["texts"]);
    let ky = texts("ru-RU", "?lang=ky").await;
    assert_eq!(ky["lang"], "ky");
    assert_eq!(ky["texts"], expected(kadam::staff::StaffLang::Ky));
    let en = texts("de-DE,fr;q=0.5", "").await;
    assert_eq!(en["lang"], "en");
    assert_eq!(en["texts"], expected(kadam::staff::StaffLang::En));
    assert_ne!(ru["texts"]["preview-tab-map"], en["texts"]["preview-tab-map"], "Russian, not the English fallback");
    // Every text the page asks for by `data-t` is there, in every language.
    let page = client.get(&p.url).send().await.expect("page").text().await.expect("html");
    let asked: Vec<&str> = page.split("data-t=\"").skip(1).filter_map(|s| s.split('"').next()).collect();
    assert!(asked.len() > 30, "{asked:?}");
    for id in asked {
        for lang in [&ru, &ky, &en] {
            assert!(lang["texts"][id].is_string(), "{id} in {}", lang["lang"]);
        }
    }
    // The chat is not the page: her screens stay in the bot's languages.
    let turn = step(&client, &p.url, &Value::Null, json!({ "text": "/start" })).await;
    button(screen(&turn), &t("ru", "ui-language-name"));
}

/// Files and folders left in `dir`, to show that nothing was created there.
fn entries(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir).expect("read dir").map(|e| e.expect("entry").path()).collect()
}

#[tokio::test]
async fn the_bare_command_without_a_token_serves_the_practice_chat_and_creates_nothing() {
    let root = repo_root().to_str().expect("UTF-8").to_owned();
    let p = start(&[], &[("KADAM_CONTENT_DIR", &root), ("KADAM_PREVIEW_PORT", "0")]).await;
    let port = p.url.rsplit(':').next().expect("port");
    assert_eq!(
        p.banner,
        format!(
            "No TELOXIDE_TOKEN in .env: serving the practice chat at http://127.0.0.1:{port} — to serve Telegram, create a bot with @BotFather and put its token in .env"
        )
    );
    let res = reqwest::get(format!("{}/", p.url)).await.expect("GET /");
    assert_eq!(res.status(), 200);
    assert_eq!(entries(p.cwd.path()), Vec::<PathBuf>::new(), "no .env, key or database before a token is given");
}

#[test]
fn an_explicit_run_without_a_token_still_refuses_and_creates_nothing() {
    let cwd = tempfile::tempdir().expect("temp dir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kadam"))
        .arg("run")
        .current_dir(cwd.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .output()
        .expect("run kadam");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("kadam: TELOXIDE_TOKEN is not set.") && stderr.contains("@BotFather"), "{stderr}");
    assert_eq!(entries(cwd.path()), Vec::<PathBuf>::new(), "no .env with a new key");
}

/// The same, in a real headless Chromium.
mod browser;

/// DNS rebinding: a web page points its own name at 127.0.0.1 and reads the
/// preview through her browser. The request still says `Host: rebind.example`,
/// and must get nothing: not the status (which names the content folder),
/// not the content, not the page. Loopback names, with the port, still work.
#[tokio::test]
async fn only_requests_addressed_to_the_loopback_are_answered() {
    let content = copy_content();
    let p = preview(content.path()).await;
    let port = p.url.rsplit(':').next().expect("a port");
    let client = reqwest::Client::new();
    let root = content.path().to_str().expect("UTF-8 path");
    for host in ["rebind.example", &format!("rebind.example:{port}"), &format!("localhost.rebind.example:{port}")] {
        for path in ["/", "/api/status", "/api/review", "/api/map.svg"] {
            let res = client.get(format!("{}{path}", p.url)).header("host", host).send().await.expect("GET");
            assert_eq!(res.status(), 421, "{host}{path}");
            let body = res.text().await.expect("body");
            assert!(!body.contains(root) && !body.contains("violence"), "{host}{path} leaked: {body}");
        }
        let res = client
            .post(format!("{}/api/step", p.url))
            .header("host", host)
            .json(&json!({ "state": null, "move": { "jump": "violence" } }))
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status(), 421, "{host} POST /api/step");
    }
    for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("[::1]:{port}")] {
        let res = client.get(format!("{}/api/status", p.url)).header("host", &host).send().await.expect("GET");
        assert_eq!(res.status(), 200, "{host}");
    }
}
