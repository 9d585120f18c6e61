### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

## Main menu and screens reached by commands.

main =
    Assalomu alaykum! Men Kadamman. Davlat xizmatlarini qadamma-qadam olishga va zo'ravonlikka duch kelsangiz, yordam topishga ko'maklashaman.
    Agar hozir xavf ostida bo'lsangiz — 102 yoki 112 ga qo'ng'iroq qiling.
    Sizga nima kerakligini tanlang:
language = Tilni tanlang
    .button = 🌐 Til
help =
    Botdan qanday foydalanish:
    • xabarlar ostidagi tugmalarni bosing;
    • «Orqaga» oldingi ekranga, «Bosh menyu» boshiga qaytaradi;
    • /menu — bosh menyu, /language — tilni o'zgartirish.

    Botdagi ma'lumotlar ochiq rasmiy manbalardan olingan. Tartib va summalar o'zgarishi mumkin: shubhangiz bo'lsa, 119 raqami (bepul, dushanba–juma) yoki ЦОН orqali aniqlang.
    Bot favqulodda xizmatlarga qo'ng'iroq qilishning o'rnini bosmaydi: xavf bo'lsa, 102 yoki 112 ga qo'ng'iroq qiling.
    .button = ❓ Yordam
emergency =
    Favqulodda raqamlar:
    • 112 — yagona qutqaruv xizmati (bepul)
    • 102 — militsiya
    • 103 — tez yordam
    • 111 — ishonch telefoni: bepul, kecha-kunduz. U bolalar uchun, lekin kattalar ham qo'ng'iroq qilishi mumkin.
    • 117 — oilaviy zo'ravonlikdan jabr ko'rganlar uchun bepul liniya, 9:00–18:00. ⚠️ Liniya ishlamasligi mumkin. Javob bo'lmasa — 102 ga qo'ng'iroq qiling.
    .button = ☎️ Favqulodda raqamlar
