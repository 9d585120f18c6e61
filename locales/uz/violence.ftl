### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

## Help with violence.
## Facts and sources: dialogues/SOURCES.md. Do not add phone numbers of
## centres until staff have checked them.

violence =
    Zo'ravonlikda yordam. Siz bilan bo'layotgan narsada siz aybdor emassiz. Sizning himoya va yordam olishga haqqingiz bor.
    Agar hozir xavf ostida bo'lsangiz — «🆘 Xavf bo'lsa nima qilish kerak» tugmasini bosing.
    Sizga nima kerakligini tanlang:
    .button = 🤝 Zo'ravonlikda yordam
danger-now =
    Agar hozir xavf ostida bo'lsangiz:
    1. 102 (militsiya) yoki 112 (yagona qutqaruv xizmati, bepul) ga qo'ng'iroq qiling.
    2. Agar jarohat olgan bo'lsangiz — 103 (tez yordam) ga qo'ng'iroq qiling.
    3. Iloji bo'lsa, xavfsiz joyga keting: qo'shnilarga, qarindoshlarga, odamlar bor joyga.
    4. Militsiyadan sizni kasalxonaga yoki xavfsiz joyga olib borishni so'rang.
    Militsiyaga siz uchun qo'shni ham, qarindosh ham qo'ng'iroq qilishi mumkin.
    { no-answer }
    .button = 🆘 Xavf bo'lsa nima qilish kerak

## What violence is

violence-forms =
    Oilaviy zo'ravonlik — oila a'zosi sizga zarar yetkazishi: eringiz, qaynonangiz, qaynotangiz yoki boshqa qarindoshingiz. Oilaviy zo'ravonlikdan himoya qilish to'g'risidagi qonun uning turli shakllarini sanab o'tadi:
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
    • Militsiyadan sizni xavfsiz joyga olib borishni so'rash mumkin.
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
    Militsiya arizani ro'yxatga olishi va har bir xabarni tekshirishi shart: oilaviy janjal — «shaxsiy ish» emas (IIV, 2026).
reporting-how =
    Qanday xabar berish:
    1. 102 ga qo'ng'iroq qiling yoki militsiya bo'limiga boring.
    2. Yozma ariza yozing — u sizga himoya orderi berilishi uchun kerak.
    3. Jarohatlar bo'lsa, shifokorga murojaat qiling (tez yordam — 103). Dalillarni qanday saqlash — «📸 Dalillar» bo'limida.
reporting-after =
    Keyin nima bo'ladi:
    • militsiya siz uchun xavfni baholashi shart;
    • militsiya himoya orderi berishi mumkin;
    • sizni kasalxonaga yoki xavfsiz joyga olib borishni so'rash mumkin.
    Keyingisi — militsiya rad etsa yoki «yarashinglar» deb ko'ndirsa nima qilish kerak.

## The law in plain words

law = ⚖️ Qonun oddiy so'zlar bilan
    .button = ⚖️ Qonun oddiy so'zlar bilan
link-minjust = 🔗 cbd.minjust.gov.kg
law-name =
    2017-yil 27-apreldagi 63-sonli «Oilaviy zo'ravonlikdan muhofaza qilish va himoya qilish to'g'risida»gi qonun.
    Unga 2020, 2024 va 2025-yillarda o'zgartirishlar kiritilgan.
    Amaldagi matni — cbd.minjust.gov.kg saytida (quyidagi tugma).
    Eng muhimi: qonun sizni himoya qiladi, zo'ravonlik haqida esa istalgan odam xabar berishi mumkin.
law-police =
    Militsiya nima qilishi shart:
    • zo'ravonlik haqidagi arizani ro'yxatga olish;
    • har bir xabar bo'yicha xavfni baholash (2025-yildan);
    • himoya orderi berish — uni qanday olish «📝 Himoya orderi» bo'limida.
    ⚠️ 2018-yilgi tushuntirishga ko'ra, militsiya iltimosingiz bilan sizni kasalxonaga yoki xavfsiz joyga olib borishi va ijtimoiy xizmatlarga xabar berishi kerak. Bu qoida hozir ham amal qiladimi — bepul yuristdan aniqlang.
law-changes-2025 =
    2025-yilda nima o'zgardi:
    • sud zo'ravonga 3 oygacha muddatga elektron nazorat (bilaguzuk) bilan taqiqlar qo'yishi mumkin;
    • qonunda «ta'qib qilish» tushunchasi paydo bo'ldi;
    • militsiya har bir xabar bo'yicha xavfni baholashi shart;
    • taqiqdan yoki tuzatish dasturidan bo'yin tovlagan kishi 40 soat jamoat ishlari yoki 7–14 sutka qamoq jazosini oladi.
    2026-yil yanvaridan bilaguzuklar Bishkekda tajriba loyihasi sifatida qo'llanmoqda.

