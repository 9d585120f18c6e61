### Тексты для сотрудников Kadam (не для женщин, которые пользуются ботом):
### `kadam check`, предпросмотр и команды координаторов. Русский.
### Каждое сообщение есть и в en.ftl, и в ky.ftl, с теми же переменными
### (это проверяет `cargo test staff`). Id и значения в `обратных кавычках`
### написаны так же, как в файлах: их не переводят.

## `kadam check`: насколько серьёзна проблема

check-severity-error = ошибка
check-severity-warning = предупреждение

## `kadam check`: файлы и папки

check-cannot-read-file = не удаётся прочитать этот файл: { $error }
check-cannot-read-folder = не удаётся прочитать эту папку: { $error }
check-no-dialogue-files = в этой папке нет файлов диалогов (*.toml)
check-invalid-toml = это не правильный TOML: { $error }
check-invalid-fluent = это не правильный Fluent: { $error }
check-file-missing = файла нет: во всех языках нужны одни и те же файлы, а `{ $file }` есть в другом языке
check-partial-file-missing = файла нет; { $lang } переведён не полностью, поэтому все его сообщения берутся из запасного языка

## `kadam check`: locales/locales.toml

check-language-twice = язык `{ $lang }` указан дважды
check-language-no-folder = у языка `{ $lang }` нет папки locales/{ $lang }/
check-no-languages = в `languages` должен быть хотя бы один язык, например languages = ["ky", "ru"]
check-fallback-unknown = запасного языка `{ $lang }` нет в `languages`
check-fallback-for-unknown = запасной язык задан для `{ $lang }`, а его нет в `languages`
check-partial-unknown = неполного языка `{ $lang }` нет в `languages`
check-partial-needs-fallback = неполному языку `{ $lang }` нужен запасной, например { $lang } = ["ru"] в разделе [fallback]
check-generated-unknown = `{ $lang } = "{ $from }"`: оба языка должны быть в `languages`
check-generated-only-uz = `{ $lang }` нельзя получить из `{ $from }`: транслитерировать можно только узбекский на латинице ("uz"), в кириллицу

## `kadam check`: узлы

check-id-too-long = id узла `{ $id }` длиной { $length } символов; в кнопку Telegram помещается не больше { $limit }: сократите его
check-id-not-kebab = id узла `{ $id }` должен быть коротким, в kebab-case: строчные латинские буквы, цифры и одиночные дефисы, например `birth-certificate`
check-node-twice = id узла `{ $id }` используется дважды; второй — в { $other }:{ $line }
check-required-node = должен быть узел с id `{ $id }`
check-sensitive-needs-safety-check = узел `{ $id }` помечен как чувствительный, поэтому перед ним нужен узел вида `safety-check`
check-one-feedback = узел вида `feedback` может быть только один
check-unknown-target = нет узла с id `{ $id }`
check-unknown-target-lost = нет узла с id `{ $id }` (или он в файле с синтаксической ошибкой, о ней тоже сказано здесь)
check-unknown-kind = неизвестный вид узла `{ $kind }`; используйте один из: { $known }
check-field-not-used = узел вида `{ $kind }` не использует `{ $field }`; удалите это поле или измените вид
check-link-not-web = `{ $url }` — не веб-ссылка: ссылки должны начинаться с https://, http:// или tg://
check-media-one = у узла может быть только что-то одно: photo, voice или document
check-media-plain-name = медиафайл `{ $file }` должен быть просто именем файла в dialogues/media/
check-media-refused = медиафайл `{ $file }` нельзя отправить: { $error }
check-media-missing = медиафайла `{ $file }` нет: положите его в dialogues/media/ (или в dialogues/media/<lang>/ для каждого из: { $langs })
check-unreachable = до узла `{ $id }` нельзя дойти из главного меню (только по прямой ссылке)
check-menu-dead-end = это меню — тупик: добавьте `buttons = [...]` или `links`
check-guide-no-steps = в этой инструкции нет шагов: добавьте `steps = ["first", "second"]`
check-step-name = имя шага `{ $name }` должно быть в kebab-case, например `documents`
check-step-twice = шаг `{ $name }` встречается в этой инструкции дважды
check-safety-check-next = проверке безопасности нужен `next = "..."`: куда ведёт ответ «да, безопасно»
check-self-check-no-questions = в этой самопроверке нет вопросов: добавьте `questions = ["first", "second"]`
check-question-name = вопрос `{ $name }` должен быть в kebab-case и встречаться один раз
check-alert-at-range = `alert-at` должен быть от 1 до числа вопросов ({ $count })
check-alert-at-missing = самопроверке нужен `alert-at = N`: со скольких ответов «да» показывается срочный результат
check-consent-version-low = `consent-version` должен быть 1 или больше
check-consent-version-missing = узлу отзывов нужен `consent-version = 1`: версия текста согласия, она сохраняется с каждым ответом
check-contacts-no-regions = узлу `contacts` нужны регионы: добавьте таблицы [[region]] (см. dialogues/contacts.toml)

