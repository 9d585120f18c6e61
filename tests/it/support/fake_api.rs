//! A fake Telegram Bot API on loopback, so the integration tests can run the
//! real teloxide dispatcher without ever reaching Telegram.
//!
//! The fake speaks the same wire protocol teloxide uses (`POST
//! {url}/bot{token}/{method}`, JSON or multipart bodies, `{"ok":..}`
//! envelopes), keeps a per-chat store of the messages a person would see,
//! records every call with its outcome, and lets a test inject user actions,
//! wait for the requests or screens it expects, and inject faults (429, 5xx,
//! delays, dropped connections).
//!
//! It implements the methods Kadam calls and no others (an unknown method is
//! a 404, so a new call in Kadam shows up as a failing test, not as a silent
//! success): see [`methods`]. Validation follows Telegram where a mistake in
//! Kadam would otherwise pass here but fail in production: callback data
//! over 64 bytes, empty or over-long texts, "message is not modified".
//! Kadam sends plain text, so a `parse_mode` is refused rather than rendered.
//!
//! Layout: this file holds the public side (what tests call: injecting
//! updates, inspecting chats and calls, waiting, faults) and the shared
//! state; `fake_api/methods.rs` performs the Bot API methods on that state;
//! `fake_api/wire.rs` is the HTTP plumbing (bodies, multipart, connections
//! a fault can cut). To support a new method, add an arm to
//! `methods::perform` and a self-test in `tests/it/fake_api_selftest.rs`.

use std::{
    collections::{BTreeMap, HashMap, HashSet, VecDeque},
    fmt,
    net::SocketAddr,
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use axum::{Router, extract::DefaultBodyLimit};
use serde_json::{Map, Value, json};
use tokio::{net::TcpListener, sync::Notify, task::JoinHandle};
use url::Url;

// Spelled out because `benches/e2e.rs` includes this file with `#[path]`,
// which would otherwise look for the submodules next to the bench.
/// A forum supergroup: topics, members, copyMessage, staff writing in a topic.
#[path = "fake_api/forum.rs"]
pub mod forum;
/// The Bot API methods Kadam calls, performed on the fake's state.
#[path = "fake_api/methods.rs"]
mod methods;
/// HTTP plumbing: routing, bodies, long polls, connections a fault can cut.
#[path = "fake_api/server.rs"]
mod server;

/// The token every test bot uses; the fake answers 401 to any other.
pub const TOKEN: &str = "1000001:fake-kadam-test-token";
/// The bot's own user id, the numeric prefix of [`TOKEN`] as on Telegram.
pub const BOT_ID: u64 = 1_000_001;
pub const BOT_USERNAME: &str = "kadam_test_bot";
/// How long a wait lasts before it fails the test. Generous, so a loaded
/// 2-core machine does not cause flakes: waits return as soon as their
/// condition holds, so only a failing test ever waits this long.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Pass as the method to [`FakeApi::fail_next`] to fault whatever call comes next.
pub const ANY_METHOD: &str = "*";

/// Re-check interval for waits whose condition depends on something outside
/// the fake (a log file, a database), which does not wake the waiter.
const TICK: Duration = Duration::from_millis(20);

/// A way to make the next calls fail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// HTTP 429 with `parameters.retry_after`, as Telegram's flood control.
    TooManyRequests { retry_after: u32 },
    /// An HTTP 5xx status (e.g. 502). teloxide sleeps 10 s before reading
    /// any 5xx response, so a test using this takes at least that long.
    ServerError(u16),
    /// Answer normally, but only after this delay.
    Delay(Duration),
    /// Close the connection without any response.
    Drop,
    /// Perform the call (the message exists), then close the connection
    /// without the response: the bot cannot know it arrived.
    DeliverThenDrop,
    /// A 400 answer that will not heal by retrying, with this description
    /// after "Bad Request: " (e.g. "message can't be deleted").
    Refuse(String),
    /// The call is performed, but the reply cannot be parsed: its
    /// `message_id` is a string. The rest of the reply (the chat, with her
    /// id and name) is as Telegram sent it, so a log that prints the raw
    /// reply would show her.
    Garbled,
}

/// A Telegram user the tests act as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FakeUser {
    pub id: u64,
    pub first_name: String,
    pub last_name: Option<String>,
    pub username: Option<String>,
    pub language_code: Option<String>,
}

impl FakeUser {
    pub fn new(id: u64) -> Self {
        Self { id, first_name: format!("User{id}"), last_name: None, username: None, language_code: None }
    }

