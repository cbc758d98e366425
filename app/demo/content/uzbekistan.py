"""Demo content: Red Crescent Society of Uzbekistan (slug "uzbekistan")."""
from __future__ import annotations

LOCALE = "uz"

DESCRIPTION = {
    "uz": "Oʻzbekiston Qizil Yarim Oy jamiyati — Toshkent shahri, barcha viloyatlar va "
          "Qoraqalpogʻiston Respublikasida faoliyat yurituvchi milliy jamiyat. Koʻngillilarimiz "
          "bilan birga aholini birinchi yordamga oʻrgatamiz, favqulodda vaziyatlarga tayyorgarlikni "
          "kuchaytiramiz va yordamga muhtoj oilalarni qoʻllab-quvvatlaymiz.",
    "ru": "Общество Красного Полумесяца Узбекистана — национальное общество, которое работает в "
          "Ташкенте, во всех областях страны и в Республике Каракалпакстан. Вместе с нашими "
          "волонтёрами мы обучаем население первой помощи, укрепляем готовность к чрезвычайным "
          "ситуациям и поддерживаем нуждающиеся семьи.",
    "en": "The Red Crescent Society of Uzbekistan is the National Society working in Tashkent, in "
          "every region of the country and in the Republic of Karakalpakstan. With our volunteers we "
          "teach people first aid, strengthen preparedness for emergencies and support families in need.",
}

