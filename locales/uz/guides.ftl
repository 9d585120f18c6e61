### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

## Step-by-step guides for public services.
## Facts and sources: dialogues/SOURCES.md. Never add a fee, deadline or phone
## number that is not in SOURCES.md.

## Birth registration

birth-registration = 👶 Tug'ilganlikni ro'yxatdan o'tkazish
    .button = 👶 Tug'ilganlikni ro'yxatdan o'tkazish
birth-registration-where =
    Bolaning tug'ilganini davlat ro'yxatidan o'tkazish kerak (qirg'izcha «Туулгандыгын мамлекеттик каттоо»).
    Qayerga borish kerak: ЦОНga yoki ЗАГСga.
birth-registration-documents =
    O'zingiz bilan nima olish kerak:
    1. Tug'ruqxonadan berilgan tug'ilganlik haqidagi tibbiy guvohnoma.
    2. Ota-onaning pasportlari (shaxsni tasdiqlovchi hujjatlari).
    3. Nikoh guvohnomasi. Agar nikohda bo'lmasangiz — onaning pasporti.
birth-registration-cost =
    Ro'yxatdan o'tkazish narxi va muddatlari biz tekshirgan manbalarda ko'rsatilmagan.
    Ularni 119 raqami (bepul, dushanba–juma) yoki ЦОН orqali aniqlang.
birth-registration-online =
    Onlayn: «Kyzmat» xizmati tug'ilganlikni ro'yxatdan o'tkazish haqidagi arizani onlayn ham berish mumkinligini aytadi. ⚠️ Aynan qayerda — buni hali tekshiryapmiz, 119 raqamidan so'rang.
    Ro'yxatdan o'tkazgandan keyin «Балага сүйүнчү» to'lovini rasmiylashtiring — quyidagi tugma.

## «Балага сүйүнчү»

balaga-suyunchu = 🎁 «Балага сүйүнчү»
    .button = 🎁 «Балага сүйүнчү»
balaga-suyunchu-what =
    «Балага сүйүнчү» — bola tug'ilganda beriladigan bir martalik to'lov.
    • Har bir bola uchun 4 000 som.
    • Agar uch egizak yoki undan ko'p bola tug'ilgan bo'lsa, har bir bola uchun 50 000 som.
    • Oila daromadi tekshirilmaydi.
    ⚠️ Summalar o'zgargan bo'lishi mumkin — 119 raqami orqali aniqlang.
balaga-suyunchu-when =
    Muddat: arizani bola tug'ilgandan keyin 6 oy ichida bering.
    Kechiktirmang: bu muddatdan keyin to'lovni olmasligingiz mumkin.
balaga-suyunchu-where =
    Qayerga: ЦОНga yoki ЗАГСga.
    Hujjatlar: agar tug'ilganlik allaqachon ro'yxatdan o'tgan bo'lsa, pasport yetarli.
    «Kyzmat» xizmati to'lovni onlayn ham rasmiylashtirish mumkinligini aytadi. Aynan qanday qilib va biror narsa uchun pul to'lash kerakmi — 119 raqami orqali aniqlang.

## «Үй-бүлөгө көмөк»

uy-bulogo-komok = 👨‍👩‍👧 «Үй-бүлөгө көмөк»
    .button = 👨‍👩‍👧 «Үй-бүлөгө көмөк»
uy-bulogo-komok-what =
    «Үй-бүлөгө көмөк» — bolali kam ta'minlangan oilalarga har oylik nafaqa.
    • 16 yoshgacha bo'lgan har bir bola uchun oyiga 1 200 som.
    • Tog'li tumanlarda summa yuqoriroq: koeffitsiyentlar qo'llanadi.
uy-bulogo-komok-who =
    Kimga beriladi: bir kishiga to'g'ri keladigan daromadi kafolatlangan minimal daromaddan — 1 000 somdan past bo'lgan oilalarga.
    ⚠️ Bu 2025-yil fevral holatidagi ma'lumot. Summalar o'zgargan bo'lishi mumkin.
uy-bulogo-komok-where =
    Qayerga murojaat qilish kerak: yashash joyingizdagi tuman ijtimoiy himoya boshqarmasiga (sotsialka).
    ⚠️ Arizani onlayn berish mumkinmi — tasdiqlanmagan.
    Hujjatlar ro'yxati bizning manbalarimizda ko'rsatilmagan — ijtimoiy himoya bo'limida so'rang.
uy-bulogo-komok-term =
    Nafaqa 1 yilga tayinlanadi. Keyin uni uzaytirish mumkin — o'z vaqtida murojaat qilishni unutmang.

## New child benefits

new-child-benefits = 🍼 Bolalar uchun yangi nafaqalar
    .button = 🍼 Bolalar uchun yangi nafaqalar
