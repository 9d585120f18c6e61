### O'zbekcha (lotin yozuvi). Machine-assisted draft: NOT yet reviewed by a native speaker.
### After a native speaker has checked the whole file, add the line
### `### reviewed: YYYY-MM-DD Name` here (see dialogues/README.md).

## Feedback: the question, the consent notice, comment and region.

feedback =
    Bu foydali bo'ldimi?
    .button = 💬 Fikr bildirish
feedback-yes = 👍 Ha
feedback-partly = 🤔 Qisman
feedback-no = 👎 Yo'q
feedback-consent =
    Javobingizni saqlasak bo'ladimi?
    • Nimani saqlaymiz: baho, mavzu, til va sana. Keyin — xohlasangiz, izoh va hudud. Ism va telefon raqamisiz.
    • Nima uchun: botni yaxshilash va uning foyda berayotganini ko'rsatish uchun.
    • Qancha vaqt: 2 yil, keyin javob o'z-o'zidan o'chiriladi.
    • Fikringiz o'zgarsa — /forget buyrug'i javobni va siz haqingizdagi boshqa hamma narsani o'chiradi.
feedback-consent-yes = ✅ Ha, saqlash
feedback-consent-no = ✖️ Yo'q, rahmat
feedback-not-saved = Yaxshi, hech narsa saqlanmadi.
feedback-comment =
    Rahmat, javobingiz saqlandi!
    Biror narsa qo'shmoqchimisiz? Nima tushunarsiz bo'lgani yoki nima yetishmagani haqida bitta xabarda yozing. Ism va telefon raqamlarini yozmang.
feedback-skip = O'tkazib yuborish ▶️
# Variables:
#   $max (Number) - the most characters a comment may have
#   $length (Number) - how many characters her comment has
feedback-comment-too-long = Izoh juda uzun: { $length } ta belgi, { $max } tagacha mumkin. Uni qisqartirib, qaytadan yuboring yoki «O'tkazib yuborish»ni bosing.
feedback-region = Qayerda yashaysiz? Bu bot qayerda ko'proq kerakligini tushunishga yordam beradi.
feedback-region-undisclosed = Aytishni xohlamayman
feedback-thanks = Rahmat! Fikringiz botni yaxshiroq qilishga yordam beradi.
