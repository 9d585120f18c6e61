//! The fake Bot API must behave like Telegram where teloxide and Kadam can
//! tell the difference; otherwise every bot test built on it proves nothing.
//! These tests drive it with a real teloxide `Bot` and `Dispatcher`.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use teloxide::{
    ApiError, RequestError,
    dispatching::{Dispatcher, ShutdownToken, UpdateFilterExt},
    payloads::{
        EditMessageTextSetters, SendDocumentSetters, SendMessageSetters, SendPhotoSetters, SetMyCommandsSetters,
    },
    prelude::{Bot, CallbackQuery, Message, Requester, ResponseResult, Update, respond},
    types::{
        BotCommand, ChatId, FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId, ParseMode,
        UpdateKind,
    },
    update_listeners::Polling,
};

use crate::support::fake_api::{
    ANY_METHOD, BOT_ID, DEFAULT_TIMEOUT, FakeApi, FakeUser, Fault, MediaKind, SeenMessage, TOKEN,
};

const ALICE: u64 = 7;
const CHAT: i64 = 7;

fn keyboard(rows: Vec<Vec<InlineKeyboardButton>>) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows)
}

fn texts(seen: &[SeenMessage]) -> Vec<(bool, String)> {
    seen.iter().map(|m| (m.from_bot, m.text_or_caption().unwrap_or_default().to_owned())).collect()
}

fn api_error<T: std::fmt::Debug>(result: Result<T, RequestError>) -> ApiError {
    match result {
        Err(RequestError::Api(e)) => e,
        other => panic!("expected a Telegram API error, got {other:?}"),
    }
}

/// An echo bot: texts come back prefixed with who sent them, with a button;
/// the button is answered and confirmed in a new message.
async fn echo(bot: Bot, msg: Message) -> ResponseResult<()> {
    let from = msg
        .from
        .as_ref()
        .map(|u| format!("@{} ({})", u.username.as_deref().unwrap_or("-"), u.language_code.as_deref().unwrap_or("-")));
    let reply = format!("echo: {} from {}", msg.text().unwrap_or("<no text>"), from.unwrap_or_default());
    let again = keyboard(vec![vec![InlineKeyboardButton::callback("Again", "again")]]);
    bot.send_message(msg.chat.id, reply).reply_markup(again).await?;
    respond(())
}

async fn on_press(bot: Bot, q: CallbackQuery) -> ResponseResult<()> {
    bot.answer_callback_query(q.id.clone()).await?;
    if let Some(message) = q.regular_message() {
        bot.send_message(message.chat.id, format!("pressed: {}", q.data.unwrap_or_default())).await?;
    }
    respond(())
}

/// Runs the echo dispatcher against `api` in the background; a short poll
/// timeout keeps shutdown quick.
fn spawn_echo(api: &FakeApi) -> (ShutdownToken, tokio::task::JoinHandle<()>) {
    let handler = teloxide::dptree::entry()
        .branch(Update::filter_message().endpoint(echo))
        .branch(Update::filter_callback_query().endpoint(on_press));
    let bot = api.bot();
    let mut dispatcher = Dispatcher::builder(bot.clone(), handler).build();
    let token = dispatcher.shutdown_token();
    let task = tokio::spawn(async move {
        let listener = Polling::builder(bot).timeout(Duration::from_secs(2)).build();
        let errors = teloxide::error_handlers::LoggingErrorHandler::new();
        dispatcher.dispatch_with_listener(listener, errors).await;
    });
    (token, task)
}

async fn stop(token: ShutdownToken, task: tokio::task::JoinHandle<()>) {
    if let Ok(done) = token.shutdown() {
        tokio::time::timeout(DEFAULT_TIMEOUT, done).await.expect("the dispatcher stops");
    }
    tokio::time::timeout(DEFAULT_TIMEOUT, task).await.expect("the dispatcher task ends").expect("no panic");
}

