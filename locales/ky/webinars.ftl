## Webinars: the programme, reminders and announcements (dialogues/webinars.toml).

webinars =
    📅 Долбоордун вебинарлары: онлайн мамкызматтарды кантип колдонуу жана үй-бүлөлүк зомбулукта эмне кылуу керек. Кантип кошулуу, календарга кошуу же эскертүү суроо үчүн вебинарды тандаңыз.
    .button = 📅 Вебинарлар
webinars-violence =
    Үйдөгү коопсуздук тууралуу вебинарлар. Вебинарды тандаңыз:
    .button = 🛡 Үйдөгү коопсуздук тууралуу вебинарлар

webinar-when-today = бүгүн саат { $time }
webinar-when-tomorrow = эртең саат { $time }
webinar-when-date = { $day }-{ $month ->
        [1] январь
        [2] февраль
        [3] март
        [4] апрель
        [5] май
        [6] июнь
        [7] июль
        [8] август
        [9] сентябрь
        [10] октябрь
        [11] ноябрь
       *[12] декабрь
    }, саат { $time }
webinar-upcoming = Жакында:
webinar-none = Азырынча жаңы вебинарлар жок.
webinar-recordings = Өткөн вебинарлардын жазуулары:
webinar-duration = { $minutes } мүн.
webinar-languages = Тил:
webinar-join = ▶️ Кошулуу
webinar-join-in-bot = Түз көрсөтүү ушул жерде, Кадамда болот.
webinar-join-later = Кошулуу шилтемесин башталаарга жакын жиберебиз — «Эскертүү» баскычын басыңыз.
webinar-register = ✍️ Катталуу
webinar-recording = 🎞 Жазуу
webinar-calendar = 🗓 Календарга
webinar-remind = 🔔 Эскертүү
webinar-reminding = 🔔 Башталаардан бир күн жана бир саат мурун эскертем.
webinar-stop = 🔕 Эскертпе
webinar-stopped = 🔕 Мындан ары эскертүү болбойт.
webinar-reminder-named = 🔔 Эскертүү: «{ $title }» — { $when }.
webinar-reminder = 🔔 Эскертүү: вебинар { $when }.
webinar-neutral = Вебинар
webinar-more = Кененирээк
webinar-after = Вебинар пайдалуу болдубу?
webinar-not-found = Бул вебинар тизмеде жок. Азыр болгондору:
webinar-subscribe = 📬 Жаңы вебинарлар тууралуу кабарла
webinar-unsubscribe = 📭 Вебинарлар тууралуу кабарлаба
webinar-subscribed = 📬 Жаңы вебинарлар чыкканда кабарлайм.
webinar-unsubscribed = 📭 Мындан ары вебинарлар тууралуу кабарлабайм.
webinar-renew = 📬 Сиз вебинарлар тууралуу кабарларды дээрлик бир жылдан бери аласыз. Уланта беремби? Жооп бербесеңиз, эки жумадан кийин жибербей калам.
webinar-renew-yes = ✅ Ооба, уланта бер

## Announcements of new webinars, and the coordinators' /announce.

webinar-new-named = 📅 Жаңы вебинар: «{ $title }» — { $when }.
webinar-new = 📅 Жаңы вебинар { $when }.
webinar-cmd-announce = Жазылуучуларга вебинарды жарыялоо
webinar-admin-usage =
    /announce <вебинардын id> — вебинарды ар бир жазылуучунун тилинде жарыялоо.
    /announce <текст> — өз текстиңиз, баарына жазылгандай.
    Жазылуучулар: { $count }.
webinar-admin-preview = Минтип көрүшөт ({ $lang }):
webinar-admin-confirm = Алуучулар: { $count } ({ $langs }). Жиберелиби?
webinar-admin-send = ✅ Жиберүү
webinar-admin-dry = 🧪 Сыноо
webinar-admin-cancel = ✖ Жокко чыгаруу
webinar-admin-dry-result = Сыноо: { $count } алмак ({ $langs }). Эч нерсе жиберилген жок.
webinar-admin-cancelled = Жокко чыгарылды, эч нерсе жиберилген жок.
webinar-admin-progress = { $total } ичинен { $sent } жиберилди.
webinar-admin-stats = Вебинарлар: эскертүүлөр жана жарыялар (баалар — жогорудагы «webinars» темасы)
webinar-admin-report = Бүттү: жеткирилди { $delivered }, ботту бөгөттөгөндөр { $blocked }, жеткирилген жок { $failed }.

## ⚠️ EXAMPLE webinars (see dialogues/webinars.toml).

webinar-portal-basics = Онлайн мамкызматтар: алгачкы кадамдар
    .about = Мамкызматтар порталына жана «Түндүк» тиркемесине кантип кирүү, керектүү кызматты кайдан табуу жана маалымкатты үйдөн чыкпай кантип алуу. Суроо берсеңиз болот.
webinar-protection-orders = Коргоо ордери
    .about = Коргоо ордери деген эмне, аны кантип алуу жана аны бузушса эмне кылуу керек. Суроолорду жашыруун берсеңиз болот.
webinar-certificates-online = Онлайн маалымкаттар
    .about = Кайсы маалымкаттарды онлайн алса болот жана аларды кадам-кадам кантип буйрутма кылуу керек.
