//! The Bot API methods Kadam calls, performed on the fake's state as
//! Telegram would: what they change in a chat, what they answer, and the
//! mistakes Telegram refuses with a 400. Any other method is a 404.
//!
//! To support a new method, add an arm to [`perform`] (with a helper below
//! when it is more than a few lines) and a self-test in
//! `tests/it/fake_api_selftest.rs` that drives it through teloxide.

use std::fmt;

use serde_json::{Map, Value, json};

use super::{BOT_ID, BOT_USERNAME, Inner, Stored, UploadedFile, merge, p_i64, p_json, p_str, photo_sizes};

/// An error answer in Telegram's envelope.
pub(super) struct ApiErr {
    pub(super) code: u16,
    pub(super) description: String,
    pub(super) retry_after: Option<u32>,
}

pub(super) fn bad(description: impl fmt::Display) -> ApiErr {
    ApiErr { code: 400, description: format!("Bad Request: {description}"), retry_after: None }
}

/// Performs every method except getUpdates (a long poll, served by the
/// server). `method` is lower-case.
pub(super) fn perform(
    inner: &mut Inner,
    method: &str,
    p: &Map<String, Value>,
    files: &[UploadedFile],
) -> Result<Value, ApiErr> {
    match method {
        "getme" => Ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Kadam (test)", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false,
        })),
        // Webhook mode registers its URL; polling deletes any webhook first.
        "setwebhook" => Ok(json!(true)),
        "deletewebhook" => {
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
        "sendmessage" => {
            let chat_id = writable_chat(inner, p)?;
            super::forum::check_thread(inner, p)?;
            let text = message_text(p)?;
            send(inner, chat_id, json!({"text": text}), p)
        }
        "sendcontact" => send_contact(inner, p),
        "sendphoto" | "senddocument" | "sendvoice" => send_media(inner, &method["send".len()..], p, files),
        "editmessagetext" => {
            let text = message_text(p)?;
            edit_text(inner, p, text)
        }
        "answercallbackquery" => {
            let id = p_str(p, "callback_query_id").unwrap_or_default();
            if !inner.open_callbacks.remove(&id) {
                return Err(bad("query is too old and response timeout expired or query id is invalid"));
            }
            Ok(json!(true))
        }
        "leavechat" => {
            let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
            inner.left.insert(chat_id);
            Ok(json!(true))
        }
        "deletemessages" => delete_messages(inner, p),
        "deletemessage" => delete_message(inner, p),
        other if let Some(done) = super::forum::perform(inner, other, p) => done,
        _ => Err(ApiErr { code: 404, description: "Not Found: method not found".into(), retry_after: None }),
    }
}

/// The scope of the command list given when none is.
pub(super) fn default_scope() -> Value {
    json!({"type": "default"})
}

/// Command lists are kept per (scope, language), as Telegram does.
fn command_key(p: &Map<String, Value>) -> (String, String) {
    let scope = p_json(p, "scope").unwrap_or_else(default_scope);
    (scope.to_string(), p_str(p, "language_code").unwrap_or_default())
}

