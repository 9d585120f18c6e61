## The directory of help: "Find help near you".

find-help =
    Жакын жерден кайдан жардам алса болот.
    Аймакты тандаңыз — же жайгашкан жериңизди жөнөтүңүз (📎 → Геолокация): мен жакынкы аймакты табам жана аны сактабайм.
    .button = 📍 Жакын жардам
# Variables:
#   $region (String) - the name of the region chosen
find-help-region = 📍 { $region }: кайда кайрылса болот

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
contact-violence-line-117 = Үй-бүлөлүк зомбулуктан жабыр тарткандар үчүн линия
    .note = 9:00–18:00. ⚠️ Иштебей калышы мүмкүн — анда 102ге чалыңыз.
contact-trust-line-111 = Ишеним телефону (балдар үчүн; чоңдор да чала алат)
    .note = Акысыз, күнү-түнү.
contact-ombudsman-115 = Акыйкатчынын линиясы: акысыз юридикалык кеңеш
    .note = ⚠️ Линия иштеп жатабы, текшерип жатабыз.
contact-legal-aid-service = Юридикалык жардам кызматы (акысыз юрист)
contact-con-119 = КТБ (ЦОН): маалымат линиясы
    .note = Акысыз, дүйшөмбү–жума.
contact-sezim = «Сезим» кризистик борбору (Бишкек)
    .note = ⚠️ Борбордун телефондорун текшерип жатабыз.
contact-ak-jurok = «Ак-Жүрөк» кризистик борбору (Ош)
    .note = Психолог, юрист, баш калкалоочу жай. ⚠️ Маалымат эскириши мүмкүн.
