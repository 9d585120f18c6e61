### Kadam кызматкерлери үчүн тексттер: `kadam check`, алдын ала көрүү жана координаторлордун буйруктары. Кыргызча.
### Draft: NOT yet reviewed by a native speaker. A message missing here is shown in Russian.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).
### Ар бир билдирүү en.ftl жана ru.ftl файлдарында да ошол эле өзгөрмөлөр менен бар.

## `kadam check`: көйгөй канчалык олуттуу

check-severity-error = ката
check-severity-warning = эскертүү

## `kadam check`: файлдар жана папкалар

check-cannot-read-file = бул файлды окуу мүмкүн эмес: { $error }
check-cannot-read-folder = бул папканы окуу мүмкүн эмес: { $error }
check-no-dialogue-files = бул папкада диалог файлдары (*.toml) жок
check-invalid-toml = бул туура TOML эмес: { $error }
check-invalid-fluent = бул туура Fluent эмес: { $error }
check-file-missing = файл жок: бардык тилдерде бирдей файлдар керек, ал эми `{ $file }` башка тилде бар
check-partial-file-missing = файл жок; { $lang } толук которула элек, ошондуктан анын бардык билдирүүлөрү запастагы тилден алынат

## `kadam check`: locales/locales.toml

check-language-twice = `{ $lang }` тили эки жолу жазылган
check-language-no-folder = `{ $lang }` тилинин locales/{ $lang }/ папкасы жок
check-no-languages = `languages` ичинде жок дегенде бир тил болушу керек, мисалы languages = ["ky", "ru"]
check-fallback-unknown = `{ $lang }` запас тили `languages` ичинде жок
check-fallback-for-unknown = запас тил `{ $lang }` үчүн берилген, бирок ал `languages` ичинде жок
check-partial-unknown = толук эмес `{ $lang }` тили `languages` ичинде жок
check-partial-needs-fallback = толук эмес `{ $lang }` тилине запас тил керек, мисалы [fallback] бөлүмүндө { $lang } = ["ru"]
check-generated-unknown = `{ $lang } = "{ $from }"`: эки тил тең `languages` ичинде болушу керек
check-generated-only-uz = `{ $lang }` тилин `{ $from }` тилинен жасоого болбойт: латын тамгасындагы өзбек тилин ("uz") гана кириллицага которууга болот

## `kadam check`: түйүндөр

