### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

# The bot's own texts: navigation and short notes. Every language needs all of them.

ui-back = ◀️ Orqaga
ui-main-menu = 🏠 Bosh menyu
ui-next = Keyingi ▶️
# Variables:
#   $current (Number) - the step shown now
#   $total (Number) - how many steps the guide has
ui-step-of = { $total } ta qadamdan { $current }-qadam
ui-language-name = O'zbekcha
ui-note-use-buttons = Men faqat tugmalarni tushunaman. Iltimos, quyidagi tugmalardan birini tanlang.
ui-note-stale-button = Bu tugma eskirgan. Mana hozirgi ekran.
ui-note-content-changed = Bot yangilandi, shuning uchun siz yana bosh menyudasiz.
ui-note-unknown-command = Bunday buyruq yo'q. Quyidagi tugmani tanlang yoki /help yuboring.
ui-note-link-not-found = Bu havola endi ishlamaydi. Mana bosh menyu.
ui-note-media = Men fayl va stikerlarni o'qiy olmayman. Iltimos, quyidagi tugmalardan birini tanlang.
ui-note-private-only = Men faqat shaxsiy chatda ishlayman. Menga to'g'ridan-to'g'ri yozing.
ui-note-error = Nimadir noto'g'ri ketdi. Yana urinib ko'ring yoki /menu yuboring.
ui-note-too-fast = Xabarlar juda tez kelmoqda, ularning bir qismi o'tkazib yuborildi. Biroz kuting va qayta yozing.
ui-note-language-set = Til: o'zbekcha.

## Descriptions in Telegram's command menu (short).
ui-cmd-start = Boshidan boshlash
ui-cmd-menu = Bosh menyu
ui-cmd-language = Tilni o'zgartirish
ui-cmd-help = Botdan qanday foydalanish

## Answers to a coordinator's /reload.
# Variables:
#   $nodes (Number) - how many screens the content has
#   $warnings (Number) - how many warnings `kadam check` gives
ui-admin-reloaded = Kontent yangilandi: ekranlar — { $nodes }, ogohlantirishlar — { $warnings }.
# Variables:
#   $errors (Number) - how many errors were found; the list follows the text
ui-admin-reload-failed = Kontent YANGILANMADI: xatolar — { $errors }. Bot eski versiya bilan ishlashda davom etadi. Tuzating:
# A coordinator's command failed; the details are in the server's log.
# Variables:
#   $command (String) - the command's name without the slash, e.g. export
ui-admin-failed = /{ $command } buyrug'i bajarilmadi: xatolik yuz berdi. Bir necha daqiqadan keyin qayta urinib ko'ring. Xato takrorlansa, botga xizmat ko'rsatadigan kishiga xabar bering: tafsilotlar server jurnalida.

## Safety and privacy.
ui-cmd-privacy = Bot nimani saqlaydi
ui-call = 📞 { $phone }
ui-quick-exit = 🚪 Tez chiqish
# Words that trigger the quick exit when someone types them, separated by
# commas. Keep them short and easy to type in a hurry.
ui-exit-keywords = chiqish, to'xta, stop, exit
# The only message left after a quick exit, seen by whoever looks at her
# phone next. It must read like an ordinary tip of a public-services bot and
# say nothing about violence or about a wipe. Staff may change it: keep it
# short, true and in the tone of the service guides.
ui-decoy = Kun maslahati: aholiga xizmat ko'rsatish markaziga (TsON) «Tunduk» ilovasi orqali oldindan yoziling — navbatda turmaysiz. TsONlar dushanba–juma, 09:00–18:00 ishlaydi; davlat xizmatlari bo'yicha savollar — 119 (bepul).
ui-safety-yes = ✅ Ha, hozir xavfsiz
ui-safety-no = 🚪 Hozir emas (tez chiqish)
ui-forget-yes = 🗑 Ha, hammasini o'chirish
ui-forget-done = Tayyor.
# Under the language picker, before she picks anything: numbers, so one line serves every language.
ui-language-sos = 🆘 102 / 112
ui-note-location = Mana yaqiningizdagi yordam. Joylashuvingiz hech qayerda saqlanmaydi.

## Feedback and coordinators' commands.
ui-cmd-export = Fikr-mulohazalarni yuklab olish (XLSX; /export csv — CSV)
ui-cmd-stats = Fikr-mulohazalar va tashriflar xulosasi
ui-cmd-report = O‘tgan oy uchun donorlarga hisobot (HTML)
ui-cmd-reload = Kontentni qayta yuklash
# Variables:
#   $count (Number) - how many feedback records the file holds
ui-admin-export = Fikr-mulohazalar: { $count } ta. Faylni boshqaga yuborib bo'lmaydi, { $minutes } daqiqadan keyin bot uni bu chatdan o'chiradi: xavfsiz joyda saqlang va hisobot tayyor bo'lgach, o'chirib tashlang.
# Variables:
#   $total (Number) - how many feedback records there are
ui-admin-stats = { $from } — { $to } (to'liq haftalar, dushanbadan yakshanbagacha): fikr-mulohazalar { $total }. 5 dan kichik sonlar hech kimni tanib bo'lmasligi uchun «<5» deb ko'rsatilgan.
# Variables:
#   $part (String) - which breakdown follows: topic, rating, language, region, week or visits
ui-admin-stats-part = { $part ->
    [topic] Mavzular bo'yicha
    [rating] Baho bo'yicha
    [language] Til bo'yicha
    [region] Hudud bo'yicha
    [week] Haftalar bo'yicha
   *[visits] 30 kun ichida ekranlar ko'rilishi
}