    fn to_json(&self) -> Value {
        let mut user = json!({"id": self.id, "is_bot": false, "first_name": self.first_name});
        put_opt(&mut user, "last_name", &self.last_name);
        put_opt(&mut user, "username", &self.username);
        put_opt(&mut user, "language_code", &self.language_code);
        user
    }
}

/// One request the bot made, in arrival order.
#[derive(Clone, Debug)]
pub struct Call {
    /// In Telegram's spelling, e.g. `sendMessage` (teloxide sends `SendMessage`).
    pub method: String,
    /// The JSON body; for multipart, the text fields (JSON-looking ones
    /// such as `reply_markup` parsed). `Null` when the body was unreadable.
    pub params: Value,
    /// Files uploaded in a multipart body.
    pub files: Vec<UploadedFile>,
    /// The fault this call was answered with, if any.
    pub fault: Option<Fault>,
    /// `None` while the fake is still serving it; then whether Telegram's
    /// answer was `"ok": true` (a delayed call counts once answered).
    pub ok: Option<bool>,
    pub at: Instant,
}

impl Call {
    /// A parameter as a string, whether it came as JSON or as a multipart text field.
    pub fn param_str(&self, key: &str) -> Option<String> {
        self.params.as_object().and_then(|p| p_str(p, key))
    }

    /// A parameter as an integer, whether it came as a JSON number or as text.
    pub fn param_i64(&self, key: &str) -> Option<i64> {
        self.params.as_object().and_then(|p| p_i64(p, key))
    }

    /// The text or caption the bot sent or edited in, as sent.
    pub fn text(&self) -> Option<String> {
        self.param_str("text").or_else(|| self.param_str("caption"))
    }

    /// Whether this call wrote to `chat`: a message sent, edited or deleted there.
    pub fn writes_to(&self, chat: i64) -> bool {
        let method = self.method.to_ascii_lowercase();
        let writes = method.starts_with("send") || method.starts_with("edit") || method.starts_with("delete");
        writes && method != "deletewebhook" && self.param_i64("chat_id") == Some(chat)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadedFile {
    /// The multipart part name (teloxide uses a random id and refers to it
    /// with `attach://<id>` from the media field).
    pub part: String,
    pub file_name: Option<String>,
    pub len: usize,
    /// The uploaded bytes, so a test can read back what the bot sent (an
    /// `.ics` file, an export).
    pub bytes: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MediaKind {
    Photo,
    Document,
    Voice,
    Sticker,
    Location,
    Contact,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    pub kind: MediaKind,
    /// For photos, the largest size's id; `None` for location and contact.
    pub file_id: Option<String>,
}

/// A message as the person in the chat sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct SeenMessage {
    pub id: i32,
    pub from_bot: bool,
    /// Text as sent (Kadam uses no parse mode, so there is no markup).
    pub text: Option<String>,
    pub caption: Option<String>,
    /// Inline keyboard rows of `(label, callback_data or url)`.
    pub keyboard: Vec<Vec<(String, String)>>,
    pub media: Option<Media>,
    pub edited: bool,
    /// The full Telegram `Message` object, for anything not summarised above.
    pub raw: Value,
}

impl SeenMessage {
    pub fn text_or_caption(&self) -> Option<&str> {
        self.text.as_deref().or(self.caption.as_deref())
    }

    pub fn labels(&self) -> Vec<&str> {
        self.keyboard.iter().flatten().map(|(label, _)| label.as_str()).collect()
    }

    fn from_stored(stored: &Stored) -> Self {
        let raw = &stored.json;
        let text_of = |key: &str| raw.get(key).and_then(Value::as_str).map(str::to_owned);
        let keyboard = raw
            .pointer("/reply_markup/inline_keyboard")
            .and_then(Value::as_array)
            .map(|rows| {
                rows.iter()
                    .map(|row| {
                        row.as_array()
                            .into_iter()
                            .flatten()
                            .map(|b| {
                                let label = b.get("text").and_then(Value::as_str).unwrap_or_default();
                                let action = ["callback_data", "url"]
                                    .iter()
                                    .find_map(|k| b.get(*k).and_then(Value::as_str))
                                    .unwrap_or_default();
                                (label.to_owned(), action.to_owned())
                            })
                            .collect()
                    })
                    .collect()
            })
            .unwrap_or_default();
        let file = |key: &str| raw.get(key).and_then(|f| f.get("file_id")).and_then(Value::as_str).map(str::to_owned);
        let media = if let Some(sizes) = raw.get("photo").and_then(Value::as_array) {
            let largest = sizes.last().and_then(|s| s.get("file_id")).and_then(Value::as_str);
            Some(Media { kind: MediaKind::Photo, file_id: largest.map(str::to_owned) })
        } else if raw.get("document").is_some() {
            Some(Media { kind: MediaKind::Document, file_id: file("document") })
        } else if raw.get("voice").is_some() {
            Some(Media { kind: MediaKind::Voice, file_id: file("voice") })
        } else if raw.get("sticker").is_some() {
            Some(Media { kind: MediaKind::Sticker, file_id: file("sticker") })
        } else if raw.get("location").is_some() {
            Some(Media { kind: MediaKind::Location, file_id: None })
        } else if raw.get("contact").is_some() {
            Some(Media { kind: MediaKind::Contact, file_id: None })
        } else {
            None
        };
        SeenMessage {
            id: raw.get("message_id").and_then(Value::as_i64).and_then(|id| i32::try_from(id).ok()).unwrap_or(0),
            from_bot: stored.from_bot,
            text: text_of("text"),
            caption: text_of("caption"),
            keyboard,
            media,
            edited: raw.get("edit_date").is_some(),
            raw: raw.clone(),
        }
    }
}

/// A wait helper gave up; shows what the bot did last, to make failures diagnosable.
pub struct WaitTimeout {
    what: String,
    timeout: Duration,
    recent_calls: Vec<String>,
}

impl fmt::Display for WaitTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "timed out after {:?} waiting for {}; last calls: [{}]",
            self.timeout,
            self.what,
            self.recent_calls.join(", ")
        )
    }
}