#[tokio::test]
async fn fake_api_shows_a_sent_message_with_its_inline_keyboard() {
    let api = FakeApi::start().await;
    let bot = api.bot();
    let site = url::Url::parse("https://example.org/help").unwrap();
    let markup = keyboard(vec![
        vec![InlineKeyboardButton::callback("Yes", "yes"), InlineKeyboardButton::url("Site", site)],
        vec![InlineKeyboardButton::callback("No", "no")],
    ]);
    let sent =
        bot.send_message(ChatId(CHAT), "Hello & welcome").reply_markup(markup).await.expect("sendMessage succeeds");

    let seen = api.visible(CHAT);
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].id, sent.id.0);
    assert!(seen[0].from_bot);
    assert_eq!(seen[0].text.as_deref(), Some("Hello & welcome"));
    assert_eq!(
        seen[0].keyboard,
        vec![
            vec![("Yes".to_owned(), "yes".to_owned()), ("Site".to_owned(), "https://example.org/help".to_owned())],
            vec![("No".to_owned(), "no".to_owned())],
        ]
    );
    // teloxide got a Message it could read back, keyboard included.
    assert_eq!(sent.text(), Some("Hello & welcome"));
    assert_eq!(sent.reply_markup().map(|m| m.inline_keyboard.len()), Some(2));
    assert_eq!(sent.from.as_ref().map(|u| u.id.0), Some(BOT_ID));
    let call = &api.calls_of("sendMessage")[0];
    assert_eq!(call.param_i64("chat_id"), Some(CHAT));
    assert_eq!(call.text().as_deref(), Some("Hello & welcome"));
    assert_eq!(call.ok, Some(true), "the call is recorded with its outcome");

    // Mistakes Telegram refuses must not pass here either.
    let too_long_data = "x".repeat(65);
    let refused = bot
        .send_message(ChatId(CHAT), "menu")
        .reply_markup(keyboard(vec![vec![InlineKeyboardButton::callback("Go", too_long_data)]]))
        .await;
    assert_eq!(api_error(refused), ApiError::ButtonDataInvalid);
    // Kadam sends plain text; markup would need rendering the fake does not do.
    let html = bot.send_message(ChatId(CHAT), "<b>bold</b>").parse_mode(ParseMode::Html).await;
    assert!(matches!(api_error(html), ApiError::Unknown(e) if e.contains("parse_mode")));
    assert_eq!(api_error(bot.send_message(ChatId(CHAT), " ").await), ApiError::MessageTextIsEmpty);
    assert_eq!(api_error(bot.send_message(ChatId(CHAT), "я".repeat(4097)).await), ApiError::MessageIsTooLong);
    assert_eq!(api.visible(CHAT).len(), 1, "refused messages are not shown");
}

#[tokio::test]
async fn fake_api_serves_a_real_dispatcher_that_answers_texts_and_presses() {
    let api = FakeApi::start().await;
    api.set_user(FakeUser {
        username: Some("aigul_test".into()),
        language_code: Some("ky".into()),
        ..FakeUser::new(ALICE)
    });
    let (token, task) = spawn_echo(&api);

    api.send_text(CHAT, ALICE, "салам");
    api.wait_until(|api| api.visible(CHAT).len() == 2, DEFAULT_TIMEOUT).await.expect("the echo arrives");
    let seen = api.visible(CHAT);
    assert_eq!(texts(&seen), vec![(false, "салам".to_owned()), (true, "echo: салам from @aigul_test (ky)".to_owned())]);
    assert!(seen[1].id > seen[0].id, "message ids increase within a chat");

    let mark = api.mark();
    api.press(CHAT, ALICE, seen[1].id, "again");
    let confirmed =
        api.wait_for_call(mark, |c| c.writes_to(CHAT), DEFAULT_TIMEOUT).await.expect("the press is confirmed");
    assert_eq!(confirmed.text().as_deref(), Some("pressed: again"));
    assert_eq!(api.visible(CHAT)[2].text.as_deref(), Some("pressed: again"), "an answered call is visible");
    // on_press answers the query before it sends the confirmation.
    assert!(api.unanswered_callbacks().is_empty(), "the dispatcher answered the callback query");
    assert_eq!(api.calls_of("getMe").len(), 1);
    stop(token, task).await;
}