check-id-too-long = `{ $id }` түйүнүнүн id'си { $length } белгиден турат; Telegram баскычына { $limit } белгиден ашпашы керек: кыскартыңыз
check-id-not-kebab = `{ $id }` түйүнүнүн id'си кыска kebab-case болушу керек: кичине латын тамгалары, сандар жана жалгыз дефистер, мисалы `birth-certificate`
check-node-twice = `{ $id }` түйүн id'си эки жолу колдонулган; экинчиси { $other }:{ $line } жеринде
check-required-node = `{ $id }` id'си менен түйүн болушу керек
check-sensitive-needs-safety-check = `{ $id }` түйүнү сезимтал деп белгиленген, ошондуктан анын алдында `safety-check` түрүндөгү түйүн керек
check-one-feedback = `feedback` түрүндөгү түйүн бир гана болушу мүмкүн
check-unknown-target = `{ $id }` id'си менен түйүн жок
check-unknown-target-lost = `{ $id }` id'си менен түйүн жок (же ал синтаксис катасы бар файлда, ал ката да ушул жерде айтылган)
check-unknown-kind = түйүндүн белгисиз түрү `{ $kind }`; булардын бирин колдонуңуз: { $known }
check-field-not-used = `{ $kind }` түрүндөгү түйүн `{ $field }` талаасын колдонбойт; аны өчүрүңүз же түрүн өзгөртүңүз
check-link-not-web = `{ $url }` веб-шилтеме эмес: шилтемелер https://, http:// же tg:// менен башталышы керек
check-media-one = түйүндө photo, voice же document'тин бирөө гана болушу мүмкүн
check-media-plain-name = `{ $file }` медиа файлы dialogues/media/ ичиндеги жөнөкөй файл аты болушу керек
check-media-refused = `{ $file }` медиа файлын жөнөтүүгө болбойт: { $error }
check-media-missing = `{ $file }` медиа файлы жок: аны dialogues/media/ ичине салыңыз (же ар бири үчүн dialogues/media/<lang>/ ичине: { $langs })
check-unreachable = `{ $id }` түйүнүнө башкы менюдан жетүүгө болбойт (түз шилтеме аркылуу гана)
check-menu-dead-end = бул меню туюк: ага `buttons = [...]` же `links` кошуңуз
check-guide-no-steps = бул нускамада кадамдар жок: `steps = ["first", "second"]` кошуңуз
check-step-name = `{ $name }` кадамынын аты kebab-case болушу керек, мисалы `documents`
check-step-twice = `{ $name }` кадамы бул нускамада эки жолу кездешет
check-safety-check-next = коопсуздук текшерүүсүнө `next = "..."` керек: «ооба, коопсуз» жообу кайда алып барат
check-self-check-no-questions = бул өзүн-өзү текшерүүдө суроолор жок: `questions = ["first", "second"]` кошуңуз
check-question-name = `{ $name }` суроосу kebab-case болуп, бир гана жолу кездешиши керек
check-alert-at-range = `alert-at` 1ден суроолордун санына ({ $count }) чейин болушу керек
check-alert-at-missing = өзүн-өзү текшерүүгө `alert-at = N` керек: канча «ооба» жообунан кийин шашылыш жыйынтык көрсөтүлөт
check-consent-version-low = `consent-version` 1 же андан көп болушу керек
check-consent-version-missing = пикир түйүнүнө `consent-version = 1` керек: макулдук текстинин версиясы, ал ар бир жооп менен сакталат
check-contacts-no-regions = `contacts` түйүнүнө аймактар керек: [[region]] таблицаларын кошуңуз (dialogues/contacts.toml караңыз)

## `kadam check`: тексттер (locales/)

check-message-twice = `{ $id }` билдирүүсү эки жолу жазылган; экинчиси { $other }:{ $line } жеринде
check-the-text = `{ $id } = …` тексти
check-the-attribute = `{ $id }` билдирүүсүнүн `.{ $attr } = …` атрибуту
check-text-missing = { $what } жок: аны { $folders } ичиндеги .ftl файлына кошуңуз
check-vars = { $vars }
check-vars-none = эч бири
check-variable-not-given = { $lang } тилиндеги `{ $name }` `${ $var }` колдонот, бирок бот бул текстке мындай маани бербейт (берет: { $can })
check-ui-text-missing-what = боттун өз тексти `{ $id }` { $lang } тилинде жок
check-ui-text-missing = боттун өз тексти `{ $id }` { $lang } тилинде жок: `{ $id } = …` дегенди ушул жердеги .ftl файлына кошуңуз
check-ui-variable = `{ $id }` бот бербеген `${ $var }` өзгөрмөсүн колдонот; колдонууга болот: { $can }
check-message-missing-what = `{ $id }` билдирүүсү { $lang } тилинде жок
check-message-missing = `{ $id }` билдирүүсү { $lang } тилинде жок: ал ар бир тилде керек (аны locales/{ $lang }/ ичиндеги ушундай эле аттагы файлга кошуңуз)
check-part-attribute = `.{ $attr }` атрибуту
check-part-value = маани (`=` белгисинен кийинки текст)
check-message-lacks = { $lang } тилиндеги `{ $id }` билдирүүсүндө { $part } жок, ал эми { $first } тилинде бар
check-variables-differ = `{ $name }` { $lang } тилинде { $vars } өзгөрмөлөрүн, { $first } тилинде { $first_vars } колдонот; алар бирдей болушу керек
check-message-unused = { $lang } тилиндеги `{ $id }` билдирүүсүн бир да түйүн колдонбойт; аны өчүрүңүз же id'син оңдоңуз
check-partial-falls-back = { $what }; { $lang } толук которула элек, ошондуктан { $fallback } тилинен алынат
check-partial-no-fallback = { $what }, жана { $lang } үчүн запас тилдердин биринде да жок
check-override-unknown = `{ $id }` латын тамгасындагы өзбек файлдарында жок билдирүүнү алмаштырат; аны өчүрүңүз же id'син оңдоңуз
check-uz-cyrillic = «{ $word }» латын тамгасындагы өзбек текстинде кириллица: латынча жазыңыз (кирилл версиясы өзү жасалат) же, эгер бул аталыш болсо, аны locales/locales.toml ичиндеги `cyrillic_allowed` тизмесине кошуңуз

