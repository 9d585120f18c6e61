//! A fake Telegram Bot API on loopback, so the integration tests can run the
//! real teloxide dispatcher without ever reaching Telegram.
//!
//! The fake speaks the same wire protocol teloxide uses (`POST
//! {url}/bot{token}/{method}`, JSON or multipart bodies, `{"ok":..}`
//! envelopes), keeps a per-chat store of the messages a person would see,
//! records every call, and lets a test inject user actions, wait for the bot
//! to settle, and inject faults (429, 5xx, delays, dropped connections).
//! Validation follows Telegram where a mistake in Kadam would otherwise pass
//! silently here but fail in production: callback data over 64 bytes, empty
//! or over-long texts, unbalanced HTML, "message is not modified".

use std::{
    collections::{BTreeMap, HashMap, HashSet, VecDeque},
    fmt, io,
    net::SocketAddr,
    pin::Pin,
    sync::{
        Arc, Mutex, MutexGuard,
        atomic::{AtomicBool, Ordering},
    },
    task::{Context, Poll},
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use axum::{
    Json, Router,
    body::Bytes,
    extract::{ConnectInfo, DefaultBodyLimit, State, connect_info::Connected},
    http::{HeaderMap, StatusCode, Uri, header::CONTENT_TYPE},
    response::{IntoResponse, Response},
    serve::{IncomingStream, Listener},
};
use serde_json::{Map, Value, json};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::Notify,
    task::JoinHandle,
};
use url::Url;

/// The token every test bot uses; the fake answers 401 to any other.
pub const TOKEN: &str = "1000001:fake-kadam-test-token";
/// The bot's own user id, the numeric prefix of [`TOKEN`] as on Telegram.
pub const BOT_ID: u64 = 1_000_001;
pub const BOT_USERNAME: &str = "kadam_test_bot";
/// Generous so a loaded CI machine does not cause flakes; waits return as
/// soon as their condition holds, so passing tests stay fast.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// Pass as the method to [`FakeApi::fail_next`] to fault whatever call comes next.
pub const ANY_METHOD: &str = "*";

