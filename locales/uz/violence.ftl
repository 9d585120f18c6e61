### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

## Help with violence.
## Facts and sources: dialogues/SOURCES.md. Do not add phone numbers of
## centres until staff have checked them.

violence =
    Zo'ravonlikda yordam. Siz bilan bo'layotgan narsada siz aybdor emassiz. Sizning himoya va yordam olishga haqqingiz bor.
    Agar hozir xavf ostida bo'lsangiz — «🆘 Men xavf ostidaman» tugmasini bosing.
    Sizga nima kerakligini tanlang:
    .button = 🤝 Zo'ravonlikda yordam
danger-now =
    Agar hozir xavf ostida bo'lsangiz:
    1. 102 (militsiya) yoki 112 (yagona qutqaruv xizmati, bepul) ga qo'ng'iroq qiling.
    2. Agar jarohat olgan bo'lsangiz — 103 (tez yordam) ga qo'ng'iroq qiling.
    3. Iloji bo'lsa, xavfsiz joyga keting: qo'shnilarga, qarindoshlarga, odamlar bor joyga.
    4. Militsiya sizning iltimosingiz bilan sizni kasalxonaga yoki xavfsiz joyga olib borishi shart.
    Militsiyaga siz uchun qo'shni ham, qarindosh ham qo'ng'iroq qilishi mumkin.
    .button = 🆘 Men xavf ostidaman

## What violence is

violence-forms =
    Oilaviy zo'ravonlik — yaqin odamingiz sizga zarar yetkazishi. Oilaviy zo'ravonlikdan himoya qilish to'g'risidagi qonun uning turli shakllarini sanab o'tadi:
    • jismoniy — masalan, uradi, itaradi;
    • psixologik — masalan, kamsitadi, tahdid qiladi, qo'rqitadi;
    • iqtisodiy — masalan, pulingizni tortib oladi;
    • ta'qib qilish — kuzatadi, yo'lingizni to'sadi;
    • e'tiborsizlik — qonun uni ham ta'riflaydi.
    ⚠️ Qonun jinsiy zo'ravonlikni qanday ta'riflashini hali tekshiryapmiz. Agar sizni yaqinlikka majburlashsa, siz ham yordam so'rab murojaat qilishingiz mumkin.
    .button = ❔ Zo'ravonlik nima
not-your-fault =
    Siz aybdor emassiz.
    • Zo'ravonlik — uni qilgan odamning tanlovi. Uni hech narsa oqlamaydi.
    • Siz bolalar yoki oila uchun chidashga majbur emassiz.
    • Yordam so'rash uyat emas. Bu jasoratli qadam.
    • Siz yolg'iz emassiz: faqat 2025-yilning 11 oyida oilaviy zo'ravonlikning 19 995 holati qayd etilgan.
    Siz xavfsizlik va hurmatga loyiqsiz.
    .button = 💛 Siz aybdor emassiz

## Safety plan

safety-plan = 🧳 Xavfsizlik rejasi
    .button = 🧳 Xavfsizlik rejasi
safety-plan-intro =
    Xavfsizlik rejasi — xavfli bo'lib qolsa, tez ketish uchun oldindan tayyorlab qo'yadigan narsalaringiz.
    Qadamlarni o'ting va nima tayyor ekanini o'zingiz uchun belgilab qo'ying.
    Rejani sizga zarar yetkazayotgan odamdan sir tuting.
safety-plan-documents =
    📄 Hujjatlar. Bir joyga yig'ib qo'ying yoki ishonchli odamga saqlashga bering:
    • pasport (ID-karta) va xorijga chiqish pasporti;
    • bolalarning tug'ilganlik haqidagi guvohnomalari;
    • nikoh guvohnomasi;
    • uy-joy hujjatlari;
    • tibbiy ma'lumotnomalar, agar bo'lsa.
    Hujjatlarni suratga oling va suratlarni zo'ravon qaramaydigan joyda saqlang.
safety-plan-money =
    💵 Pul.
    • Ozgina naqd pulni yashirin joyda yoki yaqin odamingizda saqlab qo'ying.
    • Bank kartangiz bo'lsa, uni o'zingiz bilan olib yuring.
    • Sizga qanday nafaqalar tegishli ekanini bilib oling: «Onlayn davlat xizmatlari» → «Oila va bolalar» bo'limi.
safety-plan-phone =
    📱 Telefon.
    • Telefoningizni zaryadlangan holda saqlang.
    • 102 va 112 raqamlarini hamda yaqin odamingiz raqamini yod oling.
    • Agar telefoningizni tekshirishlari mumkin bo'lsa, zo'ravon bilmasligi kerak bo'lgan yozishma va qo'ng'iroqlarni o'chirib turing.
