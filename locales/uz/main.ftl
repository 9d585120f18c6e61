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
    • Tez chiqish: /exit, «{ ui-exit-keywords }» so'zlaridan biri yoki 🚪 — bot yozishmani o'chiradi.
    • /forget — bot siz haqingizda saqlagan hamma narsani o'chirish; /privacy — bot nimani saqlaydi.

    Ma'lumotlar ochiq manbalardan (qonunlar, vazirliklar saytlari, yangiliklar); har bir manba ro'yxatimizda bor; ⚠️ — manba bitta yoki eski. Tartib va summalar o'zgaradi: 119 (bepul, dushanba–juma) yoki TsON orqali aniqlang.
    Bot favqulodda xizmatlar o'rnini bosmaydi: xavf bo'lsa, 102 yoki 112 ga qo'ng'iroq qiling.
    .button = ❓ Botdan qanday foydalanish
emergency =
    Agar hozir xavf ostida bo'lsangiz:
    • 102 — militsiya
    • 112 — yagona qutqaruv xizmati (bepul)
    • 103 — tez yordam, jarohat olgan bo'lsangiz
    Iloji bo'lsa, odamlar bor joyga keting: qo'shnilarga, qarindoshlarga.
    • 111 — bolalar uchun ishonch telefoni (Mehnat vazirligi): bepul, kecha-kunduz, kattalarga ham javob berishadi. ⚠️ Manba bitta, liniyani hali tekshiryapmiz.
    { no-answer }
    .button = 🆘 Men hozir xavf ostidaman
# The one advice for a line that does not answer; every screen that gives a
# number shows this same message (referenced as { no-answer }).
no-answer = Qo'ng'iroq o'tmadimi? Hozir xavfli bo'lsa — 112 ga yoki yana 102 ga qo'ng'iroq qiling. Kutish mumkin bo'lsa — 111: bolalar uchun ishonch telefoni, kattalarga ham javob berishadi; bepul, kecha-kunduz ⚠️.