## Police, evidence, the protection order, her rights

police-and-law =
    Militsiya, dalillar, himoya orderi va sizning huquqlaringiz. Mavzuni tanlang:
    .button = 👮 Militsiya, order, huquqlar
after-police = 👮 Militsiyaga qo'ng'iroqdan keyin
    .button = 👮 Militsiyaga qo'ng'iroqdan keyin
after-police-check =
    Qo'ng'iroq yoki arizadan keyin nima bo'lishi kerak:
    • militsiya zo'ravonlik haqidagi har bir xabarni tekshiradi: IIV aytishicha, oilaviy janjal — «shaxsiy ish» emas;
    • siz qanchalik xavf ostida ekaningizni baholaydi (2025-yildan qonun shuni talab qiladi);
    • himoya orderi berishi mumkin — u zo'ravonga sizga yaqinlashishni taqiqlaydi;
    • oilaviy zo'ravonlik uchun Huquqbuzarliklar kodeksining 70-moddasi bo'yicha jazolanadi: sud jamoat ishlari yoki qamoq tayinlaydi ⚠️.
after-police-note =
    O'zingiz uchun yozib qo'ying, zo'ravon ko'rmaydigan joyga:
    • qo'ng'iroq yoki ariza sanasi va vaqti;
    • xodimning ismi va unvoni;
    • nima deganingiz va sizga nima deb javob berishgani.
    Jinoyatlar haqidagi arizalar Jinoyatlarning yagona reyestriga kiritiladi; buni prokuratura nazorat qiladi.
after-police-refuse =
    Agar militsiya arizani qabul qilmasa yoki «yarashib olinglar» deb ko'ndirsa:
    • siz yarashishga, arizani qaytarib olishga yoki oila uchun chidashga majbur emassiz;
    • oilaviy zo'ravonlik haqida yozma ariza bermoqchi ekaningizni xotirjam takrorlang;
    • himoya orderini so'rang;
    • baribir rad etishsa — prokuraturaga shikoyat qiling (keyingi qadam).
after-police-complain =
    Militsiya ustidan qayerga shikoyat qilish mumkin:
    • tuman prokuraturasiga — yozma shikoyat: kim, qachon, nimani qilishdan bosh tortdi;
    • bepul yurist shikoyat yozishga yordam beradi.
    ⚠️ Oilaviy zo'ravonlik bo'yicha rad etish ustidan shikoyat qilishning rasmiy tartibini topmadik; yuristdan so'rang.
evidence = 📸 Dalillar va sud-tibbiy ekspertiza
    .button = 📸 Dalillar
evidence-photos =
    Dalillar himoya orderi olishga, zo'ravonni jazolatishga, ajrashishga va aliment olishga yordam beradi.
    • Ko'karishlar, jarohatlar, singan buyumlarni suratga oling — sanasi bilan.
    • Tahdidlarni saqlang: xabarlar, ovozli xabarlar, ekran suratlari.
    • Nima bo'lganini, qachon va kim ko'rganini yozib qo'ying.
    Bularni zo'ravon qaramaydigan joyda saqlang: masalan, ishonchli odamga yuboring va o'zingizdan o'chirib tashlang.
evidence-doctor =
    Iloji boricha tezroq shifokorga ko'rining — ko'karishlar ketib qoladi.
    • Tez yordam — 103, yoki kasalxona, yoki oilaviy tibbiyot markazi.
    • Shifokorga jarohatlar kaltakdan ekanini ayting va buni tibbiy kartaga yozib qo'yishni so'rang.
    • Yozuvning nusxasini yoki ma'lumotnoma so'rang.
    Sog'liqni saqlash vazirligi shifokorlar uchun zo'ravonlikni qanday qayd etish bo'yicha qo'llanma chiqargan (2014 ⚠️).
evidence-forensic =
    Sud-tibbiy ekspertiza — militsiya va sud uchun sog'liqqa yetkazilgan zararni baholaydigan sud shifokorining ko'rigi.
    • Uni Sog'liqni saqlash vazirligining Respublika sud-tibbiy ekspertiza markazi o'tkazadi.
    ⚠️ U bepulmi va militsiya yo'llanmasi kerakmi — topmadik. Ariza yozayotganda militsiyadan yoki bepul yuristdan so'rang.
evidence-keep =
    Yana nima yordam beradi:
    • guvohlar — ko'rgan yoki eshitgan qo'shnilar, qarindoshlar;
    • himoya orderi va arizangiz nusxasi;
    • shifokor ma'lumotnomalari.
    Bishkekda 2024-yildan «Yagona darcha» davlat markazi bor: shifokor, yurist, psixolog va ijtimoiy xodim bir joyda. ⚠️ Manzili va ish vaqtini aniqlayapmiz.
