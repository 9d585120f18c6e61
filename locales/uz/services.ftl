### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).
### One script per message: Latin only. Offices and programmes are written in
### their Latin form (TsON, ZAGS, KTB, «Balaga suyunchu»), never in Cyrillic.

## Online public services: menus, getting access, in-person help.

services =
    Onlayn davlat xizmatlari. Davlat xizmatlari portalidan va «Tunduk» ilovasidan olingan hujjatlar imzo va muhr qo'yilgan qog'oz bilan bir xil kuchga ega.
    Biror narsa tushunarsiz bo'lsa — 119 ga qo'ng'iroq qiling (bepul, dushanba–juma) yoki TsONga (aholiga xizmat ko'rsatish markaziga) boring.
    Sizni nima qiziqtiradi?
    .button = 🏛 Onlayn davlat xizmatlari
link-portal = 🔗 Davlat xizmatlari portali

## Getting access

services-start =
    Nimadan boshlash kerak. Onlayn davlat xizmatlari uchun sizga kerak bo'ladi:
    1. o'zingizning elektron pochtangiz (e-mail) — unga kirish kodi keladi;
    2. PIN raqamingiz — u pasportingizda yozilgan;
    3. bulutli elektron imzo — u bepul;
    4. portalga yoki «Tunduk» ilovasiga kirish.
    Nima haqida aytib berishni tanlang:
    .button = 🔑 Nimadan boshlash kerak

## E-mail address. Why: the portal's login code goes to e-mail (SOURCES.md).
## How to create one is general advice, not from a Kyrgyz source.

email-address = 📧 Elektron pochtani qanday ochish
    .button = 📧 Elektron pochta
email-address-why =
    Davlat xizmatlari portali uchun o'zingizning elektron pochtangiz (e-mail) kerak. Har safar kirganingizda unga bir martalik kod keladi. Pochtasiz kira olmaysiz.
    Pochta bepul, uni telefonda bir necha daqiqada ochish mumkin.
