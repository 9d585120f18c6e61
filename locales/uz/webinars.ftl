### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.

## Webinars: the programme, reminders and announcements (dialogues/webinars.toml).

webinars =
    📅 Loyiha vebinarlari: davlat xizmatlaridan onlayn qanday foydalanish va oilaviy zo'ravonlikda nima qilish kerak. Qanday ulanish, taqvimga qo'shish yoki eslatma so'rash uchun vebinarni tanlang.
    .button = 📅 Vebinarlar
webinars-violence =
    Uydagi xavfsizlik haqida vebinarlar. Vebinarni tanlang:
    .button = 🛡 Uydagi xavfsizlik haqida vebinarlar

webinar-when-today = bugun soat { $time }
webinar-when-tomorrow = ertaga soat { $time }
webinar-when-date = { $day }-{ $month ->
        [1] yanvar
        [2] fevral
        [3] mart
        [4] aprel
        [5] may
        [6] iyun
        [7] iyul
        [8] avgust
        [9] sentabr
        [10] oktabr
        [11] noyabr
       *[12] dekabr
    }, soat { $time }
webinar-upcoming = Yaqinda:
webinar-none = Hozircha yangi vebinarlar yo'q.
webinar-recordings = O'tgan vebinarlar yozuvlari:
webinar-duration = { $minutes } daq.
webinar-languages = Til:
webinar-join = ▶️ Ulanish
webinar-join-in-bot = Jonli efir shu yerda, Kadamda bo'ladi.
webinar-join-later = Ulanish havolasini boshlanishiga yaqin yuboramiz — «Eslatish» tugmasini bosing.
webinar-register = ✍️ Ro'yxatdan o'tish
webinar-recording = 🎞 Yozuv
webinar-calendar = 🗓 Taqvimga
webinar-remind = 🔔 Eslatish
webinar-reminding = 🔔 Boshlanishidan bir kun va bir soat oldin eslataman.
webinar-stop = 🔕 Eslatmaslik
webinar-stopped = 🔕 Boshqa eslatma bo'lmaydi.
webinar-reminder-named = 🔔 Eslatma: «{ $title }» — { $when }.
webinar-reminder = 🔔 Eslatma: vebinar { $when }.
webinar-neutral = Vebinar
webinar-more = Batafsil
webinar-after = Vebinar foydali bo'ldimi?
webinar-not-found = Bu vebinar jadvalda yo'q. Hozir borlari:
webinar-subscribe = 📬 Yangi vebinarlar haqida xabar berish
webinar-unsubscribe = 📭 Vebinarlar haqida xabar bermaslik
webinar-subscribed = 📬 Yangi vebinarlar chiqqanda xabar beraman.
webinar-unsubscribed = 📭 Endi vebinarlar haqida xabar bermayman.
webinar-renew = 📬 Siz vebinarlar haqidagi xabarlarni qariyb bir yildan beri olasiz. Davom ettiraymi? Javob bermasangiz, ikki haftadan keyin yuborishni to'xtataman.
webinar-renew-yes = ✅ Ha, davom ettirish

## Announcements of new webinars, and the coordinators' /announce.

webinar-new-named = 📅 Yangi vebinar: «{ $title }» — { $when }.
webinar-new = 📅 Yangi vebinar { $when }.
webinar-cmd-announce = Obunachilarga vebinarni e'lon qilish
webinar-admin-usage =
    /announce <vebinar id> — vebinarni har bir obunachining tilida e'lon qilish.
    /announce <matn> — o'z matningiz, hammaga yozilganidek.
    Obunachilar: { $count }.
webinar-admin-preview = Shunday ko'rishadi ({ $lang }):
webinar-admin-confirm = Oluvchilar: { $count } ({ $langs }). Yuborilsinmi?
webinar-admin-send = ✅ Yuborish
webinar-admin-dry = 🧪 Sinov
webinar-admin-cancel = ✖ Bekor qilish
webinar-admin-dry-result = Sinov: { $count } kishi olardi ({ $langs }). Hech narsa yuborilmadi.
webinar-admin-cancelled = Bekor qilindi, hech narsa yuborilmadi.
webinar-admin-progress = { $total } tadan { $sent } tasi yuborildi.
webinar-admin-stats = Vebinarlar: eslatmalar va e'lonlar (baholar — yuqoridagi «webinars» mavzusi)
webinar-admin-report = Tayyor: yetkazildi { $delivered }, botni bloklaganlar { $blocked }, yetkazilmadi { $failed }.

## ⚠️ EXAMPLE webinars (see dialogues/webinars.toml).

webinar-portal-basics = Davlat xizmatlari onlayn: birinchi qadamlar
    .about = Davlat xizmatlari portaliga va «Tunduk» ilovasiga qanday kirish, kerakli xizmatni qayerdan topish va ma'lumotnomani uydan chiqmasdan qanday olish. Savol berishingiz mumkin.
webinar-protection-orders = Himoya orderi
    .about = Himoya orderi nima, uni qanday olish va u buzilsa nima qilish kerak. Savollarni anonim berishingiz mumkin.
webinar-certificates-online = Onlayn ma'lumotnomalar
    .about = Qaysi ma'lumotnomalarni onlayn olish mumkin va ularni qadamma-qadam qanday buyurtma qilish.
