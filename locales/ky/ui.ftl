# The bot's own texts: navigation and short notes. Every language needs all of them.

ui-back = ◀️ Артка
ui-main-menu = 🏠 Башкы меню
ui-next = Кийинки ▶️
# Variables:
#   $current (Number) - the step shown now
#   $total (Number) - how many steps the guide has
ui-step-of = { $total } кадамдын { $current }-кадамы
ui-language-name = Кыргызча
ui-note-use-buttons = Мен баскычтарды гана түшүнөм. Төмөнкү баскычтардын бирин тандаңыз.
ui-note-stale-button = Бул баскыч эскирген. Мына учурдагы экран.
ui-note-content-changed = Бот жаңыртылды, ошондуктан сиз кайра башкы менюдасыз.
ui-note-unknown-command = Мындай буйрук жок. Төмөнкү баскычты тандаңыз же /help жөнөтүңүз.
ui-note-link-not-found = Бул шилтеме мындан ары иштебейт. Мына башкы меню.
ui-note-media = Мен файлдарды жана стикерлерди окуй албайм. Төмөнкү баскычтардын бирин тандаңыз.
ui-note-private-only = Мен жеке чатта гана иштейм. Мага түз жазыңыз.
ui-note-error = Бир нерсе туура эмес болду. Кайра аракет кылыңыз же /menu жөнөтүңүз.
ui-note-too-fast = Билдирүүлөр өтө тез келип жатат; айрымдары өткөрүлүп жиберилди. Бир аз күтүп, кайра жазыңыз.
ui-note-language-set = Тил: кыргызча.

## Descriptions in Telegram's command menu (short).
ui-cmd-start = Башынан баштоо
ui-cmd-menu = Башкы меню
ui-cmd-language = Тилди алмаштыруу
ui-cmd-help = Ботту кантип колдонуу керек

## Answers to a coordinator's /reload.
# Variables:
#   $nodes (Number) - how many screens the content has
#   $warnings (Number) - how many warnings `kadam check` gives
ui-admin-reloaded = Мазмун жаңыртылды: экрандар — { $nodes }, эскертүүлөр — { $warnings }.
# Variables:
#   $errors (Number) - how many errors were found; the list follows the text
ui-admin-reload-failed = Мазмун ЖАҢЫРТЫЛГАН ЖОК: каталар — { $errors }. Бот эски версия менен иштей берет. Оңдоңуз:
# A coordinator's command failed; the details are in the server's log.
# Variables:
#   $command (String) - the command's name without the slash, e.g. export
ui-admin-failed = /{ $command } буйругу аткарылган жок: ката чыкты. Бир нече мүнөттөн кийин кайра аракет кылыңыз. Ката кайталанса, ботту тейлеген адамга кабарлаңыз: чоо-жайы сервердин журналында.

## Safety and privacy.
ui-cmd-privacy = Бот эмнени сактайт
ui-call = 📞 { $phone }
ui-quick-exit = 🚪 Тез чыгуу
# Words that trigger the quick exit when someone types them, separated by
# commas. Keep them short and easy to type in a hurry.
ui-exit-keywords = чыгуу, токто, стоп, exit, stop
# The only message left after a quick exit, seen by whoever looks at her
# phone next. It must read like an ordinary tip of a public-services bot and
# say nothing about violence or about a wipe. Staff may change it: keep it
# short, true and in the tone of the service guides.
ui-decoy = Күндүн кеңеши: КТБга (ЦОН) «Түндүк» тиркемеси аркылуу алдын ала жазылыңыз — кезекте турбайсыз. КТБлар дүйшөмбү–жума, 09:00–18:00 иштейт; мамлекеттик кызматтар боюнча суроолор — 119 (акысыз).
ui-safety-yes = ✅ Ооба, азыр коопсуз
ui-safety-no = 🚪 Азыр эмес (тез чыгуу)
ui-forget-yes = 🗑 Ооба, баарын өчүрүү
ui-forget-done = Даяр.
# Under the language picker, before she picks anything: numbers, so one line serves every language.
ui-language-sos = 🆘 102 / 112
ui-note-location = Мына сизге жакын жардам. Жайгашкан жериңиз эч жерде сакталбайт.

## Feedback and coordinators' commands.
ui-cmd-export = Пикирлерди жүктөп алуу (XLSX; /export csv — CSV)
ui-cmd-stats = Пикирлер жана кароолор боюнча жыйынтык
ui-cmd-report = Өткөн айдын отчёту донорлор үчүн (HTML)
ui-cmd-reload = Мазмунду кайра жүктөө
# Variables:
#   $count (Number) - how many feedback records the file holds
ui-admin-export = Пикирлер: { $count }. Файлды башкага жөнөтүүгө болбойт, { $minutes } мүнөттөн кийин бот аны бул чаттан өчүрөт: коопсуз жерде сактаңыз, отчёт даяр болгондо өчүрүңүз.
# Variables:
#   $total (Number) - how many feedback records there are
ui-admin-stats = { $from } — { $to } (толук жумалар, дүйшөмбүдөн жекшембиге чейин): пикирлер { $total }. Эч кимди таанып калбасын деп, 5тен аз сандар «<5» деп көрсөтүлөт.
# Variables:
#   $part (String) - which breakdown follows: topic, rating, language, region, week or visits
ui-admin-stats-part = { $part ->
    [topic] Темалар боюнча
    [rating] Баа боюнча
    [language] Тил боюнча
    [region] Аймак боюнча
    [week] Жумалар боюнча
   *[visits] Акыркы 30 күндөгү экран кароолор
}