// Debug as Display, so `.unwrap()` in a test prints the readable message.
impl fmt::Debug for WaitTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for WaitTimeout {}

/// The running fake. Dropping it stops accepting connections.
pub struct FakeApi {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: JoinHandle<()>,
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.server.abort();
    }
}

struct Shared {
    inner: Mutex<Inner>,
    /// Woken on every state change: new updates for long polls, new calls for waiters.
    changed: Notify,
}

struct Inner {
    next_update_id: u32,
    /// Injected updates not yet confirmed by a getUpdates `offset`.
    queue: VecDeque<(u32, Value)>,
    history: Vec<Value>,
    chats: BTreeMap<i64, ChatState>,
    users: HashMap<u64, FakeUser>,
    calls: Vec<Call>,
    faults: Vec<PendingFault>,
    faults_served: Vec<(String, Fault)>,
    /// Keyed by (scope as JSON text, language code or "").
    commands: BTreeMap<(String, String), Value>,
    open_callbacks: HashSet<String>,
    blocked: HashSet<i64>,
    forum: forum::Forum,
    next_file: u64,
    /// Where to report every message the bot sends or edits (the load tool
    /// in `benches/e2e.rs` measures latency with it); `None` in tests.
    replies: Option<tokio::sync::mpsc::UnboundedSender<Reply>>,
    /// The time stamped on new messages and edits; `None`: the system time.
    clock: Option<i64>,
    /// While set, getUpdates hands nothing over: updates injected meanwhile
    /// go out together, as one batch, once released.
    held: bool,
    /// The update ids of every non-empty batch getUpdates handed over, in order.
    handed: Vec<Vec<u32>>,
    /// Chats the bot left with leaveChat.
    left: HashSet<i64>,
    /// Counts getUpdates calls: a poll still waiting when a newer one
    /// arrives is ended with 409 Conflict, as Telegram does.
    poll_generation: u64,
    /// getUpdates calls answered 409 Conflict.
    conflicts: usize,
}

/// A message the bot sent or edited, as reported to [`FakeApi::replies`].
#[derive(Clone, Debug)]
pub struct Reply {
    pub chat_id: i64,
    pub message_id: i32,
    /// The callback data of its inline buttons, row by row flattened.
    pub callbacks: Vec<String>,
    pub at: Instant,
}

impl Reply {
    fn of(message: &Value) -> Option<Self> {
        let chat_id = message.pointer("/chat/id")?.as_i64()?;
        let message_id = i32::try_from(message.get("message_id")?.as_i64()?).ok()?;
        let callbacks = message
            .pointer("/reply_markup/inline_keyboard")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .filter_map(|b| b.get("callback_data").and_then(Value::as_str).map(str::to_owned))
            .collect();
        Some(Reply { chat_id, message_id, callbacks, at: Instant::now() })
    }
}

struct ChatState {
    info: Value,
    next_message_id: i32,
    messages: BTreeMap<i32, Stored>,
}

struct Stored {
    from_bot: bool,
    json: Value,
}

struct PendingFault {
    method: String,
    remaining: usize,
    fault: Fault,
}