protection-order = 📝 Himoya orderi
    .button = 📝 Himoya orderi
protection-order-what =
    Himoya orderi (rasmiy nomi — vaqtincha himoya orderi) — sizni zo'ravondan himoya qiladigan militsiya hujjati.
    • Uni 63-sonli oilaviy zo'ravonlik to'g'risidagi qonun bo'yicha ichki ishlar organlari (militsiya) beradi.
    • 2025-yilning 11 oyida 14 587 ayol order olgan — bu oddiy chora, uni so'rash uyat emas.
protection-order-statement =
    Orderni qanday olish mumkin:
    1. Militsiyada oilaviy zo'ravonlik haqida yozma ariza yozing.
    2. Arizada himoya orderi berishni so'rang.
    3. O'ldiraman deb qo'rqitganmi, qurol bo'lganmi, bo'g'ganmi — aytib bering: militsiya holatni qanchalik xavfli deb topishi shunga bog'liq.
    4. Order nusxasini o'zingizga oling.
protection-order-terms =
    Muddatlar — 2017-yilgi qonun matniga ko'ra:
    • order 24 soat ichida beriladi;
    • kamida 3 kun amal qiladi;
    • iltimosingiz bilan 30 kungacha uzaytiriladi.
    ⚠️ 2020, 2024 va 2025-yillardagi o'zgartirishlardan keyin muddatlar va uzaytirish tartibi o'zgargan bo'lishi mumkin. Orderingiz qancha muddatga ekanini militsiyadan, qanday uzaytirishni yuristdan so'rang.
protection-order-bans =
    Order zo'ravonga quyidagilarni taqiqlaydi:
    • siz bilan muloqot qilish;
    • umumiy uy-joyda bo'lish;
    • sizni qidirish;
    • qurol saqlash va ishlatish.
    ⚠️ Bu bitta manba. Orderingizda nima yozilganini o'qing va u uydan ketishga majburmi — militsiyadan so'rang.
    2025-yildan sud elektron bilaguzuk bilan taqiqlarni 3 oygacha qo'yishi mumkin.
protection-order-violation =
    Agar zo'ravon orderni buzsa:
    • darhol 102 ga qo'ng'iroq qiling va sizda himoya orderi borligini ayting;
    • uchastka inspektoringizga xabar bering;
    • u orderni qachon va qanday buzganini yozib qo'ying.
    2025-yilgi qonunga ko'ra, taqiqlardan bo'yin tovlagan kishiga 40 soat jamoat ishlari yoki 7–14 sutka qamoq beriladi.
    { no-answer }
victim-rights = 🧾 Sizning huquqlaringiz
    .button = 🧾 Sizning huquqlaringiz
victim-rights-language =
    Sizning tilingiz. Davlat tili — qirg'iz tili, rasmiy til — rus tili. Agar ularni yaxshi tushunmasangiz, sudda va jinoiy ish bo'yicha ona tilingizda, masalan o'zbekcha, tushuntirish berishingiz va tarjimon so'rashingiz mumkin.
    ⚠️ Buni Fuqarolik protsessual kodeksining 11-moddasi va Jinoyat-protsessual kodeksi (ilmiy maqola bo'yicha) aytadi. Militsiyada hozir qanday ishlashini yuristdan aniqlang.
victim-rights-lawyer =
    Bepul yurist:
    • maslahat — hamma uchun bepul, bepul yuridik yordam markazlarida;
    • davlat hisobidan advokat — daromadingiz kam bo'lsa;
    • Bishkekda 25 ta advokat oilaviy zo'ravonlik ishlari bo'yicha ixtisoslashgan.
    Batafsil — «👩‍⚖️ Bepul yurist» bo'limi.
victim-rights-family =
    Qonun faqat xotinni himoya qilmaydi:
    • oila a'zosi yoki unga tenglashtirilgan shaxs jabrlanuvchi hisoblanadi: ro'yxatdan o'tmagan nikohdagi (faqat nikoh o'qitilgan) xotin ham, erining ota-onasi xo'rlaydigan kelin ham, birga yashaydigan boshqa qarindoshlar ham (63-sonli qonun, 1-modda);
    • zo'ravonlikni ko'rgan bola ham jabrlanuvchi hisoblanadi.
victim-rights-free-help =
    Yana sizning huquqlaringiz:
    • zo'ravonlik haqida istalgan odam xabar berishi mumkin, militsiya esa arizani ro'yxatga olishi shart;
    • xavfsiz joy — siz o'zingiz xavfsiz deb hisoblagan joy (63-sonli qonun, 1-modda);
    • inqiroz markazlaridagi yordam va boshpana odatda bepul; joy bo'lmasligi mumkin — avval qo'ng'iroq qiling ⚠️.