safety-plan-safe-place =
    🏠 Xavfsiz joy.
    • Istalgan vaqtda qayerga ketish mumkinligini o'ylab qo'ying: qarindoshlarga, dugonangizga, qo'shnilarga.
    • Militsiya sizning iltimosingiz bilan sizni xavfsiz joyga olib borishi shart.
    • Mamlakatda boshpanali inqiroz markazlari bor — ular haqida keyinroq.
    • Qo'shnilar bilan kelishib oling: shovqin eshitsalar, 102 ga qo'ng'iroq qilishsin.
safety-plan-people =
    🤝 Siz ishonadigan odamlar.
    • 1–2 kishini tanlang va ularga ahvolingizni aytib bering.
    • Ular bilan maxfiy so'z o'ylab toping: uni aytsangiz yoki yozsangiz, ular yordam chaqiradi.
    • Bolalarga 102 yoki 112 ga qo'ng'iroq qilishni o'rgating.

## Reporting

reporting = 📢 Zo'ravonlik haqida qanday xabar berish
    .button = 📢 Zo'ravonlik haqida qanday xabar berish
reporting-who =
    Zo'ravonlik haqida istalgan odam xabar berishi mumkin — faqat jabrlanuvchi emas, qo'shnilar, qarindoshlar, tanishlar ham.
    Militsiya arizani ro'yxatga olishi shart.
reporting-how =
    Qanday xabar berish:
    1. 102 ga qo'ng'iroq qiling yoki militsiya bo'limiga boring.
    2. Yozma ariza yozing — u sizga himoya orderi berilishi uchun kerak.
    3. Jarohatlar bo'lsa, shifokorga murojaat qiling (tez yordam — 103).
reporting-after =
    Keyin nima bo'ladi:
    • militsiya siz uchun xavfni baholashi shart;
    • militsiya himoya orderi berishi mumkin;
    • iltimosingiz bilan sizni kasalxonaga yoki xavfsiz joyga olib borishadi.
    Agar biror narsa noto'g'ri ketsa, yuristlar bepul maslahat beradi — «👩‍⚖️ Bepul yurist» bo'limi. Keyingisi — qonun haqida.

## The law in plain words

law = ⚖️ Qonun oddiy so'zlar bilan
    .button = ⚖️ Qonun oddiy so'zlar bilan
link-minjust = 🔗 cbd.minjust.gov.kg
law-name =
    2017-yil 27-apreldagi 63-sonli «Oilaviy zo'ravonlikdan muhofaza qilish va himoya qilish to'g'risida»gi qonun.
    Unga 2020, 2024 va 2025-yillarda o'zgartirishlar kiritilgan.
    Amaldagi matni — cbd.minjust.gov.kg saytida (quyidagi tugma).
    Eng muhimi: qonun sizni himoya qiladi, zo'ravonlik haqida esa istalgan odam xabar berishi mumkin.
law-order =
    Himoya orderi — sizni zo'ravondan himoya qiladigan hujjat. Uni militsiya sizning yozma arizangizdan keyin beradi.
    2017-yilgi qonun matniga ko'ra:
    • order 24 soat ichida beriladi;
    • u kamida 3 kun amal qiladi;
    • iltimosingiz bilan u 30 kungacha uzaytiriladi.
    ⚠️ Bu muddatlar 2020–2025-yillardagi o'zgartirishlardan keyin o'zgargan bo'lishi mumkin. Yurist yoki militsiyadan aniqlang.
law-order-bans =
    Himoya orderi zo'ravonga quyidagilarni taqiqlaydi:
    • siz bilan muloqot qilish;
    • umumiy uy-joyda bo'lish;
    • sizni qidirish;
    • qurol saqlash va ishlatish.
    Agar u orderni buzsa, 102 ga qo'ng'iroq qiling.
law-police =
    Militsiya nima qilishi shart:
    • zo'ravonlik haqidagi arizani ro'yxatga olish;
    • har bir xabar bo'yicha xavfni baholash (2025-yildan);
    • iltimosingiz bilan sizni kasalxonaga yoki xavfsiz joyga olib borish;
    • holat haqida ijtimoiy xizmatlarga xabar berish.
law-changes-2025 =
    2025-yilda nima o'zgardi:
    • sud zo'ravonga 3 oygacha muddatga elektron nazorat (bilaguzuk) bilan taqiqlar qo'yishi mumkin;
    • qonunda «ta'qib qilish» tushunchasi paydo bo'ldi;
    • militsiya har bir xabar bo'yicha xavfni baholashi shart;
    • taqiqdan yoki tuzatish dasturidan bo'yin tovlagan kishi 40 soat jamoat ishlari yoki 7–14 sutka qamoq jazosini oladi.
    2026-yil yanvaridan bilaguzuklar Bishkekda tajriba loyihasi sifatida qo'llanmoqda.

