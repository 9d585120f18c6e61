### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).
### One script per message: Latin only. Offices and programmes are written in
### their Latin form (TsON, ZAGS, «Balaga suyunchu»), never in Cyrillic.

## Step-by-step guides for public services.
## Facts and sources: dialogues/SOURCES.md. Never add a fee, deadline or phone
## number that is not in SOURCES.md. Name no news site and no decree number on
## her screen: they go to SOURCES.md. At most one short "as of <date>" line per
## screen (the date someone read the source, not a check of the fact).

## Birth registration

birth-registration = 👶 Tug'ilganlikni ro'yxatdan o'tkazish
    .button = 👶 Tug'ilganlikni ro'yxatdan o'tkazish
birth-registration-where =
    Bolaning tug'ilganini davlat ro'yxatidan o'tkazish kerak (qirg'izcha «Tuulgandygyn mamlekettik kattoo»).
    Qayerga borish kerak: TsONga yoki ZAGSga.
birth-registration-documents =
    O'zingiz bilan nima olish kerak:
    1. Tug'ruqxonadan berilgan tug'ilganlik haqidagi tibbiy guvohnoma.
    2. Ota-onaning pasportlari (shaxsni tasdiqlovchi hujjatlari).
    3. Nikoh guvohnomasi. Agar nikohda bo'lmasangiz — onaning pasporti.
    Ota-onaning pasporti bo'lmasa ham, 1 yoshgacha bo'lgan bola tug'ruqxona ma'lumotnomasi asosida ro'yxatga olinadi.
birth-registration-cost =
    Ro'yxatdan o'tkazish narxi va muddatlarini hozircha topa olmadik.
    Ularni 119 raqami (bepul, dushanba–juma) yoki TsON orqali aniqlang.