PLAN = {
    "title": {
        "uz": "Jazirama issiq, Orolboʻyi aholisi salomatligi va favqulodda vaziyatlarga tayyorgarlik",
        "ru": "Аномальная жара, здоровье жителей Приаралья и готовность к чрезвычайным ситуациям",
        "en": "Extreme heat, health in the Aral Sea area and emergency preparedness",
    },
    "summary": {
        "uz": "Bu yil davlat idoralari, mahallalar va xalqaro hamkorlar bilan muloqotda jazirama "
              "issiq xavfi, Orolboʻyi aholisining salomatligi va favqulodda vaziyatlarga tayyorgarlik "
              "masalalarini ilgari suramiz. Reja boʻlimlarimiz ishini umumiy maqsadlar atrofida "
              "birlashtiradi.",
        "ru": "В этом году в диалоге с государственными органами, махаллями и международными "
              "партнёрами мы продвигаем три темы: опасность сильной жары, здоровье жителей Приаралья "
              "и готовность к чрезвычайным ситуациям. План объединяет работу наших отделов вокруг "
              "общих целей.",
        "en": "This year, in dialogue with government bodies, mahallas and international partners, "
              "we are advancing three issues: the dangers of extreme heat, the health of people in "
              "the Aral Sea area and preparedness for emergencies. The plan brings our departments' "
              "work together around shared objectives.",
    },
    "objectives": [
        {
            "title": {
                "uz": "Aholini jazirama issiq xavfidan xabardor qilish va eng zaif guruhlarni himoya qilish",
                "ru": "Информировать население об опасности сильной жары и защищать наиболее уязвимых",
                "en": "Make people aware of the dangers of extreme heat and protect the most vulnerable",
            },
            "activities": [
                {
                    "title": {
                        "uz": "Issiq urishi va birinchi yordam haqida teleradio roliklari",
                        "ru": "Теле- и радиоролики о тепловом ударе и первой помощи",
                        "en": "TV and radio spots on heatstroke and first aid",
                    },
                    "description": {
                        "uz": "Milliy teleradiokompaniya bilan birgalikda issiq urishi belgilari va "
                              "birinchi yordam haqida qisqa roliklar tayyorlab, yoz davomida efirga uzatamiz.",
                        "ru": "Вместе с Национальной телерадиокомпанией готовим короткие ролики о признаках "
                              "теплового удара и первой помощи и выпускаем их в эфир в течение всего лета.",
                        "en": "Together with the National TV and Radio Company we produce short spots on the "
                              "signs of heatstroke and on first aid and air them throughout the summer.",
                    },
                    "departments": ("communications", "health"),
                    "quarters": (2, 3),
                    "partners": (4,),
                    "campaign": None,
                    "status": "ongoing",
                },
                {
                    "title": {
                        "uz": "Issiq kunlarda keksa va yolgʻiz qoʻshnilardan xabar olish",
                        "ru": "Забота о пожилых и одиноких соседях в жаркие дни",
                        "en": "Checking on older and lonely neighbours on hot days",
                    },
                    "description": {
                        "uz": "Koʻngillilar mahalla raislari bilan birga keksa va yolgʻiz yashovchi "
                              "qoʻshnilardan xabar olib, ularga ichimlik suvi va issiqda oʻzini asrash "
                              "boʻyicha maslahatlar yetkazadi.",
                        "ru": "Волонтёры вместе с председателями махаллей навещают пожилых и одиноких "
                              "соседей, приносят им питьевую воду и советуют, как уберечься от жары.",
                        "en": "Volunteers and mahalla chairs visit older neighbours and people living alone, "
                              "bringing drinking water and advice on staying safe in the heat.",
                    },
                    "departments": ("youth", "health"),
                    "quarters": (2, 3),
                    "partners": (1,),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
        {
            "title": {
                "uz": "Orolboʻyida aholi salomatligini muhofaza qilish boʻyicha muloqotni kuchaytirish",
                "ru": "Укрепить диалог об охране здоровья населения Приаралья",
                "en": "Strengthen dialogue on protecting people's health in the Aral Sea area",
            },
            "activities": [
                {
                    "title": {
                        "uz": "Qoraqalpogʻistonda sogʻliq ehtiyojlarini baholash natijalari boʻyicha davra suhbati",
                        "ru": "Круглый стол по итогам оценки потребностей в охране здоровья в Каракалпакстане",
                        "en": "Round table on the results of the health needs assessment in Karakalpakstan",
                    },
                    "description": {
                        "uz": "Nukus va shimoliy tumanlarda oʻtkazilgan baholash natijalarini BMT trast "
                              "jamgʻarmasi hamda tuman hokimliklari vakillari bilan muhokama qilamiz.",
                        "ru": "Обсуждаем результаты оценки, проведённой в Нукусе и северных районах, с "
                              "трастовым фондом ООН и представителями районных хокимиятов.",
                        "en": "We discuss the results of the assessment carried out in Nukus and the northern "
                              "districts with the UN trust fund and the district administrations.",
                    },
                    "departments": ("health", "disaster"),
                    "quarters": (2,),
                    "partners": (2,),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "uz": "Tibbiyot talabalaridan koʻngillilar guruhini tuzish",
                        "ru": "Создание группы волонтёров из студентов-медиков",
                        "en": "Forming a volunteer group of medical students",
                    },
                    "description": {
                        "uz": "Qoraqalpogʻiston tibbiyot instituti talabalarini tumanlarda birinchi yordam "
                              "va gigiyena boʻyicha mashgʻulotlar oʻtkazadigan koʻngillilar sifatida jalb qilamiz.",
                        "ru": "Привлекаем студентов Каракалпакского медицинского института как волонтёров, "
                              "которые проводят в районах занятия по первой помощи и гигиене.",
                        "en": "We bring in students of the Karakalpakstan Medical Institute as volunteers "
                              "who run first-aid and hygiene sessions in the districts.",
                    },
                    "departments": ("youth", "health"),
                    "quarters": (3, 4),
                    "partners": (3,),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
        {
            "title": {
                "uz": "Favqulodda vaziyatlar vazirligi bilan tayyorgarlik sohasidagi hamkorlikni chuqurlashtirish",
                "ru": "Углубить сотрудничество с Министерством по чрезвычайным ситуациям в области готовности",
                "en": "Deepen preparedness cooperation with the Ministry of Emergency Situations",
            },
            "activities": [
                {
                    "title": {
                        "uz": "Zilzila boʻyicha shahar oʻquv mashqlarida koʻngillilar ishtiroki",
                        "ru": "Участие волонтёров в городских учениях на случай землетрясения",
                        "en": "Volunteers in city earthquake drills",
                    },
                    "description": {
                        "uz": "Vazirlik bilan koʻngillilarimizning oʻquv mashqlarida birinchi yordam "
                              "koʻrsatish va jabrlanganlarni roʻyxatga olishda qatnashish tartibini kelishib olamiz.",
                        "ru": "Согласовываем с министерством, как наши волонтёры участвуют в учениях: "
                              "оказывают первую помощь и регистрируют пострадавших.",
                        "en": "We agree with the ministry how our volunteers take part in drills, giving "
                              "first aid and registering affected people.",
                    },
                    "departments": ("disaster", "youth"),
                    "quarters": (2, 3),
                    "partners": (0,),
                    "campaign": None,
                    "status": "ongoing",
                },
                {
                    "title": {
                        "uz": "Sel xavfi haqidagi ogohlantirishlarni mahallalarga tezkor yetkazish",
                        "ru": "Оперативное доведение предупреждений о селях до махаллей",
                        "en": "Getting mudflow warnings to mahallas fast",
                    },
                    "description": {
                        "uz": "Vazirlik ogohlantirishlarini Telegram kanalimiz va mahalla guruhlari orqali "
                              "tezkor tarqatish tartibini birgalikda ishlab chiqamiz.",
                        "ru": "Вместе с министерством вырабатываем порядок быстрого распространения его "
                              "предупреждений через наш Telegram-канал и группы махаллей.",
                        "en": "Together with the ministry we set up a way to spread its warnings quickly "
                              "through our Telegram channel and mahalla groups.",
                    },
                    "departments": ("disaster", "communications"),
                    "quarters": (1, 2),
                    "partners": (0, 1),
                    "campaign": None,
                    "status": "done",
                },
            ],
        },
    ],
}

LAST_YEAR_PLAN = {
    "title": {
        "uz": "Birinchi yordam koʻnikmalari va mahallalardagi koʻngillilar",
        "ru": "Навыки первой помощи и волонтёры в махаллях",
        "en": "First-aid skills and volunteers in the mahallas",
    },
    "summary": {
        "uz": "Reja birinchi yordamni keng ommalashtirish va koʻngillilik harakatini mahallalar "
              "darajasiga olib chiqishga qaratildi.",
        "ru": "План был направлен на широкое распространение навыков первой помощи и развитие "
              "волонтёрства на уровне махаллей.",
        "en": "The plan focused on spreading first-aid skills widely and taking volunteering to "
              "the mahalla level.",
    },
    "objectives": [
        {
            "title": {
                "uz": "Birinchi yordam koʻnikmalarini keng ommalashtirish",
                "ru": "Широко распространять навыки первой помощи",
                "en": "Spread first-aid skills widely",
            },
            "activities": [
                {
                    "title": {
                        "uz": "Maktab oʻqituvchilari uchun birinchi yordam treninglari",
                        "ru": "Тренинги по первой помощи для школьных учителей",
                        "en": "First-aid trainings for school teachers",
                    },
                    "description": {
                        "uz": "Maktabgacha va maktab taʼlimi vazirligi bilan kelishgan holda uch "
                              "viloyatdagi maktab oʻqituvchilarini birinchi yordamga oʻqitdik.",
                        "ru": "По согласованию с Министерством дошкольного и школьного образования мы "
                              "обучили первой помощи школьных учителей в трёх областях.",
                        "en": "In agreement with the Ministry of Preschool and School Education we trained "
                              "school teachers in three regions in first aid.",
                    },
                    "departments": ("health",),
                    "quarters": (1, 2),
                    "partners": (),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "uz": "Jahon birinchi yordam kuni munosabati bilan ochiq namoyishlar",
                        "ru": "Открытые показы ко Всемирному дню первой помощи",
                        "en": "Public demonstrations for World First Aid Day",
                    },
                    "description": {
                        "uz": "Toshkent va Nukusdagi istirohat bogʻlarida koʻngillilar aholiga birinchi "
                              "yordam usullarini koʻrsatib berdi.",
                        "ru": "В парках Ташкента и Нукуса волонтёры показывали жителям приёмы первой помощи.",
                        "en": "In parks in Tashkent and Nukus our volunteers showed residents first-aid techniques.",
                    },
                    "departments": ("health", "youth", "communications"),
                    "quarters": (3,),
                    "partners": (4,),
                    "campaign": None,
                    "status": "done",
                },
            ],
        },
        {
            "title": {
                "uz": "Koʻngillilar tarmogʻini mahallalar darajasida kengaytirish",
                "ru": "Расширить сеть волонтёров на уровне махаллей",
                "en": "Expand the volunteer network at mahalla level",
            },
            "activities": [
                {
                    "title": {
                        "uz": "Mahalla raislari bilan hamkorlik boʻyicha uchrashuvlar",
                        "ru": "Встречи с председателями махаллей о сотрудничестве",
                        "en": "Cooperation meetings with mahalla chairs",
                    },
                    "description": {
                        "uz": "Beshta tumanda mahalla raislari bilan koʻngillilarni jalb qilish va "
                              "birgalikda ishlash tartibini muhokama qildik.",
                        "ru": "В пяти районах мы обсудили с председателями махаллей, как привлекать "
                              "волонтёров и работать вместе.",
                        "en": "In five districts we discussed with mahalla chairs how to recruit volunteers "
                              "and work together.",
                    },
                    "departments": ("youth",),
                    "quarters": (2, 3),
                    "partners": (1,),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "uz": "Koʻngillilar uchun mobil ilova yaratish",
                        "ru": "Создание мобильного приложения для волонтёров",
                        "en": "Building a mobile app for volunteers",
                    },
                    "description": {
                        "uz": "Koʻngillilarni roʻyxatga olish uchun mobil ilova yaratish rejalashtirilgan "
                              "edi, biroq mablagʻ topilmagani sababli tadbir bekor qilindi.",
                        "ru": "Планировалось создать мобильное приложение для учёта волонтёров, но "
                              "мероприятие отменили из-за отсутствия финансирования.",
                        "en": "We planned a mobile app to register volunteers, but the activity was dropped "
                              "for lack of funding.",
                    },
                    "departments": ("youth", "communications"),
                    "quarters": (4,),
                    "partners": (),
                    "campaign": None,
                    "status": "dropped",
                },
            ],
        },
    ],
}

PARTNERS = [
    {
        "name": {
            "uz": "Oʻzbekiston Respublikasi Favqulodda vaziyatlar vazirligi",
            "ru": "Министерство по чрезвычайным ситуациям Республики Узбекистан",
            "en": "Ministry of Emergency Situations of the Republic of Uzbekistan",
        },
        "kind": "government",
        "stage": "agreement",
        "shared": True,
        "contact": "Dilshod Rahimov, aholini muhofaza qilish boshqarmasi bosh mutaxassisi",
        "channels": "elektron pochta, telefon, rasmiy xat",
        "next_step": "Memorandum boʻyicha yangi ish rejasini kelishib olish uchun ishchi uchrashuv oʻtkazish",
        "next_step_in_days": 12,
        "notes": "Memorandum asosida issiq kunlarda va favqulodda vaziyatlarda aholini xabardor qilishda birga ishlaymiz.",
    },
    {
        "name": {
            "uz": "Nukus shahridagi «Navbahor» mahalla fuqarolar yigʻini",
            "ru": "Сход граждан махалли «Навбахор» (г. Нукус)",
            "en": "Navbahor mahalla citizens' assembly, Nukus",
        },
        "kind": "community",
        "stage": "engaged",
        "shared": False,
        "contact": "Zamira Saparova, mahalla fuqarolar yigʻini raisi",
        "channels": "telefon, Telegram",
        "next_step": "Mahalla faollari uchun ikki kunlik birinchi yordam treningi jadvalini tasdiqlash",
        "next_step_in_days": -4,
        "notes": "Mahalla raisi issiqdan koʻproq aziyat chekadigan keksa va yolgʻiz yashovchi aholini aniqlashda yordam beradi.",
    },
    {
        "name": {
            "uz": "BMTning Orolboʻyi mintaqasi uchun Inson xavfsizligi boʻyicha koʻp sherikli trast jamgʻarmasi",
            "ru": "Многопартнёрский трастовый фонд ООН по человеческой безопасности для региона Приаралья",
            "en": "UN Multi-Partner Human Security Trust Fund for the Aral Sea Region",
        },
        "kind": "un_agency",
        "stage": "contacted",
        "shared": True,
        "contact": "Aziza Karimova, dasturlar boʻyicha mutaxassis",
        "channels": "elektron pochta, onlayn uchrashuvlar",
        "next_step": "Qoraqalpogʻistonda aholi salomatligi boʻyicha qoʻshma loyihaning qisqa konsepsiyasini yuborish",
        "next_step_in_days": 25,
        "notes": "Orolboʻyida ichimlik suvi va aholi salomatligi boʻyicha ishimizga qiziqish bildirgan.",
    },
    {
        "name": {
            "uz": "Qoraqalpogʻiston tibbiyot instituti",
            "ru": "Каракалпакский медицинский институт",
            "en": "Karakalpakstan Medical Institute",
        },
        "kind": "academia",
        "stage": "identified",
        "shared": False,
        "contact": "Baxtiyor Allaniyazov, jamoat salomatligi kafedrasi dotsenti",
        "channels": "telefon, elektron pochta",
        "next_step": "Talabalardan koʻngillilar guruhini tuzish taklifi bilan rektoratga xat yuborish",
        "next_step_in_days": 40,
        "notes": "Tibbiyot talabalari Nukus va tumanlarda birinchi yordam mashgʻulotlarini olib borishi mumkin.",
    },
    {
        "name": {
            "uz": "Oʻzbekiston Milliy teleradiokompaniyasi",
            "ru": "Национальная телерадиокомпания Узбекистана",
            "en": "National TV and Radio Company of Uzbekistan",
        },
        "kind": "media",
        "stage": "engaged",
        "shared": False,
        "contact": "Shahnoza Olimova, ijtimoiy koʻrsatuvlar muharriri",
        "channels": "elektron pochta, telefon",
        "next_step": "Issiq urishi va birinchi yordam haqidagi roliklarni efirga berish jadvalini kelishish",
        "next_step_in_days": 8,
        "notes": "Yozgi jazirama oldidan ijtimoiy roliklarimizni bepul efirga berishga tayyor.",
    },
]

MEETING = {
    "title": {
        "uz": "Yozgi jaziramaga tayyorgarlik: boʻlimlararo uchrashuv",
        "ru": "Подготовка к летней жаре: встреча отделов",
        "en": "Getting ready for the summer heat: cross-department meeting",
    },
    "mode": "in_person",
    "location": "Toshkent, bosh ofis, majlislar zali (2-qavat)",
    "agenda": {
        "uz": "1. Issiq urishi haqidagi roliklar va teleradiokompaniya bilan kelishuv holati\n"
              "2. Mahallalarda keksa aholidan xabar olish uchun koʻngillilarni taqsimlash\n"
              "3. Favqulodda vaziyatlar vazirligi bilan navbatdagi ishchi uchrashuvga tayyorgarlik",
        "ru": "1. Ролики о тепловом ударе и ход договорённостей с телерадиокомпанией\n"
              "2. Распределение волонтёров для посещения пожилых жителей махаллей\n"
              "3. Подготовка к очередной рабочей встрече с Министерством по чрезвычайным ситуациям",
        "en": "1. Heatstroke spots and where we stand with the TV and radio company\n"
              "2. Assigning volunteers to check on older residents in the mahallas\n"
              "3. Preparing the next working meeting with the Ministry of Emergency Situations",
    },
    "minutes": {
        "uz": "- Kommunikatsiya boʻlimi ikki rolik ssenariysi tayyorligini maʼlum qildi; tibbiy "
              "maslahatlarni sogʻliqni saqlash boʻlimi tekshiradi.\n"
              "- Yoshlar boʻlimi Toshkent va Nukusda 40 nafar koʻngilli navbatchilikka tayyorligini aytdi.\n"
              "- Nukusdagi «Navbahor» mahallasi trening jadvalini hali tasdiqlamagan.\n"
              "- Vazirlik bilan uchrashuvga memorandum boʻyicha ish rejasi loyihasini tayyorlash kelishildi.",
        "ru": "- Отдел коммуникаций сообщил, что сценарии двух роликов готовы; медицинские советы "
              "проверит отдел здравоохранения.\n"
              "- Молодёжный отдел готов вывести на дежурства 40 волонтёров в Ташкенте и Нукусе.\n"
              "- Махалля «Навбахор» в Нукусе ещё не утвердила график тренинга.\n"
              "- Договорились подготовить к встрече с министерством проект рабочего плана по меморандуму.",
        "en": "- Communications reported that the scripts for two spots are ready; the health "
              "department will check the medical advice.\n"
              "- The youth department has 40 volunteers ready for duty in Tashkent and Nukus.\n"
              "- The Navbahor mahalla in Nukus has not yet approved the training schedule.\n"
              "- Agreed to prepare a draft work plan under the memorandum for the meeting with the ministry.",
    },
    "attendee_roles": {
        "admin": "Uchrashuvga raislik qildi",
        "staff": "Bayonnoma yuritdi, yoshlar boʻlimi nomidan maʼlumot berdi",
    },
    "decisions": [
        {
            "uz": "Favqulodda vaziyatlar vazirligi bilan uchrashuv uchun memorandum boʻyicha ish rejasi loyihasini tayyorlash",
            "ru": "Подготовить к встрече с Министерством по чрезвычайным ситуациям проект рабочего плана по меморандуму",
            "en": "Prepare a draft work plan under the memorandum for the meeting with the Ministry of Emergency Situations",
        },
        {
            "uz": "Issiq kunlar uchun koʻngillilar navbatchiligi jadvalini kelasi haftagacha yakunlash",
            "ru": "Завершить график дежурств волонтёров на жаркие дни до следующей недели",
            "en": "Finalise the volunteers' duty roster for hot days by next week",
        },
    ],
}

TASKS = [
    {
        "title": {
            "uz": "Qoraqalpogʻiston tibbiyot instituti uchun hamkorlik taklifini tayyorlash",
            "ru": "Подготовить предложение о сотрудничестве для Каракалпакского медицинского института",
            "en": "Prepare a partnership proposal for the Karakalpakstan Medical Institute",
        },
        "description": {
            "uz": "Talabalardan koʻngillilar guruhini tuzish boʻyicha rektoratga yuboriladigan xat va "
                  "qisqa taqdimotni tayyorlang.",
            "ru": "Подготовьте письмо ректорату и короткую презентацию о создании группы волонтёров из студентов.",
            "en": "Prepare a letter to the rector's office and a short presentation on forming a student volunteer group.",
        },
        "status": "open",
        "priority": "normal",
        "due_in_days": 30,
        "reason": "",
        "comments": [],
    },
    {
        "title": {
            "uz": "Issiq urishi haqidagi roliklar ssenariysini tibbiy jihatdan tekshirish",
            "ru": "Проверить сценарии роликов о тепловом ударе с медицинской точки зрения",
            "en": "Check the heatstroke spot scripts for medical accuracy",
        },
        "description": {
            "uz": "Teleradiokompaniyaga yuborishdan oldin ikki rolik ssenariysidagi birinchi yordam "
                  "maslahatlarini tekshirib, izoh qoldiring.",
            "ru": "Перед отправкой в телерадиокомпанию проверьте советы по первой помощи в сценариях "
                  "двух роликов и оставьте комментарии.",
            "en": "Before the scripts go to the TV and radio company, check the first-aid advice in both "
                  "of them and leave your comments.",
        },
        "status": "accepted",
        "priority": "high",
        "due_in_days": 2,
        "reason": "",
        "comments": [("staff", "Ertaga tushlikdan keyin koʻrib chiqaman.")],
    },
    {
        "title": {
            "uz": "Issiq kunlar uchun koʻngillilar navbatchiligi jadvalini tuzish",
            "ru": "Составить график дежурств волонтёров на жаркие дни",
            "en": "Draw up the volunteers' duty roster for hot days",
        },
        "description": {
            "uz": "Toshkent va Nukus mahallalarida keksa aholidan xabar oladigan koʻngillilarning "
                  "navbatchilik jadvalini tuzing.",
            "ru": "Составьте график дежурств волонтёров, которые навещают пожилых жителей махаллей "
                  "Ташкента и Нукуса.",
            "en": "Draw up the duty roster for volunteers who check on older residents in Tashkent and "
                  "Nukus mahallas.",
        },
        "status": "in_progress",
        "priority": "high",
        "due_in_days": -5,
        "reason": "",
        "comments": [
            ("staff", "Toshkent boʻyicha jadval tayyor, Nukusdan roʻyxat kutilyapti."),
            ("admin", "Nukus roʻyxatini bugunoq soʻrang, boshqa kechiktirmaylik."),
        ],
    },
    {
        "title": {
            "uz": "«Navbahor» mahallasi faollari uchun birinchi yordam treningini oʻtkazish",
            "ru": "Провести тренинг по первой помощи для активистов махалли «Навбахор»",
            "en": "Run a first-aid training for Navbahor mahalla activists",
        },
        "description": {
            "uz": "Nukusdagi «Navbahor» mahallasining 20 nafar faoli uchun ikki kunlik birinchi yordam "
                  "treningini tashkil qiling.",
            "ru": "Организуйте двухдневный тренинг по первой помощи для 20 активистов махалли «Навбахор» в Нукусе.",
            "en": "Organise a two-day first-aid training for 20 activists of the Navbahor mahalla in Nukus.",
        },
        "status": "blocked",
        "priority": "normal",
        "due_in_days": -2,
        "reason": "Mahalla fuqarolar yigʻini trening kuni va xonasini hali tasdiqlamadi.",
        "comments": [("staff", "Mahalla raisiga ikki marta qoʻngʻiroq qildim, javob kutyapman.")],
    },
    {
        "title": {
            "uz": "Orolboʻyi boʻyicha davra suhbati hisobotini yozish",
            "ru": "Написать отчёт по круглому столу о Приаралье",
            "en": "Write the report on the Aral Sea round table",
        },
        "description": {
            "uz": "Davra suhbati natijalarini qisqa hisobot shaklida yozib, IFRC mintaqaviy vakolatxonasiga yuboring.",
            "ru": "Кратко изложите итоги круглого стола в отчёте и отправьте его в региональное "
                  "представительство МФОКК и КП.",
            "en": "Sum up the round table in a short report and send it to the IFRC regional office.",
        },
        "status": "done",
        "priority": "normal",
        "due_in_days": -8,
        "reason": "",
        "comments": [
            ("staff", "Hisobot yuborildi, nusxasi umumiy papkada."),
            ("admin", "Rahmat, juda yaxshi chiqibdi."),
        ],
    },
    {
        "title": {
            "uz": "Issiqdan saqlanish boʻyicha infografikalarni tashqi dizaynerga buyurtma qilish",
            "ru": "Заказать внешнему дизайнеру инфографику о защите от жары",
            "en": "Commission heat-safety infographics from an outside designer",
        },
        "description": {
            "uz": "Issiq kunlardagi xavfsizlik qoidalari haqida beshta infografikani tashqi dizaynerga buyurtma qiling.",
            "ru": "Закажите внешнему дизайнеру пять инфографик о правилах безопасности в жару.",
            "en": "Order five infographics on safety rules in hot weather from an outside designer.",
        },
        "status": "cancelled",
        "priority": "low",
        "due_in_days": 5,
        "reason": "Teleradiokompaniya dizayn ishini bepul bajarishni taklif qildi, alohida buyurtma kerak boʻlmay qoldi.",
        "comments": [("admin", "Infografikalarni teleradiokompaniya bilan birga tayyorlaymiz.")],
    },
]
