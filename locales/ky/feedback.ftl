## Feedback: the question, the consent notice, comment and region.

feedback =
    Бул пайдалуу болдубу?
    .button = 💬 Пикир калтыруу
feedback-yes = 👍 Ооба
feedback-partly = 🤔 Жарым-жартылай
feedback-no = 👎 Жок
feedback-consent =
    Жообуңузду сактасак болобу?
    • Эмне сакталат: баа, тема, тил жана күн. Кааласаңыз — пикир жана аймак. Атыңыз да, телефон номериңиз да сакталбайт.
    • Эмне үчүн: ботту жакшыртуу жана анын пайдасын көрсөтүү үчүн.
    • Канча убакыт: 2 жыл, андан кийин жооп өзү өчөт.
    • Оюңуз өзгөрсө — /forget буйругу жообуңузду жана сиз тууралуу баарын өчүрөт.
feedback-consent-yes = ✅ Ооба, сактагыла
feedback-consent-no = ✖️ Жок, рахмат
feedback-not-saved = Макул, эч нерсе сакталган жок.
feedback-comment =
    Рахмат, жообуңуз сакталды!
    Дагы бир нерсе кошкуңуз келеби? Эмне түшүнүксүз болгонун же эмне жетишпегенин бир билдирүү менен жазыңыз. Аттарды жана телефон номерлерин жазбаңыз.
feedback-skip = Өткөрүп жиберүү ▶️
# Variables:
#   $max (Number) - the most characters a comment may have
#   $length (Number) - how many characters her comment has
feedback-comment-too-long = Пикир өтө узун: { $length } белги, { $max } белгиге чейин болушу керек. Кыскартып, кайра жөнөтүңүз же «Өткөрүп жиберүү» баскычын басыңыз.
feedback-region = Кайсы жерде жашайсыз? Бул бот кайда көбүрөөк керек экенин түшүнүүгө жардам берет.
feedback-region-undisclosed = Айткым келбейт
feedback-thanks = Рахмат! Сиздин пикириңиз ботту жакшыртууга жардам берет.