birth-registration-online =
    Onlayn (27.11.2026 holatiga ko'ra): «Kyzmat» xizmati tug'ilganlikni ro'yxatdan o'tkazish arizasini onlayn ham berish mumkinligini aytadi. ⚠️ Aynan qayerda — aytilmagan, 119 raqamidan so'rang.
    Ro'yxatdan o'tkazgandan keyin «Balaga suyunchu» to'lovini rasmiylashtiring — quyidagi tugma.

## «Balaga suyunchu»

balaga-suyunchu = 🎁 «Balaga suyunchu»
    .button = 🎁 «Balaga suyunchu»
balaga-suyunchu-what =
    «Balaga suyunchu» (qirg'izcha; o'zbekcha «bolaga suyunchi») — bola tug'ilganda beriladigan bir martalik to'lov.
    • Har bir bola uchun 4 000 som.
    • Agar uch egizak yoki undan ko'p bola tug'ilgan bo'lsa, har bir bola uchun 50 000 som.
    • Oila daromadi tekshirilmaydi.
    27.11.2026 holatiga ko'ra. ⚠️ Summalar o'zgargan bo'lishi mumkin — 119 raqami orqali aniqlang.
balaga-suyunchu-when =
    Muddat: arizani bola tug'ilgandan keyin 6 oy ichida bering.
    Kechiktirmang: bu muddatdan keyin to'lovni olmasligingiz mumkin.
balaga-suyunchu-where =
    Qayerga: TsONga yoki ZAGSga.
    Hujjatlar: agar tug'ilganlik allaqachon ro'yxatdan o'tgan bo'lsa, pasport yetarli.
    «Kyzmat» xizmati to'lovni onlayn ham rasmiylashtirish mumkinligini aytadi. Aynan qanday qilib va biror narsa uchun pul to'lash kerakmi — 119 raqami orqali aniqlang.

## Maternity benefit

maternity-benefit = 🤰 Homiladorlik va tug'ish nafaqasi
    .button = 🤰 Homiladorlik va tug'ish nafaqasi
maternity-benefit-who =
    Homiladorlik va tug'ish nafaqasi. Kimga beriladi:
    • ishlaydigan ayollarga;
    • yakka tartibdagi tadbirkorlarga (YaTT);
    • dehqon (fermer) xo'jaliklari a'zolariga;
    • rasmiy ro'yxatdan o'tgan va ishsizlik nafaqasini oladigan ishsizlarga.
    Poliklinika yoki tug'ruqxonadan berilgan kasallik varaqasi kerak.
maternity-benefit-where =
    Qayerga murojaat qilish kerak:
    • Ishlasangiz — ish beruvchiga: erkin shakldagi ariza va kasallik varaqasi.
    • YaTT, fermer xo'jaligi a'zosi yoki ishsiz bo'lsangiz — tuman mehnat va ijtimoiy rivojlanish boshqarmasiga (ijtimoiy himoyaga): ariza va PIN. Qolgan ma'lumotlarni ular «Tunduk» orqali o'zlari olishadi.
maternity-benefit-amount =
    Qancha to'lanadi:
    • ishlaydiganlarga — birinchi 10 ish kuni uchun ish haqining 100%;
    • 11-ish kunidan boshlab — oyiga 2 000 som (nafaqa olish huquqi borlarning hammasiga);
    • baland tog'li yoki borish qiyin hududda ishlaydiganlarga — barcha kunlar uchun ish haqining 100%.
    Mehnat vazirligi ma'lumotiga ko'ra, 30.11.2026 holatiga ko'ra. ⚠️ Ijtimoiy himoyada yoki 119 raqami orqali aniqlang.
maternity-benefit-not-working =
    Agar ishlamasangiz va ishsiz sifatida ro'yxatda turmasangiz, homiladorlik va tug'ish nafaqasini topa olmadik. Lekin sizga quyidagilar tegishli:
    • bola tug'ilganda «Balaga suyunchu»;
    • 2026-yil 1-iyuldan — 3 yoshgacha bo'lgan bola uchun «Bala yrysy».
    Tug'ish bepul, erta ro'yxatga tursangiz esa bepul tibbiy polis berishadi — quyidagi tugma.

## «Uy-bulogo komok»

uy-bulogo-komok = 👨‍👩‍👧 «Uy-bulogo komok»
    .button = 👨‍👩‍👧 «Uy-bulogo komok»
uy-bulogo-komok-what =
    «Uy-bulogo komok» (qirg'izcha «oilaga yordam») — bolali kam ta'minlangan oilalarga har oylik nafaqa.
    • 16 yoshgacha bo'lgan har bir bola uchun oyiga 1 200 som.
    • Tog'li tumanlarda summa yuqoriroq: u tuman koeffitsiyentiga ko'paytiriladi.
    ⚠️ 2025-yil 1-avgustdan 1 500 somgacha oshirish va'da qilingan. Bu amalga oshdimi — ijtimoiy himoyada aniqlang.
uy-bulogo-komok-who =
    Kimga beriladi: bir kishiga oyiga 1 000 somdan kam daromad to'g'ri keladigan oilalarga (rasmiy nomi «kafolatlangan minimal daromad»).
    Oilada ishlay oladigan, lekin ishlamaydigan katta odam bo'lsa, u avval ishsiz sifatida ro'yxatga turishi kerak. Buning uchun qog'oz ma'lumotnoma kerak emas.
    ⚠️ 2025-yil fevral va iyul holatidagi ma'lumot. Summalar o'zgargan bo'lishi mumkin.
uy-bulogo-komok-where =
    Qayerga: haqiqatda yashayotgan joyingizdagi tuman mehnat va ijtimoiy rivojlanish boshqarmasiga (ijtimoiy himoyaga). Propiska ahamiyatga ega emas.
    ⚠️ Arizani onlayn berish mumkinmi — tasdiqlanmagan.
    Hujjatlar ro'yxatini topa olmadik — ijtimoiy himoyada so'rang.
uy-bulogo-komok-term =
    Nafaqa 1 yilga tayinlanadi. Keyin uni uzaytirish mumkin — o'z vaqtida murojaat qilishni unutmang.
    Muhim: ijtimoiy shartnoma imzolagan oila bu nafaqani 3 yil ola olmaydi.

## New child benefits

new-child-benefits = 🍼 Bolalar uchun yangi nafaqalar
    .button = 🍼 Bolalar uchun yangi nafaqalar
new-child-benefits-bala-yrysy =
    «Bala yrysy» (qirg'izcha «bola baxti»): 3 yoshgacha bo'lgan har bir bola uchun oyiga 1 200 som. Oila daromadi ahamiyatga ega emas.
    To'lovlar — 2026-yil 1-iyuldan.
    ⚠️ Uni qanday rasmiylashtirish hali e'lon qilinmagan. Ijtimoiy himoyada yoki 119 raqami orqali aniqlang.
new-child-benefits-mountain =
    Baland tog'li hududlar aholisiga yordam (qirg'izcha «Biyik tooluu aymaktardyn jashoochularyna komok»):
    3 yoshgacha bo'lgan uchinchi va undan keyingi har bir bola uchun oyiga 3 000 som, agar bola 2026-yil 1-yanvarda yoki undan keyin tug'ilgan bo'lsa. Undan oldin tug'ilgan bolalarga hozircha to'lanmaydi (bu haqdagi qonun loyihasi hali qabul qilinmagan). To'lovlar — 2026-yil 1-yanvardan.
    Uni boshqa nafaqalar bilan birga olish mumkin, faqat «Uy-bulogo komok» bilan emas.
new-child-benefits-bala-bereke =
    «Bala bereke» — bir martalik to'lov, lekin hammaga emas, faqat quyidagi onalarga:
    • to'rtinchi yoki undan keyingi bolani 2026-yil 1-yanvarda yoki undan keyin tuqqan;
    • ariza bergan kunga qadar baland tog'li yoki uzoq, borish qiyin joyda kamida 2 yil doimiy yashagan.
    Huquq Qirg'iziston fuqarolari va qayrilmanlarga (qaytib kelgan qirg'izlarga) bor. Katta bolalarning hammasi, shu jumladan vafot etganlari ham hisobga olinadi.
new-child-benefits-bala-bereke-sum =
    «Bala bereke» summasi: 4-bola uchun — 100 000 som, 5-bola — 600 000, 6-bola — 800 000, 7-bola — 1 000 000, 8-bola — 1 200 000, 9-bola — 1 500 000, 10-bola va undan keyingilar — 2 000 000.
    Muddat: to'lov bola 1 yoshga to'lganda beriladi. Arizani bolaning birinchi tug'ilgan kunidan keyin 6 oy ichida bering — o'tkazib yubormang! Birinchi to'lovlar — 2027-yilda.
    30.11.2026 holatiga ko'ra.
new-child-benefits-where =
    Bu nafaqalarga arizani qayerga berish hali e'lon qilinmagan.
    Tuman mehnat va ijtimoiy rivojlanish boshqarmasidan (ijtimoiy himoyadan) yoki 119 raqamidan (bepul, dushanba–juma) so'rang.

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
    27.11.2026 holatiga ko'ra.
school-enrolment-help =
    Yozilish uchun to'lovni topa olmadik.
    Saytga kira olmayapsizmi? TsONda yoki 119 raqami orqali yordam berishadi.

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
    Qanday hujjatlar kerakligi va bu qancha turishini topa olmadik — 119 raqami orqali aniqlang.

## Marriage registration

marriage-registration = 💍 Nikohni ro'yxatdan o'tkazish
    .button = 💍 Nikohni ro'yxatdan o'tkazish
marriage-registration-where =
    Nikohni davlat ro'yxatidan o'tkazish (qirg'izcha «Nikeni mamlekettik kattoo»).
    Arizani ikkalangiz birga berasiz: TsONda, Bishkek yoki Oshdagi Nikoh saroyida yoki aholini ro'yxatga olish bo'limida (ZAGS).
    Ikkalangizdan birining yoki ota-onangizning yashash joyida ro'yxatga olinadi.
marriage-registration-documents =
    Nima kerak:
    1. Ikkalangizning pasportlaringiz.
    2. Birgalikdagi ariza — uni o'sha yerda to'ldirasiz.
    3. Agar biringiz avval nikohda bo'lgan bo'lsangiz — nikohni bekor qilish haqidagi guvohnoma yoki avvalgi turmush o'rtog'ining vafoti haqidagi guvohnoma.
marriage-registration-when =
    Nikoh arizadan 1 oy o'tgach ro'yxatga olinadi. Homiladorlik, bola tug'ilgani yoki hayotga xavf bo'lsa — o'sha kuni ham mumkin.
    Ikkalangiz ham kelishingiz kerak. Nikoh yoshi — 18.
    Narxini topa olmadik — 119 raqamidan yoki TsONdan aniqlang.
marriage-registration-nike =
    Muhim: ZAGSda ro'yxatdan o'tmagan nikoh (nikoh o'qitish, «nike») qonun bo'yicha nikoh hisoblanmaydi.
    ⚠️ Ro'yxatdan o'tmasa, ayolga umumiy mol-mulkdan ulush va ajrashgandan keyin ta'minot olish qiyinroq.
    Nikohni ro'yxatdan o'tkazish sizni va bolalaringizni himoya qiladi.

## Divorce

divorce-registration = 📄 Ajrashish
    .button = 📄 Ajrashish
link-jardam-guide = 🔗 Bepul yuristlar: jardam.kg
divorce-registration-how =
    Ajrashish (rasmiy nomi «nikohni bekor qilish»).
    ⚠️ Agar 18 yoshgacha umumiy bolalaringiz bo'lsa yoki eringiz rozi bo'lmasa, ajrashish odatda sud orqali o'tadi. Sudyalar er-xotinga yarashish uchun vaqt berishadi.
    Bolalar bo'lmasa va ikkalangiz rozi bo'lsangiz, sudsiz, ZAGSda ajrashish mumkinmi — topa olmadik. 119 raqamidan yoki TsONdan so'rang.
divorce-registration-help =
    Adliya vazirligi huzuridagi Yuridik yordam xizmati yuristlari hammaga bepul maslahat berishadi. Ular sudga arizani qanday berish va bu qancha turishini aytib berishadi. Sayti — jardam.kg (quyidagi tugma).
    Agar sizga tahdid qilishsa, yuristga ayting: bosh menyudagi «Zo'ravonlikda yordam» bo'limi.
divorce-registration-children =
    Bolalar: ona va otaning huquqlari teng. Ota-ona bolalar kim bilan yashashi va otasi ularning hayotida qanday qatnashishi haqida yozma kelishib olishlari mumkin.
    Bolalar uchun pul haqida — keyingi «Aliment» yo'riqnomasi (quyidagi tugma).

## Alimony

alimony-claim = 💰 Bolaga aliment
    .button = 💰 Aliment
alimony-claim-agree =
    Aliment — bolani boqish uchun beriladigan pul.
    1-qadam: bolaning otasi bilan summa bo'yicha kelishib oling va kelishuvni notariusda tasdiqlating.
    Adliya vazirligi Yuridik yordam xizmatining jardam.kg sayti ma'lumotlariga ko'ra (11.04.2024; 30.11.2026 holatiga ko'ra).
alimony-claim-court =
    2-qadam: kelisha olmasangiz — sudga murojaat qiling.
    Sud buyrug'ini so'rashingiz mumkin: bu soddalashtirilgan tartib, sud otasiz ham hal qiladi. Xavfi: keyin u menga xabar berilmagan deb, buyruqni bekor qildirishi mumkin.
    Yuridik yordam xizmati yuristlari bepul maslahat berishadi (jardam.kg, quyidagi tugma).
alimony-claim-amount =
    Qancha: odatda otaning daromadidan bitta bolaga ¼, ikkitaga ⅓, uch va undan ko'p bolaga ½.
    Eng kam miqdori: bitta bolaga 1 eng kam ish haqi, ikkitaga 1,5, uch va undan ko'piga 2 — agar sud aniq summa belgilamagan bo'lsa.
    ⚠️ Sanasiz ikki maqola bo'yicha. Aniq miqdorni yuristdan so'rang.
alimony-claim-enforce =
    U to'lamasa: sud qarorini Bosh prokuratura huzuridagi Sud ijrochilari xizmati ijro etadi.
    Sud qarzdorga qarzini to'liq to'lamaguncha mamlakatdan chiqishni taqiqlashi mumkin.
    30.11.2026 holatiga ko'ra.

## Certificate of no criminal record

no-criminal-record = 📄 Sudlanmaganlik haqida ma'lumotnoma
    .button = 📄 Sudlanmaganlik haqida ma'lumotnoma
no-criminal-record-login =
    Sudlanmaganlik haqidagi ma'lumotnomani onlayn va bepul buyurtma qilish mumkin.
    portal.tunduk.kg portaliga yoki «Tunduk» ilovasiga kiring.
no-criminal-record-order =
    1. «Maalymkattar, kochurmolor» (ma'lumotnomalar va nusxalar) bo'limini oching.
    2. Sudlanmaganlik haqidagi bepul ma'lumotnomani tanlang.
    3. Uni qayerdan olishingizni tanlang.
    27.11.2026 holatiga ko'ra.
no-criminal-record-time =
    Bepul ma'lumotnoma 7 kun ichida tayyor bo'ladi.
    Pullik varianti ham bor — 3 soatda; natija shaxsiy kabinetga, Telegram'ga yoki pochtaga keladi.
    ⚠️ Pullik variantning narxi va shartlarini 119 raqami orqali aniqlang: ular o'zgargan bo'lishi mumkin.

## ID card and travel passport

id-passport = 🪪 ID-karta va xorijga chiqish pasporti
    .button = 🪪 ID-karta va xorijga chiqish pasporti
id-passport-id-app =
    ID-kartani onlayn almashtirish: ID-kartani «Tunduk» ilovasida almashtirish mumkin (2024-yil noyabridan).
    Bu sizda 2017–2024-yillar namunasidagi chipli ID-karta bo'lsa, mumkin.
id-passport-passport =
    2020-yil namunasidagi xorijga chiqish pasportini «Tunduk» ilovasida almashtirish mumkin.
    Muddati — 18 ish kuni.
id-passport-first-id =
    Birinchi ID-karta (16 yoshda) TsONda rasmiylashtiriladi. Nima kerak:
    1. PIN.
    2. Tug'ilganlik haqidagi guvohnoma.
    3. Ota-onaning pasportlari.
    4. Uy-joy hujjatlari yoki egasining notarial roziligi.
    Muddati — kamida 12 ish kuni.
id-passport-cost =
    ⚠️ Biz topgan narxlar 2021-yilniki: birinchi ID-karta yoki muddati tugaganda almashtirish — 12 ish kunida 510 som; tezroq bo'lsa — qimmatroq. TsONda narxnomadagidan ko'p so'rashsa, 119 ga qo'ng'iroq qiling.
    To'lashdan oldin narxni 119 raqamidan aniqlang.
    Pasportingiz yo'qolgan yoki uni olib qo'yishgan bo'lsa — keyingi yo'riqnoma (quyidagi tugma).

## Lost or withheld passport

passport-replace = 🆘 Pasport yo'qoldi yoki olib qo'yishdi
    .button = 🆘 Pasport yo'qoldi yoki olib qo'yildi
passport-replace-where =
    Pasportingiz (ID-karta) yo'qoldimi? TsONga yoki aholini ro'yxatga olish bo'limiga boring.
    Avval u yerda «Topilmalar byurosi» bazasini tekshirishadi — balki pasportingiz topilgandir.
    ⚠️ Manbasi — yangiliklar sayti, rasmiy emas.
passport-replace-old-passport =
    Eski namunadagi (1994 yoki 2004-yilgi) pasport yo'qoldimi?
    2017-yil namunasidagi ID-kartaga ariza bering va unda pasportni qachon, qayerda va qanday yo'qotganingizni yozing. Ariza 5 ish kunigacha ko'rib chiqiladi.
    Tug'ilganlik haqidagi guvohnoma faqat ma'lumotlaringiz davlat reyestrida yoki «Tunduk»da bo'lmasa kerak.
passport-replace-app =
    Chipli ID-karta (2017–2024-yillar)? Almashtirish arizasini, shu jumladan yo'qolgan karta uchun ham, «Tunduk» ilovasida berish mumkin: ilovada suratga tushish, TsONni tanlash, davlat bojini onlayn to'lash. Hujjatlar 1–3 kunda tekshiriladi, keyin karta tayyorligi haqida bildirishnoma keladi.
    2020-yil namunasidagi xorijga chiqish pasporti, yo'qolgan bo'lsa ham, ilovada 18 ish kunida almashtiriladi.
    ⚠️ Manbasi — yangiliklar sayti, rasmiy emas.
passport-replace-withheld =
    Pasportingizni eringiz, qaynonangiz yoki boshqa qarindoshlar olib qo'yib, bermayaptimi?
    Buning uchun maxsus tartibni topa olmadik. Nima qilish mumkin:
    1. TsONga murojaat qilib, pasport ushlab qolinganini aytish. Yo'qoldi demang: bu rost emas va bu sizga qarshi ishlatilishi mumkin.
    2. Militsiyaga ariza yozish.
    3. Bepul yuristdan so'rash (jardam.kg, quyidagi tugma).
    ⚠️ Bu rasmiy tartib emas, tadqiqotda taklif qilingan yo'l. Yuristdan aniqlang.
    Sizni hujjatsiz ushlab turishsa yoki qo'rqitishsa — bosh menyudan «Zo'ravonlikda yordam» bo'limini oching.
passport-replace-cost =
    Yo'qolgan ID-kartani almashtirish qancha turishini topa olmadik. To'lashdan oldin 119 raqamidan (bepul, dushanba–juma) aniqlang.

## Duplicate birth certificate

birth-certificate-copy = 📜 Tug'ilganlik haqidagi guvohnomani qayta olish
    .button = 📜 Tug'ilganlik guvohnomasi nusxasi
birth-certificate-copy-what =
    Tug'ilganlik haqidagi guvohnoma yo'qoldimi, buzildimi yoki boshqa odamda qoldimi? Takroriy guvohnoma olish mumkin.
    Hozircha: propiska uchun bolaning tug'ilganlik haqidagi guvohnomasini raqamli ko'rinishda — «Tunduk» ilovasida ko'rsatish mumkin.
birth-certificate-copy-where =
    Qayerga murojaat qilish, bu qancha turishi va qancha kutish kerakligini ishonchli manbalardan hozircha topa olmadik.
    119 raqamidan (bepul, dushanba–juma) yoki TsONdan so'rang: nima olib kelish kerakligini aytishadi.
birth-certificate-copy-prepare =
    So'rashga borganingizda o'zingiz bilan oling (bu bizning maslahatimiz, rasmiy ro'yxat emas):
    • pasportingiz;
    • bilsangiz, bolaning PIN raqami;
    • tug'ilganlik qachon va qayerda ro'yxatga olingani.

## Address registration

address-registration =
    Propiska (yashash joyi bo'yicha ro'yxatga olish). Nima kerak:
    • pasportingiz;
    • bola uchun — tug'ilganlik haqidagi guvohnoma;
    • uy-joy hujjati yoki egasining pasporti yoki uning notarial roziligi.
    Pasport va tug'ilganlik haqidagi guvohnomani raqamli ko'rinishda — «Tunduk» ilovasida ko'rsatish mumkin.
    ⚠️ Propiskani to'liq onlayn rasmiylashtirish mumkinmi — tasdiqlanmagan. Uni qayerda rasmiylashtirish va bu qancha turishini 119 raqami yoki TsON orqali aniqlang.
    .button = 🏘 Propiska

## Health insurance

health-insurance = 🩺 Tibbiy sug'urta (MTS)
    .button = 🩺 Tibbiy sug'urta
health-insurance-what =
    Tibbiy sug'urta (rasmiy nomi «majburiy tibbiy sug'urta», ruscha qisqartmasi OMS). Polis davlat dasturi bo'yicha davolanish imkonini beradi.
    2023-yil aprelidan boshlab ish yoki davlat orqali sug'urtalanmagan har bir kishi (masalan, ishlamaydigan kattalar, uy bekalari, norasmiy ishlaydiganlar) polis sotib olishi kerak.
health-insurance-free =
    Bepul, davlat yoki ish hisobidan sug'urtalanganlar:
    • 16 yoshgacha bo'lgan bolalar;
    • pensionerlar;
    • rasmiy ishlaydiganlar;
    • nafaqa oluvchilar;
    • 21 yoshgacha bo'lgan talabalar;
    • rasmiy ro'yxatdan o'tgan ishsizlar;
    • harbiy xizmatchilar va boshqalar.
    Chuy viloyati FOMS ma'lumotlariga ko'ra (30.11.2026 holatiga ko'ra).
health-insurance-pregnant =
    Homilador ayollarga: tug'ish davlat dasturi bo'yicha bepul.
    Homiladorlikning 12 haftasigacha oilaviy tibbiyot markazida (TsSM) pasport bilan ro'yxatga turing. Shunda butun homiladorlik va tug'ruqdan keyingi bir yilga bepul polis berishadi.
    ⚠️ FOMS ma'lumoti, yangiliklar sayti bayon qilgan, sanasiz. TsSMda aniqlang.
health-insurance-buy =
    Agar sug'urtalanmagan bo'lsangiz, polis 12 oyga 1 840 som turadi (2024-yil 1-fevraldan boshlab narx).
    ⚠️ 2025–2026-yillar narxini va polisni qayerdan sotib olishni topa olmadik. Majburiy tibbiy sug'urta fondining ishonch liniyasidan aniqlang — 113.

## Disability allowance

disability-allowance = ♿ Nogironlik nafaqasi
    .button = ♿ Nogironlik nafaqasi
disability-allowance-first =
    Avval — tibbiy-ijtimoiy ekspertiza (ruscha qisqartmasi MSEK): shifokorlar komissiyasi nogironlikni va uning guruhini belgilaydi.
    MSEK xulosasi bo'lmasa, nafaqa tayinlanmaydi.
disability-allowance-adults =
    Nogironligi kasallik tufayli bo'lgan (bolalikdan emas) kattalarga har oy nafaqa to'lanadi:
    • I guruh — 5 500 som;
    • II guruh — 3 000 som;
    • III guruh — 2 000 som.
    ⚠️ Yangiliklar saytidagi o'quvchi maktubiga ko'ra (31.01.2026). Ijtimoiy himoyada yoki 119 raqami orqali aniqlang.
disability-allowance-children =
    Nogiron bolaga nafaqa. Kerak: ota-onaning pasporti, bolaning tug'ilganlik haqidagi guvohnomasi, MSEK xulosasi; propiska — faqat nafaqaga qo'shimcha to'lov bor joylarda.
    Ota-ona arizani portal.tunduk.kg portalida onlayn berishi mumkin. Vasiylar notarial ishonchnoma yoki sud qarori bilan o'zlari borishadi.
    ⚠️ Bugungi summasini topa olmadik.
disability-allowance-where =
    O'zingiz borib — yashash joyingizdagi tuman mehnat va ijtimoiy rivojlanish boshqarmasiga (ijtimoiy himoyaga).
    Kattalarga qanday hujjatlar kerakligini topa olmadik — o'sha yerdan yoki 119 raqamidan so'rang.

## Social contract

social-contract = 🌱 Ijtimoiy shartnoma
    .button = 🌱 Ijtimoiy shartnoma
social-contract-what =
    Ijtimoiy shartnoma (qirg'izcha «Sotsialdyk kelishim») — o'z kichik ishingiz uchun davlatdan 150 000 som grant (2024-yilgacha 100 000 som edi).
    Ishtirokchilarning 94% — ayollar, loyihalarning ko'pi — qishloq xo'jaligi.
    30.11.2026 holatiga ko'ra.
social-contract-who =
    Kim qatnasha oladi: ijtimoiy pasporti bor yoki «Uy-bulogo komok» oladigan kam ta'minlangan oilalar.
    Oilada mehnatga layoqatli yoshdagi odamlar va qandaydir mol-mulk bo'lishi kerak. Amalga oshsa bo'ladigan biznes-reja kerak.
    Avval «yashil» loyihalar, «Bir qishloq — bir mahsulot» loyihalari va nogironligi bor odamlar ko'rib chiqiladi.
social-contract-where =
    Qayerga: ayil okmotuga (qishloq hokimligiga) yoki Mehnat vazirligining tuman boshqarmasiga.
    Qarorni tuman ma'muriyati huzuridagi komissiya, shaharda — meriyaning ijtimoiy komissiyasi qabul qiladi.
    2026-yilda 13 334 tagacha oila qatnasha oladi. Arizalar qachon qabul qilinishini o'sha yerdan yoki 119 raqamidan so'rang.
social-contract-note =
    Oldindan o'ylab ko'ring: ijtimoiy shartnomadan keyin oila 3 yil «Uy-bulogo komok» ola olmaydi.
    ⚠️ Manbasi — yangiliklar sayti (01.07.2025).

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
    Ijtimoiy fondning shaxsiy kabineti — lk.sf.kg (quyidagi tugma). Unga davlat xizmatlari portaliga qanday kirsangiz, shunday kirasiz: PIN, parol va pochtaga kelgan kod.

## Sole trader

sole-trader = 💼 Yakka tartibdagi tadbirkorlikni qanday ochish
    .button = 💼 YaTT qanday ochiladi
link-salyk = 🔗 cabinet.salyk.kg
sole-trader-what =
    YaTT — yakka tartibdagi tadbirkor (qirg'izcha «jeke ishker»). Ro'yxatdan onlayn yoki soliq xizmatiga o'zingiz borib o'tish mumkin.
    Sizning INN raqamingiz — bu pasportingizdagi PIN.
sole-trader-online =
    Onlayn:
    1. cabinet.salyk.kg saytini oching (quyidagi tugma).
    2. «Registratsiya» (ro'yxatdan o'tish) tugmasini bosing va onlayn arizani tanlang.
    3. Shaxsingizni tasdiqlang: «Tunduk» orqali kirish (PIN, parol va kod), elektron imzo yoki Smart-iD KG bilan.
sole-trader-in-person =
    O'zingiz borib: soliq xizmatida STI-163 shaklini to'ldiring va pasport nusxasini ilova qiling.
sole-trader-cost =
    Narxi, muddatlari va qanday soliqlar to'lanishini topa olmadik. Soliq xizmatida aniqlang.