#[tokio::test]
async fn fake_api_429_on_get_updates_is_retried_and_the_update_handled() {
    let api = FakeApi::start().await;
    api.fail_next("getUpdates", 1, Fault::TooManyRequests { retry_after: 1 });
    api.send_text(CHAT, ALICE, "hi");
    let (token, task) = spawn_echo(&api);

    api.wait_until(|api| api.visible(CHAT).len() == 2, DEFAULT_TIMEOUT).await.expect("handled after the retry");
    assert_eq!(api.faults_served(), vec![("getUpdates".to_owned(), Fault::TooManyRequests { retry_after: 1 })]);
    let polls = api.calls_of("getUpdates");
    assert_eq!(polls[0].fault, Some(Fault::TooManyRequests { retry_after: 1 }));
    let waited = polls[1].at - polls[0].at;
    assert!(waited >= Duration::from_millis(950), "retried after {waited:?}, before retry_after elapsed");
    assert_eq!(api.visible(CHAT)[1].text.as_deref(), Some("echo: hi from @- (-)"));
    stop(token, task).await;
}

/// As Telegram: a second getUpdates while one still waits ends the first
/// with 409 Conflict, and the fake counts it; polls one after the other
/// never conflict.
#[tokio::test]
async fn fake_api_a_second_concurrent_get_updates_ends_the_first_with_409() {
    let api = FakeApi::start().await;
    let bot = api.bot();
    let long = teloxide::payloads::GetUpdatesSetters::timeout(bot.get_updates(), 5);
    let first = tokio::spawn(async move { long.await });
    api.wait_for_calls("getUpdates", 1, DEFAULT_TIMEOUT).await.expect("the first poll waits");
    let second = teloxide::payloads::GetUpdatesSetters::timeout(api.bot().get_updates(), 0).await;
    assert!(second.is_ok(), "the newer poll is served: {second:?}");
    let first = first.await.expect("the first poll");
    assert!(matches!(&first, Err(RequestError::Api(ApiError::TerminatedByOtherGetUpdates))), "{first:?}");
    assert_eq!(api.conflicts(), 1);
    api.bot().get_updates().await.expect("a poll after the others");
    assert_eq!(api.conflicts(), 1, "polls one after the other do not conflict");
}

#[tokio::test]
async fn fake_api_edits_and_deletes_change_what_is_visible() {
    let api = FakeApi::start().await;
    let bot = api.bot();
    let chat = ChatId(CHAT);
    let mut ids = vec![];
    for text in ["one", "two", "three"] {
        ids.push(bot.send_message(chat, text).await.expect("sent").id);
    }
    let markup = keyboard(vec![vec![InlineKeyboardButton::callback("Back", "back")]]);

    let edited = bot.edit_message_text(chat, ids[0], "one, edited").reply_markup(markup.clone()).await.expect("edit");
    assert_eq!(edited.text(), Some("one, edited"));
    let first = api.message(CHAT, ids[0].0).expect("still there");
    assert_eq!((first.text.as_deref(), first.edited), (Some("one, edited"), true));
    assert_eq!(first.labels(), vec!["Back"]);

    let same = bot.edit_message_text(chat, ids[0], "one, edited").reply_markup(markup).await;
    assert_eq!(api_error(same), ApiError::MessageNotModified);
    // As on Telegram, an edit without reply_markup takes the keyboard away.
    bot.edit_message_text(chat, ids[0], "one, edited").await.expect("removing the keyboard is a change");
    assert!(api.message(CHAT, ids[0].0).expect("still there").keyboard.is_empty());
    let unknown = bot.edit_message_text(chat, MessageId(999), "x").await;
    assert_eq!(api_error(unknown), ApiError::MessageToEditNotFound);

    bot.delete_messages(chat, [ids[1], ids[2], MessageId(999)]).await.expect("unknown ids are skipped");
    assert_eq!(texts(&api.visible(CHAT)), vec![(true, "one, edited".to_owned())]);
    let none: [MessageId; 0] = [];
    assert!(matches!(api_error(bot.delete_messages(chat, none).await), ApiError::Unknown(_)), "1 to 100 ids");
    bot.delete_messages(chat, [ids[0]]).await.expect("delete");
    assert!(api.visible(CHAT).is_empty());
}

