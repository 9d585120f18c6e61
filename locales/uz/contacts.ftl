### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

## The directory of help: "Find help near you".

find-help =
    Yaqiningizda qayerdan yordam olish mumkin.
    Hududni tanlang — yoki joylashuvingizni yuboring (📎 → Joylashuv): eng yaqin hududni topaman va uni saqlamayman.
    .button = 📍 Yaqin atrofdagi yordam
# Variables:
#   $region (String) - the name of the region chosen
find-help-region = 📍 { $region }: qayerga murojaat qilish
# Ends every region page: if nobody answers (short: these pages are long).
find-help-region-end = Qo'ng'iroq o'tmadimi? Xavfli bo'lsa — 112 yoki yana 102.

## Regions.
region-bishkek = Bishkek
region-osh-city = O'sh sh.
region-batken = Botken vil.
region-jalal-abad = Jalolobod vil.
region-issyk-kul = Issiqko'l vil.
region-naryn = Norin vil.
region-osh-region = O'sh vil.
region-talas = Talas vil.
region-chui = Chuy vil.

## Entries. `.note` is optional.
contact-emergency-112 = Yagona qutqaruv xizmati (bepul)
contact-police-102 = Militsiya
contact-ambulance-103 = Tez yordam
contact-trust-line-111 = Ishonch telefoni (bolalar uchun; kattalar ham)
    .note = Bepul, kecha-kunduz.
contact-legal-aid-service = Yuridik yordam xizmati (bepul yurist)
contact-minjust-trust = Adliya vazirligi: ishonch telefoni
    .note = Du–ju, 9:00–18:00.
contact-prosecutor-trust = Bosh prokuratura: ishonch telefoni (militsiyadan shikoyat)
    .note = ⚠️ Shahar kodisiz (prokuror.kg); aniqlayapmiz.
contact-con-119 = Xizmat ko'rsatish markazi (TsON): ma'lumot
    .note = Bepul, dushanba–juma.
contact-sezim = «Sezim» inqiroz markazi (Bishkek)
    .note = ⚠️ Telefonini tekshiryapmiz.
contact-ak-jurok = «Ak-Jurok» inqiroz markazi (O'sh)
    .note = Psixolog, yurist, boshpana. Sayti inglizcha. ⚠️ 2020-yilgi ma'lumot.
contact-asylzat = «Asylzat» inqiroz markazi
    .address = Norin
    .note = ⚠️ Telefonini tekshiryapmiz.
contact-tendesh = «Tendesh» inqiroz markazi: psixolog, yurist
    .address = Norin viloyati
    .note = ⚠️ Telefonini tekshiryapmiz.
contact-himaya = «Himaya» ayollarga yordam markazi: boshpana
    .address = Qoraqo'l
    .note = Ijtimoiy xizmatlar va militsiya yuboradi. ⚠️ Telefonini tekshiryapmiz.

## Waiting for a phone check: not shown until `verified_by_phone` is set.
contact-violence-line-117 = Oilaviy zo'ravonlik bo'yicha yordam liniyasi (Mehnat vazirligi)
contact-ombudsman-115 = Akyykatchy (ombudsman): bepul yuridik maslahat
contact-mvd-trust = IIV ishonch telefoni: militsiya ustidan shikoyat