## Support

psych-support =
    Psixologik yordam. Kimdir bilan gaplashish muhim: siz yolg'iz emassiz.
    • 111 — ishonch telefoni: bepul, kecha-kunduz, butun mamlakat bo'ylab. U bolalar uchun, lekin kattalar ham qo'ng'iroq qilishi mumkin.
    • 117 — oilaviy va gender zo'ravonlikdan jabr ko'rganlar uchun bepul liniya, 9:00–18:00. ⚠️ Liniya ishlamasligi mumkin; javob bo'lmasa, 111 ga qo'ng'iroq qiling.
    • Inqiroz markazlari ham psixolog yordamini beradi — ular haqida keyinroq.
    .button = 💬 Psixologik yordam
legal-aid = 👩‍⚖️ Bepul yuridik yordam
    .button = 👩‍⚖️ Bepul yurist
link-ukuk-jardam = 🔗 ukuk-jardam.gov.kg
link-jardam = 🔗 jardam.kg
legal-aid-consult =
    Davlat bepul yuridik yordam beradi. Uni Adliya vazirligi huzuridagi Yuridik yordam xizmati ko'rsatadi.
    Yurist maslahati — hamma uchun bepul, bepul yuridik yordam markazlarida (ЦБЮП).
legal-aid-lawyer =
    Agar 12 oylik daromadingiz 60 ta eng kam ish haqidan oshmasa, sizga bepul advokat (davlat hisobidan) beriladi.
    Ba'zi odamlarga advokat daromadidan qat'i nazar beriladi. Chet elliklar va qochqinlarga ham.
    Bishkekda 25 ta advokat oilaviy zo'ravonlik ishlari bo'yicha ixtisoslashgan.
    Sizga tegishlimi — bepul yuridik yordam markazida so'rang.
legal-aid-where =
    Markazni qayerdan topish mumkin: 2017–2018-yillarda markazlar Bishkekda, Chuy, O'sh, Talas va Issiqko'l viloyatlarida, shuningdek Isfana, Qadamjoy, Jalolobod, Bozorqo'rg'on, Baliqchi va Cho'lpon-Otada ishlagan.
    ⚠️ Hozirgi ro'yxat va manzillarni hali tekshiryapmiz. ukuk-jardam.gov.kg va jardam.kg saytlariga qarang (quyidagi tugmalar).
legal-aid-line-115 =
    115 liniyasi — Ombudsmandan (Akyikatchy) bepul yuridik maslahatlar.
    ⚠️ Bu 2021-yilgi ma'lumot. Liniya endi ishlamasligi mumkin.

## Crisis centres

crisis-centres =
    Inqiroz markazlari zo'ravonlikdan jabr ko'rgan ayollarga yordam beradi: psixolog, yurist, vaqtincha turar joy.
    Mamlakatda 16 ta inqiroz markazi bor. Ularning 10 tasida boshpana bor — jumladan Bishkek, O'sh, Issiqko'l, Jalolobod, Talas va Norin viloyatlarida.
    ⚠️ Markazlarning telefonlarini hali tekshiryapmiz. Xavfsiz joyga borish uchun militsiyadan (102) so'rashingiz mumkin.
    Hududni tanlang:
    .button = 🛡 Inqiroz markazlari
centres-bishkek =
    Bishkek:
    • «Аялзат» — birinchi munitsipal inqiroz markazi, 2021-yilda ochilgan. Bolali onalar uchun 60 o'rin. Xavfsizlik uchun manzili sir tutiladi.
    • «Сезим» — boshpanali va «Tranzit ijtimoiy uy»li inqiroz markazi.
    ⚠️ Markazlarning kontaktlarini hali tekshiryapmiz.
    .button = 📍 Bishkek
centres-osh =
    O'sh: «Ак-Жүрөк» — inqiroz markazi, 2002-yildan beri ishlaydi.
    • Psixologik, yuridik va ijtimoiy yordam.
    • Bolalar hujjatlari, nafaqalar va aliment bilan yordam berishadi.
    • Boshpanada ayollar 12–18 kunga qabul qilinadi.
    Jalolobod: boshpana bor, uning nomini aniqlayapmiz.
    ⚠️ Ma'lumotlar eskirgan bo'lishi mumkin, kontaktlarni hali tekshiryapmiz.
    .button = 📍 O'sh va Jalolobod
centres-naryn =
    Norin:
    • «Асылзат» — munitsipal inqiroz markazi.
    • «Теңдеш» — Norin viloyatidagi inqiroz markazi.
    ⚠️ Markazlarning kontaktlarini hali tekshiryapmiz.
    .button = 📍 Norin
