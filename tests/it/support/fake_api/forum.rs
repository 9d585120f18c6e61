//! A forum supergroup in the fake: topics (createForumTopic,
//! closeForumTopic, reopenForumTopic, deleteForumTopic), who is a member
//! (getChatMember) and who administers it (getChatAdministrators),
//! copyMessage, pinChatMessage, staff writing in a topic and people
//! joining. Sending into a deleted topic fails as on Telegram ("message
//! thread not found").
//!
//! Tests set the members with [`FakeApi::set_members`] and the
//! administrators with [`FakeApi::set_admins`], inject a staff message with
//! [`FakeApi::topic_text`] or a join with [`FakeApi::joins`], and look at
//! [`FakeApi::topics`].

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value, json};

use super::{
    BOT_ID, FakeApi, Inner, SeenMessage, Stored,
    methods::{ApiErr, bad},
    p_i64, p_str, unix_now,
};

/// The forum state of every supergroup.
#[derive(Default)]
pub(super) struct Forum {
    /// Members per chat; anyone else gets status "left".
    members: HashMap<i64, HashSet<u64>>,
    /// Keyed by (chat, thread id).
    topics: BTreeMap<(i64, i64), Topic>,
    /// Administrators per chat (people; the bot is added to every list).
    admins: HashMap<i64, Vec<u64>>,
}

/// A topic as a test sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    pub thread_id: i64,
    pub name: String,
    pub closed: bool,
    pub deleted: bool,
}

/// The forum methods; `None` for any other method.
pub(super) fn perform(inner: &mut Inner, method: &str, p: &Map<String, Value>) -> Option<Result<Value, ApiErr>> {
    Some(match method {
        "createforumtopic" => create(inner, p),
        "closeforumtopic" => set_closed(inner, p, true),
        "reopenforumtopic" => set_closed(inner, p, false),
        "deleteforumtopic" => delete(inner, p),
        "getchatmember" => member(inner, p),
        "getchatadministrators" => administrators(inner, p),
        "copymessage" => copy(inner, p),
        "pinchatmessage" => pin(inner, p),
        _ => return None,
    })
}

/// A send into a topic that was deleted fails, as on Telegram.
pub(super) fn check_thread(inner: &Inner, p: &Map<String, Value>) -> Result<(), ApiErr> {
    let (Some(chat), Some(thread)) = (p_i64(p, "chat_id"), p_i64(p, "message_thread_id")) else { return Ok(()) };
    match inner.forum.topics.get(&(chat, thread)) {
        Some(t) if t.deleted => Err(bad("message thread not found")),
        _ => Ok(()),
    }
}

fn forum_chat(inner: &mut Inner, chat_id: i64) -> Result<(), ApiErr> {
    if chat_id >= 0 {
        return Err(bad("the chat is not a forum"));
    }
    inner.chat(chat_id).info = json!({"id": chat_id, "type": "supergroup", "title": "Staff", "is_forum": true});
    Ok(())
}

fn create(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
    let name = p_str(p, "name").unwrap_or_default();
    if name.is_empty() || name.chars().count() > 128 {
        return Err(bad("TOPIC_NAME_INVALID"));
    }
    forum_chat(inner, chat_id)?;
    let chat = inner.chat(chat_id);
    let id = chat.next_message_id;
    chat.next_message_id += 1;
    let root = json!({
        "message_id": id, "date": unix_now(), "chat": chat.info.clone(), "message_thread_id": id,
        "from": {"id": BOT_ID, "is_bot": true, "first_name": "Kadam (test)"},
        "forum_topic_created": {"name": name, "icon_color": 7_322_096},
    });
    chat.messages.insert(id, Stored { from_bot: true, json: root });
    let topic = Topic { thread_id: id.into(), name: name.clone(), closed: false, deleted: false };
    inner.forum.topics.insert((chat_id, id.into()), topic);
    Ok(json!({"message_thread_id": id, "name": name, "icon_color": 7_322_096}))
}

fn topic_mut<'a>(inner: &'a mut Inner, p: &Map<String, Value>) -> Result<&'a mut Topic, ApiErr> {
    let key = (p_i64(p, "chat_id").unwrap_or_default(), p_i64(p, "message_thread_id").unwrap_or_default());
    inner.forum.topics.get_mut(&key).filter(|t| !t.deleted).ok_or_else(|| bad("message thread not found"))
}

fn set_closed(inner: &mut Inner, p: &Map<String, Value>, closed: bool) -> Result<Value, ApiErr> {
    let topic = topic_mut(inner, p)?;
    if topic.closed == closed {
        return Err(bad(if closed { "TOPIC_CLOSED" } else { "TOPIC_NOT_MODIFIED" }));
    }
    topic.closed = closed;
    Ok(json!(true))
}

/// Deletes the topic and every message in it.
fn delete(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let thread = topic_mut(inner, p)?;
    thread.deleted = true;
    let id = thread.thread_id;
    let chat_id = p_i64(p, "chat_id").unwrap_or_default();
    if let Some(chat) = inner.chats.get_mut(&chat_id) {
        chat.messages.retain(|_, m| m.json.get("message_thread_id").and_then(Value::as_i64) != Some(id));
    }
    Ok(json!(true))
}

/// Marks a message as pinned (`"pinned": true` in its JSON, for tests).
fn pin(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let chat_id = p_i64(p, "chat_id").unwrap_or_default();
    let id = p_i64(p, "message_id").and_then(|id| i32::try_from(id).ok()).unwrap_or_default();
    let message = inner.chats.get_mut(&chat_id).and_then(|c| c.messages.get_mut(&id));
    let message = message.ok_or_else(|| bad("message to pin not found"))?;
    message.json["pinned"] = json!(true);
    Ok(json!(true))
}

