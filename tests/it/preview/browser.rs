//! The preview in a real headless Chromium, driven through chromedriver
//! (WebDriver) as a staff member would use it: pick a language, walk into a
//! guide by clicking, use the quick exit, open a screen from the map, edit a
//! file and see the change, break one and see the `file:line` banner.
//! Screenshots are saved as test artifacts under the target folder.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them).
//! Without them the test fails, saying so, unless `KADAM_SKIP_BROWSER_TEST=1`.

use std::{
    fs,
    path::{Path, PathBuf},
    process::Stdio,
};

use fantoccini::{Client, ClientBuilder, Locator};
use futures_util::FutureExt;
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};

use super::{TIMEOUT, copy_content, preview};
use crate::support::{browser_tool, content_dir::repo_root};

/// chromedriver on a port it picks itself (none is chosen for it, so no
/// other program can take it in between), once it says which one.
async fn chromedriver(driver: &Path) -> (Child, String) {
    let mut child = Command::new(driver)
        .arg("--port=0")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start chromedriver");
    let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
    let port = tokio::time::timeout(TIMEOUT, async {
        while let Some(line) = lines.next_line().await.expect("read chromedriver") {
            // "ChromeDriver was started successfully on port 41234."
            if let Some((_, rest)) = line.split_once("started successfully on port ") {
                return rest.trim_end_matches('.').parse::<u16>().unwrap_or_else(|e| panic!("{line}: {e}"));
            }
        }
        panic!("chromedriver exited before it said its port");
    })
    .await
    .expect("chromedriver starts");
    // Keep draining its output so it never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (child, format!("http://127.0.0.1:{port}"))
}

async fn browser(chromium: &Path, driver_url: &str) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            // --no-sandbox: CI runs as root in a container.
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=ru"],
            // Headless Chromium asks for pages in English whatever --lang says.
            "prefs": { "intl.accept_languages": "ru-RU,ru" },
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(driver_url)
        .await
        .expect("a Chromium session")
}

/// A `.button` label or a one-line text of the Russian content.
fn ru(file: &str, id: &str, attr: Option<&str>) -> String {
    let source = fs::read_to_string(repo_root().join("locales/ru").join(file)).expect("read ftl");
    let mut lines = source.lines().skip_while(|l| !l.starts_with(&format!("{id} =")));
    let head = lines.next().unwrap_or_else(|| panic!("{id} in {file}"));
    let text = match attr {
        None => head.split_once(" = ").map(|(_, t)| t.to_owned()),
        Some(attr) => lines.find_map(|l| l.trim().strip_prefix(&format!(".{attr} = ")).map(str::to_owned)),
    };
    text.unwrap_or_else(|| panic!("{id}.{attr:?} on one line in {file}"))
}

/// XPath for a keyboard button whose label contains `label`.
fn key(label: &str) -> Locator<'static> {
    Locator::XPath(Box::leak(
        format!("//div[@id='chat']//div[@class='kb']//button[contains(., '{label}')]").into_boxed_str(),
    ))
}

fn xpath(x: String) -> Locator<'static> {
    Locator::XPath(Box::leak(x.into_boxed_str()))
}

async fn click(c: &Client, at: Locator<'_>) {
    let el = c.wait().at_most(TIMEOUT).for_element(at).await.unwrap_or_else(|e| panic!("waiting for {at:?}: {e}"));
    el.click().await.expect("click");
}

async fn wait_for(c: &Client, at: Locator<'_>) {
    c.wait().at_most(TIMEOUT).for_element(at).await.unwrap_or_else(|e| panic!("waiting for {at:?}: {e}"));
}

async fn screenshot(c: &Client, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("preview");
    fs::create_dir_all(&dir).expect("artifact dir");
    let path = dir.join(name);
    fs::write(&path, c.screenshot().await.expect("screenshot")).expect("write screenshot");
    eprintln!("screenshot: {}", path.display());
    path
}

