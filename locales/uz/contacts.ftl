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
contact-violence-line-117 = Oilaviy zo'ravonlik qurbonlari liniyasi
    .note = 9:00–18:00. ⚠️ Ishlamasa — 102 ga qo'ng'iroq qiling.
contact-trust-line-111 = Ishonch telefoni (bolalar uchun; kattalar ham mumkin)
    .note = Bepul, kecha-kunduz.
contact-ombudsman-115 = Ombudsman liniyasi: bepul yuridik maslahatlar
    .note = ⚠️ Liniya ishlayotganini tekshiryapmiz.
contact-legal-aid-service = Yuridik yordam xizmati (bepul yurist)
contact-con-119 = ЦОН: ma'lumot liniyasi
    .note = Bepul, dushanba–juma.
contact-sezim = «Сезим» inqiroz markazi (Bishkek)
    .note = ⚠️ Markaz telefonlarini hali tekshiryapmiz.
contact-ak-jurok = «Ак-Жүрөк» inqiroz markazi (O'sh)
    .note = Psixolog, yurist, boshpana. ⚠️ Ma'lumotlar eskirgan bo'lishi mumkin.