## Situations

situations =
    Sizning holatingizga o'xshashini tanlang:
    .button = 🔎 Mening holatimga o'xshash
economic-abuse = 💸 Pul yoki hujjatlarni tortib olishadi
    .button = 💸 Pul va hujjatlar
economic-abuse-what =
    Iqtisodiy zo'ravonlik — bu ham zo'ravonlik, qonun uni nomlaydi. Masalan:
    • maoshingiz, pensiyangiz yoki nafaqangizni tortib olishadi;
    • ishlashni taqiqlashadi;
    • ovqat va bolalar uchun pul berishmaydi;
    • pasportingiz yoki bolalar hujjatlarini yashirib qo'yishadi.
economic-abuse-documents =
    Pasportingizni olib qo'yib, qaytarib berishmayotgan bo'lsa:
    • aholiga xizmat ko'rsatish markaziga (TsON) boring va pasportingiz ushlab qolinganini — olib qo'yib, bermayotganlarini ayting;
    • pasportni yo'qoldi demang: bu rost emas va bu sizga qarshi ishlatilishi mumkin;
    • militsiyaga ariza yozing va bepul yuristdan so'rang — «👩‍⚖️ Bepul yurist» bo'limi.
    ⚠️ Ushlab qolingan pasport uchun alohida tartib topmadik. «🆘 Pasport yo'qoldi yoki olib qo'yildi» yo'riqnomasi ham shuni maslahat beradi.
economic-abuse-money =
    O'z pulingiz:
    • «Uy-bulogo komok» nafaqasi haqiqatda yashayotgan joyingizda rasmiylashtiriladi, propiska muhim emas ⚠️;
    • «Ijtimoiy shartnoma» — kam ta'minlangan oilalarga o'z ishini boshlash uchun 150 000 som grant; ariza — ayil o'kmotiga (qishloq boshqaruviga) yoki mehnat boshqarmasiga.
    Batafsil — «🏛 Onlayn davlat xizmatlari» bo'limi.
economic-abuse-property =
    Mulk. Agar nikoh ZAGSda ro'yxatdan o'tgan bo'lsa:
    • nikohda orttirilgan mulk teng bo'linadi (Oila kodeksi, 35-modda);
    • umumiy uy yoki yerni sizning roziligingizsiz sotib bo'lmaydi (36-modda).
    ⚠️ Bu taxminan 2018-yilgi tushuntirishga ko'ra. Faqat nikoh o'qitilgan bo'lsa, bu huquqlar yo'q — «💍 Qiz olib qochish, erta nikoh, nikoh o'qitish» bo'limiga qarang.
in-laws = 🏠 Erning qarindoshlari xo'rlaydi
    .button = 🏠 Erning qarindoshlari xo'rlaydi
in-laws-law =
    Agar qaynonangiz, qaynotangiz yoki eringizning boshqa qarindoshlari sizni ursa, xo'rlasa yoki qamab qo'ysa — bu ham oilaviy zo'ravonlik.
    63-sonli qonun er-xotinning ota-onasi va siz bilan birga yashaydigan boshqa qarindoshlar zo'ravonligidan ham himoya qiladi (1-modda).
in-laws-steps =
    Nima qilish mumkin:
    • 102 ga qo'ng'iroq qilib, ariza yozish — zarar yetkazgan har bir kishiga;
    • o'sha kishiga qarshi himoya orderi so'rash;
    • dalillarni saqlash — «📸 Dalillar» bo'limi;
    • xavfsiz bo'lsa, eringizga yoki o'z qarindoshlaringizga aytish.
in-laws-stay =
    Boradigan joyingiz bo'lmasa:
    • inqiroz markazlari bolali ayollarni boshpanaga qabul qiladi, odatda bepul; joy bo'lmasligi mumkin — avval qo'ng'iroq qiling («🧭 Markazga qanday borish»);
    • xavfsizlik rejasini tuzing — «🧳 Xavfsizlik rejasi» bo'limi;
    • xavf belgilarini tekshiring — «🚦 Xavf belgilarini tekshirish» bo'limi.
forced-marriage = 💍 Qiz olib qochish, erta nikoh, nikoh o'qitish
    .button = 💍 Qiz olib qochish, erta nikoh, nikoh
forced-marriage-kidnapping =
    Qiz olib qochish («ala kachuu») — odat emas, jinoyat.
    • Jinoyat kodeksining 172-moddasi (2021): 5–7 yil ozodlikdan mahrum qilish, qiz 18 yoshga to'lmagan bo'lsa — 7–10 yil; yordam berganlar ham shunday jazolanadi (BMTTD, 2022 ⚠️).
    • Sizni qolishga majburlay olmaydi. 102 yoki 112 ga qo'ng'iroq qiling; qarindoshlaringiz ham qo'ng'iroq qilishi mumkin.
