# The bot's own texts: navigation and short notes. Every language needs all of them.

ui-back = ◀️ Назад
ui-main-menu = 🏠 Главное меню
ui-next = Далее ▶️
# Variables:
#   $current (Number) - the step shown now
#   $total (Number) - how many steps the guide has
ui-step-of = Шаг { $current } из { $total }
ui-language-name = Русский
ui-note-use-buttons = Я понимаю только кнопки. Выберите, пожалуйста, кнопку ниже.
ui-note-stale-button = Эта кнопка устарела. Вот актуальный экран.
ui-note-content-changed = Бот обновился, поэтому вы снова в главном меню.
ui-note-unknown-command = Такой команды нет. Выберите кнопку ниже или отправьте /help.
ui-note-link-not-found = Эта ссылка больше не работает. Вот главное меню.
ui-note-media = Я не могу прочитать файлы и стикеры. Выберите, пожалуйста, кнопку ниже.
ui-note-private-only = Я работаю только в личном чате. Напишите мне напрямую.
ui-note-error = Что-то пошло не так. Попробуйте ещё раз или отправьте /menu.
ui-note-too-fast = Сообщения приходят слишком быстро, часть из них пропущена. Подождите немного и напишите снова.
ui-note-language-set = Язык: русский.

## Descriptions in Telegram's command menu (short).
ui-cmd-start = Начать сначала
ui-cmd-menu = Главное меню
ui-cmd-language = Сменить язык
ui-cmd-help = Как пользоваться ботом

## Answers to a coordinator's /reload.
# Variables:
#   $nodes (Number) - how many screens the content has
#   $warnings (Number) - how many warnings `kadam check` gives
ui-admin-reloaded = Контент обновлён: экранов — { $nodes }, предупреждений — { $warnings }.
# Variables:
#   $errors (Number) - how many errors were found; the list follows the text
ui-admin-reload-failed = Контент НЕ обновлён: ошибок — { $errors }. Бот продолжает работать со старой версией. Исправьте:
# A coordinator's command failed; the details are in the server's log.
# Variables:
#   $command (String) - the command's name without the slash, e.g. export
ui-admin-failed = Команда /{ $command } не выполнена: произошла ошибка. Попробуйте ещё раз через несколько минут. Если ошибка повторяется, сообщите тому, кто обслуживает бота: подробности в журнале сервера.

## Safety and privacy.
ui-cmd-privacy = Что бот хранит
ui-call = 📞 { $phone }
ui-quick-exit = 🚪 Быстрый выход
# Words that trigger the quick exit when someone types them, separated by
# commas. Keep them short and easy to type in a hurry.
ui-exit-keywords = выход, стоп, exit, stop
# The only message left after a quick exit, seen by whoever looks at her
# phone next. It must read like an ordinary tip of a public-services bot and
# say nothing about violence or about a wipe. Staff may change it: keep it
# short, true and in the tone of the service guides.
ui-decoy = Совет дня: запишитесь в ЦОН заранее в приложении «Түндүк» — и не придётся стоять в очереди. ЦОНы работают пн–пт, 09:00–18:00; вопросы о госуслугах — по номеру 119 (бесплатно).
ui-safety-yes = ✅ Да, сейчас безопасно
ui-safety-no = 🚪 Не сейчас (быстрый выход)
ui-forget-yes = 🗑 Да, удалить всё
ui-forget-done = Готово.
# Under the language picker, before she picks anything: numbers, so one line serves every language.
ui-language-sos = 🆘 102 / 112
ui-note-location = Вот помощь рядом с вами. Ваше местоположение нигде не сохраняется.

## Feedback and coordinators' commands.
ui-cmd-export = Выгрузить отзывы (XLSX; /export csv — CSV)
ui-cmd-stats = Сводка отзывов и посещений
ui-cmd-report = Отчёт за прошлый месяц для доноров (HTML)
ui-cmd-reload = Перезагрузить контент
# Variables:
#   $count (Number) - how many feedback records the file holds
ui-admin-export = Отзывы: { $count } шт. Файл нельзя переслать, и через { $minutes } мин. бот удалит его из этого чата: сохраните его в надёжном месте и удалите, когда отчёт готов.
# Variables:
#   $total (Number) - how many feedback records there are
ui-admin-stats = С { $from } по { $to } (целые недели, с понедельника по воскресенье): отзывов { $total }. Числа меньше 5 показаны как «<5», чтобы никого нельзя было узнать.
# Variables:
#   $part (String) - which breakdown follows: topic, rating, language, region, week or visits
ui-admin-stats-part = { $part ->
    [topic] По темам
    [rating] По оценке
    [language] По языку
    [region] По региону
    [week] По неделям
   *[visits] Просмотры экранов за 30 дней
}
