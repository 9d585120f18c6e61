### Texts for Kadam's staff (not for the women using the bot): `kadam check`,
### the preview, and the coordinators' commands. English.
### Every message here exists in ru.ftl and ky.ftl too, with the same
### variables (`cargo test staff` checks it). Ids and values in `backticks`
### are written as in the files, so never translate them.

## `kadam check`: how bad a problem is

check-severity-error = error
check-severity-warning = warning

## `kadam check`: files and folders

check-cannot-read-file = cannot read this file: { $error }
check-cannot-read-folder = cannot read this folder: { $error }
check-no-dialogue-files = no dialogue files (*.toml) found in this folder
check-invalid-toml = this is not valid TOML: { $error }
check-invalid-fluent = this is not valid Fluent: { $error }
check-file-missing = file is missing: every language needs the same files, and `{ $file }` exists in another language
check-partial-file-missing = file is missing; { $lang } is partial, so all its messages fall back

## `kadam check`: locales/locales.toml

check-language-twice = language `{ $lang }` is listed twice
check-language-no-folder = language `{ $lang }` has no folder locales/{ $lang }/
check-no-languages = `languages` must list at least one language, e.g. languages = ["ky", "ru"]
check-fallback-unknown = fallback language `{ $lang }` is not in `languages`
check-fallback-for-unknown = fallback given for `{ $lang }`, which is not in `languages`
check-partial-unknown = partial language `{ $lang }` is not in `languages`
check-partial-needs-fallback = partial language `{ $lang }` needs a fallback, e.g. { $lang } = ["ru"] under [fallback]
check-generated-unknown = `{ $lang } = "{ $from }"`: both languages must be in `languages`
check-generated-only-uz = `{ $lang }` cannot be generated from `{ $from }`: only Latin Uzbek ("uz") can be transliterated, to Cyrillic

## `kadam check`: nodes

check-id-too-long = node id `{ $id }` is { $length } characters long; at most { $limit } fit in a Telegram button: shorten it
check-id-not-kebab = node id `{ $id }` must be short kebab-case: lower-case latin letters, digits and single hyphens, e.g. `birth-certificate`
check-node-twice = node id `{ $id }` is used twice; the other one is at { $other }:{ $line }
check-required-node = there must be a node with id `{ $id }`
check-sensitive-needs-safety-check = node `{ $id }` is sensitive, so the content needs a node of kind `safety-check` in front of it
check-one-feedback = there can be only one node of kind `feedback`
check-unknown-target = there is no node with id `{ $id }`
check-unknown-target-lost = there is no node with id `{ $id }` (or it is in a file with a syntax error, reported here too)
check-unknown-kind = unknown node kind `{ $kind }`; use one of: { $known }
check-field-not-used = a `{ $kind }` node does not use `{ $field }`; remove it or change the kind
check-link-not-web = `{ $url }` is not a web link: links must start with https://, http:// or tg://
check-media-one = a node can have only one of photo, voice or document
check-media-plain-name = media `{ $file }` must be a plain file name inside dialogues/media/
check-media-refused = media `{ $file }` cannot be sent: { $error }
check-media-missing = media file `{ $file }` does not exist: put it in dialogues/media/ (or dialogues/media/<lang>/ for each of: { $langs })
check-unreachable = node `{ $id }` cannot be reached from the main menu (only by a deep link)
check-menu-dead-end = this menu is a dead end: give it `buttons = [...]` or `links`
check-guide-no-steps = this guide has no steps: add `steps = ["first", "second"]`
check-step-name = step name `{ $name }` must be kebab-case, e.g. `documents`
check-step-twice = step `{ $name }` appears twice in this guide
check-safety-check-next = a safety check needs `next = "..."`: where "yes, it is safe" leads
check-self-check-no-questions = this self-check has no questions: add `questions = ["first", "second"]`
check-question-name = question `{ $name }` must be kebab-case and appear once
check-alert-at-range = `alert-at` must be between 1 and the number of questions ({ $count })
check-alert-at-missing = a self-check needs `alert-at = N`: from how many yes answers the urgent result shows
check-consent-version-low = `consent-version` must be 1 or more
check-consent-version-missing = a feedback node needs `consent-version = 1`: the version of its consent notice, stored with each answer
check-contacts-no-regions = a `contacts` node needs regions: add [[region]] tables (see dialogues/contacts.toml)