impl FakeApi {
    /// Binds 127.0.0.1 on a free port and serves in a background task.
    pub async fn start() -> FakeApi {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind the fake Bot API on loopback");
        let addr = listener.local_addr().expect("local address of the fake Bot API");
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                next_update_id: 10_000,
                queue: VecDeque::new(),
                history: Vec::new(),
                chats: BTreeMap::new(),
                users: HashMap::new(),
                calls: Vec::new(),
                faults: Vec::new(),
                faults_served: Vec::new(),
                commands: BTreeMap::new(),
                open_callbacks: HashSet::new(),
                blocked: HashSet::new(),
                forum: forum::Forum::default(),
                next_file: 1,
                replies: None,
                clock: None,
                held: false,
                handed: Vec::new(),
                left: HashSet::new(),
                poll_generation: 0,
                conflicts: 0,
            }),
            changed: Notify::new(),
        });
        let app = Router::new()
            .fallback(server::handle)
            // Telegram accepts uploads up to 50 MB; axum's 2 MB default would
            // answer 413 in plain text, which teloxide cannot parse.
            .layer(DefaultBodyLimit::max(64 * 1024 * 1024))
            .with_state(shared.clone());
        let server = tokio::spawn(async move {
            let service = app.into_make_service_with_connect_info::<server::Conn>();
            let _ = axum::serve(server::KillableListener(listener), service).await;
        });
        FakeApi { shared, addr, server }
    }

    /// The base URL, for `Bot::set_api_url` or `TELOXIDE_API_URL`.
    pub fn url(&self) -> Url {
        Url::parse(&format!("http://{}/", self.addr)).expect("loopback URL parses")
    }

    /// A bot with [`TOKEN`] pointed at this fake.
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(TOKEN).set_api_url(self.url())
    }

    /// Sets the profile used for this user's future updates.
    pub fn set_user(&self, user: FakeUser) {
        self.lock().users.insert(user.id, user);
    }

    /// A blocked chat answers every send with 403 "bot was blocked by the user".
    pub fn set_blocked(&self, chat_id: i64, blocked: bool) {
        let mut inner = self.lock();
        if blocked {
            inner.blocked.insert(chat_id);
        } else {
            inner.blocked.remove(&chat_id);
        }
    }

    /// Stamps new messages and edits with `unix` seconds from now on, as
    /// Telegram would at that time: pair it with `Home::set_clock` so the
    /// bot and the messages' `date` agree.
    pub fn set_clock(&self, unix: i64) {
        self.lock().clock = Some(unix);
    }

    /// Holds back (`true`) or releases (`false`) updates from getUpdates,
    /// so what a test injects meanwhile is handed over as one batch.
    pub fn hold_updates(&self, held: bool) {
        self.lock().held = held;
        self.shared.changed.notify_waiters();
    }

    /// How many getUpdates calls were answered 409 Conflict: ended by a
    /// newer one while still waiting, as Telegram ends them.
    pub fn conflicts(&self) -> usize {
        self.lock().conflicts
    }

    /// The update ids of each non-empty batch getUpdates handed over so far.
    pub fn handed_batches(&self) -> Vec<Vec<u32>> {
        self.lock().handed.clone()
    }

    /// The offsets the bot's getUpdates calls confirmed, in order (0: none given).
    pub fn offsets(&self) -> Vec<i64> {
        self.calls_of("getUpdates").iter().map(|c| c.param_i64("offset").unwrap_or(0)).collect()
    }

    // ---- injection: what a person does ----

    /// A text message in a private chat; returns the update id.
    pub fn send_text(&self, chat_id: i64, user_id: u64, text: &str) -> u32 {
        self.user_message(Place::Private(chat_id), user_id, json!({"text": text}), "message")
    }

    /// A tap on an inline button of a bot message. Panics if the message
    /// does not show a button with this data, since a person could not tap it.
    pub fn press(&self, chat_id: i64, user_id: u64, message_id: i32, data: &str) -> u32 {
        let shown = self.message(chat_id, message_id).map(|m| m.keyboard.into_iter().flatten().any(|(_, d)| d == data));
        assert_eq!(shown, Some(true), "message {message_id} in chat {chat_id} shows no button with data {data:?}");
        self.press_raw(chat_id, user_id, message_id, data)
    }

    /// Taps the button with this label on the newest bot message showing it.
    pub fn press_label(&self, chat_id: i64, user_id: u64, label: &str) -> u32 {
        let found = self.visible(chat_id).into_iter().rev().find_map(|m| {
            let data = m.keyboard.iter().flatten().find(|(l, _)| l == label).map(|(_, d)| d.clone());
            data.map(|d| (m.id, d))
        });
        let (message_id, data) =
            found.unwrap_or_else(|| panic!("no visible message in chat {chat_id} has a button labelled {label:?}"));
        self.press_raw(chat_id, user_id, message_id, &data)
    }

    /// A callback query with arbitrary data, e.g. forged or from a keyboard
    /// that has since been replaced.
    pub fn press_raw(&self, chat_id: i64, user_id: u64, message_id: i32, data: &str) -> u32 {
        let id = {
            let mut inner = self.lock();
            let user = inner.user(user_id).to_json();
            let message = inner
                .chats
                .get(&chat_id)
                .and_then(|c| c.messages.get(&message_id))
                .map(|m| m.json.clone())
                .unwrap_or_else(|| panic!("no message {message_id} in chat {chat_id} to press on"));
            let query_id = format!("cbq-{}", inner.next_update_id);
            let query = json!({
                "id": query_id,
                "from": user,
                "message": message,
                "chat_instance": format!("ci{chat_id}"),
                "data": data,
            });
            inner.push_update(json!({"callback_query": query}))
        };
        self.shared.changed.notify_waiters();
        id
    }

    pub fn send_sticker(&self, chat_id: i64, user_id: u64, emoji: &str) -> u32 {
        let file_id = self.new_file_id("user-sticker");
        let sticker = json!({
            "file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_size": 1024,
            "width": 512, "height": 512, "type": "regular", "is_animated": false, "is_video": false, "emoji": emoji,
        });
        self.user_message(Place::Private(chat_id), user_id, json!({"sticker": sticker}), "message")
    }

    pub fn send_photo(&self, chat_id: i64, user_id: u64, caption: Option<&str>) -> u32 {
        let file_id = self.new_file_id("user-photo");
        let mut content = json!({"photo": photo_sizes(&file_id)});
        put_opt(&mut content, "caption", &caption);
        self.user_message(Place::Private(chat_id), user_id, content, "message")
    }

    pub fn send_location(&self, chat_id: i64, user_id: u64, latitude: f64, longitude: f64) -> u32 {
        let content = json!({"location": {"latitude": latitude, "longitude": longitude}});
        self.user_message(Place::Private(chat_id), user_id, content, "message")
    }

    pub fn send_contact(&self, chat_id: i64, user_id: u64, phone_number: &str, first_name: &str) -> u32 {
        let content = json!({"contact": {"phone_number": phone_number, "first_name": first_name, "user_id": user_id}});
        self.user_message(Place::Private(chat_id), user_id, content, "message")
    }

    pub fn send_voice(&self, chat_id: i64, user_id: u64, duration_secs: u32) -> u32 {
        let file_id = self.new_file_id("user-voice");
        let voice = json!({
            "file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_size": 4096,
            "duration": duration_secs, "mime_type": "audio/ogg",
        });
        self.user_message(Place::Private(chat_id), user_id, json!({"voice": voice}), "message")
    }

    pub fn send_document(&self, chat_id: i64, user_id: u64, file_name: &str, caption: Option<&str>) -> u32 {
        let file_id = self.new_file_id("user-document");
        let document = json!({
            "file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_size": 2048,
            "file_name": file_name, "mime_type": "application/octet-stream",
        });
        let mut content = json!({"document": document});
        put_opt(&mut content, "caption", &caption);
        self.user_message(Place::Private(chat_id), user_id, content, "message")
    }

    /// The user edits one of their own text messages (an `edited_message` update).
    pub fn edit_text(&self, chat_id: i64, user_id: u64, message_id: i32, new_text: &str) -> u32 {
        let theirs = |m: &Value| m.pointer("/from/id").and_then(Value::as_u64) == Some(user_id);
        let what = format!("user {user_id} has no message {message_id} in chat {chat_id} to edit");
        self.edit(chat_id, message_id, theirs, &what, |m| m["text"] = json!(new_text))
    }

    /// A live location moving on: Telegram sends each new position as an
    /// `edited_message` of the location message `message_id`.
    pub fn move_location(&self, chat_id: i64, message_id: i32, latitude: f64, longitude: f64) -> u32 {
        let located = |m: &Value| m.get("location").is_some();
        let what = format!("no location message {message_id} in chat {chat_id} to move");
        let position = json!({"latitude": latitude, "longitude": longitude, "live_period": 900});
        self.edit(chat_id, message_id, located, &what, |m| m["location"] = position)
    }

    /// Changes a stored message that passes `check` (else panics saying
    /// `missing`), stamps its edit date and sends bots the `edited_message`.
    fn edit(
        &self,
        chat_id: i64,
        message_id: i32,
        check: impl Fn(&Value) -> bool,
        missing: &str,
        change: impl FnOnce(&mut Value),
    ) -> u32 {
        let id = {
            let mut inner = self.lock();
            let now = inner.now();
            let stored = inner
                .chats
                .get_mut(&chat_id)
                .and_then(|c| c.messages.get_mut(&message_id))
                .filter(|m| check(&m.json))
                .unwrap_or_else(|| panic!("{missing}"));
            change(&mut stored.json);
            stored.json["edit_date"] = json!(now);
            let edited = stored.json.clone();
            inner.push_update(json!({"edited_message": edited}))
        };
        self.shared.changed.notify_waiters();
        id
    }

    /// A text in a group chat the bot is a member of; `chat_id` must be negative.
    pub fn group_text(&self, chat_id: i64, user_id: u64, text: &str) -> u32 {
        assert!(chat_id < 0, "group chat ids are negative, got {chat_id}");
        self.user_message(Place::Group(chat_id), user_id, json!({"text": text}), "message")
    }

    /// Someone (`user_id`) adds the bot to the group `chat_id`: the
    /// `my_chat_member` update Telegram sends the bot.
    pub fn add_bot_to_group(&self, chat_id: i64, user_id: u64) -> u32 {
        assert!(chat_id < 0, "group chat ids are negative, got {chat_id}");
        let id = {
            let mut inner = self.lock();
            inner.left.remove(&chat_id);
            let user = inner.user(user_id).to_json();
            let date = inner.now();
            let chat = json!({"id": chat_id, "type": "group", "title": "Test group"});
            inner.chat(chat_id).info = chat.clone();
            let bot = json!({"id": BOT_ID, "is_bot": true, "first_name": "Kadam (test)", "username": BOT_USERNAME});
            inner.push_update(json!({"my_chat_member": {
                "chat": chat, "from": user, "date": date,
                "old_chat_member": {"user": bot, "status": "left"},
                "new_chat_member": {"user": bot, "status": "member"},
            }}))
        };
        self.shared.changed.notify_waiters();
        id
    }

    /// Whether the bot left `chat_id` with leaveChat.
    pub fn has_left(&self, chat_id: i64) -> bool {
        self.lock().left.contains(&chat_id)
    }

    /// A post in a channel the bot administers; there is no `from` user.
    pub fn channel_post(&self, chat_id: i64, text: &str) -> u32 {
        assert!(chat_id < 0, "channel ids are negative, got {chat_id}");
        self.user_message(Place::Channel(chat_id), 0, json!({"text": text}), "channel_post")
    }

    /// Any other update, given without `update_id` (e.g. `{"my_chat_member": ..}`).
    pub fn inject_raw(&self, update: Value) -> u32 {
        let id = self.lock().push_update(update);
        self.shared.changed.notify_waiters();
        id
    }

    /// Delivers an already delivered update again, with the same `update_id`,
    /// as Telegram does when the bot crashed before confirming it.
    pub fn redeliver(&self, update_id: u32) {
        {
            let mut inner = self.lock();
            let update = inner
                .history
                .iter()
                .find(|u| u["update_id"] == json!(update_id))
                .cloned()
                .unwrap_or_else(|| panic!("no update {update_id} was ever delivered"));
            if let Some(query_id) = update.pointer("/callback_query/id").and_then(Value::as_str) {
                inner.open_callbacks.insert(query_id.to_owned());
            }
            inner.queue.push_back((update_id, update));
        }
        self.shared.changed.notify_waiters();
    }

    // ---- inspection ----

    /// The chat's messages, oldest first, as the person sees them.
    pub fn visible(&self, chat_id: i64) -> Vec<SeenMessage> {
        let inner = self.lock();
        inner
            .chats
            .get(&chat_id)
            .map(|c| c.messages.values().map(SeenMessage::from_stored).collect())
            .unwrap_or_default()
    }

    pub fn message(&self, chat_id: i64, message_id: i32) -> Option<SeenMessage> {
        let inner = self.lock();
        inner.chats.get(&chat_id)?.messages.get(&message_id).map(SeenMessage::from_stored)
    }

    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// How many calls were made so far: pass it to [`FakeApi::wait_for_call`]
    /// to wait for a call that comes after this moment.
    pub fn mark(&self) -> usize {
        self.lock().calls.len()
    }

    /// Calls of one method, compared case-insensitively as Telegram does.
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.lock().calls.iter().filter(|c| c.method.eq_ignore_ascii_case(method)).cloned().collect()
    }

    /// Every injected update, with its `update_id`, in order.
    pub fn updates(&self) -> Vec<Value> {
        self.lock().history.clone()
    }

    pub fn faults_served(&self) -> Vec<(String, Fault)> {
        self.lock().faults_served.clone()
    }

    /// Commands set for the default scope and this language (`None`: no language).
    pub fn commands(&self, language_code: Option<&str>) -> Option<Vec<(String, String)>> {
        let inner = self.lock();
        let key = (methods::default_scope().to_string(), language_code.unwrap_or_default().to_owned());
        let list = inner.commands.get(&key)?.as_array()?.clone();
        Some(
            list.iter()
                .map(|c| {
                    let field = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or_default().to_owned();
                    (field("command"), field("description"))
                })
                .collect(),
        )
    }

    /// Callback queries injected but never answered; Telegram clients show a
    /// spinner on the button until the bot answers.
    pub fn unanswered_callbacks(&self) -> Vec<String> {
        let mut open: Vec<String> = self.lock().open_callbacks.iter().cloned().collect();
        open.sort();
        open
    }

    /// From now on, every message the bot sends or edits is also reported
    /// here, as it is stored. Replaces an earlier receiver.
    pub fn replies(&self) -> tokio::sync::mpsc::UnboundedReceiver<Reply> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        self.lock().replies = Some(tx);
        rx
    }

    // ---- faults ----

    /// Answers the next `n` calls of `method` (or of any method, with
    /// [`ANY_METHOD`]) with `fault` instead of performing them.
    pub fn fail_next(&self, method: &str, n: usize, fault: Fault) {
        self.lock().faults.push(PendingFault { method: method.to_owned(), remaining: n, fault });
    }

    // ---- waiting ----

    /// Waits until at least `n` calls of `method` were made; returns them all.
    pub async fn wait_for_calls(&self, method: &str, n: usize, timeout: Duration) -> Result<Vec<Call>, WaitTimeout> {
        let what = format!("{n} call(s) of {method}");
        self.wait_for(&what, timeout, |api| api.calls_of(method).len() >= n).await?;
        Ok(self.calls_of(method))
    }

    /// Waits until `predicate` holds; it is re-checked on every change of the
    /// fake's state.
    pub async fn wait_until(
        &self,
        predicate: impl FnMut(&FakeApi) -> bool,
        timeout: Duration,
    ) -> Result<(), WaitTimeout> {
        self.wait_for("the predicate", timeout, predicate).await
    }

    /// Waits for the first call made after `mark` (see [`FakeApi::mark`])
    /// that `wanted` accepts and that has been answered; returns it.
    pub async fn wait_for_call(
        &self,
        mark: usize,
        wanted: impl Fn(&Call) -> bool,
        timeout: Duration,
    ) -> Result<Call, WaitTimeout> {
        let find = |api: &FakeApi| api.lock().calls.iter().skip(mark).find(|c| c.ok.is_some() && wanted(c)).cloned();
        self.wait_for("a matching call", timeout, |api| find(api).is_some()).await?;
        Ok(find(self).expect("found just now"))
    }

    async fn wait_for(
        &self,
        what: &str,
        timeout: Duration,
        mut done: impl FnMut(&FakeApi) -> bool,
    ) -> Result<(), WaitTimeout> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Registered before checking, so a change between the check and
            // the await still wakes us.
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if done(self) {
                return Ok(());
            }
            if tokio::time::Instant::now() >= deadline {
                let calls = self.lock().calls.iter().rev().take(12).rev().map(describe_call).collect();
                return Err(WaitTimeout { what: what.to_owned(), timeout, recent_calls: calls });
            }
            tokio::select! {
                _ = changed => {}
                _ = tokio::time::sleep(TICK) => {}
                _ = tokio::time::sleep_until(deadline) => {}
            }
        }
    }

    fn user_message(&self, place: Place, user_id: u64, content: Value, kind: &str) -> u32 {
        let id = {
            let mut inner = self.lock();
            let user = inner.user(user_id);
            let chat_id = place.chat_id();
            if let Place::Private(id) = place {
                assert!(id > 0, "private chat ids are positive, got {id}");
            }
            let info = match place {
                Place::Private(id) => {
                    let mut chat = json!({"id": id, "type": "private", "first_name": user.first_name});
                    put_opt(&mut chat, "last_name", &user.last_name);
                    put_opt(&mut chat, "username", &user.username);
                    chat
                }
                Place::Group(id) => json!({"id": id, "type": "group", "title": "Test group"}),
                Place::Channel(id) => json!({"id": id, "type": "channel", "title": "Test channel"}),
            };
            let date = inner.now();
            let chat = inner.chat(chat_id);
            chat.info = info.clone();
            let message_id = chat.next_message_id;
            chat.next_message_id += 1;
            let mut message = json!({"message_id": message_id, "date": date, "chat": info});
            if let Place::Channel(_) = place {
                message["sender_chat"] = message["chat"].clone();
            } else {
                message["from"] = user.to_json();
            }
            merge(&mut message, content);
            chat.messages.insert(message_id, Stored { from_bot: false, json: message.clone() });
            let mut update = Map::new();
            update.insert(kind.to_owned(), message);
            inner.push_update(Value::Object(update))
        };
        self.shared.changed.notify_waiters();
        id
    }

    fn new_file_id(&self, prefix: &str) -> String {
        self.lock().new_file_id(prefix)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        lock(&self.shared)
    }
}

