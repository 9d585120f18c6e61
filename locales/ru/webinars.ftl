## Webinars: the programme, reminders and announcements (dialogues/webinars.toml).

webinars =
    📅 Вебинары проекта: как пользоваться госуслугами онлайн и что делать при семейном насилии. Выберите вебинар, чтобы узнать, как подключиться, добавить его в календарь или попросить напоминание.
    .button = 📅 Вебинары
webinars-violence =
    Вебинары о безопасности дома. Выберите вебинар:
    .button = 🛡 Вебинары о безопасности дома

webinar-when-today = сегодня в { $time }
webinar-when-tomorrow = завтра в { $time }
webinar-when-date = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } в { $time }
webinar-upcoming = Скоро:
webinar-none = Новых вебинаров пока нет.
webinar-recordings = Записи прошедших вебинаров:
webinar-duration = { $minutes } мин.
webinar-languages = Язык:
webinar-join = ▶️ Подключиться
webinar-join-in-bot = Трансляция будет здесь, в Кадаме.
webinar-join-later = Ссылку для подключения пришлём ближе к началу — нажмите «Напомнить».
webinar-register = ✍️ Зарегистрироваться
webinar-recording = 🎞 Запись
webinar-calendar = 🗓 В календарь
webinar-remind = 🔔 Напомнить
webinar-reminding = 🔔 Напомню за день и за час до начала.
webinar-stop = 🔕 Не напоминать
webinar-stopped = 🔕 Напоминаний больше не будет.
webinar-reminder-named = 🔔 Напоминание: «{ $title }» — { $when }.
webinar-reminder = 🔔 Напоминание: вебинар { $when }.
webinar-neutral = Вебинар
webinar-more = Подробнее
webinar-after = Вебинар был полезен?
webinar-not-found = Этого вебинара нет в расписании. Вот что есть сейчас:
webinar-subscribe = 📬 Сообщать о новых вебинарах
webinar-unsubscribe = 📭 Не сообщать о вебинарах
webinar-subscribed = 📬 Сообщу, когда появятся новые вебинары.
webinar-unsubscribed = 📭 Больше не буду сообщать о вебинарах.
webinar-renew = 📬 Вы получаете новости о вебинарах почти год. Продолжать? Если не ответите, через две недели я перестану их присылать.
webinar-renew-yes = ✅ Да, продолжать

## Announcements of new webinars, and the coordinators' /announce.

webinar-new-named = 📅 Новый вебинар: «{ $title }» — { $when }.
webinar-new = 📅 Новый вебинар { $when }.
webinar-cmd-announce = Объявить вебинар подписчикам
webinar-admin-usage =
    /announce <id вебинара> — объявить вебинар на языке каждого подписчика.
    /announce <текст> — свой текст, всем как написан.
    Подписчиков: { $count }.
webinar-admin-preview = Так увидят ({ $lang }):
webinar-admin-confirm = Получателей: { $count } ({ $langs }). Отправить?
webinar-admin-send = ✅ Отправить
webinar-admin-dry = 🧪 Пробный прогон
webinar-admin-cancel = ✖ Отмена
webinar-admin-dry-result = Пробный прогон: получили бы { $count } ({ $langs }). Ничего не отправлено.
webinar-admin-cancelled = Отменено, ничего не отправлено.
webinar-admin-progress = Отправлено { $sent } из { $total }.
webinar-admin-stats = Вебинары: напоминания и объявления (оценки — тема «webinars» выше)
webinar-admin-report = Готово: доставлено { $delivered }, заблокировали бота { $blocked }, не удалось { $failed }.

## ⚠️ EXAMPLE webinars (see dialogues/webinars.toml).

webinar-portal-basics = Госуслуги онлайн: первые шаги
    .about = Как войти на портал госуслуг и в приложение «Түндүк», где найти нужную услугу и как получить справку, не выходя из дома. Можно задавать вопросы.
webinar-protection-orders = Охранный ордер
    .about = Что такое охранный ордер, как его получить и что делать, если его нарушают. Можно задавать вопросы анонимно.
webinar-certificates-online = Справки онлайн
    .about = Какие справки можно получить онлайн и как их заказать по шагам.