new-child-benefits-bala-yrysy =
    «Бала ырысы»: 3 yoshgacha bo'lgan har bir bola uchun oyiga 1 200 som. Oila daromadi ahamiyatga ega emas.
    To'lovlar — 2026-yil 1-iyuldan.
    ⚠️ Rasmiylashtirish tartibini Vazirlar Mahkamasi tasdiqlashi kerak. Uni ijtimoiy himoya bo'limida yoki 119 raqami orqali aniqlang.
new-child-benefits-mountain =
    Baland tog'li hududlar aholisiga yordam («Бийик тоолуу аймактардын жашоочуларына көмөк»):
    3 yoshgacha bo'lgan uchinchi va undan keyingi har bir bola uchun oyiga 3 000 som. To'lovlar — 2026-yil 1-yanvardan.
new-child-benefits-bala-bereke =
    «Бала береке»: to'rtinchi va undan keyingi har bir bola uchun 100 000 dan 2 000 000 somgacha bir martalik to'lov.
    U bola 1 yoshga to'lganda to'lanadi, shuning uchun birinchi to'lovlar — 2027-yilda.
    Aynan kimga huquq borligini ijtimoiy himoya bo'limida aniqlang.
new-child-benefits-where =
    Bu nafaqalarni qanday rasmiylashtirish biz tekshirgan manbalarda hali yozilmagan.
    Tuman ijtimoiy himoya boshqarmasidan yoki 119 raqamidan (bepul, dushanba–juma) so'rang.

## First grade

school-enrolment = 🎒 1-sinfga yozilish
    .button = 🎒 1-sinfga yozilish
link-1mektep = 🔗 1mektep.edu.gov.kg
school-enrolment-site =
    Bolani birinchi sinfga onlayn yozdirish mumkin: 1mektep.edu.gov.kg saytida (quyidagi tugma).
    Yozilishda test va imtihonlar yo'q.
school-enrolment-apply =
    Arizani qanday berish kerak:
    1. Saytga PIN va parol bilan kiring.
    2. Ariza berish tugmasini bosing.
    3. Bolani, maktabni va ta'lim tilini tanlang.
    Ma'lumotlar «Tunduk» tizimi orqali avtomatik tekshiriladi.
school-enrolment-dates =
    2026/27 o'quv yili uchun muddatlar:
    • 1-bosqich — 1-apreldan, soat 10:00 dan: maktab mikrorayoni bo'yicha;
    • 2-bosqich — 1-iyundan, soat 10:00 dan.
    Boshqa yillarda sanalar farq qilishi mumkin — saytga qarang.
school-enrolment-help =
    Yozilish uchun to'lov bizning manbalarimizda ko'rsatilmagan.
    Saytga kira olmayapsizmi? ЦОНda yoki 119 raqami orqali yordam berishadi.

## Kindergarten

kindergarten = 🧸 Bog'chaga navbat
    .button = 🧸 Bog'chaga navbat
link-balabakcha = 🔗 balabakcha.edu.gov.kg
kindergarten-queue =
    Bog'chaga elektron navbat orqali yoziladi: balabakcha.edu.gov.kg (quyidagi tugma). 6 oylikdan 7 yoshgacha bo'lgan bolalar uchun.
    ⚠️ 2019-yilda navbat faqat Bishkek va Oshda ishlagan. U sizning shahringizda ishlaydimi — 119 raqami orqali aniqlang.
kindergarten-track =
    Navbatdagi o'rningizni bolaning tug'ilganlik haqidagi guvohnomasi raqami bo'yicha tekshirish mumkin.
    Bildirishnomalar elektron pochtaga yoki ilovaga keladi.
kindergarten-documents =
    Bildirishnoma kelgach, hujjatlarni 15 ish kuni ichida olib boring. Bu muddatni o'tkazib yubormang!
    Qanday hujjatlar kerakligi va bu qancha turishi bizning manbalarimizda ko'rsatilmagan — 119 raqami orqali aniqlang.

## Certificate of no criminal record

no-criminal-record = 📄 Sudlanmaganlik haqida ma'lumotnoma
    .button = 📄 Sudlanmaganlik haqida ma'lumotnoma
no-criminal-record-login =
    Sudlanmaganlik haqidagi ma'lumotnomani onlayn va bepul buyurtma qilish mumkin.
    portal.tunduk.kg portaliga yoki «Tunduk» ilovasiga kiring.