#[derive(Clone, Copy)]
enum Place {
    Private(i64),
    Group(i64),
    Channel(i64),
}

impl Place {
    fn chat_id(self) -> i64 {
        match self {
            Place::Private(id) | Place::Group(id) | Place::Channel(id) => id,
        }
    }
}

// A panicking test thread must not turn every later lock into a second panic.
fn lock(shared: &Shared) -> MutexGuard<'_, Inner> {
    shared.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Inner {
    /// Now, as stamped on messages: the steered time, or the system's.
    fn now(&self) -> i64 {
        self.clock.unwrap_or_else(unix_now)
    }

    fn user(&self, id: u64) -> FakeUser {
        self.users.get(&id).cloned().unwrap_or_else(|| FakeUser::new(id))
    }

    fn chat(&mut self, chat_id: i64) -> &mut ChatState {
        self.chats.entry(chat_id).or_insert_with(|| {
            // The bot may write first (tests send directly); invent a plausible chat.
            let info = if chat_id > 0 {
                json!({"id": chat_id, "type": "private", "first_name": format!("User{chat_id}")})
            } else {
                json!({"id": chat_id, "type": "supergroup", "title": "Test chat"})
            };
            ChatState { info, next_message_id: 1, messages: BTreeMap::new() }
        })
    }

    fn push_update(&mut self, mut update: Value) -> u32 {
        let id = self.next_update_id;
        self.next_update_id += 1;
        update["update_id"] = json!(id);
        if let Some(query_id) = update.pointer("/callback_query/id").and_then(Value::as_str) {
            self.open_callbacks.insert(query_id.to_owned());
        }
        self.queue.push_back((id, update.clone()));
        self.history.push(update);
        id
    }

    fn new_file_id(&mut self, prefix: &str) -> String {
        let n = self.next_file;
        self.next_file += 1;
        format!("{prefix}-{n}")
    }

    fn take_fault(&mut self, method: &str) -> Option<Fault> {
        let index = self
            .faults
            .iter()
            .position(|f| f.remaining > 0 && (f.method == ANY_METHOD || f.method.eq_ignore_ascii_case(method)))?;
        let pending = &mut self.faults[index];
        pending.remaining -= 1;
        let fault = pending.fault.clone();
        if pending.remaining == 0 {
            self.faults.remove(index);
        }
        self.faults_served.push((method.to_owned(), fault.clone()));
        Some(fault)
    }
}