centres-other =
    Boshqa hududlar: boshpanalar Issiqko'l va Talas viloyatlarida ham bor. Ularning nomlari va kontaktlarini aniqlayapmiz.
    Qirg'izistondagi inqiroz markazlari assotsiatsiyasi turli hududlardagi markazlarni birlashtiradi (12 ta filial).
    Kontaktlarni tekshirayotganimizda, eng yaqin markaz haqida militsiyadan (102) yoki bepul yuridik yordam markazidan so'rang.
    .button = 📍 Boshqa hududlar

## From help to paperwork

paperwork = 📋 Yordamdan hujjatlarga
    .button = 📋 Yordamdan hujjatlarga
paperwork-start =
    Xavfsiz joyda bo'lganingizda, ko'p masalalar hujjatlar orqali hal qilinadi. Mana odatda kerak bo'ladigan qadamlar.
    Ularni birma-bir, o'zingizga qulay sur'atda bajaring. Har bir qadamda inqiroz markazi yoki bepul yurist yordam berishi mumkin.
paperwork-id =
    1. Sizning hujjatlaringiz.
    Agar pasport yo'qolgan yoki uyda qolgan bo'lsa — ЦОНga yoki 119 raqamiga murojaat qiling: uni qanday tiklashni aytishadi.
    PIN va bulutli imzo sizga onlayn davlat xizmatlarini ochib beradi.
paperwork-children =
    2. Bolalar hujjatlari.
    Bolalarda tug'ilganlik haqidagi guvohnoma bor-yo'qligini tekshiring. Agar tug'ilganlik ro'yxatdan o'tmagan bo'lsa — bu ЦОНda yoki ЗАГСda qilinadi.
paperwork-benefits =
    3. Nafaqalar.
    Sizga qanday to'lovlar tegishli ekanini bilib oling: «Үй-бүлөгө көмөк», «Бала ырысы», «Балага сүйүнчү».
    Ba'zi inqiroz markazlari nafaqa va aliment rasmiylashtirishga yordam beradi.
paperwork-home =
    4. Uy-joy va bolalarning o'qishi.
    Yangi joyda propiska, bolalarga esa bog'cha yoki maktab kerak bo'lishi mumkin.
paperwork-lawyer =
    5. Yurist.
    Ajrashish, aliment, uy-joy — bu masalalar bo'yicha bepul yuridik yordam markazlarida bepul maslahat berishadi.
    Keyingisi — yo'riqnomalar ro'yxati.
paperwork-guides =
    Yo'riqnomani tanlang:
    .button = 📋 Yo'riqnomalar

## Self-check of danger signs. Questions adapted from the Lethality Screen
## (Lethality Assessment Program) and the Danger Assessment (J. Campbell).
danger-check =
    Xavf belgilarini tekshirish. «Ha» yoki «Yo'q» deb javob bering. Javoblaringiz hech qayerda saqlanmaydi.
    .button = 🚦 Xavf belgilarini tekshirish
    .yes = Ha
    .no = Yo'q
danger-check-weapon = U qachondir sizga qurol (pichoq, to'pponcha, tayoq) bilan hujum qilganmi yoki qurol bilan qo'rqitganmi?
danger-check-kill = U sizni yoki bolalaringizni o'ldiraman deb qo'rqitganmi?
danger-check-might-kill = U sizni o'ldirishga urinishi mumkin deb o'ylaysizmi?
danger-check-choke = U qachondir sizni bo'g'ishga urinib ko'rganmi?
danger-check-jealous = U sizni doimo va qattiq rashk qiladimi yoki qiladigan deyarli hamma ishingizni nazorat qiladimi?
danger-check-leaving = Siz undan ketdingizmi yoki shu yil ketmoqchimisiz?
danger-check-result-alert =
    ⚠️ Javoblaringiz jiddiy xavf borligini ko'rsatadi. Siz hech narsada aybdor emassiz.
    • Xavf hozir bo'lsa — 102 yoki 112 ga qo'ng'iroq qiling.
    • Xavfsizlik rejasini tuzing va yordam bera oladigan odamga aytib bering: inqiroz markaziga, yuristga, yaqin odamga.
    Bu professional xavf baholash emas, faqat maslahat. Javoblar saqlanmadi.
danger-check-result-calm =
    Javoblaringizda eng xavotirli belgilar yo'q. Lekin har qanday zo'ravonlik oddiy hol emas va u xavfliroq bo'lib qolishi mumkin.
    O'z hissiyotingizga ishoning: qo'rqsangiz, bu muhim. Xavfsizlik rejasi va yordam — pastda.
    Bu professional xavf baholash emas, faqat maslahat. Javoblar saqlanmadi.
