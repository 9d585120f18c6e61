## Feedback: the question, the consent notice, comment and region.

feedback =
    Было ли это полезно?
    .button = 💬 Оставить отзыв
feedback-yes = 👍 Да
feedback-partly = 🤔 Отчасти
feedback-no = 👎 Нет
feedback-consent =
    Можно сохранить ваш ответ?
    • Что сохраним: оценку, тему, язык и дату. Потом — комментарий и регион, если захотите. Без имени и номера телефона.
    • Зачем: чтобы улучшать бота и показывать, что он помогает.
    • Сколько: 2 года, потом ответ удаляется сам.
    • Передумали — команда /forget удалит ответ и всё остальное о вас.
feedback-consent-yes = ✅ Да, сохранить
feedback-consent-no = ✖️ Нет, спасибо
feedback-not-saved = Хорошо, ничего не сохранено.
feedback-comment =
    Спасибо, ответ сохранён!
    Хотите что-то добавить? Напишите одним сообщением, что было непонятно или чего не хватило. Не пишите имён и номеров телефонов.
feedback-skip = Пропустить ▶️
# Variables:
#   $max (Number) - the most characters a comment may have
#   $length (Number) - how many characters her comment has
feedback-comment-too-long = Комментарий слишком длинный: { $length } знаков, можно до { $max }. Сократите его и отправьте ещё раз или нажмите «Пропустить».
feedback-region = Где вы живёте? Это поможет понять, где бот нужнее.
feedback-region-undisclosed = Не хочу говорить
feedback-thanks = Спасибо! Ваш отзыв помогает сделать бота лучше.
