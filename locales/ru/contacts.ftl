## The directory of help: "Find help near you".

find-help =
    Где получить помощь рядом с вами.
    Выберите регион — или отправьте свою геолокацию (📎 → Геопозиция): я найду ближайший регион и не сохраню её.
    .button = 📍 Помощь рядом
# Variables:
#   $region (String) - the name of the region chosen
find-help-region = 📍 { $region }: куда обратиться

## Regions.
region-bishkek = Бишкек
region-osh-city = г. Ош
region-batken = Баткенская обл.
region-jalal-abad = Джалал-Абадская обл.
region-issyk-kul = Иссык-Кульская обл.
region-naryn = Нарынская обл.
region-osh-region = Ошская обл.
region-talas = Таласская обл.
region-chui = Чуйская обл.

## Entries. `.note` is optional.
contact-emergency-112 = Единая служба спасения (бесплатно)
contact-police-102 = Милиция
contact-ambulance-103 = Скорая помощь
contact-violence-line-117 = Линия для пострадавших от семейного насилия
    .note = 9:00–18:00. ⚠️ Может не работать — тогда звоните 102.
contact-trust-line-111 = Телефон доверия (для детей; взрослые тоже могут звонить)
    .note = Бесплатно, круглосуточно.
contact-ombudsman-115 = Линия Омбудсмена: бесплатные юридические консультации
    .note = ⚠️ Проверяем, работает ли линия.
contact-legal-aid-service = Служба юридической помощи (бесплатный юрист)
contact-con-119 = ЦОН: справочная линия
    .note = Бесплатно, пн–пт.
contact-sezim = Кризисный центр «Сезим» (Бишкек)
    .note = ⚠️ Телефоны центра мы ещё проверяем.
contact-ak-jurok = Кризисный центр «Ак-Жүрөк» (Ош)
    .note = Психолог, юрист, приют. ⚠️ Сведения могли устареть.