## `kadam check`: тексты (locales/)

check-message-twice = сообщение `{ $id }` задано дважды; второе — в { $other }:{ $line }
check-the-text = текста `{ $id } = …`
check-the-attribute = атрибута `.{ $attr } = …` у сообщения `{ $id }`
check-text-missing = нет { $what }: добавьте его в файл .ftl в { $folders }
check-vars = { $vars }
check-vars-none = никаких
check-variable-not-given = `{ $name }` на { $lang } использует `${ $var }`, но бот не передаёт этому тексту такого значения (передаёт: { $can })
check-ui-text-missing-what = собственного текста бота `{ $id }` нет на { $lang }
check-ui-text-missing = собственного текста бота `{ $id }` нет на { $lang }: добавьте `{ $id } = …` в файл .ftl здесь
check-ui-variable = `{ $id }` использует переменную `${ $var }`, которую бот не передаёт; можно использовать: { $can }
check-message-missing-what = сообщения `{ $id }` нет на { $lang }
check-message-missing = сообщения `{ $id }` нет на { $lang }: оно нужно в каждом языке (добавьте его в файл с тем же именем в locales/{ $lang }/)
check-part-attribute = атрибута `.{ $attr }`
check-part-value = значения (текста после `=`)
check-message-lacks = в сообщении `{ $id }` на { $lang } нет { $part }, который есть на { $first }
check-variables-differ = `{ $name }` использует переменные { $vars } на { $lang }, но { $first_vars } на { $first }; они должны совпадать
check-message-unused = сообщение `{ $id }` на { $lang } не использует ни один узел; удалите его или исправьте id
check-partial-falls-back = { $what }; { $lang } переведён не полностью, поэтому берётся из { $fallback }
check-partial-no-fallback = { $what }, и ни в одном запасном языке для { $lang } его тоже нет
check-override-unknown = `{ $id }` заменяет сообщение, которого нет в файлах на узбекской латинице; удалите его или исправьте id
check-uz-cyrillic = «{ $word }» — кириллица в тексте на узбекской латинице: напишите латиницей (кириллическая версия создаётся сама) или, если это название, добавьте его в `cyrillic_allowed` в locales/locales.toml

## `kadam check`: готовые экраны

check-page-node = `{ $id }`
check-page-step = шаг { $step } узла `{ $id }`
check-page-region = регион `{ $region }` узла `{ $id }`
check-screen-too-long = на экране { $screen } на { $lang } { $chars } символов; Telegram допускает 4096: разбейте его на шаги
check-screen-long = на экране { $screen } на { $lang } { $chars } символов; старайтесь уложиться в { $aim }, чтобы он помещался на экран телефона
check-button-empty = у кнопки на { $screen } на { $lang } пустая надпись
check-card-unknown = карточка звонка на { $screen } на { $lang } ведёт к `{ $id }`, а такого номера нет в справочнике (`dialogues/contacts.toml`) или он ещё не проверен звонком; добавьте его туда с источником
check-id-too-long-for-button = id узла `{ $id }` слишком длинный для кнопки Telegram ({ $bytes } из 64 байт); сократите его
check-help-line-unguarded = `{ $id }` показывает телефон доверия, но на нём нет кнопки быстрого выхода: отметьте `sensitive = true` или `quick-exit = true`, чтобы обойтись без проверки безопасности

## `kadam check`: справочник помощи ([[contact]], [[region]])