forced-marriage-age =
    Erta va majburiy nikoh:
    • faqat 18 yoshdan turmush qurish mumkin, nikoh o'qitish ham faqat 18 yoshdan;
    • voyaga yetmagan qiz bilan nikoh o'qitgani uchun 3–5 yilga ozodlikdan mahrum qilinadi — imom ham, ota-ona ham, katta yoshli «er» ham.
    • Nikohga majburlash taqiqlanadi. ⚠️ Yangi Jinoyat kodeksidagi modda raqamini aniqlayapmiz.
forced-marriage-nike =
    Nikoh o'qitish (nike) — faqat diniy marosim. Qonunga ko'ra uning kuchi yo'q: nikoh — faqat davlat ZAGSda ro'yxatdan o'tkazgan nikoh (Oila kodeksi, 1-modda).
    Nikohni ro'yxatdan o'tkazish: ikkalangiz birga ZAGSga ariza berasiz, ro'yxatdan o'tkazish — bir oydan keyin (homiladorlik yoki bola tug'ilganda — o'sha kuni bo'lishi mumkin).
forced-marriage-nike-rights =
    Faqat nikoh o'qitilgan xotinda nima yo'q ⚠️:
    • umumiy mulkning yarmiga huquq;
    • uy yoki yerni sotishga rozilik bermaslik huquqi;
    • ajrashgandan keyin erdan ta'minot olish.
    Lekin oilaviy zo'ravonlik to'g'risidagi qonun sizni ham himoya qiladi: u «haqiqiy nikoh munosabatlari»ni nomlaydi (63-sonli qonun, 1-modda).
forced-marriage-help =
    Qayerda yordam berishadi:
    • 102 yoki 112 — sizni ushlab turishsa yoki qo'rqitishsa;
    • inqiroz markazi — boshpana, psixolog, yurist;
    • bepul yurist — bolalarga aliment, mulk, hujjatlar.
    { no-answer }
custody-alimony = 👶 Bolalar va aliment
    .button = 👶 Bolalar va aliment
custody-alimony-children =
    Bolalar:
    • ona va otaning bolalarga huquqi teng;
    • ota-ona bolalar kim bilan yashashi va ikkinchi ota yoki ona bilan qanchalik tez-tez ko'rishishini yozma kelishib olishi mumkin;
    • kelisha olmasa, sud hal qiladi ⚠️.
    Zo'ravonlik haqida yuristga va sudga ayting: bu bolalar haqidagi qaror uchun muhim.
custody-alimony-divorce =
    Ajrashish:
    • voyaga yetmagan bolalar bo'lsa, ajrashish odatda sud orqali ⚠️;
    • sud yarashish uchun vaqt berishi mumkin. Eringiz bilan xavfli bo'lsa, buni sudga ayting;
    • homilador bo'lsangiz yoki bolangiz bir yoshga to'lmagan bo'lsa, eringiz roziligingizsiz ajrasha olmaydi — faqat nikoh ZAGSda ro'yxatdan o'tgan bo'lsa (Oila kodeksi, 18-modda ⚠️).
custody-alimony-alimony =
    Alimentni qanday olish mumkin (Adliya vazirligi Yuridik yordam xizmati, jardam.kg, 2024):
    1. Bolaning otasi bilan kelishing va kelishuvni notariusda tasdiqlating.
    2. Kelisha olmasangiz — sudga. Sud buyrug'ini so'rash mumkin: soddalashtirilgan tartib, sud otasiz hal qiladi.
    ⚠️ Otasi keyin «menga xabar berishmadi» deb buyruqqa qarshi chiqishi mumkin.
custody-alimony-amount =
    Kelishuvda summa bo'lmasa, qancha to'laydi: otaning daromadidan ulush —
    • 1 bolaga — ¼;
    • 2 bolaga — ⅓;
    • 3 va undan ko'p bolaga — ½.
    Bir bolaga 1 eng kam ish haqidan, ikkitasiga 1,5, uch va undan ko'piga 2 eng kam ish haqidan kam emas ⚠️.
custody-alimony-unpaid =
    To'lamasa:
    • Bosh prokuratura huzuridagi Sud ijrochilari xizmati undiradi — sud qarorini o'sha yerga olib boring;
    • qarzdorga qarzini to'lamaguncha mamlakatdan chiqish taqiqlanishi mumkin;
    • alimentdan bo'yin tovlagani uchun — 1–3 yilgacha jinoiy javobgarlik ⚠️.

## Helping someone else

help-someone = 🫶 Boshqa ayolga qanday yordam berish
    .button = 🫶 Dugonam, qo'shnim, qarindoshimga yordam
help-someone-listen =
    Siz xo'rlanayotgan ayolga yordam bermoqchisiz. Bu muhim.
    • Zo'ravon yonida yo'q paytda yolg'iz gaplashing.
    • Tinglang va ishoning. «Nega ketmaysan» deb so'ramang.
    • Ayting: «Sen aybdor emassan. Men yoningdaman».
    • Uning o'rniga qaror qilmang: ketish yoki qolish — uning tanlovi.
help-someone-danger =
    Agar u hozir xavf ostida bo'lsa — 102 yoki 112 ga o'zingiz qo'ng'iroq qiling. Zo'ravonlik haqida istalgan odam xabar berishi mumkin: qo'shni, qarindosh, tanish.
    Devor ortidan qichqiriq yoki urish ovozi eshitilsa — qo'ng'iroq qiling, kutmang.
help-someone-safe-contact =
    U bilan xavfsiz bog'laning:
    • telefonini tekshirishlari mumkin bo'lsa, unga zo'ravonlik haqida yozmang;
    • maxfiy so'z o'ylab toping: uni aytsa yoki yozsa, siz yordam chaqirasiz;
    • hujjatlari nusxalari va ozgina pulini sizda saqlab turishni taklif qiling.
help-someone-help =
    Yana qanday yordam berish mumkin:
    • unga shu botni yoki «🛡 Inqiroz markazlari» bo'limini ko'rsating;
    • u bilan militsiyaga, shifokorga yoki bepul yuristga boring;
    • dalillarni saqlashga yordam bering.
    Zo'ravon qarindosh bo'lsa, uning so'zlari haqida u bilan gaplashmang: unga xavfliroq bo'lib qolishi mumkin.
help-someone-yourself =
    O'zingizni ham asrang: zo'ravon bilan mushtlashmang, 102 ga qo'ng'iroq qiling.
    { no-answer }

## Support

psych-support =
    Psixologik yordam. Kimdir bilan gaplashish muhim: siz yolg'iz emassiz.
    • 111 — bolalar uchun ishonch telefoni (Mehnat vazirligi): bepul, kecha-kunduz, butun mamlakat bo'ylab; kattalarga ham javob berishadi. ⚠️ Manba bitta, liniyani hali tekshiryapmiz.
    Mehnat vazirligi ma'lumotiga ko'ra, 111 dan maslahat so'raganlarning yarmidan ko'pi — kattalar; ularning yuzlab nafari psixolog maslahatini olgan.
    • Inqiroz markazlari ham psixolog yordamini beradi — ular haqida keyinroq.
    { no-answer }
    .button = 💬 Psixologik yordam
legal-aid = 👩‍⚖️ Bepul yuridik yordam
    .button = 👩‍⚖️ Bepul yurist
link-ukuk-jardam = 🔗 ukuk-jardam.gov.kg
link-jardam = 🔗 jardam.kg
legal-aid-consult =
    Davlat bepul yuridik yordam beradi. Uni Adliya vazirligi huzuridagi Yuridik yordam xizmati ko'rsatadi.
    Yurist maslahati — hamma uchun bepul, bepul yuridik yordam markazlarida (rasmiy nomi ruscha qisqartmada — TsBYuP).
legal-aid-lawyer =
    Daromadingiz kam bo'lsa, sizga bepul advokat (davlat hisobidan) beriladi: 12 oyda 60 ta eng kam ish haqidan oshmasa.
    Ba'zi odamlarga advokat daromadidan qat'i nazar beriladi. Chet elliklar va qochqinlarga ham.
    Bishkekda 25 ta advokat oilaviy zo'ravonlik ishlari bo'yicha ixtisoslashgan.
    Sizga tegishlimi — bepul yuridik yordam markazida so'rang.
legal-aid-where =
    Markazni qayerdan topish mumkin: 2017–2018-yillarda markazlar Bishkekda, Chuy, O'sh, Talas va Issiqko'l viloyatlarida, shuningdek Isfana, Qadamjoy, Jalolobod, Bozorqo'rg'on, Baliqchi va Cho'lpon-Otada ishlagan.
    ⚠️ Hozirgi ro'yxat va manzillarni hali tekshiryapmiz. ukuk-jardam.gov.kg va jardam.kg saytlariga qarang (quyidagi tugmalar).
legal-aid-trust-line =
    Yuristlar ishi ustidan shikoyat qilish yoki bepul yordam haqida so'rash uchun Adliya vazirligining ishonch telefoni: +996 (312) 65-10-10, dushanba–juma, 09:00–18:00 (vazirlik sayti, 2024).
    Qirg'iz va rus tilidagi oddiy tushuntirishlar — jardam.kg saytida: masalan, alimentni qanday olish mumkin.

## Crisis centres. No centre's phone is shown until staff have called it
## (SOURCES.md, "To verify before launch"). Each region page stays under 700
## characters. Names of centres are written in Latin letters here; on their
## signs they are in Cyrillic («Аялзат», «Сезим», «Ак-Жүрөк», «Асылзат»,
## «Теңдеш», «Химая»).

crisis-centres =
    Inqiroz markazlari zo'ravonlikdan jabr ko'rgan ayollarga yordam beradi: psixolog, yurist, vaqtincha turar joy (boshpana). Odatda bepul; joy bo'lmasligi mumkin — avval qo'ng'iroq qiling.
    Mehnat vazirligi ma'lumotiga ko'ra, mamlakatda 16 ta inqiroz markazi bor, ularning 10 tasida boshpana bor.
    ⚠️ Markazlarning telefonlarini qo'ng'iroq qilib tekshiryapmiz va hozircha ko'rsatmayapmiz. Telefonsiz markazga qanday borish — «🧭 Markazga qanday borish» tugmasi.
    Hududni tanlang:
    .button = 🛡 Inqiroz markazlari
link-ak-jurok = 🔗 «Ak-Jurok» sayti (ingliz tilida)
# One line with numbers she can call today, on every region page (issue 23:
# no page ends without a number).
centres-call-today = Bugun qo'ng'iroq qilish mumkin: xavfli bo'lsa — 112 yoki 102; bepul yurist — +996 (312) 65-10-10 (Adliya vazirligi, dushanba–juma).
centres-bishkek =
    Bishkek va Chuy viloyati:
    • «Ayalzat» — bolali onalar uchun boshpanasi bor munitsipal inqiroz markazi. Xavfsizlik uchun manzili sir tutiladi.
    • «Sezim» — boshpanali inqiroz markazi, sezim.org.
    • «Yagona darcha» davlat markazi: shifokor, psixolog, yurist va ijtimoiy xodim bir joyda. Manzilini aniqlayapmiz.
    Chuy viloyatida alohida markaz manbalarimizda topilmadi.
    { centres-call-today }
    { no-answer }
    .button = 📍 Bishkek va Chuy vil.
centres-osh =
    O'sh va O'sh viloyati: «Ak-Jurok» — 2002-yildan beri ishlayotgan inqiroz markazi.
    • Psixolog, yurist, ijtimoiy xodim.
    • Bolalar hujjatlari, nafaqalar va aliment bilan yordam berishadi.
    • Boshpana: bolali ayollarni 12–18 kunga qabul qilishadi.
    ⚠️ Markaz sayti bo'yicha, taxminan 2020-yil; boshpana binosiz qolishi mumkin. Sayt faqat ingliz tilida (quyidagi tugma).
    { centres-call-today }
    { no-answer }
    .button = 📍 O'sh va O'sh vil.
centres-jalal-abad =
    Jalolobod viloyati:
    • Mehnat vazirligi ma'lumotiga ko'ra (2025), viloyatda boshpanali inqiroz markazi bor. Uning nomini aniqlayapmiz.
    • Bepul yuridik yordam: Jalolobod shahrida va Bozorqo'rg'onda markaz bor (2017-yilgi ma'lumot ⚠️).
    { centres-call-today }
    { no-answer }
    .button = 📍 Jalolobod vil.
centres-batken =
    Botken viloyati:
    • Ayollar uchun inqiroz markazi bizning manbalarimizda hozircha topilmadi. Qidiryapmiz.
    • Bepul yuridik yordam: Isfana va Qadamjoyda markazlar bor (2017-yilgi ma'lumot ⚠️).
    • Boshpanasi bor eng yaqin ma'lum markaz — O'shdagi «Ak-Jurok».
    { centres-call-today }
    { no-answer }
    .button = 📍 Botken vil.
centres-naryn =
    Norin viloyati:
    • «Asylzat» — Norindagi munitsipal inqiroz markazi (Mehnat vazirligi, 2025).
    • «Tendesh» — ayollar va qizlarga psixologik, yuridik va ijtimoiy yordam ⚠️.
    Norin viloyatida boshpana bor (Mehnat vazirligi, 2025).
    { centres-call-today }
    { no-answer }
    .button = 📍 Norin vil.
centres-issyk-kul =
    Issiqko'l viloyati:
    • «Himaya» — Qoraqo'ldagi ayollarga yordam markazi, 2015-yildan beri ishlaydi. Vaqtincha boshpana — ikki haftagacha, ba'zan uzoqroq; ko'pincha joy bo'lmaydi. Ijtimoiy xizmatlar, Qoraqo'l meriyasi va militsiya yuboradi ⚠️.
    • Bepul yuridik yordam: Baliqchi, Cho'lpon-Ota (2018 ⚠️).
    { centres-call-today }
    { no-answer }
    .button = 📍 Issiqko'l vil.
centres-talas =
    Talas viloyati:
    • Mehnat vazirligi ma'lumotiga ko'ra (2025), viloyatda boshpanali inqiroz markazi bor. Uning nomi va telefonini aniqlayapmiz.
    • Bepul yuridik yordam: Talas viloyatida markaz bor (2017 ⚠️).
    { centres-call-today }
    { no-answer }
    .button = 📍 Talas vil.
centres-other =
    Ekranda telefon bo'lmasa, inqiroz markaziga qanday borish mumkin:
    1. 111 ga qo'ng'iroq qiling — bolalar uchun ishonch telefoni, kattalarga ham javob berishadi (⚠️ manba bitta). Liniya qo'ng'iroq qilganlarni ijtimoiy himoyaga va militsiyaga yo'naltiradi.
    2. Tuman mehnat va ijtimoiy himoya boshqarmasiga boring: masalan, «Himaya»ga ijtimoiy xizmatlar yuboradi.
    3. Bepul yuridik yordam markazidan so'rang.
    { no-answer }
    .button = 🧭 Markazga qanday borish

## From help to paperwork

paperwork = 📋 Yordamdan hujjatlarga
    .button = 📋 Yordamdan hujjatlarga
paperwork-start =
    Xavfsiz joyda bo'lganingizda, ko'p masalalar hujjatlar orqali hal qilinadi. Mana odatda kerak bo'ladigan qadamlar.
    Ularni birma-bir, o'zingizga qulay sur'atda bajaring. Har bir qadamda inqiroz markazi yoki bepul yurist yordam berishi mumkin.
paperwork-id =
    1. Sizning hujjatlaringiz.
    Agar pasport yo'qolgan yoki uyda qolgan bo'lsa — aholiga xizmat ko'rsatish markaziga (TsON) yoki 119 raqamiga murojaat qiling: uni qanday tiklashni aytishadi.
    Pasportdagi 14 xonali shaxsiy raqamingiz (PIN) va bulutli elektron imzo sizga onlayn davlat xizmatlarini ochib beradi.
paperwork-children =
    2. Bolalar hujjatlari.
    Bolalarda tug'ilganlik haqidagi guvohnoma bor-yo'qligini tekshiring. Agar tug'ilganlik ro'yxatdan o'tmagan bo'lsa — bu TsONda yoki ZAGSda qilinadi.
paperwork-benefits =
    3. Nafaqalar.
    Sizga qanday to'lovlar tegishli ekanini bilib oling: «Uy-bulogo komok», «Bala yrysy», «Balaga suyunchu».
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
    Savollardagi «o'sha odam» — sizga zarar yetkazayotgan kishi: eringiz, sobiq eringiz, qaynonangiz, qaynotangiz yoki boshqa qarindoshingiz.
    .button = 🚦 Xavf belgilarini tekshirish
    .yes = Ha
    .no = Yo'q
danger-check-weapon = O'sha odam qachondir sizga qurol (pichoq, to'pponcha, tayoq) bilan hujum qilganmi yoki qurol bilan qo'rqitganmi?
danger-check-kill = O'sha odam sizni yoki bolalaringizni o'ldiraman deb qo'rqitganmi?
danger-check-might-kill = O'sha odam sizni o'ldirishga urinishi mumkin deb o'ylaysizmi?
danger-check-choke = O'sha odam qachondir sizni bo'g'ishga urinib ko'rganmi?
danger-check-jealous = O'sha odam sizni doimo va qattiq rashk qiladimi yoki qiladigan deyarli hamma ishingizni nazorat qiladimi?
danger-check-leaving = Siz o'sha odamdan (uning uyidan) ketdingizmi yoki shu yil ketmoqchimisiz?
danger-check-result-alert =
    ⚠️ Javoblaringiz jiddiy xavf borligini ko'rsatadi. Siz hech narsada aybdor emassiz.
    • Xavf hozir bo'lsa — 102 yoki 112 ga qo'ng'iroq qiling.
    • Himoya orderini so'rang — «📝 Himoya orderi» bo'limi.
    • Xavfsizlik rejasini tuzing va yordam bera oladigan odamga aytib bering: inqiroz markaziga, yuristga, yaqin odamga.
    Bu professional xavf baholash emas, faqat maslahat. Javoblar saqlanmadi.
danger-check-result-calm =
    Javoblaringizda eng xavotirli belgilar yo'q. Lekin har qanday zo'ravonlik oddiy hol emas va u xavfliroq bo'lib qolishi mumkin.
    O'z hissiyotingizga ishoning: qo'rqsangiz, bu muhim. Xavfsizlik rejasi va yordam — pastda.
    Bu professional xavf baholash emas, faqat maslahat. Javoblar saqlanmadi.
