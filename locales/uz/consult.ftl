## A person to talk to: questions to a consultant (dialogues/consult.toml).

consult =
    Bu yerda mutaxassisga savol berishingiz mumkin. Anonim degani — mutaxassis faqat xabaringiz matnini ko'radi: ismingiz, nikingiz yoki telefon raqamingizni ko'rmaydi. Javob shu yerga, shu chatga keladi.
    Kimga yozmoqchisiz?
    .button = 🙋‍♀️ Mutaxassisdan so'rash
lawyer =
    Yurist himoya orderi, aliment, ajrashish, uy-joy yoki hujjatlar haqidagi savolga javob beradi.
    Mutaxassis faqat xabaringizni ko'radi — ismingiz, nikingiz yoki raqamingizni ko'rmaydi. Ismlar, manzillar va telefon raqamlarini yozmang. Odatda bir ish kuni ichida javob beramiz.
    Agar hozir xavf ostida bo'lsangiz — 102 yoki 112 ga qo'ng'iroq qiling.
    Savolingizni bir yoki bir nechta xabar bilan yozing:
    .button = ⚖️ Yurist
psychologist =
    Psixolog tinglaydi va keyin nima qilish kerakligini tushunishga yordam beradi.
    Mutaxassis faqat xabaringizni ko'radi — ismingiz, nikingiz yoki raqamingizni ko'rmaydi. Ismlar, manzillar va telefon raqamlarini yozmang. Odatda bir ish kuni ichida javob beramiz.
    Agar hozir xavf ostida bo'lsangiz — 102 yoki 112 ga qo'ng'iroq qiling.
    Sizni nima bezovta qilayotganini yozing:
    .button = 🤝 Psixolog
services-consultant =
    Maslahatchi davlat xizmatlari bo'yicha yordam beradi: portal, «Tunduk», TsON, ma'lumotnomalar va nafaqalar.
    Mutaxassis faqat xabaringizni ko'radi — ismingiz, nikingiz yoki raqamingizni ko'rmaydi. Ismlar, manzillar, telefon raqamlari, pasport raqami yoki PINni yozmang. Odatda bir ish kuni ichida javob beramiz.
    Savolingizni yozing:
    .button = 🏛 Davlat xizmatlari
consult-text-only = Mutaxassisga faqat matn yuborish mumkin. Iltimos, savolingizni so'z bilan yozing.
consult-received =
    ✅ Savolingiz qabul qilindi (№{ $number }). Mutaxassis shu yerda javob beradi: «📩 Sizga yangi xabar keldi» degan xabar keladi.
    Yana yozishingiz mumkin — keyingi xabarni yuboravering.
consult-added = ✅ №{ $number } savolga qo'shildi.
consult-off-hours = Hozir mutaxassislar ishlamaydi. Savolingizni { $when } o'qishadi.
consult-limit = Ochiq savollaringiz soni eng ko'p chegaraga yetdi ({ $max }). Yangi savol berish uchun ulardan birini yoping.
consult-daily-limit = Bugun siz { $max } ta yangi savol berdingiz. Yangi savolni ertaga berishingiz mumkin; ochiq savollarga qo'shib yozavering. Xavf bo'lsa, 102 yoki 112 ga qo'ng'iroq qiling.
consult-unavailable = Hozir mutaxassisga savol yuborib bo'lmaydi. Keyinroq urinib ko'ring. Xavf bo'lsa, 102 yoki 112 ga qo'ng'iroq qiling.
consult-new-message = 📩 Sizga yangi xabar keldi.
consult-read = Ochish
consult-safe-to-read = Hozir xabarni o'qish uchun xavfsiz joydamisiz?
consult-after-read = Mutaxassisga javob yozishingiz yoki savolni yopishingiz mumkin.
consult-write-more = ✍️ Yana yozish
consult-helped = 🙏 Rahmat, yordam berdi
consult-close = ✖️ Savolimni yopish
consult-closed = Savol yopildi. Kerak bo'lsa, menyu orqali yangi savol bering.
consult-gone = Bu xabar endi mavjud emas.

## For the staff group (docs/consultations.md); shown to consultants, not to her.

consult-staff-help = Javob — bu mavzudagi oddiy xabar: u uni anonim holda oladi. /close — savolni yopish. Uning ismi va raqami bu yerda yo'q va bo'lmaydi.
consult-staff-closed = 🔒 Savol yopildi.
consult-staff-closed-helped = 🔒 Savol yopildi: inson javob yordam berganini yozdi.
consult-staff-closed-by-person = 🔒 Savolni insonning o'zi yopdi.
consult-staff-closed-retention = 🔒 Savol yopildi: uzoq vaqt xabar bo'lmadi.
consult-staff-not-delivered = ⚠️ Yetkazilmadi: savol yopilgan yoki inson bilan bog'lanib bo'lmaydi.
consult-staff-bump = ⏰ #Q-{ $number } savoli { $hours } soatdan beri javob kutmoqda.
consult-staff-not-consultant = ⛔ Bu xabar yuborilmadi: unga faqat maslahatchilar yoza oladi (KADAM_CONSULT_STAFF_IDS ro'yxati yoki guruh administratorlari).
consult-staff-new-member = ⚠️ Guruhga { $name } qo'shildi, lekin u maslahatchi emas: uning xabarlari yuborilmaydi, ammo guruhdagi savollarni ko'radi. Xato bo'lsa, uni guruhdan chiqaring; yangi maslahatchi bo'lsa, KADAM_CONSULT_STAFF_IDS ro'yxatiga qo'shing yoki administrator qiling.