no-criminal-record-order =
    1. «Маалымкаттар, көчүрмөлөр» (ma'lumotnomalar va nusxalar) bo'limini oching.
    2. Sudlanmaganlik haqidagi bepul ma'lumotnomani tanlang.
    3. Uni qayerdan olishingizni tanlang.
no-criminal-record-time =
    Bepul ma'lumotnoma 7 kun ichida tayyor bo'ladi.
    Pullik varianti ham bor — 3 soatda; natija shaxsiy kabinetga, Telegram'ga yoki pochtaga keladi.
    ⚠️ Pullik variantning narxi va shartlarini 119 raqami orqali aniqlang: ular o'zgargan bo'lishi mumkin.

## ID card and travel passport

id-passport = 🪪 ID-karta va xorijga chiqish pasporti
    .button = 🪪 ID-karta va xorijga chiqish pasporti
id-passport-id-app =
    ID-kartani onlayn almashtirish: 2024-yil 15-noyabrdan boshlab ID-kartani «Tunduk» ilovasida almashtirish mumkin.
    Bu sizda 2017–2024-yillar namunasidagi chipli ID-karta bo'lsa, mumkin.
id-passport-passport =
    2020-yil namunasidagi xorijga chiqish pasportini «Tunduk» ilovasida almashtirish mumkin.
    Muddati — 18 ish kuni.
id-passport-first-id =
    Birinchi ID-karta (16 yoshda) ЦОНda rasmiylashtiriladi. Nima kerak:
    1. PIN.
    2. Tug'ilganlik haqidagi guvohnoma.
    3. Ota-onaning pasportlari.
    4. Uy-joy hujjatlari yoki egasining notarial roziligi.
    Muddati — kamida 12 ish kuni.
id-passport-cost =
    Narxi biz tekshirgan manbalarda ko'rsatilmagan. To'lashdan oldin uni 119 raqami yoki ЦОН orqali aniqlang.
    Agar pasport yo'qolgan yoki boshqa odamda qolgan bo'lsa — ЦОНga murojaat qiling: u yerda nima qilish kerakligini aytishadi.

## Address registration

address-registration =
    Propiska (yashash joyi bo'yicha ro'yxatga olish). Nima kerak:
    • pasportingiz;
    • bola uchun — tug'ilganlik haqidagi guvohnoma;
    • uy-joy hujjati yoki egasining pasporti yoki uning notarial roziligi.
    Pasport va tug'ilganlik haqidagi guvohnomani raqamli ko'rinishda — «Tunduk» ilovasida ko'rsatish mumkin.
    ⚠️ Propiskani to'liq onlayn rasmiylashtirish mumkinmi — tasdiqlanmagan. Uni qayerda rasmiylashtirish va bu qancha turishini 119 raqami yoki ЦОН orqali aniqlang.
    .button = 🏘 Propiska

## Pension

pension = 👵 Pensiya
    .button = 👵 Pensiya
link-sf = 🔗 Ijtimoiy fond: lk.sf.kg
pension-auto =
    Pensiyani Ijtimoiy fond tayinlaydi.
    2026-yil 1-iyuldan boshlab pensiya avtomatik tayinlanadi: Ijtimoiy fond kerakli ma'lumotlarni 17 ta idoradan «Tunduk» tizimi orqali o'zi oladi.
    ⚠️ Bu ma'lumotlar sanasi ko'rsatilmagan maqoladan olingan — Ijtimoiy fondda yoki 119 raqami orqali aniqlang.
pension-notice =
    Pensiya haqidagi bildirishnoma «Tunduk» ilovasiga keladi. U yerda pensiyani qaysi bankda olishingizni ham tanlash mumkin.
pension-cabinet =
    Ijtimoiy fondning shaxsiy kabineti — lk.sf.kg (quyidagi tugma). Kirish — «Tunduk» yagona kirish tizimi (ЕСИ) orqali: PIN, parol va kod bilan.

## Sole trader

sole-trader = 💼 Yakka tartibdagi tadbirkorlikni qanday ochish
    .button = 💼 YaTT qanday ochiladi
link-salyk = 🔗 cabinet.salyk.kg
sole-trader-what =
    YaTT — yakka tartibdagi tadbirkor (ruscha ИП). Ro'yxatdan onlayn yoki soliq xizmatiga o'zingiz borib o'tish mumkin.
    Sizning INN raqamingiz — bu pasportingizdagi PIN.
sole-trader-online =
    Onlayn:
    1. cabinet.salyk.kg saytini oching (quyidagi tugma).
    2. «Регистрация» (ro'yxatdan o'tish) tugmasini bosing va onlayn arizani tanlang.
    3. Shaxsingizni tasdiqlang: ЕСИ («Tunduk»), elektron imzo (ERI) yoki Smart-iD KG orqali.
sole-trader-in-person =
    O'zingiz borib: soliq xizmatida STI-163 shaklini to'ldiring va pasport nusxasini ilova qiling.
sole-trader-cost =
    Narxi, muddatlari va qanday soliqlar to'lanishi biz tekshirgan manbalarda ko'rsatilmagan. Soliq xizmatida aniqlang.