/// One-by-one deletion, a refusal that does not heal, and a steered date.
#[tokio::test]
async fn fake_api_deletes_one_message_refuses_on_demand_and_stamps_the_steered_date() {
    let api = FakeApi::start().await;
    let bot = api.bot();
    let chat = ChatId(CHAT);
    api.set_clock(1_700_000_000);
    let sent = bot.send_message(chat, "one").await.expect("sent");
    assert_eq!(sent.date.timestamp(), 1_700_000_000, "the steered date");
    api.send_text(CHAT, 42, "hers");
    assert_eq!(api.visible(CHAT)[1].raw["date"], json!(1_700_000_000));

    api.fail_next("deleteMessage", 1, Fault::Refuse("message can't be deleted".into()));
    let refused = api_error(bot.delete_message(chat, sent.id).await);
    assert!(matches!(refused, ApiError::MessageCantBeDeleted), "{refused:?}");
    assert_eq!(api.visible(CHAT).len(), 2, "a refused deletion deletes nothing");
    bot.delete_message(chat, sent.id).await.expect("deleted");
    assert_eq!(api.visible(CHAT).len(), 1);
    let gone = api_error(bot.delete_message(chat, sent.id).await);
    assert_eq!(gone, ApiError::MessageToDeleteNotFound, "unlike deleteMessages, a missing id is an error");
}

#[tokio::test]
async fn fake_api_uploads_and_file_ids_become_media_messages() {
    let api = FakeApi::start().await;
    let bot = api.bot();
    let chat = ChatId(CHAT);
    let photo = InputFile::memory(vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]).file_name("map.jpg");
    let sent = bot.send_photo(chat, photo).caption("Where to go").await.expect("upload");
    let doc = bot.send_document(chat, InputFile::file_id(FileId("known-doc".into()))).await.expect("by file id");
    bot.send_voice(chat, InputFile::memory(&b"OggS"[..])).await.expect("voice");

    let seen = api.visible(CHAT);
    let media: Vec<(MediaKind, Option<String>)> =
        seen.iter().map(|m| m.media.clone().map(|m| (m.kind, m.file_id)).expect("media")).collect();
    assert_eq!(media[0].0, MediaKind::Photo);
    assert_eq!(sent.photo().and_then(|p| p.last()).map(|p| p.file.id.0.clone()), media[0].1, "same id both ways");
    assert_eq!(media[1], (MediaKind::Document, Some("known-doc".to_owned())), "a re-sent file keeps its id");
    assert_eq!(doc.document().map(|d| d.file.id.0.as_str()), Some("known-doc"));
    assert_eq!(media[2].0, MediaKind::Voice);
    assert_eq!(seen[0].caption.as_deref(), Some("Where to go"));

    let call = &api.calls_of("sendPhoto")[0];
    assert_eq!((call.param_i64("chat_id"), call.param_str("caption").as_deref()), (Some(CHAT), Some("Where to go")));
    assert_eq!(call.files.len(), 1);
    assert_eq!((call.files[0].file_name.as_deref(), call.files[0].len), (Some("map.jpg"), 7));
}

/// sendContact: a card teloxide reads back as a contact, deleted like any
/// message, and refused without a number or a name.
#[tokio::test]
async fn fake_api_sends_contact_cards_and_refuses_blank_ones() {
    let api = FakeApi::start().await;
    let bot = api.bot();
    let chat = ChatId(CHAT);
    let sent = bot.send_contact(chat, "102", "Police").await.expect("card");
    let contact = sent.contact().expect("a contact message");
    assert_eq!((contact.phone_number.as_str(), contact.first_name.as_str()), ("102", "Police"));
    let seen = api.visible(CHAT);
    assert_eq!(seen[0].raw["contact"]["phone_number"], json!("102"));
    assert!(matches!(api_error(bot.send_contact(chat, " ", "Police").await), ApiError::Unknown(_)), "no number");
    assert!(matches!(api_error(bot.send_contact(chat, "102", "").await), ApiError::Unknown(_)), "no name");
    bot.delete_messages(chat, [sent.id]).await.expect("delete");
    assert!(api.visible(CHAT).is_empty(), "a card is wiped like any message");
}

#[tokio::test]
async fn fake_api_keeps_uploaded_document_bytes_and_protect_content() {
    let api = FakeApi::start().await;
    let bot = api.bot();
    let ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".to_vec();
    let file = InputFile::memory(ics.clone()).file_name("webinar.ics");
    let sent = bot.send_document(ChatId(CHAT), file).protect_content(true).await.expect("upload");
    assert!(sent.has_protected_content(), "the Message says the content is protected");
    assert_eq!(sent.document().and_then(|d| d.file_name.as_deref()), Some("webinar.ics"));

    let call = &api.calls_of("sendDocument")[0];
    assert_eq!(call.files.len(), 1);
    assert_eq!((call.files[0].file_name.as_deref(), &call.files[0].bytes), (Some("webinar.ics"), &ics));
    assert_eq!(call.param_str("protect_content").as_deref(), Some("true"));

    let plain = bot.send_document(ChatId(CHAT), InputFile::memory(&b"x"[..]).file_name("a.txt")).await.expect("plain");
    assert!(!plain.has_protected_content());
}