/// How long the bot must stay silent before [`FakeApi::wait_idle`] believes
/// it has finished reacting: long enough for a handler to go from a fetched
/// update to its first reply even when the test binary's parallel tests load
/// both cores (150 ms was seen to fall short there), short enough to keep
/// tests quick. Tests that depend on one particular answer wait for it
/// explicitly instead.
const QUIET: Duration = Duration::from_millis(300);
/// Re-check interval for waits whose condition depends on elapsed time.
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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadedFile {
    /// The multipart part name (teloxide uses a random id and refers to it
    /// with `attach://<id>` from the media field).
    pub part: String,
    pub file_name: Option<String>,
    pub len: usize,
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
    /// Text as rendered (HTML markup removed).
    pub text: Option<String>,
    pub caption: Option<String>,
    /// Inline keyboard rows of `(label, callback_data or url)`.
    pub keyboard: Vec<Vec<(String, String)>>,
    /// The custom reply keyboard sent along with this message, if any.
    pub reply_keyboard: Option<Vec<Vec<String>>>,
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
        let reply_keyboard = stored.reply_keyboard.as_ref().and_then(|m| m.get("keyboard")).map(|rows| {
            rows.as_array()
                .into_iter()
                .flatten()
                .map(|row| {
                    row.as_array()
                        .into_iter()
                        .flatten()
                        .map(|b| b.as_str().or_else(|| b.get("text").and_then(Value::as_str)).unwrap_or_default())
                        .map(str::to_owned)
                        .collect()
                })
                .collect()
        });
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
            reply_keyboard,
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
    last_injected: Option<u32>,
    max_fetched: Option<u32>,
    chats: BTreeMap<i64, ChatState>,
    users: HashMap<u64, FakeUser>,
    calls: Vec<Call>,
    faults: Vec<PendingFault>,
    faults_served: Vec<(String, Fault)>,
    /// Keyed by (scope as JSON text, language code or "").
    commands: BTreeMap<(String, String), Value>,
    webhook_url: String,
    open_callbacks: HashSet<String>,
    blocked: HashSet<i64>,
    next_file: u64,
    /// Requests being served, not counting getUpdates, which idles by design.
    in_flight: usize,
    last_activity: Instant,
    /// Where to report every message the bot sends or edits (the load tool
    /// in `benches/e2e.rs` measures latency with it); `None` in tests.
    replies: Option<tokio::sync::mpsc::UnboundedSender<Reply>>,
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
    /// Telegram does not echo reply keyboards in the Message, but a person sees them.
    reply_keyboard: Option<Value>,
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
                last_injected: None,
                max_fetched: None,
                chats: BTreeMap::new(),
                users: HashMap::new(),
                calls: Vec::new(),
                faults: Vec::new(),
                faults_served: Vec::new(),
                commands: BTreeMap::new(),
                webhook_url: String::new(),
                open_callbacks: HashSet::new(),
                blocked: HashSet::new(),
                next_file: 1,
                in_flight: 0,
                last_activity: Instant::now(),
                replies: None,
            }),
            changed: Notify::new(),
        });
        let app = Router::new()
            .fallback(handle)
            // Telegram accepts uploads up to 50 MB; axum's 2 MB default would
            // answer 413 in plain text, which teloxide cannot parse.
            .layer(DefaultBodyLimit::max(64 * 1024 * 1024))
            .with_state(shared.clone());
        let server = tokio::spawn(async move {
            let service = app.into_make_service_with_connect_info::<Conn>();
            let _ = axum::serve(KillableListener(listener), service).await;
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
        let id = {
            let mut inner = self.lock();
            let stored = inner
                .chats
                .get_mut(&chat_id)
                .and_then(|c| c.messages.get_mut(&message_id))
                .filter(|m| m.json.pointer("/from/id").and_then(Value::as_u64) == Some(user_id))
                .unwrap_or_else(|| panic!("user {user_id} has no message {message_id} in chat {chat_id} to edit"));
            stored.json["text"] = json!(new_text);
            stored.json["edit_date"] = json!(unix_now());
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
            // Idle again only once the bot fetched it.
            inner.last_injected = Some(update_id);
            inner.max_fetched = Some(update_id.saturating_sub(1));
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
        let key = (default_scope().to_string(), language_code.unwrap_or_default().to_owned());
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

    /// Waits until every injected update was fetched by getUpdates, no
    /// request is being served, and the bot has been silent for 150 ms.
    pub async fn wait_idle(&self) -> Result<(), WaitTimeout> {
        self.wait_idle_within(DEFAULT_TIMEOUT).await
    }

    /// [`FakeApi::wait_idle`] with a timeout of your choice.
    pub async fn wait_idle_within(&self, timeout: Duration) -> Result<(), WaitTimeout> {
        self.wait_for("the bot to fetch all updates and go quiet", timeout, |api| {
            let inner = api.lock();
            let all_fetched = match (inner.last_injected, inner.max_fetched) {
                (None, _) => true,
                (Some(injected), Some(fetched)) => fetched >= injected,
                (Some(_), None) => false,
            };
            all_fetched && inner.in_flight == 0 && inner.last_activity.elapsed() >= QUIET
        })
        .await
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
            let chat = inner.chat(chat_id);
            chat.info = info.clone();
            let message_id = chat.next_message_id;
            chat.next_message_id += 1;
            let mut message = json!({"message_id": message_id, "date": unix_now(), "chat": info});
            if let Place::Channel(_) = place {
                message["sender_chat"] = message["chat"].clone();
            } else {
                message["from"] = user.to_json();
            }
            merge(&mut message, content);
            chat.messages.insert(message_id, Stored { from_bot: false, json: message.clone(), reply_keyboard: None });
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
        self.last_injected = Some(id);
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

// ---- HTTP side ----

/// An error answer in Telegram's envelope.
struct ApiErr {
    code: u16,
    description: String,
    retry_after: Option<u32>,
}

fn bad(description: impl fmt::Display) -> ApiErr {
    ApiErr { code: 400, description: format!("Bad Request: {description}"), retry_after: None }
}

fn error_response(err: ApiErr) -> Response {
    let mut body = json!({"ok": false, "error_code": err.code, "description": err.description});
    if let Some(seconds) = err.retry_after {
        body["parameters"] = json!({"retry_after": seconds});
    }
    let status = StatusCode::from_u16(err.code).unwrap_or(StatusCode::BAD_REQUEST);
    (status, Json(body)).into_response()
}

/// Decrements the in-flight count even when the client hangs up mid-request
/// and axum drops the handler future.
struct Serving<'a> {
    shared: &'a Shared,
    counted: bool,
}

impl Drop for Serving<'_> {
    fn drop(&mut self) {
        {
            let mut inner = lock(self.shared);
            if self.counted {
                inner.in_flight -= 1;
            }
            inner.last_activity = Instant::now();
        }
        self.shared.changed.notify_waiters();
    }
}

async fn handle(
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
    let fault = {
        let mut inner = lock(&shared);
        let fault = inner.take_fault(method);
        inner.calls.push(Call { method: method.to_owned(), params, files, fault: fault.clone(), at: Instant::now() });
        if !is_poll {
            inner.in_flight += 1;
        }
        inner.last_activity = Instant::now();
        fault
    };
    shared.changed.notify_waiters();
    let _serving = Serving { shared: &shared, counted: !is_poll };

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
        Some(Fault::Delay(delay)) => tokio::time::sleep(delay).await,
        None => {}
    }

    let (params, files) = match parsed {
        Ok(ok) => ok,
        Err(reason) => return error_response(bad(reason)),
    };
    let result = if is_poll {
        get_updates(&shared, &params).await
    } else {
        let mut inner = lock(&shared);
        let result = perform(&mut inner, &method.to_ascii_lowercase(), &params, &files);
        if let (Ok(message), Some(replies)) = (&result, &inner.replies)
            && let Some(reply) = Reply::of(message)
        {
            let _ = replies.send(reply);
        }
        drop(inner);
        shared.changed.notify_waiters();
        result
    };
    match result {
        Ok(result) => Json(json!({"ok": true, "result": result})).into_response(),
        Err(err) => error_response(err),
    }
}

async fn get_updates(shared: &Shared, params: &Map<String, Value>) -> Result<Value, ApiErr> {
    let offset = p_i64(params, "offset").unwrap_or(0);
    let limit = p_i64(params, "limit").unwrap_or(100).clamp(1, 100) as usize;
    // Telegram caps long polls at 50 s.
    let timeout = Duration::from_secs(p_i64(params, "timeout").unwrap_or(0).clamp(0, 50) as u64);
    let deadline = tokio::time::Instant::now() + timeout;
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
            if !inner.queue.is_empty() || tokio::time::Instant::now() >= deadline {
                let batch: Vec<(u32, Value)> = inner.queue.iter().take(limit).cloned().collect();
                if let Some((last, _)) = batch.last() {
                    inner.max_fetched = Some(inner.max_fetched.map_or(*last, |m| m.max(*last)));
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

/// Performs every method except getUpdates, which needs to wait.
fn perform(inner: &mut Inner, method: &str, p: &Map<String, Value>, files: &[UploadedFile]) -> Result<Value, ApiErr> {
    match method {
        "getme" => Ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Kadam (test)", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false,
        })),
        "getwebhookinfo" => Ok(json!({
            "url": inner.webhook_url, "has_custom_certificate": false, "pending_update_count": inner.queue.len(),
        })),
        "setwebhook" => {
            inner.webhook_url = p_str(p, "url").unwrap_or_default();
            Ok(json!(true))
        }
        "deletewebhook" => {
            inner.webhook_url.clear();
            if p.get("drop_pending_updates").and_then(Value::as_bool) == Some(true) {
                inner.queue.clear();
            }
            Ok(json!(true))
        }
        "setmycommands" => {
            let commands =
                p_json(p, "commands").filter(Value::is_array).ok_or_else(|| bad("commands must be a list"))?;
            inner.commands.insert(command_key(p), commands);
            Ok(json!(true))
        }
        "getmycommands" => Ok(inner.commands.get(&command_key(p)).cloned().unwrap_or_else(|| json!([]))),
        "deletemycommands" => {
            inner.commands.remove(&command_key(p));
            Ok(json!(true))
        }
        "sendmessage" => {
            let chat_id = writable_chat(inner, p)?;
            let text = rendered(p, "text")?.ok_or_else(|| bad("message text is empty"))?;
            if text.trim().is_empty() {
                return Err(bad("message text is empty"));
            }
            if text.chars().count() > 4096 {
                return Err(bad("message is too long"));
            }
            send(inner, chat_id, json!({"text": text}), p)
        }
        "sendphoto" | "senddocument" | "sendvoice" => {
            let field = &method["send".len()..];
            let chat_id = writable_chat(inner, p)?;
            let file_id = media_file_id(inner, p, files, field)?;
            let mut content = match field {
                "photo" => json!({"photo": photo_sizes(&file_id)}),
                "document" => {
                    let name = files.first().and_then(|f| f.file_name.clone()).unwrap_or_else(|| "file".to_owned());
                    json!({"document": {"file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_size": 2048, "file_name": name}})
                }
                _ => {
                    json!({"voice": {"file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_size": 4096, "duration": 3, "mime_type": "audio/ogg"}})
                }
            };
            if let Some(caption) = rendered(p, "caption")? {
                if caption.chars().count() > 1024 {
                    return Err(bad("message caption is too long"));
                }
                content["caption"] = json!(caption);
            }
            send(inner, chat_id, content, p)
        }
        "sendlocation" => {
            let chat_id = writable_chat(inner, p)?;
            let (Some(latitude), Some(longitude)) = (p_f64(p, "latitude"), p_f64(p, "longitude")) else {
                return Err(bad("latitude and longitude are required"));
            };
            send(inner, chat_id, json!({"location": {"latitude": latitude, "longitude": longitude}}), p)
        }
        "sendcontact" => {
            let chat_id = writable_chat(inner, p)?;
            let (Some(phone), Some(name)) = (p_str(p, "phone_number"), p_str(p, "first_name")) else {
                return Err(bad("phone_number and first_name are required"));
            };
            send(inner, chat_id, json!({"contact": {"phone_number": phone, "first_name": name}}), p)
        }
        "editmessagetext" => {
            let text = rendered(p, "text")?.ok_or_else(|| bad("message text is empty"))?;
            if text.trim().is_empty() {
                return Err(bad("message text is empty"));
            }
            if text.chars().count() > 4096 {
                return Err(bad("message is too long"));
            }
            edit(inner, p, "text", Some(text))
        }
        "editmessagecaption" => {
            let caption = rendered(p, "caption")?;
            edit(inner, p, "caption", caption)
        }
        "editmessagereplymarkup" => edit(inner, p, "", None),
        "answercallbackquery" => {
            let id = p_str(p, "callback_query_id").unwrap_or_default();
            if !inner.open_callbacks.remove(&id) {
                return Err(bad("query is too old and response timeout expired or query id is invalid"));
            }
            Ok(json!(true))
        }
        "deletemessage" => {
            let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
            let message_id = p_i64(p, "message_id").and_then(|id| i32::try_from(id).ok());
            let removed = inner.chats.get_mut(&chat_id).zip(message_id).and_then(|(c, id)| c.messages.remove(&id));
            match removed {
                Some(_) => Ok(json!(true)),
                None => Err(bad("message to delete not found")),
            }
        }
        "deletemessages" => {
            let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
            let ids = p_json(p, "message_ids").and_then(|v| v.as_array().cloned()).unwrap_or_default();
            if ids.is_empty() || ids.len() > 100 {
                return Err(bad("message_ids must list 1 to 100 messages"));
            }
            // Like Telegram, ids that are already gone are skipped silently.
            if let Some(chat) = inner.chats.get_mut(&chat_id) {
                for id in ids.iter().filter_map(Value::as_i64).filter_map(|id| i32::try_from(id).ok()) {
                    chat.messages.remove(&id);
                }
            }
            Ok(json!(true))
        }
        "sendchataction" => {
            writable_chat(inner, p)?;
            p_str(p, "action").ok_or_else(|| bad("action is required"))?;
            Ok(json!(true))
        }
        "close" | "logout" => Ok(json!(true)),
        _ => Err(ApiErr { code: 404, description: "Not Found: method not found".into(), retry_after: None }),
    }
}

fn default_scope() -> Value {
    json!({"type": "default"})
}

fn command_key(p: &Map<String, Value>) -> (String, String) {
    let scope = p_json(p, "scope").unwrap_or_else(default_scope);
    (scope.to_string(), p_str(p, "language_code").unwrap_or_default())
}

fn writable_chat(inner: &Inner, p: &Map<String, Value>) -> Result<i64, ApiErr> {
    let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
    if inner.blocked.contains(&chat_id) {
        return Err(ApiErr {
            code: 403,
            description: "Forbidden: bot was blocked by the user".into(),
            retry_after: None,
        });
    }
    Ok(chat_id)
}

/// Splits `reply_markup` into what the Message carries (an inline keyboard)
/// and what only the chat shows (a custom reply keyboard).
fn markup(p: &Map<String, Value>) -> Result<(Option<Value>, Option<Value>), ApiErr> {
    let Some(markup) = p_json(p, "reply_markup") else { return Ok((None, None)) };
    let Some(rows) = markup.get("inline_keyboard") else {
        let reply_keyboard = markup.get("keyboard").is_some().then_some(markup);
        return Ok((None, reply_keyboard));
    };
    let rows = rows.as_array().ok_or_else(|| bad("inline keyboard must be an array of arrays"))?;
    for button in rows.iter().map(|row| row.as_array().ok_or_else(|| bad("inline keyboard must be an array of arrays")))
    {
        for button in button? {
            if button.get("text").and_then(Value::as_str).is_none_or(str::is_empty) {
                return Err(bad("text buttons are unallowed in the inline keyboard"));
            }
            if let Some(data) = button.get("callback_data") {
                let len = data.as_str().map_or(0, str::len);
                if !(1..=64).contains(&len) {
                    return Err(bad("BUTTON_DATA_INVALID"));
                }
            }
        }
    }
    // Telegram leaves an empty inline keyboard out of the Message.
    let has_buttons = rows.iter().any(|row| row.as_array().is_some_and(|r| !r.is_empty()));
    Ok((has_buttons.then(|| json!({"inline_keyboard": rows})), None))
}

fn send(inner: &mut Inner, chat_id: i64, content: Value, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let (inline, reply_keyboard) = markup(p)?;
    let chat = inner.chat(chat_id);
    let message_id = chat.next_message_id;
    chat.next_message_id += 1;
    let mut message = json!({
        "message_id": message_id,
        "date": unix_now(),
        "chat": chat.info.clone(),
        "from": {"id": BOT_ID, "is_bot": true, "first_name": "Kadam (test)", "username": BOT_USERNAME},
    });
    merge(&mut message, content);
    if let Some(inline) = inline {
        message["reply_markup"] = inline;
    }
    chat.messages.insert(message_id, Stored { from_bot: true, json: message.clone(), reply_keyboard });
    Ok(message)
}

/// Edits `field` ("text", "caption", or "" for the keyboard only) and the
/// inline keyboard, which Telegram removes when an edit omits it.
fn edit(inner: &mut Inner, p: &Map<String, Value>, field: &str, value: Option<String>) -> Result<Value, ApiErr> {
    if p.contains_key("inline_message_id") {
        return Err(bad("inline messages are not supported by the fake"));
    }
    let (inline, _) = markup(p)?;
    let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
    let message_id = p_i64(p, "message_id").and_then(|id| i32::try_from(id).ok());
    let stored = inner
        .chats
        .get_mut(&chat_id)
        .zip(message_id)
        .and_then(|(c, id)| c.messages.get_mut(&id))
        .ok_or_else(|| bad("message to edit not found"))?;
    if !stored.from_bot {
        return Err(bad("message can't be edited"));
    }
    if field == "text" && stored.json.get("text").is_none() {
        return Err(bad("there is no text in the message to edit"));
    }
    if field == "caption" && stored.json.get("text").is_some() {
        return Err(bad("there is no caption in the message to edit"));
    }
    let mut edited = stored.json.clone();
    if !field.is_empty() {
        match value {
            Some(value) => edited[field] = json!(value),
            None => {
                if let Some(object) = edited.as_object_mut() {
                    object.remove(field);
                }
            }
        }
    }
    match inline {
        Some(inline) => edited["reply_markup"] = inline,
        None => {
            if let Some(object) = edited.as_object_mut() {
                object.remove("reply_markup");
            }
        }
    }
    // Compared before stamping a new edit_date, so only content and keyboard count.
    if edited == stored.json {
        return Err(bad(
            "message is not modified: specified new message content and reply markup are exactly the same as a \
             current content and reply markup of the message",
        ));
    }
    edited["edit_date"] = json!(unix_now());
    stored.json = edited.clone();
    Ok(edited)
}

/// The file id for a sent media: a new one for uploads and URLs, the given
/// one when the bot re-sends an existing file id.
fn media_file_id(
    inner: &mut Inner,
    p: &Map<String, Value>,
    files: &[UploadedFile],
    field: &str,
) -> Result<String, ApiErr> {
    let missing = || bad(format!("there is no {field} in the request"));
    let value = match p_str(p, field) {
        Some(value) => value,
        None if files.iter().any(|f| f.part == field) => return Ok(inner.new_file_id(&format!("bot-{field}"))),
        None => return Err(missing()),
    };
    if let Some(part) = value.strip_prefix("attach://") {
        if !files.iter().any(|f| f.part == part) {
            return Err(missing());
        }
        return Ok(inner.new_file_id(&format!("bot-{field}")));
    }
    if value.is_empty() {
        return Err(missing());
    }
    if value.starts_with("http://") || value.starts_with("https://") {
        return Ok(inner.new_file_id(&format!("bot-{field}")));
    }
    Ok(value)
}

/// A text parameter as the person sees it: HTML parse mode is validated and
/// rendered, because Telegram rejects malformed markup with a 400.
fn rendered(p: &Map<String, Value>, key: &str) -> Result<Option<String>, ApiErr> {
    let Some(text) = p_str(p, key) else { return Ok(None) };
    let html = p_str(p, "parse_mode").is_some_and(|m| m.eq_ignore_ascii_case("html"));
    if !html {
        return Ok(Some(text));
    }
    render_html(&text).map(Some).map_err(|e| bad(format!("can't parse entities: {e}")))
}

fn render_html(source: &str) -> Result<String, String> {
    const TAGS: &[&str] = &[
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    ];
    let mut out = String::with_capacity(source.len());
    let mut open: Vec<String> = Vec::new();
    let mut rest = source;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        let offset = source.len() - rest.len() + i;
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix('<') {
            let end = after.find('>').ok_or_else(|| format!("Unclosed start tag at byte offset {offset}"))?;
            let tag = &after[..end];
            rest = &after[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                if open.pop().as_deref() != Some(name.as_str()) {
                    return Err(format!("Unmatched end tag at byte offset {offset}, expected \"</{name}>\""));
                }
            } else {
                let name = tag.split_whitespace().next().unwrap_or_default().to_ascii_lowercase();
                if !TAGS.contains(&name.as_str()) {
                    return Err(format!("Unsupported start tag \"{name}\" at byte offset {offset}"));
                }
                open.push(name);
            }
        } else {
            let entity = rest[1..].find(';').map(|end| &rest[1..end + 2]).filter(|e| e.len() <= 10);
            let decoded = entity.and_then(|e| {
                let name = &e[..e.len() - 1];
                match name {
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    _ => {
                        let number = name.strip_prefix('#')?;
                        let code = match number.strip_prefix(['x', 'X']) {
                            Some(hex) => u32::from_str_radix(hex, 16).ok(),
                            None => number.parse().ok(),
                        };
                        code.and_then(char::from_u32)
                    }
                }
            });
            match (entity, decoded) {
                (Some(entity), Some(c)) => {
                    out.push(c);
                    rest = &rest[1 + entity.len()..];
                }
                // A bare '&' stays literal, as Telegram is lenient there.
                _ => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    match open.pop() {
        Some(tag) => Err(format!("Can't find end tag corresponding to start tag \"{tag}\"")),
        None => Ok(out),
    }
}

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
            Some(file_name) => files.push(UploadedFile { part: name, file_name: Some(file_name), len: content.len() }),
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

fn p_f64(p: &Map<String, Value>, key: &str) -> Option<f64> {
    match p.get(key)? {
        Value::Number(n) => n.as_f64(),
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

// ---- connections that a Drop fault can cut ----

/// Tags each connection with a switch the handler flips to hang up.
#[derive(Clone, Debug)]
struct Conn {
    killed: Arc<AtomicBool>,
}

impl Connected<IncomingStream<'_, KillableListener>> for Conn {
    fn connect_info(stream: IncomingStream<'_, KillableListener>) -> Self {
        stream.remote_addr().clone()
    }
}

struct KillableListener(TcpListener);

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
struct KillableStream {
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