email-address-create =
    Pochtani qanday ochish kerak:
    1. Telefonda pochta ilovasini (Android'da odatda Gmail) yoki pochta xizmati saytini oching.
    2. «Akkaunt yaratish» tugmasini bosing.
    3. Manzil va parol o'ylab toping. Ularni hech kim topa olmaydigan joyga yozib qo'ying.
    Buning uchun davlat yo'riqnomasi yo'q. Bo'lmasa — TsONda joyida yordam berishadi.
email-address-safe =
    Xavfsizligingiz uchun:
    • Agar uyda kimdir telefoningiz yoki pochtangizni tekshirsa, parolini faqat o'zingiz biladigan yangi pochta oching.
    • Parolni umumiy telefonda saqlamang.
    • Xatlardagi kodlarni hech kimga aytmang — «davlat idorasidan» qo'ng'iroq qilganlarga ham.

tunduk =
    Davlat xizmatlari portali — portal.tunduk.kg. Xizmatlar «Tunduk» mobil ilovasida ham bor.
    • U yerdan olingan hujjatlar imzo va muhr qo'yilgan qog'oz bilan bir xil kuchga ega.
    • Portalni Raqamli rivojlanish vazirligi huzuridagi «Tunduk» davlat muassasasi yuritadi.
    • Ilovada TsONga qabulga yozilish mumkin.
    .button = 📱 Portal va ilova

## Installing the Tunduk app

tunduk-app = 📲 «Tunduk» ilovasini qanday o'rnatish
    .button = 📲 «Tunduk»ni o'rnatish
tunduk-app-install =
    1. Telefonda ilovalar do'konini oching: Play Market (Android) yoki App Store (iPhone).
    2. Qidiruvga «Tunduk» deb yozing va ilovani o'rnating.
    ⚠️ Faqat davlat ilovasini o'rnating. To'g'ri topganingizga ishonchingiz komil bo'lmasa, 119 raqamidan yoki TsONdan so'rang.
tunduk-app-login =
    Kirish uchun PIN raqamingiz (pasportdagi 14 ta raqam) va o'zingizning elektron pochtangiz kerak — unga kod keladi.
    ⚠️ Ilovada ro'yxatdan o'tish bo'yicha rasmiy bosqichma-bosqich yo'riqnomani topa olmadik. Bo'lmasa, TsONda ilovani sozlab berishadi.
tunduk-app-what =
    Ilovada nima qilish mumkin:
    • TsONga qabulga yozilish;
    • bulutli elektron imzo olish (2025-yil martidan);
    • ID-karta va xorijga chiqish pasportini almashtirish;
    • pasport va tug'ilganlik haqidagi guvohnomani raqamli ko'rinishda ko'rsatish.
    27.11.2026 holatiga ko'ra.

pin =
    PIN — 14 ta raqamdan iborat shaxsiy raqamingiz. U pasportingizda (ID-kartada) yozilgan.
    • PIN bilan portalga va «Tunduk» ilovasiga kirasiz.
    • PIN — bu sizning INN raqamingiz (soliq to'lovchi raqami) ham.
    Parolingiz va bir martalik kodlarni hech kimga aytmang.
    .button = 🔢 PIN nima
cloud-signature =
    Bulutli elektron imzo — onlayn xizmatlar uchun sizning imzoingiz.
    • Bepul, pasporti bor kattalar uchun.
    • 1 yil amal qiladi.
    • Qayerdan olish mumkin: TsON, biznesga xizmat ko'rsatish markazlari, fuqarolik va raqamli ta'lim markazlari, ayil okmotu (qishloq hokimligi), elchixona va konsulliklar.
    • 2025-yil martidan boshlab uni «Tunduk» ilovasida ham rasmiylashtirish mumkin.
    .button = ✍️ Bulutli imzo
link-esia = 🔗 esia.tunduk.kg
portal-login = 🔑 Portalga qanday kirish
    .button = 🔑 Portalga qanday kirish
portal-login-pin = Sizga shaxsiy raqamingiz (PIN) kerak bo'ladi — 14 ta raqam, u pasportingizda yozilgan.
portal-login-register =
    Ro'yxatdan o'tishning ikki yo'li bor:
    1. Bulutli elektron imzo bilan — bu eng oson yo'l.
    2. 2017-yil namunasidagi ID-karta bilan. Buning uchun kompyuter, kartani o'qiydigan qurilma (kartrider), unga ikkita dastur (portalda ular CryptoSocket va TumarCSP deb ataladi) hamda TsONda ID-karta bilan birga berilgan konvertdagi 4 xonali PIN-kod kerak.
portal-login-login =
    Kirish ikki bosqichda bo'ladi (ikki bosqichli himoya):
    1. PIN va parolni kiriting.
    2. Bir martalik kodni kiriting — u hisobingizga bog'langan elektron pochtaga keladi.
    Kira olmayapsizmi? TsONda joyida yordam berishadi.

## Menus of guides

services-family =
    Oila va bolalar. Yo'riqnomani tanlang:
    .button = 👨‍👩‍👧 Oila va bolalar
services-marriage =
    Nikoh, ajrashish va aliment. Yo'riqnomani tanlang:
    .button = 💍 Nikoh, ajrashish, aliment
services-documents =
    Hujjatlar va ma'lumotnomalar. Yo'riqnomani tanlang:
    .button = 📄 Hujjatlar va ma'lumotnomalar
services-support =
    Sog'liq, nafaqalar va ish. Yo'riqnomani tanlang:
    .button = 🩺 Sog'liq, nafaqa, ish

## In-person help and words

con =
    TsON — aholiga xizmat ko'rsatish markazlari (qirg'izcha KTB). Mamlakatda ular 52 ta, ularni «Kyzmat» davlat muassasasi boshqaradi.
    • Dushanba–juma, 09:00–18:00 ishlaydi.
    • Navbatda turmaslik uchun «Tunduk» ilovasida oldindan yoziling.
    • 119 ma'lumot liniyasi — barcha mobil operatorlardan bepul, dushanba–juma.
    TsONda bulutli imzo olish, hujjatlarni rasmiylashtirish va savollar berish mumkin.
    .button = 🏢 TsON: joyida yordam
glossary =
    Lug'at:
    • PIN — pasportdagi 14 ta raqamdan iborat shaxsiy raqam. Qirg'izcha JIN.
    • Elektron imzo (rasmiy nomi ERI) — internetdagi imzoingiz. Bulutli imzoni bepul olish mumkin.
    • Davlat xizmatlariga kirish (rasmiy nomi — yagona identifikatsiya tizimi): PIN, parol va pochtaga kelgan kod.
    • TsON (KTB) — aholiga xizmat ko'rsatish markazi: bu yerda hujjatlar rasmiylashtiriladi.
    • ZAGS — tug'ilish, nikoh, ajrashish va boshqa hodisalarni ro'yxatga oladigan idora (FHDYo).
    • Ijtimoiy himoya — tumandagi mehnat va ijtimoiy rivojlanish boshqarmasi: bu yerda nafaqalar tayinlanadi.
    • «Tunduk» — davlatning ma'lumot almashish tizimi va davlat xizmatlari uchun ilova.
    .button = 📖 Lug'at