#[tokio::test]
async fn fake_api_injected_updates_parse_as_the_teloxide_kinds_they_claim() {
    let api = FakeApi::start().await;
    let sent = api
        .bot()
        .send_message(ChatId(CHAT), "menu")
        .reply_markup(keyboard(vec![vec![InlineKeyboardButton::callback("Go", "go")]]))
        .await
        .expect("sent");
    api.set_user(FakeUser { first_name: "Айгүл".into(), ..FakeUser::new(ALICE) });

    api.send_text(CHAT, ALICE, "text");
    api.send_sticker(CHAT, ALICE, "👍");
    api.send_photo(CHAT, ALICE, Some("photo caption"));
    api.send_location(CHAT, ALICE, 42.87, 74.59);
    api.send_contact(CHAT, ALICE, "+996555000000", "Айгүл");
    api.send_voice(CHAT, ALICE, 4);
    api.send_document(CHAT, ALICE, "passport.pdf", None);
    let text_id = api.visible(CHAT)[1].id;
    api.edit_text(CHAT, ALICE, text_id, "text, edited");
    api.group_text(-500, ALICE, "in a group");
    api.channel_post(-1_001_234_567_890, "in a channel");
    api.press_label(CHAT, ALICE, "Go");
    // What Telegram sends when the person blocks the bot.
    let bot_user = json!({"id": BOT_ID, "is_bot": true, "first_name": "Kadam"});
    api.inject_raw(json!({"my_chat_member": {
        "chat": {"id": CHAT, "type": "private", "first_name": "Айгүл"},
        "from": {"id": ALICE, "is_bot": false, "first_name": "Айгүл"},
        "date": 1_700_000_000,
        "old_chat_member": {"user": bot_user, "status": "member"},
        "new_chat_member": {"user": bot_user, "status": "kicked", "until_date": 0},
    }}));

    let parsed: Vec<Update> = api
        .updates()
        .into_iter()
        // From text, as teloxide does: its UpdateKind wants borrowed keys,
        // and `from_value` would report every update as UpdateKind::Error.
        .map(|u| serde_json::from_str(&u.to_string()).unwrap_or_else(|e| panic!("{e}: {u}")))
        .collect();
    let message = |i: usize| match &parsed[i].kind {
        UpdateKind::Message(m) => m.clone(),
        other => panic!("update {i} is not a message: {other:?}"),
    };
    assert_eq!(message(0).text(), Some("text"));
    assert_eq!(message(0).from.as_ref().map(|u| u.first_name.as_str()), Some("Айгүл"));
    assert!(message(0).chat.is_private());
    assert_eq!(message(1).sticker().and_then(|s| s.emoji.as_deref()), Some("👍"));
    assert_eq!(message(2).photo().map(<[_]>::len), Some(2));
    assert_eq!(message(2).caption(), Some("photo caption"));
    assert_eq!(message(3).location().map(|l| l.latitude), Some(42.87));
    assert_eq!(message(4).contact().map(|c| c.phone_number.as_str()), Some("+996555000000"));
    assert_eq!(message(5).voice().map(|v| v.duration.seconds()), Some(4));
    assert_eq!(message(6).document().and_then(|d| d.file_name.as_deref()), Some("passport.pdf"));
    match &parsed[7].kind {
        UpdateKind::EditedMessage(m) => assert_eq!((m.text(), m.id.0), (Some("text, edited"), text_id)),
        other => panic!("not an edit: {other:?}"),
    }
    assert!(message(8).chat.is_group());
    match &parsed[9].kind {
        UpdateKind::ChannelPost(m) => assert!(m.chat.is_channel() && m.from.is_none()),
        other => panic!("not a channel post: {other:?}"),
    }
    match &parsed[10].kind {
        UpdateKind::CallbackQuery(q) => {
            assert_eq!(q.data.as_deref(), Some("go"));
            assert_eq!(q.regular_message().map(|m| m.id), Some(sent.id), "the pressed message comes along");
        }
        other => panic!("not a callback query: {other:?}"),
    }
    match &parsed[11].kind {
        UpdateKind::MyChatMember(m) => assert!(m.new_chat_member.is_banned()),
        other => panic!("not a chat member update: {other:?}"),
    }
    let ids: Vec<u64> = api.updates().iter().filter_map(|u| u["update_id"].as_u64()).collect();
    assert!(ids.windows(2).all(|w| w[1] == w[0] + 1), "update ids are consecutive: {ids:?}");
    assert_eq!(api.visible(CHAT).len(), 8, "the bot's menu and the user's seven messages");
    assert_eq!(api.visible(CHAT)[1].text.as_deref(), Some("text, edited"));
}

