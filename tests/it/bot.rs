//! `kadam run` end to end: the real binary against the fake Bot API on
//! loopback, with a real SQLite file. Expected texts come from the shipped
//! content itself, so these tests follow content edits and still fail when
//! the bot shows the wrong screen.

use std::time::Duration;

use crate::support::{
    bot::{
        bot_messages, fixture_content, fixture_home, has_staff_text, last_bot_text, offered_langs, press_lang,
        start_in, step_of, t, user, wait_callbacks_answered, wait_chat, wait_last, wait_messages, wait_text,
        wait_write,
    },
    content_dir::copy_dir,
    fake_api::{DEFAULT_TIMEOUT, FakeApi, Fault},
    kadam::Home,
};

#[tokio::test(flavor = "multi_thread")]
async fn first_contact_offers_both_languages_and_remembers_the_choice() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;

    // The Telegram language is only a hint: it orders the picker.
    api.set_user(user(501, Some("ru")));
    api.send_text(501, 501, "/start");
    wait_messages(&api, 501, 1).await;
    let picker = bot_messages(&api, 501);
    let order = ["ru", "ky", "uz-Cyrl", "uz"];
    assert_eq!(offered_langs(&picker[0]), order);
    let names: Vec<String> = order.iter().map(|code| t(code, "ui-language-name")).collect();
    assert_eq!(picker[0].labels(), names, "each language named in itself");
    assert!(picker[0].text.as_deref().unwrap().contains(&t("ru", "language")));
    assert!(picker[0].text.as_deref().unwrap().contains(&t("ky", "language")));
    // Help before she picks anything: one line with 🆘 102 / 112, which reads
    // the same in every language, under the four prompts.
    let prompt = picker[0].text.as_deref().unwrap();
    assert_eq!(prompt.lines().count(), 5, "{prompt}");
    assert_eq!(prompt.lines().last(), Some("🆘 102 / 112"), "{prompt}");

    press_lang(&api, 501, 501, "ru");
    wait_text(&api, 501, &t("ru", "main")).await;
    let after = bot_messages(&api, 501);
    assert_eq!(after.len(), 1, "the picker is edited into the menu, not followed by a copy");
    assert!(after[0].edited);

    api.set_user(user(502, None));
    start_in(&api, 502, "ky").await;
    assert_eq!(last_bot_text(&api, 502), t("ky", "main"));

    // Remembered: the next /start goes straight to the menu, in a message
    // of its own: the second one, so no copy came after the first menu.
    api.send_text(502, 502, "/start");
    assert_eq!(wait_messages(&api, 502, 2).await, t("ky", "main"));
    assert_eq!(bot_messages(&api, 502).len(), 2);

    // Command menus registered per language, in that language.
    let registered = |a: &FakeApi| a.commands(Some("ru")).is_some() && a.commands(Some("ky")).is_some();
    api.wait_until(registered, DEFAULT_TIMEOUT).await.expect("command menus for ru and ky");
    let ru = api.commands(Some("ru")).expect("ru commands");
    let ky = api.commands(Some("ky")).expect("ky commands");
    assert!(ru.iter().any(|(c, d)| c == "language" && d == &t("ru", "ui-cmd-language")));
    assert!(ky.iter().any(|(c, d)| c == "language" && d == &t("ky", "ui-cmd-language")));
    wait_callbacks_answered(&api).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_guide_is_walked_in_place_and_survives_a_restart() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 601;
    api.set_user(user(601, Some("ru")));

    // A deep link before the language is chosen lands on the guide after it.
    api.send_text(chat, 601, "/start portal-login");
    wait_messages(&api, chat, 1).await;
    press_lang(&api, chat, 601, "ru");
    let guide = t("ru", "portal-login");
    let text = wait_last(&api, chat, "guide", |text| text.starts_with(&guide)).await;
    assert!(text.contains(&step_of("ru", 1, 3)), "{text}");

    api.press_label(chat, 601, &t("ru", "ui-next"));
    wait_last(&api, chat, "step 2", |text| text.contains(&step_of("ru", 2, 3))).await;
    assert_eq!(bot_messages(&api, chat).len(), 1, "every step edits the same message");

    assert!(bot.stop().await.success(), "a clean exit on SIGTERM");
    let bot = home.start(&api, &[]).await;

    // After the restart the person is exactly where she was.
    api.send_text(chat, 601, "привет");
    let text = wait_messages(&api, chat, 2).await;
    assert!(text.starts_with(&t("ru", "ui-note-use-buttons")), "{text}");
    assert!(text.contains(&step_of("ru", 2, 3)), "{text}");
    // And the buttons of the old message still work.
    let old = bot_messages(&api, chat)[0].id;
    let next = bot_messages(&api, chat)[0]
        .keyboard
        .iter()
        .flatten()
        .find(|(l, _)| *l == t("ru", "ui-next"))
        .unwrap()
        .1
        .clone();
    api.press(chat, 601, old, &next);
    let step_3 =
        |a: &FakeApi| bot_messages(a, chat)[0].text.as_deref().is_some_and(|x| x.contains(&step_of("ru", 3, 3)));
    wait_chat(&api, chat, "step 3 in the old message", step_3).await;
    wait_callbacks_answered(&api).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn stale_and_forged_buttons_redraw_the_current_screen_with_a_note() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 701;
    start_in(&api, chat, "ru").await;
    let menu = bot_messages(&api, chat)[0].id;

    for data in ["0000:g:services", "not-ours", "", "ffff:g:no-such-node:9"] {
        let mark = api.mark();
        api.press_raw(chat, 701, menu, data);
        // The same screen each time: only the request shows the answer.
        let text = wait_write(&api, chat, mark).await.text().unwrap_or_default();
        assert!(text.starts_with(&t("ru", "ui-note-stale-button")), "{data:?} gave {text}");
        assert!(text.ends_with(&t("ru", "main")), "{data:?} gave {text}");
    }
    assert!(last_bot_text(&api, chat).starts_with(&t("ru", "ui-note-stale-button")));
    wait_callbacks_answered(&api).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn any_input_gets_a_helpful_answer() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let mut bot = home.start(&api, &[]).await;
    let chat = 801;
    start_in(&api, chat, "ru").await;
    let use_buttons = t("ru", "ui-note-use-buttons");
    let media = t("ru", "ui-note-media");

    type Case<'a> = (&'a str, Box<dyn Fn(&FakeApi) + 'a>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "text",
            Box::new(|a| {
                a.send_text(chat, 801, "где ЦОН?");
            }),
            &use_buttons,
        ),
        (
            "5000 chars",
            Box::new(|a| {
                a.send_text(chat, 801, &"ы".repeat(5000));
            }),
            &use_buttons,
        ),
        (
            "sticker",
            Box::new(|a| {
                a.send_sticker(chat, 801, "😀");
            }),
            &media,
        ),
        (
            "photo",
            Box::new(|a| {
                a.send_photo(chat, 801, Some("фото"));
            }),
            &media,
        ),
        (
            "voice",
            Box::new(|a| {
                a.send_voice(chat, 801, 3);
            }),
            &media,
        ),
        (
            "document",
            Box::new(|a| {
                a.send_document(chat, 801, "a.pdf", None);
            }),
            &media,
        ),
        (
            "contact",
            Box::new(|a| {
                a.send_contact(chat, 801, "+996000000000", "Айгүл");
            }),
            &media,
        ),
    ];
    // One answer each: a second answer to one input would arrive before the
    // next input's answer and throw the count off.
    let mut answers = bot_messages(&api, chat).len();
    for (what, act, note) in cases {
        act(&api);
        answers += 1;
        let text = wait_messages(&api, chat, answers).await;
        assert_eq!(bot_messages(&api, chat).len(), answers, "{what}: one answer");
        assert!(text.starts_with(note), "{what}: {text}");
        assert!(text.ends_with(&t("ru", "main")), "{what}: the current screen follows the note");
    }

    // A shared location opens the help nearest to it (here: Bishkek).
    api.send_location(chat, 801, 42.87, 74.59);
    answers += 1;
    let text = wait_messages(&api, chat, answers).await;
    assert!(text.starts_with(&t("ru", "ui-note-location")), "location: {text}");
    assert!(text.contains(&t("ru", "region-bishkek")) && text.contains("☎️ 102"), "location: {text}");

    let first_user_message = api.visible(chat).into_iter().find(|m| !m.from_bot).unwrap().id;
    api.edit_text(chat, 801, first_user_message, "исправлено");
    answers += 1;
    assert!(wait_messages(&api, chat, answers).await.starts_with(&use_buttons), "edited message");

    api.send_text(chat, 801, "/nonsense");
    answers += 1;
    assert!(wait_messages(&api, chat, answers).await.starts_with(&t("ru", "ui-note-unknown-command")));
    assert_eq!(bot_messages(&api, chat).len(), answers, "one answer each");

    // Groups and channels other than the staff group: not a word there.
    // Her next message is answered after them, so they were read by then.
    api.set_user(user(802, Some("ru")));
    api.group_text(-100_802, 802, "/start");
    api.channel_post(-100_803, "пост");
    api.send_text(chat, 801, "/nonsense");
    answers += 1;
    wait_messages(&api, chat, answers).await;
    assert!(bot_messages(&api, -100_802).is_empty() && bot_messages(&api, -100_803).is_empty(), "silent in groups");

    assert!(bot.is_running(), "nothing crashed the bot");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn deep_links_open_nodes_and_unknown_ones_fall_back_to_the_menu() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 901;
    start_in(&api, chat, "ru").await;

    api.send_text(chat, 901, "/start con");
    wait_text(&api, chat, &t("ru", "con")).await;

    api.send_text(chat, 901, "/start no-such-poster");
    let not_found = t("ru", "ui-note-link-not-found");
    let text = wait_last(&api, chat, "link-not-found note", |text| text.starts_with(&not_found)).await;
    assert!(text.ends_with(&t("ru", "main")));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn telegram_faults_are_waited_out() {
    let api = FakeApi::start().await;
    let home = Home::new();
    // With Telegram's real rate limits, as in production.
    let bot = home.start(&api, &[("KADAM_THROTTLE", "telegram")]).await;
    let chat = 1001;

    api.fail_next("sendMessage", 1, Fault::TooManyRequests { retry_after: 1 });
    api.send_text(chat, 1001, "/start");
    wait_messages(&api, chat, 1).await;
    assert!(api.faults_served().iter().any(|(m, f)| m == "sendMessage" && matches!(f, Fault::TooManyRequests { .. })));

    // A dropped connection on an edit is retried.
    api.fail_next("editMessageText", 1, Fault::Drop);
    press_lang(&api, chat, 1001, "ru");
    wait_text(&api, chat, &t("ru", "main")).await;

    // A 502 from Telegram's front servers: teloxide pauses 10 s, then we retry.
    api.fail_next("sendMessage", 1, Fault::ServerError(502));
    api.send_text(1004, 1004, "/start");
    wait_messages(&api, 1004, 1).await;

    // A person who blocked the bot changes nothing for others.
    api.set_blocked(1002, true);
    api.send_text(1002, 1002, "/start");
    api.send_text(1003, 1003, "/start");
    wait_messages(&api, 1003, 1).await;
    // Her update was handled too: the bot noted the block and went on.
    let noted = |_: &FakeApi| home.logs().contains("a person blocked the bot");
    api.wait_until(noted, DEFAULT_TIMEOUT).await.expect("the block is noted");
    assert!(bot_messages(&api, 1002).is_empty());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_token_is_refused_with_a_pointer_to_botfather() {
    let home = Home::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kadam"))
        .arg("run")
        .current_dir(home.dir.path())
        .env_clear()
        .env("KADAM_PSEUDONYM_KEY", crate::support::kadam::TEST_KEY)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("TELOXIDE_TOKEN") && err.contains("@BotFather"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");

    // A token Telegram rejects.
    let api = FakeApi::start().await;
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_kadam"))
        .arg("run")
        .current_dir(home.dir.path())
        .env_clear()
        .env("TELOXIDE_TOKEN", "999:wrong")
        .env("TELOXIDE_API_URL", api.url().as_str())
        .env("KADAM_PSEUDONYM_KEY", crate::support::kadam::TEST_KEY)
        .env("KADAM_CONTENT_DIR", env!("CARGO_MANIFEST_DIR"))
        .env("KADAM_LOG", "off")
        .output()
        .await
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("rejected TELOXIDE_TOKEN") && err.contains("@BotFather"), "{err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn media_is_uploaded_once_then_reused_by_file_id() {
    let api = FakeApi::start().await;
    let home = fixture_home();
    let bot = home.start(&api, &[]).await;
    let chat = 1101;
    // The picture screen: its photo, then its text and buttons.
    let shown = |n: usize| {
        move |a: &FakeApi| {
            let messages = bot_messages(a, chat);
            let photos = messages.iter().filter(|m| m.media.is_some()).count();
            photos == n && messages.last().is_some_and(|m| m.text.as_deref().is_some_and(|x| x.contains("Сүрөт.")))
        }
    };
    api.send_text(chat, 1101, "/start picture");
    wait_messages(&api, chat, 1).await;
    press_lang(&api, chat, 1101, "ky");
    wait_chat(&api, chat, "the picture", shown(1)).await;
    api.send_text(chat, 1101, "/start picture");
    wait_chat(&api, chat, "the picture again", shown(2)).await;

    let photos = api.calls_of("sendPhoto");
    assert_eq!(photos.len(), 2, "the photo was sent each time the screen was shown");
    assert_eq!(photos[0].files.len(), 1, "the first time the file itself is uploaded");
    assert!(photos[1].files.is_empty(), "the second time only Telegram's file id is sent");
    let first_id = bot_messages(&api, chat).iter().find_map(|m| m.media.as_ref()?.file_id.clone()).unwrap();
    assert_eq!(photos[1].param_str("photo").as_deref(), Some(first_id.as_str()));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn content_edits_are_reloaded_and_broken_ones_refused() {
    let api = FakeApi::start().await;
    // A private copy of the fixture content, edited while the bot runs.
    let content = tempfile::tempdir().unwrap();
    copy_dir(&fixture_content(), content.path());
    let home = Home::with_content(content.path());
    let admin = 1201u64;
    let bot = home.start(&api, &[("KADAM_WATCH_CONTENT", "true"), ("KADAM_ADMIN_IDS", "1201")]).await;
    let help = content.path().join("locales/ru/main.ftl");
    let original = std::fs::read_to_string(&help).unwrap();
    assert!(original.contains("help = "), "{original}");

    // A good edit is picked up by the file watcher.
    std::fs::write(&help, original.replace("help = ", "help = Обновлено. ")).unwrap();
    api.wait_until(|_| home.logs().contains("content reloaded"), DEFAULT_TIMEOUT).await.expect("the watcher reloads");
    start_in(&api, 1202, "ru").await;
    api.send_text(1202, 1202, "/help");
    wait_last(&api, 1202, "the edited help", |text| text.starts_with("Обновлено.")).await;

    // A broken edit keeps the running content; /reload tells the coordinator why.
    std::fs::write(&help, original.replace("help = ", "help = {")).unwrap();
    api.set_user(user(admin, Some("ru")));
    api.send_text(admin as i64, admin, "/reload");
    let answer = wait_messages(&api, admin as i64, 1).await;
    // The checker's line, in her language, pointing at the spot.
    assert!(answer.contains("main.ftl:") && has_staff_text(&answer, "ru", "check-invalid-fluent"), "{answer}");
    let mark = api.mark();
    api.send_text(1202, 1202, "/help");
    let again = wait_write(&api, 1202, mark).await.text().unwrap_or_default();
    assert!(again.starts_with("Обновлено."), "the previous content still serves: {again}");

    // For anyone else /reload is just an unknown command.
    api.send_text(1202, 1202, "/reload");
    wait_last(&api, 1202, "unknown-command note", |text| text.starts_with(CONTENT_FIXTURE_UNKNOWN)).await;
    bot.stop().await;
}

/// The fixture's "unknown command" note in Russian.
const CONTENT_FIXTURE_UNKNOWN: &str = "(ru) Нет такой команды.";

#[tokio::test(flavor = "multi_thread")]
async fn webhook_mode_registers_serves_and_reports_health() {
    let api = FakeApi::start().await;
    let home = Home::new();
    // The system picks the port; the bot says which once it listens.
    let mut cmd = home.command(&api);
    cmd.env("KADAM_WEBHOOK_URL", "https://bot.example.org/telegram-hook").env("KADAM_LISTEN", "127.0.0.1:0");
    let mut child = cmd.spawn().unwrap();
    api.wait_for_calls("setWebhook", 1, DEFAULT_TIMEOUT).await.expect("the webhook is registered");
    let set = &api.calls_of("setWebhook")[0];
    assert_eq!(set.param_str("url").as_deref(), Some("https://bot.example.org/telegram-hook"));
    // teloxide gives Telegram a secret that every delivery must carry.
    let secret = set.param_str("secret_token").expect("a secret token is registered");
    // Deliveries one at a time, in order: the inbox drops an id below the
    // newest it took as already seen.
    assert_eq!(set.param_i64("max_connections"), Some(1));

    let listen = listening_address(&home).await;
    let client = reqwest_like::Client::new(&listen);
    let (status, _) = client.get("/health").await.expect("the health endpoint answers");
    assert_eq!(status, 200, "GET /health answers 200");

    // Telegram delivers an update by POST to the hook path.
    let update = serde_json::json!({
        "update_id": 77,
        "message": {
            "message_id": 1, "date": 1_700_000_000,
            "chat": {"id": 1301, "type": "private", "first_name": "A"},
            "from": {"id": 1301, "is_bot": false, "first_name": "A", "language_code": "ru"},
            "text": "/start"
        }
    });
    let (status, _) = client.post_json("/telegram-hook", &update, "wrong").await.expect("the hook answers");
    assert_eq!(status, 401, "a delivery without the secret is refused");
    let (status, _) = client.post_json("/telegram-hook", &update, &secret).await.expect("the hook answers");
    assert_eq!(status, 200);
    assert!(wait_messages(&api, 1301, 1).await.contains(&t("ru", "language")), "the update is handled");
    let pid = child.id().unwrap().to_string();
    let _ = tokio::process::Command::new("kill").args(["-TERM", &pid]).status().await;
    let status = tokio::time::timeout(DEFAULT_TIMEOUT, child.wait()).await.unwrap().unwrap();
    assert!(status.success(), "a clean stop on SIGTERM");
}

/// Two replicas behind a load balancer: both register the same secret,
/// each accepts deliveries into the shared inbox, every delivery is handled
/// once, and a replica stopping leaves the webhook to the other.
#[tokio::test(flavor = "multi_thread")]
async fn webhook_mode_with_two_replicas_takes_deliveries_on_each() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let mut children = vec![];
    for _ in 0..2 {
        let mut cmd = home.command(&api);
        cmd.env("KADAM_WEBHOOK_URL", "https://bot.example.org/telegram-hook")
            .env("KADAM_LISTEN", "127.0.0.1:0")
            .env("KADAM_REPLICAS", "shared");
        children.push(cmd.spawn().unwrap());
        // One after the other, so the second finds the schema migrated.
        let n = children.len();
        api.wait_for_calls("setWebhook", n, DEFAULT_TIMEOUT).await.expect("the webhook is registered");
    }
    let secrets: Vec<String> =
        api.calls_of("setWebhook").iter().map(|c| c.param_str("secret_token").expect("a secret")).collect();
    assert_eq!(secrets[0], secrets[1], "both replicas register one secret");
    let addresses = listening_addresses(&home, 2).await;
    for (i, address) in addresses.iter().enumerate() {
        let chat = 1311 + i as i64;
        let update = serde_json::json!({
            "update_id": 700 + i,
            "message": {
                "message_id": 1, "date": 1_700_000_000,
                "chat": {"id": chat, "type": "private", "first_name": "A"},
                "from": {"id": chat, "is_bot": false, "first_name": "A", "language_code": "ru"},
                "text": "/start"
            }
        });
        let client = reqwest_like::Client::new(address);
        let (status, _) = client.post_json("/telegram-hook", &update, &secrets[0]).await.expect("the hook answers");
        assert_eq!(status, 200, "replica {i} takes the delivery");
    }
    for chat in [1311, 1312] {
        assert!(wait_messages(&api, chat, 1).await.contains(&t("ru", "language")), "chat {chat} is answered");
        assert_eq!(bot_messages(&api, chat).len(), 1, "chat {chat} is answered once");
    }
    for mut child in children {
        let pid = child.id().unwrap().to_string();
        let _ = tokio::process::Command::new("kill").args(["-TERM", &pid]).status().await;
        let status = tokio::time::timeout(DEFAULT_TIMEOUT, child.wait()).await.unwrap().unwrap();
        assert!(status.success(), "a clean stop on SIGTERM");
    }
    assert!(api.calls_of("deleteWebhook").is_empty(), "a replica stopping leaves the webhook to the others");
}

/// The addresses `n` processes logged once they listened.
async fn listening_addresses(home: &Home, n: usize) -> Vec<String> {
    let found = |logs: &str| -> Vec<String> {
        logs.lines()
            .filter(|l| l.contains("listening for /health"))
            .filter_map(|l| Some(l.split("the webhook on ").nth(1)?.split_whitespace().next()?.to_owned()))
            .collect()
    };
    let deadline = std::time::Instant::now() + DEFAULT_TIMEOUT;
    loop {
        let addresses = found(&home.logs());
        if addresses.len() >= n {
            return addresses;
        }
        assert!(std::time::Instant::now() < deadline, "the replicas never said where they listen:\n{}", home.logs());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The address the bot logged once it listened (`KADAM_LISTEN` with port 0).
async fn listening_address(home: &Home) -> String {
    let found = |logs: &str| {
        let line = logs.lines().find(|l| l.contains("listening for /health"))?;
        let at = line.split("the webhook on ").nth(1)?;
        Some(at.split_whitespace().next()?.to_owned())
    };
    let deadline = std::time::Instant::now() + DEFAULT_TIMEOUT;
    loop {
        if let Some(address) = found(&home.logs()) {
            return address;
        }
        assert!(std::time::Instant::now() < deadline, "the bot never said where it listens:\n{}", home.logs());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A tiny HTTP/1.1 client over a TCP socket, enough for the webhook and the
/// health endpoint (no extra dependency for two requests).
mod reqwest_like {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    pub struct Client {
        addr: String,
    }

    impl Client {
        pub fn new(addr: &str) -> Self {
            Self { addr: addr.to_owned() }
        }

        async fn request(&self, head: String, body: &[u8]) -> Option<(u16, String)> {
            let mut stream = tokio::net::TcpStream::connect(&self.addr).await.ok()?;
            stream.write_all(head.as_bytes()).await.ok()?;
            stream.write_all(body).await.ok()?;
            let mut out = vec![];
            stream.read_to_end(&mut out).await.ok()?;
            let text = String::from_utf8_lossy(&out).into_owned();
            let status = text.split_whitespace().nth(1)?.parse().ok()?;
            Some((status, text))
        }

        pub async fn get(&self, path: &str) -> Option<(u16, String)> {
            let head = format!("GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", self.addr);
            self.request(head, b"").await
        }

        pub async fn post_json(&self, path: &str, json: &serde_json::Value, secret: &str) -> Option<(u16, String)> {
            let body = json.to_string();
            let head = format!(
                "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                self.addr,
                body.len()
            );
            self.request(head, body.as_bytes()).await
        }
    }
}