fn member(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
    let user_id = p_i64(p, "user_id").and_then(|u| u64::try_from(u).ok()).ok_or_else(|| bad("user not found"))?;
    let user = inner.user(user_id).to_json();
    let present = inner.forum.members.get(&chat_id).is_some_and(|m| m.contains(&user_id));
    Ok(json!({"status": if present { "member" } else { "left" }, "user": user}))
}

/// The chat's administrators: the people set by the test, as
/// administrators with the usual rights, and the bot itself.
fn administrators(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let chat_id = p_i64(p, "chat_id").ok_or_else(|| bad("chat not found"))?;
    let people = inner.forum.admins.get(&chat_id).cloned().unwrap_or_default();
    let bot = json!({"id": BOT_ID, "is_bot": true, "first_name": "Kadam (test)"});
    let users = people.into_iter().map(|id| inner.user(id).to_json()).chain([bot]);
    let admin = |user: Value| {
        json!({
            "status": "administrator", "user": user, "is_anonymous": false, "can_be_edited": false,
            "can_manage_chat": true, "can_change_info": true, "can_delete_messages": true,
            "can_manage_video_chats": true, "can_invite_users": true, "can_restrict_members": true,
            "can_promote_members": false, "can_pin_messages": true, "can_manage_topics": true,
        })
    };
    Ok(Value::Array(users.map(admin).collect()))
}

/// Copies a message's text or media into another chat, without any sign
/// of where it came from (no `forward_origin`), as copyMessage does.
fn copy(inner: &mut Inner, p: &Map<String, Value>) -> Result<Value, ApiErr> {
    let from = p_i64(p, "from_chat_id").ok_or_else(|| bad("chat not found"))?;
    let id = p_i64(p, "message_id").and_then(|id| i32::try_from(id).ok()).unwrap_or_default();
    let source = inner
        .chats
        .get(&from)
        .and_then(|c| c.messages.get(&id))
        .map(|m| m.json.clone())
        .ok_or_else(|| bad("message to copy not found"))?;
    let mut content = Map::new();
    for key in ["text", "caption", "photo", "document", "voice"] {
        if let Some(v) = source.get(key) {
            content.insert(key.to_owned(), v.clone());
        }
    }
    let chat_id = super::methods::writable_chat(inner, p)?;
    let sent = super::methods::send(inner, chat_id, Value::Object(content), p)?;
    Ok(json!({"message_id": sent["message_id"]}))
}

impl FakeApi {
    /// Who is a member of the supergroup `chat_id` (getChatMember).
    pub fn set_members(&self, chat_id: i64, members: &[u64]) {
        self.lock().forum.members.insert(chat_id, members.iter().copied().collect());
    }

    /// Who administers the supergroup `chat_id` (getChatAdministrators).
    pub fn set_admins(&self, chat_id: i64, admins: &[u64]) {
        self.lock().forum.admins.insert(chat_id, admins.to_vec());
    }

    /// `user_id` joins the supergroup `chat_id` (added by someone, or by a
    /// link): the service message arrives in the General topic.
    pub fn joins(&self, chat_id: i64, user_id: u64) {
        {
            let mut inner = self.lock();
            inner.forum.members.entry(chat_id).or_default().insert(user_id);
            let user = inner.user(user_id).to_json();
            let _ = forum_chat(&mut inner, chat_id);
            let chat = inner.chat(chat_id);
            let message_id = chat.next_message_id;
            chat.next_message_id += 1;
            let message = json!({
                "message_id": message_id, "date": unix_now(), "chat": chat.info.clone(), "from": user.clone(),
                "new_chat_members": [user],
            });
            chat.messages.insert(message_id, Stored { from_bot: false, json: message.clone() });
            inner.push_update(json!({"message": message}));
        }
        self.shared.changed.notify_waiters();
    }

    /// The topics of a forum supergroup, in creation order.
    pub fn topics(&self, chat_id: i64) -> Vec<Topic> {
        self.lock().forum.topics.iter().filter(|((c, _), _)| *c == chat_id).map(|(_, t)| t.clone()).collect()
    }

    /// The messages in one topic, oldest first (the topic's root excluded).
    pub fn topic_messages(&self, chat_id: i64, thread_id: i64) -> Vec<SeenMessage> {
        self.visible(chat_id)
            .into_iter()
            .filter(|m| m.raw.get("message_thread_id").and_then(Value::as_i64) == Some(thread_id))
            .filter(|m| m.raw.get("forum_topic_created").is_none())
            .collect()
    }

    /// `user_id` writes `text` in topic `thread_id` of the supergroup `chat_id`.
    pub fn topic_text(&self, chat_id: i64, user_id: u64, thread_id: i64, text: &str) -> u32 {
        assert!(chat_id < 0, "supergroup ids are negative, got {chat_id}");
        let id = {
            let mut inner = self.lock();
            let user = inner.user(user_id).to_json();
            let _ = forum_chat(&mut inner, chat_id);
            let chat = inner.chat(chat_id);
            let message_id = chat.next_message_id;
            chat.next_message_id += 1;
            let message = json!({
                "message_id": message_id, "date": unix_now(), "chat": chat.info.clone(), "from": user,
                "message_thread_id": thread_id, "is_topic_message": true, "text": text,
            });
            chat.messages.insert(message_id, Stored { from_bot: false, json: message.clone() });
            inner.push_update(json!({"message": message}))
        };
        self.shared.changed.notify_waiters();
        id
    }

    /// A staff member deletes message `message_id`: Telegram tells bots nothing.
    pub fn delete_group_message(&self, chat_id: i64, message_id: i32) {
        self.lock().chat(chat_id).messages.remove(&message_id).expect("message to delete");
    }
}