## `kadam check`: texts (locales/)

check-message-twice = message `{ $id }` is defined twice; the other one is at { $other }:{ $line }
check-the-text = the text `{ $id } = …`
check-the-attribute = the attribute `.{ $attr } = …` under the message `{ $id }`
check-text-missing = { $what } is missing: add it to a .ftl file in { $folders }
check-vars = { $vars }
check-vars-none = none
check-variable-not-given = `{ $name }` in { $lang } uses `${ $var }`, but the bot gives this text no such value (it gives: { $can })
check-ui-text-missing-what = the bot's own text `{ $id }` is missing in { $lang }
check-ui-text-missing = the bot's own text `{ $id }` is missing in { $lang }: add `{ $id } = …` to a .ftl file here
check-ui-variable = `{ $id }` uses the variable `${ $var }`, which the bot does not provide; it can use: { $can }
check-message-missing-what = message `{ $id }` is missing in { $lang }
check-message-missing = message `{ $id }` is missing in { $lang }: every language needs it (add it to the file with the same name in locales/{ $lang }/)
check-part-attribute = attribute `.{ $attr }`
check-part-value = a value (text after `=`)
check-message-lacks = message `{ $id }` in { $lang } lacks { $part }, which { $first } has
check-variables-differ = `{ $name }` uses variables { $vars } in { $lang } but { $first_vars } in { $first }; they must be the same
check-message-unused = message `{ $id }` in { $lang } is not used by any node; delete it or fix its id
check-partial-falls-back = { $what }; { $lang } is partial, so it falls back to { $fallback }
check-partial-no-fallback = { $what }, and no language { $lang } falls back to has it either
check-override-unknown = `{ $id }` overrides a message that the Latin Uzbek files do not have; remove it or fix its id
check-uz-cyrillic = «{ $word }» mixes Cyrillic into a Latin Uzbek text: write it in Latin (the Cyrillic version is generated), or add it to `cyrillic_allowed` in locales/locales.toml if it is a name

## `kadam check`: rendered screens

check-page-node = `{ $id }`
check-page-step = step { $step } of `{ $id }`
check-page-region = the region `{ $region }` of `{ $id }`
check-screen-too-long = the screen { $screen } in { $lang } has { $chars } characters; Telegram allows 4096: split it into steps
check-screen-long = the screen { $screen } in { $lang } has { $chars } characters; aim under { $aim } so it fits a phone screen
check-button-empty = a button on { $screen } in { $lang } has an empty label
check-card-unknown = a call card on { $screen } in { $lang } names `{ $id }`, which is not a number in the directory (`dialogues/contacts.toml`) or has not passed its phone check; add it there with its source
check-id-too-long-for-button = node id `{ $id }` is too long for a Telegram button ({ $bytes } of 64 bytes); shorten it
check-help-line-unguarded = `{ $id }` shows a help line but has no quick-exit button: mark it `sensitive = true`, or `quick-exit = true` to keep it free of the safety check

## `kadam check`: the directory of help ([[contact]], [[region]])