#[tokio::test]
async fn fake_api_answers_odd_requests_and_faults_like_telegram() {
    let api = FakeApi::start().await;
    let client = teloxide::net::default_reqwest_settings().build().expect("client");
    let url = |token: &str, method: &str| format!("{}bot{token}/{method}", api.url());
    let post = |target: String, body: &'static str| {
        client.post(target).header("content-type", "application/json").body(body).send()
    };
    let answer = |status: u16, body: &str| (status, serde_json::from_str::<Value>(body).unwrap_or(Value::Null));

    let malformed = post(url(TOKEN, "sendMessage"), "{not json").await.expect("answered");
    let (status, body) = answer(malformed.status().as_u16(), &malformed.text().await.unwrap());
    assert_eq!((status, &body["ok"], &body["error_code"]), (400, &json!(false), &json!(400)));
    let unknown = post(url(TOKEN, "sendDice"), "{}").await.expect("answered");
    let (status, body) = answer(unknown.status().as_u16(), &unknown.text().await.unwrap());
    assert_eq!((status, body["description"].as_str()), (404, Some("Not Found: method not found")));
    api.fail_next("getMe", 1, Fault::ServerError(502));
    let bad_gateway = post(url(TOKEN, "getMe"), "{}").await.expect("answered");
    let (status, body) = answer(bad_gateway.status().as_u16(), &bad_gateway.text().await.unwrap());
    assert_eq!((status, &body["ok"]), (502, &json!(false)));
    let wrong_token = post(url("1:wrong", "getMe"), "{}").await.expect("answered");
    assert_eq!(wrong_token.status().as_u16(), 401);
    // JSON with a file id is accepted as well as multipart.
    let by_id = post(url(TOKEN, "sendPhoto"), r#"{"chat_id":7,"photo":"abc"}"#).await.expect("answered");
    assert_eq!(by_id.status().as_u16(), 200);
    assert_eq!(api.visible(CHAT)[0].media.as_ref().and_then(|m| m.file_id.as_deref()), Some("abc"));

    api.fail_next("getMe", 1, Fault::Drop);
    assert!(api.bot().get_me().await.is_err(), "a dropped connection is a network error");
    assert!(api.bot().get_me().await.is_ok(), "only the next call was dropped");
    api.fail_next(ANY_METHOD, 1, Fault::Delay(Duration::from_millis(300)));
    let started = Instant::now();
    api.bot().send_message(ChatId(CHAT), "slow").await.expect("delayed, not failed");
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(
        api.faults_served(),
        vec![
            ("getMe".to_owned(), Fault::ServerError(502)),
            ("getMe".to_owned(), Fault::Drop),
            ("sendMessage".to_owned(), Fault::Delay(Duration::from_millis(300)))
        ]
    );
    let calls = api.calls();
    let methods: Vec<(&str, Option<bool>)> = calls.iter().map(|c| (c.method.as_str(), c.ok)).collect();
    assert_eq!(
        methods,
        [
            ("sendMessage", Some(false)),
            ("sendDice", Some(false)),
            ("getMe", Some(false)),
            ("sendPhoto", Some(true)),
            ("getMe", Some(false)),
            ("getMe", Some(true)),
            ("sendMessage", Some(true)),
        ],
        "every call with its outcome; a dropped one failed, a delayed one succeeded"
    );
    assert!(calls[0].params.is_null(), "an unreadable body is recorded without params");

    // A wait that is never satisfied says what it waited for and what came last.
    let mark = api.mark();
    let nothing = api.wait_for_call(mark, |c| c.writes_to(CHAT), Duration::from_millis(200)).await;
    assert!(nothing.is_err_and(|e| e.to_string().contains("a matching call") && e.to_string().contains("sendMessage")));
}

