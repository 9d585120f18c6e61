## The directory of help: "Find help near you".

find-help =
    Где получить помощь рядом с вами.
    Выберите регион — или отправьте свою геолокацию (📎 → Геопозиция): я найду ближайший регион и не сохраню её.
    .button = 📍 Помощь рядом
# Variables:
#   $region (String) - the name of the region chosen
find-help-region = 📍 { $region }: куда обратиться
# Ends every region page: if nobody answers (short: these pages are long).
find-help-region-end = Не дозвонились? Если опасно — 112 или снова 102.

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
contact-trust-line-111 = Телефон доверия (для детей; взрослые тоже могут звонить)
    .note = Бесплатно, круглосуточно.
contact-legal-aid-service = Служба юридической помощи (бесплатный юрист)
contact-minjust-trust = Минюст: телефон доверия
    .note = Пн–пт, 9:00–18:00.
contact-prosecutor-trust = Генпрокуратура: телефон доверия (жалобы на милицию)
    .note = ⚠️ Номер без кода города, как на prokuror.kg; код уточняем.
contact-con-119 = ЦОН: справочная линия
    .note = Бесплатно, пн–пт.
contact-sezim = Кризисный центр «Сезим» (Бишкек)
    .note = ⚠️ Телефон проверяем.
contact-ak-jurok = Кризисный центр «Ак-Жүрөк» (Ош)
    .note = Психолог, юрист, приют. Сайт на английском. ⚠️ Сведения 2020 года.
contact-asylzat = Кризисный центр «Асылзат»
    .address = Нарын
    .note = ⚠️ Телефон проверяем.
contact-tendesh = Кризисный центр «Теңдеш»: психолог, юрист
    .address = Нарынская область
    .note = ⚠️ Телефон проверяем.
contact-himaya = Центр помощи женщинам «Химая»: приют
    .address = Каракол
    .note = Направляют соцслужбы и милиция. ⚠️ Телефон проверяем.

## Waiting for a phone check: not shown until `verified_by_phone` is set.
contact-violence-line-117 = Линия помощи при домашнем насилии (Минтруда)
contact-ombudsman-115 = Акыйкатчы (омбудсмен): бесплатные юридические консультации
contact-mvd-trust = Телефон доверия МВД: жалобы на милицию