/// The chat a send goes to, unless the person there blocked the bot.
pub(super) fn writable_chat(inner: &Inner, p: &Map<String, Value>) -> Result<i64, ApiErr> {
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

/// A text parameter as the person sees it. Kadam sends plain text; a parse
/// mode would need the fake to render markup, so it is refused instead of
/// being shown wrongly.
fn plain(p: &Map<String, Value>, key: &str) -> Result<Option<String>, ApiErr> {
    if p.get("parse_mode").is_some_and(|m| !m.is_null()) {
        return Err(bad("the fake Bot API renders no parse_mode; Kadam sends plain text"));
    }
    Ok(p_str(p, key))
}

/// The `text` of a message: present, not blank, at most 4096 characters.
fn message_text(p: &Map<String, Value>) -> Result<String, ApiErr> {
    let text = plain(p, "text")?.ok_or_else(|| bad("message text is empty"))?;
    if text.trim().is_empty() {
        return Err(bad("message text is empty"));
    }
    if text.chars().count() > 4096 {
        return Err(bad("message is too long"));
    }
    Ok(text)
}

/// The inline keyboard a Message carries, checked as Telegram checks it.
/// Kadam sends no other kind of markup.
fn inline_keyboard(p: &Map<String, Value>) -> Result<Option<Value>, ApiErr> {
    let Some(markup) = p_json(p, "reply_markup") else { return Ok(None) };
    let not_rows = || bad("inline keyboard must be an array of arrays");
    let rows = markup.get("inline_keyboard").ok_or_else(|| bad("the fake knows only inline keyboards"))?;
    let rows = rows.as_array().ok_or_else(not_rows)?;
    for row in rows {
        for button in row.as_array().ok_or_else(not_rows)? {
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
    Ok(has_buttons.then(|| json!({"inline_keyboard": rows})))
}

/// Stores a new bot message with `content` (text or media) in the chat.
pub(super) fn send(inner: &mut Inner, chat_id: i64, content: Value, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let inline = inline_keyboard(p)?;
    let date = inner.now();
    let chat = inner.chat(chat_id);
    let message_id = chat.next_message_id;
    chat.next_message_id += 1;
    let mut message = json!({
        "message_id": message_id,
        "date": date,
        "chat": chat.info.clone(),
        "from": {"id": BOT_ID, "is_bot": true, "first_name": "Kadam (test)", "username": BOT_USERNAME},
    });
    merge(&mut message, content);
    // Telegram marks a message sent into a forum topic, and one the
    // recipient may not forward or save.
    if let Some(thread) = p_i64(p, "message_thread_id") {
        message["message_thread_id"] = json!(thread);
        message["is_topic_message"] = json!(true);
    }
    if p.get("protect_content").and_then(Value::as_bool) == Some(true)
        || p_str(p, "protect_content").as_deref() == Some("true")
    {
        message["has_protected_content"] = json!(true);
    }
    if let Some(inline) = inline {
        message["reply_markup"] = inline;
    }
    chat.messages.insert(message_id, Stored { from_bot: true, json: message.clone() });
    Ok(message)
}

/// sendContact: a card with a number and a first name, both required and
/// not blank, as Telegram refuses them.
fn send_contact(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let chat_id = writable_chat(inner, p)?;
    let phone = p_str(p, "phone_number").filter(|s| !s.trim().is_empty());
    let phone = phone.ok_or_else(|| bad("phone number is empty"))?;
    let name = p_str(p, "first_name").filter(|s| !s.trim().is_empty());
    let name = name.ok_or_else(|| bad("contact first name is empty"))?;
    if name.chars().count() > 64 {
        return Err(bad("contact first name is too long"));
    }
    send(inner, chat_id, json!({"contact": {"phone_number": phone, "first_name": name}}), p)
}

/// sendPhoto, sendDocument or sendVoice (`field` is `photo`, `document` or
/// `voice`), uploaded or by file id, with an optional caption.
fn send_media(inner: &mut Inner, field: &str, p: &Map<String, Value>, files: &[UploadedFile]) -> Result<Value, ApiErr> {
    let chat_id = writable_chat(inner, p)?;
    let file_id = media_file_id(inner, p, files, field)?;
    let unique = format!("u-{file_id}");
    let mut content = match field {
        "photo" => json!({"photo": photo_sizes(&file_id)}),
        "document" => {
            let name = files.first().and_then(|f| f.file_name.clone()).unwrap_or_else(|| "file".to_owned());
            json!({"document": {"file_id": file_id, "file_unique_id": unique, "file_size": 2048, "file_name": name}})
        }
        _ => json!({"voice": {
            "file_id": file_id, "file_unique_id": unique, "file_size": 4096, "duration": 3, "mime_type": "audio/ogg",
        }}),
    };
    if let Some(caption) = plain(p, "caption")? {
        if caption.chars().count() > 1024 {
            return Err(bad("message caption is too long"));
        }
        content["caption"] = json!(caption);
    }
    send(inner, chat_id, content, p)
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

/// Replaces the text and the inline keyboard of a bot's text message; as on
/// Telegram, an edit without `reply_markup` takes the keyboard away, and an
/// edit that changes nothing is refused.
fn edit_text(inner: &mut Inner, p: &Map<String, Value>, text: String) -> Result<Value, ApiErr> {
    if p.contains_key("inline_message_id") {
        return Err(bad("inline messages are not supported by the fake"));
    }
    let inline = inline_keyboard(p)?;
    let now = inner.now();
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
    if stored.json.get("text").is_none() {
        return Err(bad("there is no text in the message to edit"));
    }
    let mut edited = stored.json.clone();
    edited["text"] = json!(text);
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
    edited["edit_date"] = json!(now);
    stored.json = edited.clone();
    Ok(edited)
}

/// Deletes up to 100 messages; like Telegram, ids already gone are skipped.
fn delete_messages(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
    let ids = p_json(p, "message_ids").and_then(|v| v.as_array().cloned()).unwrap_or_default();
    if ids.is_empty() || ids.len() > 100 {
        return Err(bad("message_ids must list 1 to 100 messages"));
    }
    if let Some(chat) = inner.chats.get_mut(&chat_id) {
        for id in ids.iter().filter_map(Value::as_i64).filter_map(|id| i32::try_from(id).ok()) {
            chat.messages.remove(&id);
        }
    }
    Ok(json!(true))
}

/// Deletes one message; unlike `deleteMessages`, one already gone is an error.
fn delete_message(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
    let message_id = p_i64(p, "message_id").and_then(|id| i32::try_from(id).ok());
    let removed = inner.chats.get_mut(&chat_id).zip(message_id).and_then(|(c, id)| c.messages.remove(&id));
    match removed {
        Some(_) => Ok(json!(true)),
        None => Err(bad("message to delete not found")),
    }
}