#[tokio::test]
async fn fake_api_keeps_commands_per_language_and_refuses_blocked_chats() {
    let api = FakeApi::start().await;
    let bot = api.bot();
    bot.set_my_commands([BotCommand::new("start", "Баштоо")]).language_code("ky").await.expect("ky");
    bot.set_my_commands([BotCommand::new("start", "Начать")]).language_code("ru").await.expect("ru");
    bot.set_my_commands([BotCommand::new("start", "Start")]).await.expect("default");
    let calls = api.wait_for_calls("setMyCommands", 3, DEFAULT_TIMEOUT).await.expect("recorded");
    assert_eq!(calls[0].param_str("language_code").as_deref(), Some("ky"));

    assert_eq!(api.commands(Some("ky")), Some(vec![("start".to_owned(), "Баштоо".to_owned())]));
    assert_eq!(api.commands(None), Some(vec![("start".to_owned(), "Start".to_owned())]));
    assert_eq!(api.commands(Some("en")), None);
    assert_eq!(api.commands(Some("ru")), Some(vec![("start".to_owned(), "Начать".to_owned())]));

    api.set_blocked(CHAT, true);
    assert_eq!(api_error(bot.send_message(ChatId(CHAT), "hello?").await), ApiError::BotBlocked);
    api.set_blocked(CHAT, false);
    bot.send_message(ChatId(CHAT), "hello again").await.expect("unblocked");
    assert_eq!(texts(&api.visible(CHAT)), vec![(true, "hello again".to_owned())]);
}

#[tokio::test]
async fn fake_api_forum_topics_members_and_copies_work_through_teloxide() {
    use teloxide::types::UserId;
    let api = FakeApi::start().await;
    let bot = api.bot();
    let group = ChatId(-1_002_000_000_001);
    api.set_members(group.0, &[ALICE]);

    let topic = bot.create_forum_topic(group, "#Q-1 · ru · lawyer · main").await.expect("topic created");
    let thread = topic.thread_id;
    let root = bot.send_message(group, "in the topic").message_thread_id(thread).await.expect("sent in the topic");
    assert_eq!(root.thread_id, Some(thread));
    assert!(bot.pin_chat_message(group, root.id).await.is_ok());
    assert_eq!(api.topic_messages(group.0, i64::from(thread.0.0)).len(), 1);

    // Staff write in the topic; the update parses as a topic message.
    api.topic_text(group.0, ALICE, i64::from(thread.0.0), "an answer");
    // From text, as teloxide parses updates (see above).
    let update: Update = serde_json::from_str(&api.updates().last().unwrap().to_string()).expect("parses");
    let UpdateKind::Message(m) = update.kind else { panic!("not a message") };
    assert_eq!((m.thread_id, m.text()), (Some(thread), Some("an answer")));

    assert!(bot.get_chat_member(group, UserId(ALICE)).await.unwrap().is_present());
    assert!(!bot.get_chat_member(group, UserId(ALICE + 1)).await.unwrap().is_present());

    let copy = bot.copy_message(ChatId(CHAT), group, m.id).await.expect("copied");
    let seen = api.message(CHAT, copy.0).expect("the copy is in her chat");
    assert_eq!(seen.text.as_deref(), Some("an answer"));
    assert!(seen.raw.get("forward_origin").is_none());
    assert!(matches!(
        api_error(bot.copy_message(ChatId(CHAT), group, MessageId(9_999)).await),
        ApiError::Unknown(_) | ApiError::MessageToCopyNotFound
    ));

    bot.close_forum_topic(group, thread).await.expect("closed");
    assert!(api.topics(group.0)[0].closed);
    bot.reopen_forum_topic(group, thread).await.expect("reopened");
    bot.delete_forum_topic(group, thread).await.expect("deleted");
    assert!(api.topics(group.0)[0].deleted);
    assert!(api.topic_messages(group.0, i64::from(thread.0.0)).is_empty(), "its messages went with it");
    let gone = bot.send_message(group, "late").message_thread_id(thread).await;
    assert!(matches!(api_error(gone), ApiError::Unknown(d) if d.contains("thread not found")));
}