## `kadam check`: даяр экрандар

check-page-node = `{ $id }`
check-page-step = `{ $id }` түйүнүнүн { $step }-кадамы
check-page-region = `{ $id }` түйүнүнүн `{ $region }` аймагы
check-screen-too-long = { $lang } тилиндеги { $screen } экранында { $chars } белги бар; Telegram 4096 белгиге чейин уруксат берет: аны кадамдарга бөлүңүз
check-screen-long = { $lang } тилиндеги { $screen } экранында { $chars } белги бар; телефондун экранына батышы үчүн { $aim } белгиден аз кылыңыз
check-button-empty = { $lang } тилиндеги { $screen } экранындагы баскычтын жазуусу бош
check-card-unknown = { $lang } тилиндеги { $screen } экранындагы чалуу карточкасы `{ $id }` номерин көрсөтөт, бирок ал маалымдамада (`dialogues/contacts.toml`) жок же чалуу менен текшериле элек; аны булагы менен ошол жерге кошуңуз
check-id-too-long-for-button = `{ $id }` түйүнүнүн id'си Telegram баскычы үчүн өтө узун ({ $bytes } / 64 байт); кыскартыңыз
check-help-line-unguarded = `{ $id }` ишеним телефонун көрсөтөт, бирок анда тез чыгуу баскычы жок: `sensitive = true` же коопсуздук текшерүүсүз калтыруу үчүн `quick-exit = true` деп белгилеңиз

## `kadam check`: жардам маалымдамасы ([[contact]], [[region]])