check-contact-id = contact id `{ $id }` must be kebab-case, e.g. `police`
check-contact-twice = contact `{ $id }` is listed twice
check-contact-empty = contact `{ $id }` needs a `phone`, an `address` or a `url`
check-contact-url = `{ $url }` is not a web link (https:// or http://)
check-contact-source-url = the source of `{ $id }` must be the address (URL) of the page it comes from
check-contact-no-source = contact `{ $id }` has no `source`: add the web page the number or address comes from
check-contact-no-regions = `regions` must name at least one region, or be ["all"]
check-contact-unknown-region = there is no region `{ $id }`; add a [[region]] or use "all"
check-region-unknown = unknown region `{ $id }`; use one of: { $known }
check-region-twice = region `{ $id }` is listed twice
check-region-position = region `{ $id }` has an impossible position (lat -90..90, lon -180..180)
check-contact-no-verified = contact `{ $id }` has no `verified_on = YYYY-MM-DD`: when was it last checked?
check-verified-not-date = verified_on must be a date like 2026-11-27
check-contact-stale = contact `{ $id }` was last verified { $days } days ago; check it again and update verified_on
check-called-quoted = verified_by_phone of `{ $id }` is in quotes: write the date without them, verified_by_phone = { $date }
check-called-not-date = verified_by_phone of `{ $id }` must be the day of the call, like verified_by_phone = 2026-12-01
check-called-future = verified_by_phone of `{ $id }` is { $date }, in the future: write the day the call was made

## `kadam check`: sources of facts (dialogues/SOURCES.md)

check-source-old = the source { $url } is dated { $date }, more than { $years } years ago: find a newer one or check the fact by phone, then write the new date here
check-contact-source-unlisted = the source of `{ $id }` is not listed in { $file }: add it to the directory table there, so the two never disagree
check-phone-waits = `{ $phone }` waits for a phone check (contact `{ $id }`): show it only once `verified_by_phone` is set
check-phone-unknown = the number `{ $phone }` is neither in the directory of help nor in { $file }: add its source, or remove it
check-address-unknown = the address `{ $address }` is neither in the directory of help nor in { $file }: add its source, or remove it

## `kadam check`: webinars ([[webinar]])

check-webinar-twice = webinar id `{ $id }` is used twice; the other one is at { $other }:{ $line }
check-webinar-draft = webinar `{ $id }` is a draft: nobody sees it in the bot until you delete its `draft = true` line
check-webinar-id = webinar id `{ $id }` must be kebab-case (latin letters, digits, single hyphens) and at most { $limit } characters, e.g. `portal-2026-12`
check-webinar-duration = duration is in minutes, between 1 and { $longest }; `{ $minutes }` is not
check-webinar-topic = topic `{ $topic }` is unknown: write `services` or `violence` (violence webinars are sensitive: behind the safety check, never named in a reminder)
check-webinar-no-languages = list the languages it is held in, e.g. `languages = ["ky", "ru"]`
check-webinar-language = `{ $lang }` is not one of the bot's languages ({ $known })
check-webinar-join-link = `join` must be a web link starting with https://, or `in-bot` for a live stream in this bot; `{ $url }` is not
check-webinar-link = `{ $field }` must be a web link starting with https://; `{ $url }` is not
check-webinar-start-how = write the start as a date and time, e.g. `start = 2026-12-15T15:00:00` (Bishkek time) or `start = 2026-12-15T15:00:00+06:00`
check-webinar-start-not-datetime = `{ $value }` is not a date and time: { $how }
check-webinar-start-not-date = `{ $value }` is not a real date: { $how }
check-webinar-start-not-time = `{ $value }` is not a real time: { $how }

## `kadam check`: the summary lines

check-content-ok = content OK: { $nodes } nodes, languages { $langs }; { $warnings } warning(s); checked in { $ms } ms
check-content-failed = content has { $errors } error(s) and { $warnings } warning(s); fix the errors above
coverage = translations { $lang }: { $translated } translated, { $fallback } fallback, { $unreviewed } unreviewed (of { $messages } messages)
coverage-partial = translations { $lang }: { $translated } translated, { $fallback } fallback, { $unreviewed } unreviewed (of { $messages } messages; partial, falls back to { $fallbacks })
coverage-generated = translations { $lang }: generated from { $from }, { $overrides } override(s); { $unreviewed } unreviewed as in { $from } (of { $messages } messages)
coverage-not-shown = translation coverage not shown: { $error }

## `kadam check --verify-list`

check-verify-list = Verify before launch ({ $count } items): call, correct the text or the entry, then note the date.
verify-call = { $file }:{ $line }: call `{ $id }` at { $phone } (single source: { $source }); not shown until verified_by_phone = YYYY-MM-DD is set
verify-source-item = { $file }:{ $line }: { $item }
verify-as-is = { $text }
verify-no-source = no source
verify-no-number = (no number yet)

## `kadam preview`: the page around the chat. The page fills in `{ $… }`
## itself; text in `backticks` is shown as code.

preview-title = Kadam preview
preview-hint = The bot as on a phone, from the files in `{ $root }` — save a file and this page follows.
preview-loading = loading…
preview-staff-lang = Language of this page (the chat shows the bot's languages)
preview-banner-head = The last save has problems.
preview-banner-body = The chat keeps running the last good version until they are fixed:
preview-bot = bot
preview-new-chat = New chat
preview-new-chat-title = Start a new conversation (like deleting the chat in Telegram)
preview-attach-title = Share a location
preview-region = Region
preview-send-region = Send this region's location
preview-or-coords = or type coordinates
preview-latitude = Latitude
preview-longitude = Longitude
preview-send-location = Send location
preview-send-photo = Send a photo instead (anything that is not text)
preview-start = START
preview-commands = Commands
preview-message = Message
preview-send = Send
preview-deep-link = Deep link:
preview-deep-placeholder = screen id, e.g. violence
preview-open = Open
preview-tab-langs = All languages
preview-tab-map = Dialogue map
preview-tab-review = Needs review
preview-tab-help = How to use
preview-status-fallback = fallback
preview-status-unreviewed = unreviewed
preview-status-missing = missing
preview-legend-fallback = shown from another language, not translated yet
preview-legend-unreviewed = not yet checked by a native speaker
preview-map-legend = Every screen and where its buttons lead. Click a screen to open it in the chat.
preview-key-menu = menu
preview-key-steps = guide
preview-key-info = info
preview-key-safety = safety check
preview-key-special = special
preview-key-sensitive = violence-related
preview-review-legend = Screens with texts that are not translated yet or not yet reviewed by a native speaker. Mark a text reviewed with a `# reviewed: date name` line above it in its `.ftl` file.
preview-review-none = Every screen is translated and reviewed.
preview-all-clean = ✓ every text here is translated and reviewed
preview-generated-from = generated from { $from }; unreviewed as in { $from }
preview-help-edit = Open a file in `dialogues/` (screens and buttons) or `locales/ky`, `ru`, `uz` (texts) in any text editor.
preview-help-save = Change something and save. Within a second the chat shows the new version.
preview-help-mistake = If the change has a mistake, a red box above lists it as `file:line:column`: open that file at that line. The chat keeps showing the last good version until it is fixed.
preview-help-langs = “All languages” shows the current screen in every language side by side. Orange: not translated yet (another language is shown). Yellow: not yet reviewed. Cyrillic Uzbek is generated from Latin Uzbek, so it is exactly as reviewed as Latin Uzbek.
preview-help-map = “Dialogue map” shows every screen; click one to open it. “Needs review” lists the screens with texts to check.
preview-help-nothing = Nothing you do here is sent to Telegram or stored. Closing the tab forgets the conversation.
preview-help-language = This page speaks Russian, Kyrgyz or English (the list at the top, remembered in this browser); the chat shows the bot's own languages.
preview-error-no-content = The content has errors and no earlier version to run: fix the problems listed above.
preview-quick-exit = Quick exit: in Telegram the bot deletes every message of the chat it can and leaves only this harmless one.
preview-forget = /forget: in Telegram everything stored about her is deleted now.
preview-feedback = With her consent, Telegram would store this answer now. The preview stores nothing.
preview-practice = Practice: in Telegram this would act now (pass her question to the staff, set a reminder, send a file). The preview only shows the screen, and sends and stores nothing.
preview-consult-answer = (Here, in Telegram, the consultant's answer is copied from the staff group.)
preview-opened = opened “{ $node }” (staff shortcut)
preview-loaded = ✓ content loaded { $time }
preview-loaded-warnings = ✓ content loaded { $time } ({ $warnings } warning(s): run kadam check)
preview-broken = ✗ { $count } problem(s) — running the last good version
preview-bad-coords = Type a latitude between -90 and 90 and a longitude between -180 and 180, e.g. 42.87 and 74.59.
preview-location = 📍 Location { $lat }, { $lon }
preview-photo = 🖼 Photo

## Coordinators' commands: export, stats, announce, report, translations.
## File formats and column headers are not here: they stay the same in
## every language.

cli-content-errors = the content in { $root } has errors; run `kadam check` for the full list
cli-export-no-topic = --topic: there is no screen `{ $topic }` in { $root }; use a guide's id (e.g. portal-login) or `feedback` for answers given through /feedback
cli-wrote-records = wrote { $count } record(s) to { $file }
cli-wrote-rows = wrote { $count } row(s) to { $file }
cli-since-after-until = --since { $since } is after --until { $until }
cli-stats-screens = Screens shown { $since } to { $until }: whole weeks, Monday to Sunday (counts under 5 as <5):
cli-stats-step = step { $step }
cli-stats-feedback = Feedback { $since } to { $until }: { $count } record(s)
cli-stats-by = by { $part }:
cli-stats-webinars = Webinars, all time (ratings: feedback topic `webinar-<id>`; violence webinars only as `webinars`):
cli-stats-consultations = Consultations, { $since } to { $until } ({ $columns }):
cli-announce-unknown = no webinar has the id `{ $id }`; the ids are: { $ids }
cli-announce-webinar = Announcing the webinar `{ $id }`.
cli-announce-text = Your text goes to everyone as written.
cli-announce-recipients = Recipients: { $total } ({ $list })
cli-announce-dry-run = Dry run: nothing was sent. Add --yes to send it.
cli-announce-queued = Queued announcement #{ $id } for { $count } people; the running bot sends it. `kadam stats` shows how it went.
cli-report-wrote = wrote the report for { $from } to { $to }, { $period } ({ $weeks } week(s), { $guides } guide funnel(s)) to { $file }
cli-period-months = whole calendar months
cli-period-weeks = whole weeks, Monday to Sunday
translations-wrote = wrote { $count } rows to { $file }
translations-nothing-written = nothing was written: fix the { $count } row(s) above and import again
translations-changed = row { $row }: { $lang } `{ $name }` changed
translations-summary = { $texts } text(s) changed in { $files } file(s); run `kadam check` to see the result
cli-no-database = there is no database at { $file }; set DATABASE_URL to the one `kadam run` uses
cli-no-key = KADAM_PSEUDONYM_KEY (or KADAM_PSEUDONYM_KEY_FILE) is not set; run `kadam export` in the bot's folder, where its .env is, or set it as `kadam run` has it
cli-migrate-source-not-sqlite = DATABASE_URL must name the SQLite database to copy (sqlite://…), but it is { $url }
cli-migrate-same = --to names the database being copied ({ $file }); give a new database to copy it into
cli-migrate-no-target = cannot open or prepare the target database { $target }
cli-migrate-not-empty = the target database { $target } already holds { $rows } row(s) (in: { $tables }); nothing was copied. Copy into a new, empty database, or add --replace to delete what it holds first
cli-migrate-failed = nothing was copied: { $error }
cli-migrate-done = Copied { $tables } tables, { $rows } row(s) in all, from { $source } to { $target }; the counts match. Set DATABASE_URL to the new database and keep KADAM_PSEUDONYM_KEY as it is.