check-contact-id = id контакта `{ $id }` должен быть в kebab-case, например `police`
check-contact-twice = контакт `{ $id }` указан дважды
check-contact-empty = контакту `{ $id }` нужен `phone`, `address` или `url`
check-contact-url = `{ $url }` — не веб-ссылка (https:// или http://)
check-contact-source-url = источник `{ $id }` должен быть адресом (URL) страницы, откуда он взят
check-contact-no-source = у контакта `{ $id }` нет `source`: добавьте веб-страницу, откуда взят номер или адрес
check-contact-no-regions = в `regions` должен быть хотя бы один регион или ["all"]
check-contact-unknown-region = нет региона `{ $id }`; добавьте [[region]] или используйте "all"
check-region-unknown = неизвестный регион `{ $id }`; используйте один из: { $known }
check-region-twice = регион `{ $id }` указан дважды
check-region-position = у региона `{ $id }` невозможные координаты (lat -90..90, lon -180..180)
check-contact-no-verified = у контакта `{ $id }` нет `verified_on = YYYY-MM-DD`: когда его проверяли последний раз?
check-verified-not-date = verified_on должен быть датой, например 2026-11-27
check-contact-stale = контакт `{ $id }` проверяли { $days } дней назад; проверьте его снова и обновите verified_on
check-called-quoted = verified_by_phone у `{ $id }` в кавычках: напишите дату без них, verified_by_phone = { $date }
check-called-not-date = verified_by_phone у `{ $id }` должен быть днём звонка, например verified_by_phone = 2026-12-01
check-called-future = verified_by_phone у `{ $id }` — { $date }, это в будущем: напишите день, когда звонили

## `kadam check`: источники фактов (dialogues/SOURCES.md)

check-source-old = источник { $url } датирован { $date }, больше { $years } лет назад: найдите более новый или проверьте факт по телефону, затем напишите здесь новую дату
check-contact-source-unlisted = источника `{ $id }` нет в { $file }: добавьте его в таблицу справочника там, чтобы они не расходились
check-phone-waits = `{ $phone }` ждёт проверки по телефону (контакт `{ $id }`): показывайте его, только когда задан `verified_by_phone`
check-phone-unknown = номера `{ $phone }` нет ни в справочнике помощи, ни в { $file }: добавьте его источник или удалите его
check-address-unknown = адреса `{ $address }` нет ни в справочнике помощи, ни в { $file }: добавьте его источник или удалите его

## `kadam check`: вебинары ([[webinar]])

check-webinar-twice = id вебинара `{ $id }` используется дважды; второй — в { $other }:{ $line }
check-webinar-draft = вебинар `{ $id }` — черновик: в боте его никто не увидит, пока вы не удалите строку `draft = true`
check-webinar-id = id вебинара `{ $id }` должен быть в kebab-case (латинские буквы, цифры, одиночные дефисы) и не длиннее { $limit } символов, например `portal-2026-12`
check-webinar-duration = длительность указывается в минутах, от 1 до { $longest }; `{ $minutes }` не подходит
check-webinar-topic = неизвестная тема `{ $topic }`: напишите `services` или `violence` (вебинары о насилии чувствительные: за проверкой безопасности и никогда не называются в напоминании)
check-webinar-no-languages = перечислите языки, на которых он проходит, например `languages = ["ky", "ru"]`
check-webinar-language = `{ $lang }` — не один из языков бота ({ $known })
check-webinar-join-link = `join` должен быть веб-ссылкой, начинающейся с https://, или `in-bot` для трансляции в этом боте; `{ $url }` не подходит
check-webinar-link = `{ $field }` должен быть веб-ссылкой, начинающейся с https://; `{ $url }` не подходит
check-webinar-start-how = напишите начало как дату и время, например `start = 2026-12-15T15:00:00` (время Бишкека) или `start = 2026-12-15T15:00:00+06:00`
check-webinar-start-not-datetime = `{ $value }` — это не дата и время: { $how }
check-webinar-start-not-date = `{ $value }` — такой даты нет: { $how }
check-webinar-start-not-time = `{ $value }` — такого времени нет: { $how }

## `kadam check`: итоговые строки

check-content-ok = содержимое в порядке: узлов { $nodes }, языки { $langs }; предупреждений: { $warnings }; проверено за { $ms } мс
check-content-failed = в содержимом ошибок: { $errors }, предупреждений: { $warnings }; исправьте ошибки выше
coverage = переводы { $lang }: переведено { $translated }, из запасного языка { $fallback }, не проверено носителем { $unreviewed } (из { $messages } сообщений)
coverage-partial = переводы { $lang }: переведено { $translated }, из запасного языка { $fallback }, не проверено носителем { $unreviewed } (из { $messages } сообщений; неполный, берётся из { $fallbacks })
coverage-generated = переводы { $lang }: созданы из { $from }, замен: { $overrides }; не проверено носителем { $unreviewed }, как в { $from } (из { $messages } сообщений)
coverage-not-shown = охват переводов не показан: { $error }

## `kadam check --verify-list`

check-verify-list = Проверить до запуска ({ $count } пунктов): позвоните, исправьте текст или запись, затем отметьте дату.
verify-call = { $file }:{ $line }: позвоните `{ $id }` по номеру { $phone } (единственный источник: { $source }); не показывается, пока не задан verified_by_phone = YYYY-MM-DD
verify-source-item = { $file }:{ $line }: { $item }
verify-as-is = { $text }
verify-no-source = источника нет
verify-no-number = (номера пока нет)

## `kadam preview`: страница вокруг чата. `{ $… }` страница подставляет
## сама; текст в `обратных кавычках` показывается как код.

preview-title = Kadam: предпросмотр
preview-hint = Бот как на телефоне, по файлам из `{ $root }` — сохраните файл, и страница обновится.
preview-loading = загрузка…
preview-staff-lang = Язык этой страницы (чат показывает языки бота)
preview-banner-head = В последнем сохранении есть ошибки.
preview-banner-body = Пока их не исправят, чат работает на последней правильной версии:
preview-bot = бот
preview-new-chat = Новый чат
preview-new-chat-title = Начать разговор заново (как удалить чат в Telegram)
preview-attach-title = Отправить местоположение
preview-region = Регион
preview-send-region = Отправить местоположение этого региона
preview-or-coords = или введите координаты
preview-latitude = Широта
preview-longitude = Долгота
preview-send-location = Отправить местоположение
preview-send-photo = Отправить вместо этого фото (что угодно, кроме текста)
preview-start = СТАРТ
preview-commands = Команды
preview-message = Сообщение
preview-send = Отправить
preview-deep-link = Прямая ссылка:
preview-deep-placeholder = id экрана, например violence
preview-open = Открыть
preview-tab-langs = Все языки
preview-tab-map = Карта диалогов
preview-tab-review = Нужна проверка
preview-tab-help = Как пользоваться
preview-status-fallback = из другого языка
preview-status-unreviewed = не проверено
preview-status-missing = нет текста
preview-legend-fallback = показано из другого языка, ещё не переведено
preview-legend-unreviewed = ещё не проверено носителем языка
preview-map-legend = Все экраны и куда ведут их кнопки. Нажмите на экран, чтобы открыть его в чате.
preview-key-menu = меню
preview-key-steps = инструкция
preview-key-info = информация
preview-key-safety = проверка безопасности
preview-key-special = особый
preview-key-sensitive = о насилии
preview-review-legend = Экраны с текстами, которые ещё не переведены или не проверены носителем языка. Чтобы отметить текст проверенным, добавьте над ним в его файле `.ftl` строку `# reviewed: дата имя`.
preview-review-none = Все экраны переведены и проверены.
preview-all-clean = ✓ все тексты здесь переведены и проверены
preview-generated-from = создано из { $from }; не проверено, как и { $from }
preview-help-edit = Откройте в любом текстовом редакторе файл в `dialogues/` (экраны и кнопки) или в `locales/ky`, `ru`, `uz` (тексты).
preview-help-save = Измените что-нибудь и сохраните. Через секунду чат покажет новую версию.
preview-help-mistake = Если в правке ошибка, красная рамка вверху покажет её как `файл:строка:столбец`: откройте этот файл на этой строке. Пока ошибку не исправят, чат показывает последнюю правильную версию.
preview-help-langs = «Все языки» показывает текущий экран на всех языках рядом. Оранжевый: ещё не переведено (показан другой язык). Жёлтый: ещё не проверено. Узбекский на кириллице создаётся из узбекского на латинице, поэтому проверен ровно настолько же.
preview-help-map = «Карта диалогов» показывает все экраны; нажмите на экран, чтобы открыть его. «Нужна проверка» — список экранов с текстами, которые надо проверить.
preview-help-nothing = Ничего из того, что вы делаете здесь, не отправляется в Telegram и не сохраняется. Если закрыть вкладку, разговор забудется.
preview-help-language = Эта страница говорит по-русски, по-кыргызски или по-английски (список вверху, этот браузер его запоминает); чат показывает языки самого бота.
preview-error-no-content = В содержимом ошибки, а более ранней версии нет: исправьте ошибки, перечисленные выше.
preview-quick-exit = Быстрый выход: в Telegram бот удаляет все сообщения чата, какие может, и оставляет только это безобидное.
preview-forget = /forget: в Telegram сейчас удаляется всё, что о ней сохранено.
preview-feedback = С её согласия Telegram сейчас сохранил бы этот ответ. Предпросмотр ничего не сохраняет.
preview-practice = Практика: в Telegram здесь что-то произошло бы (вопрос ушёл бы специалистам, встало бы напоминание, пришёл бы файл). Предпросмотр только показывает экран, ничего не отправляет и не сохраняет.
preview-consult-answer = (Здесь в Telegram появится ответ специалиста, скопированный из группы сотрудников.)
preview-opened = открыт «{ $node }» (переход для сотрудников)
preview-loaded = ✓ содержимое загружено в { $time }
preview-loaded-warnings = ✓ содержимое загружено в { $time } (предупреждений: { $warnings }; запустите kadam check)
preview-broken = ✗ ошибок: { $count } — работает последняя правильная версия
preview-bad-coords = Введите широту от -90 до 90 и долготу от -180 до 180, например 42.87 и 74.59.
preview-location = 📍 Местоположение { $lat }, { $lon }
preview-photo = 🖼 Фото

## Команды координаторов: export, stats, announce, report, translations.
## Форматов файлов и заголовков столбцов здесь нет: они одинаковы на всех
## языках.

cli-content-errors = в содержимом в { $root } есть ошибки; полный список покажет `kadam check`
cli-export-no-topic = --topic: в { $root } нет экрана `{ $topic }`; укажите id инструкции (например portal-login) или `feedback` для ответов, данных через /feedback
cli-wrote-records = записей: { $count }, записано в { $file }
cli-wrote-rows = строк: { $count }, записано в { $file }
cli-since-after-until = --since { $since } позже, чем --until { $until }
cli-stats-screens = Показы экранов с { $since } по { $until }: целые недели, с понедельника по воскресенье (числа меньше 5 — как <5):
cli-stats-step = шаг { $step }
cli-stats-feedback = Отзывы с { $since } по { $until }: записей { $count }
cli-stats-by = по { $part }:
cli-stats-webinars = Вебинары, за всё время (оценки: тема отзыва `webinar-<id>`; вебинары о насилии — только как `webinars`):
cli-stats-consultations = Консультации, с { $since } по { $until } ({ $columns }):
cli-announce-unknown = нет вебинара с id `{ $id }`; есть такие id: { $ids }
cli-announce-webinar = Объявление о вебинаре `{ $id }`.
cli-announce-text = Ваш текст уйдёт всем так, как написан.
cli-announce-recipients = Получателей: { $total } ({ $list })
cli-announce-dry-run = Пробный запуск: ничего не отправлено. Чтобы отправить, добавьте --yes.
cli-announce-queued = Объявление №{ $id } поставлено в очередь для { $count } человек; его отправит работающий бот. Как всё прошло, покажет `kadam stats`.
cli-report-wrote = отчёт с { $from } по { $to }, { $period } (недель: { $weeks }, воронок инструкций: { $guides }) записан в { $file }
cli-period-months = целые календарные месяцы
cli-period-weeks = целые недели, с понедельника по воскресенье
translations-wrote = строк: { $count }, записано в { $file }
translations-nothing-written = ничего не записано: исправьте строки выше ({ $count }) и импортируйте снова
translations-changed = строка { $row }: { $lang } `{ $name }` изменён
translations-summary = изменено текстов: { $texts }, в файлах: { $files }; запустите `kadam check`, чтобы увидеть результат
cli-no-database = базы данных { $file } нет; укажите в DATABASE_URL ту, которой пользуется `kadam run`
cli-no-key = KADAM_PSEUDONYM_KEY (или KADAM_PSEUDONYM_KEY_FILE) не задан; запускайте `kadam export` в папке бота, где лежит его .env, или задайте его так же, как для `kadam run`
cli-migrate-source-not-sqlite = DATABASE_URL должен указывать базу SQLite, которую нужно скопировать (sqlite://…), а в нём { $url }
cli-migrate-same = --to указывает на ту же базу, которую копируем ({ $file }); укажите новую базу, куда копировать
cli-migrate-no-target = не удаётся открыть или подготовить базу { $target }
cli-migrate-not-empty = в базе { $target } уже есть записи: { $rows } (в таблицах: { $tables }); ничего не скопировано. Копируйте в новую пустую базу или добавьте --replace, чтобы сначала удалить то, что в ней есть
cli-migrate-failed = ничего не скопировано: { $error }
cli-migrate-done = Скопировано таблиц: { $tables }, записей всего: { $rows }, из { $source } в { $target }; количество записей совпадает. Укажите новую базу в DATABASE_URL, а KADAM_PSEUDONYM_KEY оставьте прежним.