check-contact-id = `{ $id }` байланыш id'си kebab-case болушу керек, мисалы `police`
check-contact-twice = `{ $id }` байланышы эки жолу жазылган
check-contact-empty = `{ $id }` байланышына `phone`, `address` же `url` керек
check-contact-url = `{ $url }` веб-шилтеме эмес (https:// же http://)
check-contact-source-url = `{ $id }` булагы ал алынган беттин дареги (URL) болушу керек
check-contact-no-source = `{ $id }` байланышында `source` жок: номер же дарек алынган веб-баракты кошуңуз
check-contact-no-regions = `regions` ичинде жок дегенде бир аймак же ["all"] болушу керек
check-contact-unknown-region = `{ $id }` аймагы жок; [[region]] кошуңуз же "all" колдонуңуз
check-region-unknown = белгисиз аймак `{ $id }`; булардын бирин колдонуңуз: { $known }
check-region-twice = `{ $id }` аймагы эки жолу жазылган
check-region-position = `{ $id }` аймагынын координаттары мүмкүн эмес (lat -90..90, lon -180..180)
check-contact-no-verified = `{ $id }` байланышында `verified_on = YYYY-MM-DD` жок: акыркы жолу качан текшерилген?
check-verified-not-date = verified_on дата болушу керек, мисалы 2026-11-27
check-contact-stale = `{ $id }` байланышы { $days } күн мурун текшерилген; аны кайра текшерип, verified_on жаңыртыңыз
check-called-quoted = `{ $id }` үчүн verified_by_phone тырмакчада: датаны тырмакчасыз жазыңыз, verified_by_phone = { $date }
check-called-not-date = `{ $id }` үчүн verified_by_phone чалган күн болушу керек, мисалы verified_by_phone = 2026-12-01
check-called-future = `{ $id }` үчүн verified_by_phone { $date }, бул келечекте: чалган күндү жазыңыз

## `kadam check`: фактылардын булактары (dialogues/SOURCES.md)

check-source-old = { $url } булагы { $date } датасы менен, { $years } жылдан көп мурун: жаңысын табыңыз же фактыны телефон аркылуу текшериңиз, анан бул жерге жаңы датаны жазыңыз
check-contact-source-unlisted = `{ $id }` булагы { $file } ичинде жок: аны ошол жердеги маалымдама таблицасына кошуңуз, алар ажырашпашы үчүн
check-phone-waits = `{ $phone }` телефон аркылуу текшерүүнү күтүүдө (`{ $id }` байланышы): аны `verified_by_phone` коюлгандан кийин гана көрсөтүңүз
check-phone-unknown = `{ $phone }` номери жардам маалымдамасында да, { $file } ичинде да жок: анын булагын кошуңуз же өчүрүңүз
check-address-unknown = `{ $address }` дареги жардам маалымдамасында да, { $file } ичинде да жок: анын булагын кошуңуз же өчүрүңүз

## `kadam check`: вебинарлар ([[webinar]])

check-webinar-twice = `{ $id }` вебинар id'си эки жолу колдонулган; экинчиси { $other }:{ $line } жеринде
check-webinar-draft = `{ $id }` вебинары — долбоор: `draft = true` сабын өчүрмөйүнчө аны ботто эч ким көрбөйт
check-webinar-id = `{ $id }` вебинар id'си kebab-case (латын тамгалары, сандар, жалгыз дефистер) жана { $limit } белгиден ашпашы керек, мисалы `portal-2026-12`
check-webinar-duration = узактыгы мүнөт менен, 1ден { $longest } чейин; `{ $minutes }` туура эмес
check-webinar-topic = белгисиз тема `{ $topic }`: `services` же `violence` деп жазыңыз (зомбулук тууралуу вебинарлар сезимтал: коопсуздук текшерүүсүнүн артында, эскертмеде эч качан аталбайт)
check-webinar-no-languages = ал өткөн тилдерди жазыңыз, мисалы `languages = ["ky", "ru"]`
check-webinar-language = `{ $lang }` боттун тилдеринин бири эмес ({ $known })
check-webinar-join-link = `join` https:// менен башталган веб-шилтеме же ушул боттогу түз эфир үчүн `in-bot` болушу керек; `{ $url }` туура эмес
check-webinar-link = `{ $field }` https:// менен башталган веб-шилтеме болушу керек; `{ $url }` туура эмес
check-webinar-start-how = башталышын дата жана убакыт катары жазыңыз, мисалы `start = 2026-12-15T15:00:00` (Бишкек убактысы) же `start = 2026-12-15T15:00:00+06:00`
check-webinar-start-not-datetime = `{ $value }` дата жана убакыт эмес: { $how }
check-webinar-start-not-date = `{ $value }` — мындай дата жок: { $how }
check-webinar-start-not-time = `{ $value }` — мындай убакыт жок: { $how }

## `kadam check`: жыйынтык саптар

check-content-ok = мазмун туура: { $nodes } түйүн, тилдер { $langs }; эскертүүлөр: { $warnings }; { $ms } мс ичинде текшерилди
check-content-failed = мазмунда { $errors } ката жана { $warnings } эскертүү бар; жогорудагы каталарды оңдоңуз
coverage = котормолор { $lang }: которулган { $translated }, запас тилден { $fallback }, эне тилинде сүйлөгөн адам текшере элек { $unreviewed } ({ $messages } билдирүүдөн)
coverage-partial = котормолор { $lang }: которулган { $translated }, запас тилден { $fallback }, эне тилинде сүйлөгөн адам текшере элек { $unreviewed } ({ $messages } билдирүүдөн; толук эмес, { $fallbacks } тилинен алынат)
coverage-generated = котормолор { $lang }: { $from } тилинен жасалган, алмаштыруулар: { $overrides }; { $from } тилиндегидей { $unreviewed } текшериле элек ({ $messages } билдирүүдөн)
coverage-not-shown = котормолордун камтылышы көрсөтүлгөн жок: { $error }

## `kadam check --verify-list`

check-verify-list = Ишке киргизүүдөн мурун текшерүү ({ $count } пункт): чалыңыз, текстти же жазууну оңдоңуз, анан датаны белгилеңиз.
verify-call = { $file }:{ $line }: `{ $id }` байланышына { $phone } номерине чалыңыз (жалгыз булак: { $source }); verified_by_phone = YYYY-MM-DD коюлмайынча көрсөтүлбөйт
verify-source-item = { $file }:{ $line }: { $item }
verify-as-is = { $text }
verify-no-source = булак жок
verify-no-number = (номер азырынча жок)

## `kadam preview`: чаттын айланасындагы барак. `{ $… }` баракча өзү коёт;
## `тескери тырмакчадагы` текст код катары көрсөтүлөт.

preview-title = Kadam: алдын ала көрүү
preview-hint = Бот телефондогудай, `{ $root }` ичиндеги файлдар боюнча — файлды сактаңыз, барак жаңырат.
preview-loading = жүктөлүүдө…
preview-staff-lang = Бул барактын тили (чат боттун тилдерин көрсөтөт)
preview-banner-head = Акыркы сактоодо каталар бар.
preview-banner-body = Алар оңдолмоюнча чат акыркы туура версия менен иштейт:
preview-bot = бот
preview-new-chat = Жаңы чат
preview-new-chat-title = Сүйлөшүүнү кайра баштоо (Telegram'да чатты өчүргөндөй)
preview-attach-title = Жайгашкан жерди жөнөтүү
preview-region = Аймак
preview-send-region = Бул аймактын жайгашкан жерин жөнөтүү
preview-or-coords = же координаттарды жазыңыз
preview-latitude = Кеңдик
preview-longitude = Узундук
preview-send-location = Жайгашкан жерди жөнөтүү
preview-send-photo = Анын ордуна сүрөт жөнөтүү (тексттен башка нерсе)
preview-start = БАШТОО
preview-commands = Буйруктар
preview-message = Билдирүү
preview-send = Жөнөтүү
preview-deep-link = Түз шилтеме:
preview-deep-placeholder = экрандын id'си, мисалы violence
preview-open = Ачуу
preview-tab-langs = Бардык тилдер
preview-tab-map = Диалогдордун картасы
preview-tab-review = Текшерүү керек
preview-tab-help = Кантип колдонуу керек
preview-status-fallback = башка тилден
preview-status-unreviewed = текшериле элек
preview-status-missing = текст жок
preview-legend-fallback = башка тилден көрсөтүлдү, азырынча которула элек
preview-legend-unreviewed = эне тилинде сүйлөгөн адам азырынча текшере элек
preview-map-legend = Бардык экрандар жана алардын баскычтары кайда алып барат. Экранды чатта ачуу үчүн аны басыңыз.
preview-key-menu = меню
preview-key-steps = нускама
preview-key-info = маалымат
preview-key-safety = коопсуздук текшерүүсү
preview-key-special = өзгөчө
preview-key-sensitive = зомбулук тууралуу
preview-review-legend = Азырынча которула элек же эне тилинде сүйлөгөн адам текшере элек тексттери бар экрандар. Текстти текшерилди деп белгилөө үчүн, анын `.ftl` файлында анын үстүнө `# reviewed: дата аты` сабын кошуңуз.
preview-review-none = Бардык экрандар которулган жана текшерилген.
preview-all-clean = ✓ бул жердеги бардык тексттер которулган жана текшерилген
preview-generated-from = { $from } тилинен түзүлгөн; { $from } сыяктуу текшериле элек
preview-help-edit = `dialogues/` (экрандар жана баскычтар) же `locales/ky`, `ru`, `uz` (тексттер) ичиндеги файлды каалаган текст редакторунда ачыңыз.
preview-help-save = Бир нерсени өзгөртүп, сактаңыз. Бир секунданын ичинде чат жаңы версияны көрсөтөт.
preview-help-mistake = Эгер өзгөртүүдө ката болсо, жогорудагы кызыл кутуча аны `файл:сап:мамыча` катары көрсөтөт: ошол файлды ошол сабынан ачыңыз. Ката оңдолмоюнча чат акыркы туура версияны көрсөтөт.
preview-help-langs = «Бардык тилдер» учурдагы экранды бардык тилдерде катар көрсөтөт. Кызгылт сары: азырынча которула элек (башка тил көрсөтүлөт). Сары: азырынча текшериле элек. Кирилл жазмасындагы өзбекче латын жазмасындагы өзбекчеден түзүлөт, ошондуктан ал да ошончолук текшерилген.
preview-help-map = «Диалогдордун картасы» бардык экрандарды көрсөтөт; ачуу үчүн бирөөнү басыңыз. «Текшерүү керек» текшериле турган тексттери бар экрандардын тизмеси.
preview-help-nothing = Бул жерде эмне кылсаңыз да Telegram'га жөнөтүлбөйт жана сакталбайт. Өтмөктү жапсаңыз, сүйлөшүү унутулат.
preview-help-language = Бул барак орусча, кыргызча же англисче сүйлөйт (жогорудагы тизме, бул браузер аны эстеп калат); чат боттун өз тилдерин көрсөтөт.
preview-error-no-content = Мазмунда каталар бар, мурунку версия жок: жогоруда саналган каталарды оңдоңуз.
preview-quick-exit = Тез чыгуу: Telegram'да бот чаттын мүмкүн болгон бардык билдирүүлөрүн өчүрүп, ушул зыянсыз билдирүүнү гана калтырат.
preview-forget = /forget: Telegram'да ал тууралуу сакталгандын баары азыр өчүрүлөт.
preview-feedback = Анын макулдугу менен Telegram бул жоопту азыр сактамак. Алдын ала көрүү эч нерсе сактабайт.
preview-practice = Машыгуу: Telegram'да бул жерде бир нерсе болмок (суроо адистерге жөнөтүлмөк, эскертүү коюлмак, файл келмек). Алдын ала көрүү экранды гана көрсөтөт, эч нерсе жөнөтпөйт жана сактабайт.
preview-consult-answer = (Бул жерде Telegram'да адистин жообу кызматкерлер тобунан көчүрүлүп чыгат.)
preview-opened = «{ $node }» ачылды (кызматкерлер үчүн өтүү)
preview-loaded = ✓ мазмун { $time } жүктөлдү
preview-loaded-warnings = ✓ мазмун { $time } жүктөлдү (эскертүүлөр: { $warnings }; kadam check иштетиңиз)
preview-broken = ✗ каталар: { $count } — акыркы туура версия иштеп жатат
preview-bad-coords = Кеңдикти -90дон 90го чейин жана узундукту -180ден 180ге чейин жазыңыз, мисалы 42.87 жана 74.59.
preview-location = 📍 Жайгашкан жер { $lat }, { $lon }
preview-photo = 🖼 Сүрөт

## Координаторлордун буйруктары: export, stats, announce, report, translations.
## Файлдардын форматтары жана мамычалардын аталыштары бул жерде жок: алар бардык
## тилдерде бирдей.

cli-content-errors = { $root } ичиндеги мазмунда каталар бар; толук тизмени `kadam check` көрсөтөт
cli-export-no-topic = --topic: { $root } ичинде `{ $topic }` экраны жок; нускаманын id'син (мисалы portal-login) же /feedback аркылуу берилген жооптор үчүн `feedback` жазыңыз
cli-wrote-records = { $count } жазуу { $file } файлына жазылды
cli-wrote-rows = { $count } сап { $file } файлына жазылды
cli-since-after-until = --since { $since } --until { $until } датасынан кийин
cli-stats-screens = { $since } – { $until } аралыгында көрсөтүлгөн экрандар: толук апталар, дүйшөмбүдөн жекшембиге чейин (5тен аз сандар <5 катары):
cli-stats-step = { $step }-кадам
cli-stats-feedback = { $since } – { $until } аралыгындагы пикирлер: { $count } жазуу
cli-stats-by = { $part } боюнча:
cli-stats-webinars = Вебинарлар, бардык убакыт (баалар: `webinar-<id>` пикир темасы; зомбулук тууралуу вебинарлар `webinars` катары гана):
cli-stats-consultations = Консультациялар, { $since } – { $until } ({ $columns }):
cli-announce-unknown = `{ $id }` id'си менен вебинар жок; бар id'лер: { $ids }
cli-announce-webinar = `{ $id }` вебинары тууралуу жарыя.
cli-announce-text = Сиздин текстиңиз баарына жазылгандай жөнөтүлөт.
cli-announce-recipients = Алуучулар: { $total } ({ $list })
cli-announce-dry-run = Сыноо: эч нерсе жөнөтүлгөн жок. Жөнөтүү үчүн --yes кошуңуз.
cli-announce-queued = №{ $id } жарыя { $count } адам үчүн кезекке коюлду; аны иштеп жаткан бот жөнөтөт. Кандай өткөнүн `kadam stats` көрсөтөт.
cli-report-wrote = { $from } – { $to } аралыгындагы отчёт, { $period } ({ $weeks } апта, { $guides } нускама воронкасы) { $file } файлына жазылды
cli-period-months = толук календардык айлар
cli-period-weeks = толук жумалар, дүйшөмбүдөн жекшембиге чейин
translations-wrote = { $count } сап { $file } файлына жазылды
translations-nothing-written = эч нерсе жазылган жок: жогорудагы саптарды ({ $count }) оңдоп, кайра импорттоңуз
translations-changed = { $row }-сап: { $lang } `{ $name }` өзгөрдү
translations-summary = { $files } файлда { $texts } текст өзгөрдү; жыйынтыкты көрүү үчүн `kadam check` иштетиңиз
cli-no-database = { $file } маалымат базасы жок; DATABASE_URL ичине `kadam run` колдонгон базаны жазыңыз
cli-no-key = KADAM_PSEUDONYM_KEY (же KADAM_PSEUDONYM_KEY_FILE) коюлган эмес; `kadam export` буйругун боттун .env файлы турган папкасында иштетиңиз же аны `kadam run` үчүндөй коюңуз
cli-migrate-source-not-sqlite = DATABASE_URL көчүрүлө турган SQLite базасын көрсөтүшү керек (sqlite://…), бирок анда { $url }
cli-migrate-same = --to көчүрүлүп жаткан базанын өзүн көрсөтүп турат ({ $file }); көчүрө турган жаңы базаны жазыңыз
cli-migrate-no-target = { $target } базасын ачуу же даярдоо мүмкүн эмес
cli-migrate-not-empty = { $target } базасында мурунтан эле { $rows } жазуу бар ({ $tables } таблицаларында); эч нерсе көчүрүлгөн жок. Жаңы, бош базага көчүрүңүз же адегенде андагыны өчүрүү үчүн --replace кошуңуз
cli-migrate-failed = эч нерсе көчүрүлгөн жок: { $error }
cli-migrate-done = { $source } базасынан { $target } базасына { $tables } таблица, бардыгы { $rows } жазуу көчүрүлдү; жазуулардын саны дал келет. DATABASE_URL ичине жаңы базаны жазыңыз, KADAM_PSEUDONYM_KEY мурункудай калсын.