#[tokio::test]
async fn a_staff_member_walks_edits_and_breaks_content_in_a_real_browser() {
    let Some(chromium) = browser_tool(&["chromium", "chromium-browser", "google-chrome"]) else { return };
    let Some(driver) = browser_tool(&["chromedriver"]) else { return };
    let content = copy_content();
    let p = preview(content.path()).await;
    let (_driver, driver_url) = chromedriver(&driver).await;
    let c = browser(&chromium, &driver_url).await;
    // Close the browser even when a step fails, so no Chromium outlives the test.
    let result = std::panic::AssertUnwindSafe(walk(&c, &p.url, content.path())).catch_unwind().await;
    let _ = c.close().await;
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

async fn walk(c: &Client, url: &str, content: &Path) {
    c.goto(url).await.expect("open the page");
    wait_for(c, Locator::XPath("//body[@data-ok='true']")).await;
    // The browser speaks Russian (--lang=ru), so the page's own words do.
    wait_for(c, Locator::XPath("//body[@data-staff-lang='ru']//nav//button[@data-pane='langs' and .='Все языки']"))
        .await;
    click(c, Locator::Id("start")).await;
    // The language picker, then into a guide by its buttons.
    click(c, key(&ru("ui.ftl", "ui-language-name", None))).await;
    click(c, key(&ru("services.ftl", "services", Some("button")))).await;
    click(c, key(&ru("services.ftl", "services-start", Some("button")))).await;
    click(c, key(&ru("services.ftl", "portal-login", Some("button")))).await;
    click(c, key(&ru("ui.ftl", "ui-next", None))).await;
    let step_2 = crate::support::bot::step_of("ru", 2, 3);
    wait_for(c, xpath(format!("//div[@id='chat']//div[@class='bubble' and contains(., '{step_2}')]"))).await;
    // Every press edited the one message in place, as Telegram does.
    let bots = c.find_all(Locator::Css("#chat .msg.bot")).await.expect("messages");
    assert_eq!(bots.len(), 1, "presses edit the message in place");
    wait_for(c, Locator::Css("#columns .column[data-lang='uz']")).await;
    // The generated column says where it comes from, and claims no review.
    let cyrl = "//div[@id='columns']/div[@data-lang='uz-Cyrl']/div[@class='generated']";
    wait_for(c, xpath(format!("{cyrl}[. = 'generated from uz; unreviewed as in uz']"))).await;
    assert!(c.find_all(Locator::Css("#columns .column[data-lang='uz-Cyrl'] .clean")).await.expect("find").is_empty());
    screenshot(c, "guide.png").await;

    // The quick exit from a violence-related screen: only the decoy is left.
    let text = c.find(Locator::Id("text")).await.expect("composer");
    text.send_keys("/menu\n").await.expect("type");
    click(c, key(&ru("violence.ftl", "violence", Some("button")))).await;
    click(c, key(&ru("ui.ftl", "ui-safety-yes", None))).await;
    click(c, key(&ru("ui.ftl", "ui-quick-exit", None))).await;
    let decoy = ru("ui.ftl", "ui-decoy", None);
    wait_for(
        c,
        xpath(format!(
            "//div[@id='chat']//div[@class='bubble' and starts-with(., '{}')]",
            decoy.chars().take(10).collect::<String>()
        )),
    )
    .await;
    let left = c.find_all(Locator::Css("#chat .msg")).await.expect("messages");
    assert_eq!(left.len(), 1, "the quick exit leaves only the decoy");

    // The map opens a screen.
    click(c, Locator::Css("nav.tabs button[data-pane='map']")).await;
    click(c, Locator::Css("svg.map g[data-node='help'] rect")).await;
    let help_line = fs::read_to_string(repo_root().join("locales/ru/main.ftl")).expect("read");
    let first = help_line.lines().skip_while(|l| !l.starts_with("help =")).nth(1).expect("help text").trim().to_owned();
    wait_for(c, xpath(format!("//div[@id='chat']//div[@class='bubble' and contains(., '{first}')]"))).await;

    // A saved edit shows up in the chat by itself.
    let main_ftl = content.join("locales/ru/main.ftl");
    let source = fs::read_to_string(&main_ftl).expect("read");
    fs::write(&main_ftl, source.replace(&first, &format!("{first} (исправлено)"))).expect("write");
    wait_for(c, xpath(format!("//div[@id='chat']//div[@class='bubble' and contains(., '{first} (исправлено)')]")))
        .await;

    // A broken file: the banner names file:line, the last good content runs on.
    fs::write(content.join("dialogues/main.toml"), "[[node]]\nid = \"main\"\nkind = \"nonsense\"\n").expect("write");
    wait_for(c, Locator::XPath("//div[@id='banner' and not(@hidden)]//li[contains(., 'main.toml:3:')]")).await;
    wait_for(c, Locator::XPath("//div[@id='banner']//li[contains(., 'ошибка: неизвестный вид узла')]")).await;
    screenshot(c, "broken.png").await;

    // Another language from the list: the tabs and the problems follow it,
    // and the browser remembers it when the page is opened again.
    c.find(Locator::Css("#staff-lang option[value='ky']"))
        .await
        .expect("the language list")
        .click()
        .await
        .expect("pick");
    wait_for(c, Locator::XPath("//nav//button[@data-pane='langs' and .='Бардык тилдер']")).await;
    wait_for(c, Locator::XPath("//div[@id='banner']//li[contains(., 'ката: түйүндүн белгисиз түрү')]")).await;
    c.goto(url).await.expect("open the page again");
    wait_for(
        c,
        Locator::XPath("//body[@data-staff-lang='ky']//nav//button[@data-pane='help' and .='Кантип колдонуу керек']"),
    )
    .await;
    screenshot(c, "kyrgyz.png").await;
}
