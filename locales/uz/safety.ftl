### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

## Safety check, privacy notice, "forget me", phone safety tips.

safety-check =
    Davom etishdan oldin: buni hozir o'qish siz uchun xavfsizmi?
    Agar yoningizda ekranni ko'ra oladigan odam bo'lsa, «Hozir emas» tugmasini bosing — yozishma o'chiriladi.
privacy =
    🔒 Bot nimani saqlaydi
    • Tilingiz va qaysi ekranda to'xtaganingiz — shartli raqam ostida, ismingiz yoki Telegram raqamingiz ostida emas.
    • Xabarlar raqamlari — 48 soatdan ko'p emas, «Tez chiqish» ularni o'chira olishi uchun.
    • Xabarlaringiz matnini bot o'zida saqlamaydi.
    • Mutaxassisga savol xodimlarning Telegramdagi yopiq guruhiga nusxalanadi (ism va raqamsiz) va /forget bosmaguningizcha o'sha yerda qoladi. 14 kun xabar bo'lmasa, savol yopiladi.
    • Botdan 30 kun foydalanmasangiz, bu ma'lumotlar o'z-o'zidan o'chiriladi.
    • Fikr-mulohazalar — faqat rozilik bersangiz: baho, mavzu, xohlasangiz — izoh va hudud. 2 yil saqlanadi.
    Hammasini hozir o'chirish: quyidagi tugma yoki /forget buyrug'i.
    .button = 🔒 Maxfiylik
tech-safety = Telefondan qanday qilib xavfsizroq foydalanish mumkin
    .button = 📱 Telefon xavfsizligi
tech-safety-delete-chat =
    Bot bilan yozishmani o'chirish:
    1. 🚪 «Tez chiqish» tugmasini bosing — bot o'zining va sizning xabarlaringizni o'chiradi.
    2. Keyin chatlar ro'yxatida shu chatni bosib turing va «Chatni o'chirish»ni tanlang.
tech-safety-drafts =
    Tugallanmagan xabarni qoldirmang.
    Yozishni boshlab, yubormasangiz, Telegram matnni qoralama sifatida saqlaydi: chatlar ro'yxatida «Qoralama: …» deb ko'rinadi, boshqa qurilmalaringizda ham. Chatdan chiqishdan oldin yozish maydonidagi matnni o'chiring.
tech-safety-devices =
    Telegram'ingiz yana qayerda ochiq ekanini tekshiring.
    Telegram → Sozlamalar → Qurilmalar: tanimagan yoki boshqa odam foydalanadigan telefon yoki kompyuter bo'lsa, «Boshqa barcha seanslarni tugatish»ni bosing. Telegram'ingiz ochiq turgan odam barcha chatlaringizni ko'radi.
tech-safety-previews =
    Bildirishnomalar matnini qulflangan ekranda hech kim ko'rmasligi uchun yashirish:
    Telegram → Sozlamalar → Bildirishnomalar va ovozlar → «Matnni ko'rsatish»ni o'chiring.
tech-safety-passcode =
    Telegram'ga kod-parol qo'yish:
    Telegram → Sozlamalar → Maxfiylik → Kod-parol.
    Shunda telefon qulfdan ochilgan bo'lsa ham, kodni kiritmaguncha chatlar ochilmaydi.
tech-safety-traces =
    Telegram'dan tashqaridagi izlar:
    • ishonch telefoniga qo'ng'iroq qilgan bo'lsangiz, uni qo'ng'iroqlar tarixidan o'chiring;
    • botdagi havolani ochgan bo'lsangiz, uni brauzer tarixidan o'chiring yoki havolalarni «Inkognito» rejimida oching;
    • bot bilan chat o'zingiz o'chirmaguningizcha chatlar ro'yxatida qoladi.
tech-safety-limits =
    Bot nimani o'chira olmaydi:
    • 48 soatdan eski xabarlarni — ularni o'zingiz o'chiring;
    • telefon allaqachon ko'rsatgan bildirishnomalarni;
    • ekran suratlari va boshqalarga yuborilgan xabarlarni.
    Telegram xabarlar nusxalarini o'chirilguncha o'z serverlarida saqlaydi; bot Telegram ruxsat bergancha ularni chat bilan birga o'chiradi.
forget = Bot siz haqingizda saqlagan hamma narsa (til, qayerda to'xtaganingiz, xabarlar raqamlari, fikr-mulohazalaringiz) o'chirilsinmi? Buni qaytarib bo'lmaydi.
    .button = 🗑 Ma'lumotlarimni o'chirish
