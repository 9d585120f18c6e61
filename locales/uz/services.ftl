### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

## Online public services: menus, getting access, in-person help.

services =
    Onlayn davlat xizmatlari. Davlat xizmatlari portalidan va «Tunduk» ilovasidan olingan hujjatlar imzo va muhr qo'yilgan qog'oz bilan bir xil kuchga ega.
    Biror narsa tushunarsiz bo'lsa — 119 ga qo'ng'iroq qiling (bepul, dushanba–juma) yoki ЦОНga boring.
    Sizni nima qiziqtiradi?
    .button = 🏛 Onlayn davlat xizmatlari
link-portal = 🔗 Davlat xizmatlari portali

## Getting access

services-start =
    Nimadan boshlash kerak. Onlayn davlat xizmatlari uchun sizga kerak bo'ladi:
    1. PIN raqamingiz — u pasportingizda yozilgan;
    2. bulutli elektron imzo — u bepul;
    3. portalga yoki «Tunduk» ilovasiga kirish.
    Nima haqida aytib berishni tanlang:
    .button = 🔑 Nimadan boshlash kerak
tunduk =
    Davlat xizmatlari portali — portal.tunduk.kg. Xizmatlar «Tunduk» mobil ilovasida ham bor.
    • U yerdan olingan hujjatlar imzo va muhr qo'yilgan qog'oz bilan bir xil kuchga ega.
    • Portalni Raqamli rivojlanish vazirligi huzuridagi «Tunduk» davlat muassasasi yuritadi.
    • Ilovada ЦОНga qabulga yozilish mumkin.
    .button = 📱 Portal va ilova
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
    • Qayerdan olish mumkin: ЦОН, biznesga xizmat ko'rsatish markazlari, fuqarolik va raqamli ta'lim markazlari, ayil okmotu, elchixona va konsulliklar.
    • 2025-yil martidan boshlab uni «Tunduk» ilovasida ham rasmiylashtirish mumkin.
    .button = ✍️ Bulutli imzo
link-esia = 🔗 esia.tunduk.kg
portal-login = 🔑 Portalga qanday kirish
    .button = 🔑 Portalga qanday kirish
portal-login-pin = Sizga shaxsiy raqamingiz (PIN) kerak bo'ladi — 14 ta raqam, u pasportingizda yozilgan.
portal-login-register =
    Ro'yxatdan o'tishning ikki yo'li bor:
    1. Bulutli elektron imzo bilan.
    2. 2017-yil namunasidagi ID-karta bilan. Buning uchun kartrider, CryptoSocket va TumarCSP dasturlari hamda ЦОНda ID-karta bilan birga berilgan konvertdagi 4 xonali PIN-kod kerak.
portal-login-login =
    Kirish ikki bosqichda bo'ladi (ikki bosqichli himoya):
    1. PIN va parolni kiriting.
    2. Bir martalik kodni kiriting — u hisobingizga bog'langan elektron pochtaga keladi.
    Kira olmayapsizmi? ЦОНda joyida yordam berishadi.

## Menus of guides

services-family =
    Oila va bolalar. Yo'riqnomani tanlang:
    .button = 👨‍👩‍👧 Oila va bolalar
services-documents =
    Hujjatlar va ma'lumotnomalar. Yo'riqnomani tanlang:
    .button = 📄 Hujjatlar va ma'lumotnomalar

## In-person help and words

con =
    ЦОН — aholiga xizmat ko'rsatish markazlari (qirg'izcha КТБ). Mamlakatda ular 52 ta, ularni «Kyzmat» davlat muassasasi boshqaradi.
    • Dushanba–juma, 09:00–18:00 ishlaydi.
    • Navbatda turmaslik uchun «Tunduk» ilovasida oldindan yoziling.
    • 119 ma'lumot liniyasi — barcha mobil operatorlardan bepul, dushanba–juma.
    ЦОНda bulutli imzo olish, hujjatlarni rasmiylashtirish va savollar berish mumkin.
    .button = 🏢 ЦОН: joyida yordam
glossary =
    Lug'at:
    • PIN — pasportdagi 14 ta raqamdan iborat shaxsiy raqam. Qirg'izcha ЖИН.
    • ERI — elektron raqamli imzo (ruscha ЭЦП). Bulutli imzoni bepul olish mumkin.
    • ЕСИ — yagona identifikatsiya tizimi: u orqali davlat xizmatlariga kirasiz.
    • ЦОН (КТБ) — aholiga xizmat ko'rsatish markazi: bu yerda hujjatlar rasmiylashtiriladi.
    • ЗАГС — tug'ilish, nikoh va boshqa hodisalarni ro'yxatga oladigan idora.
    • «Tunduk» — davlatning ma'lumot almashish tizimi va davlat xizmatlari uchun ilova.
    .button = 📖 Lug'at