// ---- parameter access, lenient about JSON vs form text ----

fn p_str(p: &Map<String, Value>, key: &str) -> Option<String> {
    match p.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn p_i64(p: &Map<String, Value>, key: &str) -> Option<i64> {
    match p.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn p_json(p: &Map<String, Value>, key: &str) -> Option<Value> {
    match p.get(key)? {
        Value::String(s) => serde_json::from_str(s).ok(),
        Value::Null => None,
        other => Some(other.clone()),
    }
}

// ---- small JSON helpers ----

fn put_opt<T: serde::Serialize>(target: &mut Value, key: &str, value: &Option<T>) {
    if let Some(value) = value {
        target[key] = json!(value);
    }
}

fn merge(target: &mut Value, extra: Value) {
    if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
        target.extend(extra);
    }
}

fn photo_sizes(file_id: &str) -> Value {
    // Several sizes as Telegram sends; the largest (last) carries the main id.
    json!([
        {"file_id": format!("{file_id}-thumb"), "file_unique_id": format!("u-{file_id}-thumb"), "file_size": 1500, "width": 90, "height": 90},
        {"file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_size": 45000, "width": 800, "height": 800},
    ])
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

fn describe_call(call: &Call) -> String {
    let fault = call.fault.as_ref().map(|f| format!(" [{f:?}]")).unwrap_or_default();
    let text = call.param_str("text").or_else(|| call.param_str("caption")).or_else(|| call.param_str("data"));
    match text {
        Some(text) => format!("{}({text:?}){fault}", call.method),
        None => format!("{}{fault}", call.method),
    }
}
