## The directory of help: "Find help near you".

find-help =
    Жакын жерден кайдан жардам алса болот.
    Аймакты тандаңыз — же жайгашкан жериңизди жөнөтүңүз (📎 → «Геопозиция» — жайгашкан жер): мен жакынкы аймакты табам жана аны сактабайм.
    .button = 📍 Жакын жардам
# Variables:
#   $region (String) - the name of the region chosen
find-help-region = 📍 { $region }: кайда кайрылса болот
# Ends every region page: if nobody answers (short: these pages are long).
find-help-region-end = Чала албадыңызбы? Коркунуч болсо — 112 же кайра 102.

## Regions.
region-bishkek = Бишкек
region-osh-city = Ош шаары
region-batken = Баткен облусу
region-jalal-abad = Жалал-Абад облусу
region-issyk-kul = Ысык-Көл облусу
region-naryn = Нарын облусу
region-osh-region = Ош облусу
region-talas = Талас облусу
region-chui = Чүй облусу

## Entries. `.note` is optional.
contact-emergency-112 = Бирдиктүү куткаруу кызматы (акысыз)
contact-police-102 = Милиция
contact-ambulance-103 = Тез жардам
contact-trust-line-111 = Ишеним телефону (балдар үчүн; чоңдор да чала алат)
    .note = Акысыз, күнү-түнү.
contact-legal-aid-service = Юридикалык жардам кызматы (акысыз юрист)
contact-minjust-trust = Юстиция министрлиги: ишеним телефону
    .note = Дш–жм, 9:00–18:00.
contact-prosecutor-trust = Башкы прокуратура: ишеним телефону (милицияга даттануу)
    .note = ⚠️ Шаардын коду жок (prokuror.kg); тактап жатабыз.
contact-con-119 = КТБ (ЦОН): маалымат линиясы
    .note = Акысыз, дүйшөмбү–жума.
contact-sezim = «Сезим» кризистик борбору (Бишкек)
    .note = ⚠️ Телефонун текшерип жатабыз.
contact-ak-jurok = «Ак-Жүрөк» кризистик борбору (Ош)
    .note = Психолог, юрист, баш калкалоочу жай. Сайты англисче. ⚠️ 2020-жылдагы маалымат.
contact-asylzat = «Асылзат» кризистик борбору
    .address = Нарын
    .note = ⚠️ Телефонун текшерип жатабыз.
contact-tendesh = «Теңдеш» борбору: психолог, юрист
    .address = Нарын облусу
    .note = ⚠️ Телефонун текшерип жатабыз.
contact-himaya = «Химая» аялдарга жардам борбору: баш калкалоочу жай
    .address = Каракол
    .note = Социалдык кызматтар жана милиция жиберет. ⚠️ Телефонун текшерип жатабыз.

## Waiting for a phone check: not shown until `verified_by_phone` is set.
contact-violence-line-117 = Үй-бүлөлүк зомбулук боюнча жардам линиясы (Эмгек министрлиги)
contact-ombudsman-115 = Акыйкатчы (Омбудсмен): акысыз юридикалык кеңеш
contact-mvd-trust = ИИМдин ишеним телефону: милицияга даттануу
