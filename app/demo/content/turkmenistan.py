"""Demo content of the Red Crescent Society of Turkmenistan (own language: Turkmen, Latin script)."""
from __future__ import annotations

LOCALE = "tk"

DESCRIPTION = {
    "tk": "Türkmenistanyň Gyzyl Ýarymaý jemgyýeti Aşgabatda we ähli welaýatlarda işleýär. Ol ilaty ilkinji "
          "kömege öwredýär, saglyk barada düşündiriş işlerini alyp barýar, betbagtçylyklara taýýarlyk görýär we "
          "meýletinçileriň kömegi bilen ýaşulylara hem-de mätäç maşgalalara goldaw berýär.",
    "ru": "Общество Красного Полумесяца Туркменистана работает в Ашхабаде и во всех велаятах. Оно обучает "
          "население первой помощи, ведёт санитарное просвещение, готовится к бедствиям и с помощью волонтёров "
          "поддерживает пожилых людей и нуждающиеся семьи.",
    "en": "The Red Crescent Society of Turkmenistan works in Ashgabat and in every velayat. It teaches people first "
          "aid, runs health education, prepares for disasters and, with its volunteers, supports older people and "
          "families in need.",
}

# The Society's development strategy, shared with the regional office. Years are relative to this year;
# `objective_aims` ties this year's plan objectives (by position) to the aims (by position). The fourth
# aim is served by no objective this year, as the strategy page and the plan show.
STRATEGY = {
    "title": {"tk": "Jemgyýetiň ösüş strategiýasy", "ru": "Стратегия развития Общества",
              "en": "The Society's development strategy"},
    "years": (-1, 3),
    "shared": True,
    "aims": [
        {"tk": "Betbagtçylyklara taýýarlygy we olara jogap bermegi güýçlendirmek",
         "ru": "Укрепить готовность к бедствиям и реагирование на них",
         "en": "Stronger disaster preparedness and response"},
        {"tk": "Saglyk we ilkinji kömek barada bilimleri ýaýratmak",
         "ru": "Распространять знания о здоровье и первой помощи",
         "en": "Spread knowledge of health and first aid"},
        {"tk": "Meýletinçiler ulgamyny we hyzmatdaşlygy ösdürmek",
         "ru": "Развивать сеть волонтёров и партнёрство",
         "en": "Grow the volunteer network and partnerships"},
        {"tk": "Ynsanperwer diplomatiýany we jemgyýetçilik bilen aragatnaşygy berkitmek",
         "ru": "Укрепить гуманитарную дипломатию и связь с обществом",
         "en": "Strengthen humanitarian diplomacy and public communication"},
    ],
    "objective_aims": [[0, 2], [0, 1], [2]],
}

PLAN = {
    "title": {
        "tk": "Bölümleriň kesişme nokatlary, ösüş strategiýasy we täze hyzmatdaşlar",
        "ru": "Точки соприкосновения отделов, стратегия развития и новые партнёры",
        "en": "Points of contact between departments, the development strategy and new partners",
    },
    "summary": {
        "tk": "Bu meýilnama sebitleýin maslahatda hödürlendi. Ol üç ugry öz içine alýar: bölümleriň arasyndaky "
              "kesişme nokatlary, Jemgyýetiň köpýyllyk ösüş strategiýasyny durmuşa geçirmek we täze hyzmatdaşlara "
              "ýetmek.",
        "ru": "Этот план представлен на региональной консультации. Он охватывает три направления: точки "
              "соприкосновения между отделами, воплощение многолетней стратегии развития Общества и выход на новых "
              "партнёров.",
        "en": "This plan was presented at the regional consultation. It covers three areas: points of contact between "
              "departments, putting the Society's multi-year development strategy into practice, and reaching new "
              "partners.",
    },
    "objectives": [
        {
            "title": {
                "tk": "Bölümleriň bilelikde işlemegini ýola goýmak",
                "ru": "Наладить совместную работу отделов",
                "en": "Get the departments working together",
            },
            "activities": [
                {
                    "title": {
                        "tk": "Bölümleriň umumy utgaşdyryş tertibi",
                        "ru": "Общий порядок координации отделов",
                        "en": "A shared coordination routine for the departments",
                    },
                    "description": {
                        "tk": "Bölümleriň ýolbaşçylary her aýyň başynda duşuşyp, umumy iş senenamasyny düzýärler "
                              "we bilelikdäki çäreleriň barşyny gözden geçirýärler.",
                        "ru": "В начале каждого месяца руководители отделов встречаются, составляют общий рабочий "
                              "календарь и проверяют, как идут совместные мероприятия.",
                        "en": "At the start of each month the heads of department meet to draw up a shared work "
                              "calendar and check how the joint activities are going.",
                    },
                    "departments": ("communications", "disaster", "health"),
                    "quarters": (1, 2, 3, 4),
                    "partners": (),
                    "campaign": None,
                    "status": "ongoing",
                },
                {
                    "title": {
                        "tk": "Tomusky yssy we suw howpsuzlygy boýunça bilelikdäki çäreler",
                        "ru": "Совместные летние мероприятия по защите от жары и безопасности на воде",
                        "en": "Joint summer activities on heat and water safety",
                    },
                    "description": {
                        "tk": "Meýletinçiler seýilgählerde we suw howdanlarynyň golaýynda ilata yssy urmagyň "
                              "alamatlaryny, ilkinji kömegi we suwda özüňi howpsuz alyp barmagyň düzgünlerini "
                              "düşündirýärler.",
                        "ru": "Волонтёры в парках и у водоёмов рассказывают людям о признаках теплового удара, "
                              "первой помощи и правилах безопасного поведения на воде.",
                        "en": "Volunteers in parks and by reservoirs explain the signs of heatstroke, first aid and "
                              "how to stay safe in the water.",
                    },
                    "departments": ("disaster", "health", "youth"),
                    "quarters": (2, 3),
                    "partners": (0, 1),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
        {
            "title": {
                "tk": "Jemgyýetiň köpýyllyk ösüş strategiýasyny durmuşa geçirmek",
                "ru": "Воплощать многолетнюю стратегию развития Общества",
                "en": "Put the Society's multi-year development strategy into practice",
            },
            "activities": [
                {
                    "title": {
                        "tk": "Welaýat şahamçalarynda ilkinji kömek boýunça tälimçileri taýýarlamak",
                        "ru": "Подготовка тренеров по первой помощи в велаятских отделениях",
                        "en": "Training first-aid trainers in the velayat branches",
                    },
                    "description": {
                        "tk": "Strategiýa laýyklykda her welaýat şahamçasynda azyndan iki tälimçi taýýarlanar, "
                              "olar soňra mekdeplerde we kärhanalarda okuw geçirerler.",
                        "ru": "По стратегии в каждом велаятском отделении будет подготовлено не менее двух "
                              "тренеров, которые затем проведут занятия в школах и на предприятиях.",
                        "en": "In line with the strategy, at least two trainers will be trained in each velayat "
                              "branch, and they will then run courses in schools and workplaces.",
                    },
                    "departments": ("health", "youth"),
                    "quarters": (1, 2),
                    "partners": (0,),
                    "campaign": None,
                    "status": "ongoing",
                },
                {
                    "title": {
                        "tk": "Meýletinçileri hasaba almagyň we okatmagyň ýeke-täk tertibi",
                        "ru": "Единый порядок учёта и обучения волонтёров",
                        "en": "One system for registering and training volunteers",
                    },
                    "description": {
                        "tk": "Ähli şahamçalarda meýletinçiler bir görnüşde hasaba alnar, täze gelenler üçin "
                              "bolsa umumy başlangyç okuw giriziler.",
                        "ru": "Во всех отделениях волонтёров будут учитывать по единой форме, а для новичков "
                              "введут общее вводное обучение.",
                        "en": "All branches will register volunteers on the same form, and newcomers will get the "
                              "same induction training.",
                    },
                    "departments": ("youth",),
                    "quarters": (2, 3, 4),
                    "partners": (2,),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
        {
            "title": {
                "tk": "Täze hyzmatdaşlara ýetmek",
                "ru": "Выйти на новых партнёров",
                "en": "Reach new partners",
            },
            "activities": [
                {
                    "title": {
                        "tk": "Lukmançylyk uniwersiteti bilen talyp meýletinçiler barada ylalaşmak",
                        "ru": "Договориться с медицинским университетом о студентах-волонтёрах",
                        "en": "Agree with the medical university on student volunteers",
                    },
                    "description": {
                        "tk": "Uniwersitetiň talyplaryny meýletinçi hökmünde ilkinji kömek okuwlaryna we saglyk "
                              "barada düşündiriş işlerine çekmek üçin hyzmatdaşlyk ylalaşygynyň taslamasy "
                              "taýýarlanar.",
                        "ru": "Будет подготовлен проект соглашения о сотрудничестве, чтобы студенты университета "
                              "участвовали волонтёрами в занятиях по первой помощи и санитарном просвещении.",
                        "en": "A draft cooperation agreement will be prepared so that university students can "
                              "volunteer in first-aid courses and health education.",
                    },
                    "departments": ("health", "youth"),
                    "quarters": (2, 3),
                    "partners": (3,),
                    "campaign": None,
                    "status": "ongoing",
                },
                {
                    "title": {
                        "tk": "Ýaşlar teleýaýlymy bilen saglyk barada gepleşikler tapgyry",
                        "ru": "Цикл передач о здоровье на молодёжном телеканале",
                        "en": "A health series with the youth TV channel",
                    },
                    "description": {
                        "tk": "Teleýaýlyma ilkinji kömek we sagdyn durmuş ýörelgesi barada gysga gepleşikler "
                              "tapgyryny teklip ederis.",
                        "ru": "Мы предложим телеканалу цикл коротких передач о первой помощи и здоровом образе "
                              "жизни.",
                        "en": "We will offer the channel a series of short programmes on first aid and healthy "
                              "living.",
                    },
                    "departments": ("communications", "health"),
                    "quarters": (3, 4),
                    "partners": (4,),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
    ],
}

LAST_YEAR_PLAN = {
    "title": {
        "tk": "Ilkinji kömek we ýer titremä taýýarlyk",
        "ru": "Первая помощь и готовность к землетрясениям",
        "en": "First aid and earthquake preparedness",
    },
    "summary": {
        "tk": "Meýilnama iki ugra gönükdirildi: ilaty ilkinji kömege öwretmek we ýer titremesine taýýarlygy "
              "güýçlendirmek.",
        "ru": "План был нацелен на два направления: обучение населения первой помощи и подготовку к "
              "землетрясениям.",
        "en": "The plan focused on two areas: teaching the public first aid and preparing for earthquakes.",
    },
    "objectives": [
        {
            "title": {
                "tk": "Ilkinji kömek boýunça bilimleri ýaýratmak",
                "ru": "Распространять знания о первой помощи",
                "en": "Spread first-aid knowledge",
            },
            "activities": [
                {
                    "title": {
                        "tk": "Mekdeplerde ilkinji kömek sapaklary",
                        "ru": "Уроки первой помощи в школах",
                        "en": "First-aid lessons in schools",
                    },
                    "description": {
                        "tk": "Meýletinçiler Aşgabadyň mekdeplerinde okuwçylara ilkinji kömegiň esaslaryny "
                              "öwretdiler.",
                        "ru": "Волонтёры обучили школьников Ашхабада основам первой помощи.",
                        "en": "Volunteers taught schoolchildren in Ashgabat the basics of first aid.",
                    },
                    "departments": ("health", "youth"),
                    "quarters": (1, 2),
                    "partners": (0,),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "tk": "Ilkinji kömek boýunça gollanmany täzeden neşir etmek",
                        "ru": "Переиздание пособия по первой помощи",
                        "en": "Reprinting the first-aid handbook",
                    },
                    "description": {
                        "tk": "Gollanma türkmen we rus dillerinde täzelenip, welaýat şahamçalaryna paýlandy.",
                        "ru": "Пособие обновили на туркменском и русском языках и разослали в велаятские "
                              "отделения.",
                        "en": "The handbook was updated in Turkmen and Russian and sent out to the velayat "
                              "branches.",
                    },
                    "departments": ("health", "communications"),
                    "quarters": (3,),
                    "partners": (),
                    "campaign": None,
                    "status": "done",
                },
            ],
        },
        {
            "title": {
                "tk": "Ýer titremesine taýýarlygy güýçlendirmek",
                "ru": "Усилить готовность к землетрясениям",
                "en": "Strengthen earthquake preparedness",
            },
            "activities": [
                {
                    "title": {
                        "tk": "Aşgabatda ýer titremesine taýýarlyk boýunça türgenleşik",
                        "ru": "Учения по готовности к землетрясению в Ашхабаде",
                        "en": "Earthquake preparedness drill in Ashgabat",
                    },
                    "description": {
                        "tk": "Meýletinçiler bilen bilelikde ewakuasiýa we ilkinji kömek boýunça türgenleşik "
                              "geçirildi.",
                        "ru": "Вместе с волонтёрами провели учения по эвакуации и первой помощи.",
                        "en": "An evacuation and first-aid drill was held together with volunteers.",
                    },
                    "departments": ("disaster", "youth"),
                    "quarters": (2,),
                    "partners": (),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "tk": "Balkan welaýatynda sil howpy bolan ýerleri kartalaşdyrmak",
                        "ru": "Картирование селеопасных мест в Балканском велаяте",
                        "en": "Mapping mudflow-prone sites in Balkan velayat",
                    },
                    "description": {
                        "tk": "Sil howpy abanýan obalaryň kartasyny düzmek meýilleşdirilipdi, emma munuň üçin "
                              "serişde tapylmady.",
                        "ru": "Планировалось составить карту сёл под угрозой селей, но средств на это не нашлось.",
                        "en": "The plan was to map the villages at risk of mudflows, but no funding was found "
                              "for it.",
                    },
                    "departments": ("disaster",),
                    "quarters": (3, 4),
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
            "tk": "Türkmenistanyň Saglygy goraýyş we derman senagaty ministrligi",
            "ru": "Министерство здравоохранения и медицинской промышленности Туркменистана",
            "en": "Ministry of Health and Medical Industry of Turkmenistan",
        },
        "kind": "government",
        "stage": "agreement",
        "shared": True,
        "contact": "Aýna Gurbanowa, saglyk bilimi bölüminiň baş hünärmeni",
        "channels": "resmi hat, telefon",
        "next_step": "Tomusky yssy boýunça bilelikdäki maglumat broşýurasynyň mazmunyny ylalaşmak",
        "next_step_in_days": 14,
        "notes": "Ylalaşyk esasynda ilkinji kömek okuwlarynyň sertifikatlary ministrlik bilen bilelikde berilýär.",
    },
    {
        "name": {
            "tk": "ÝUNISEF-iň Türkmenistandaky wekilhanasy",
            "ru": "Представительство ЮНИСЕФ в Туркменистане",
            "en": "UNICEF Turkmenistan",
        },
        "kind": "un_agency",
        "stage": "engaged",
        "shared": True,
        "contact": "Jeren Amanowa, saglyk maksatnamalary boýunça hünärmen",
        "channels": "e-poçta, telefon",
        "next_step": "Çagalaryň suwdaky howpsuzlygy boýunça gollanmanyň taslamasyna teswirlerimizi ibermek",
        "next_step_in_days": -5,
        "notes": "Tomusky dynç alyş döwründe mekdep okuwçylary üçin bilelikdäki çäreleri goldamaga taýýardygyny "
                 "aýtdy.",
    },
    {
        "name": {
            "tk": "Türkmenistanyň Magtymguly adyndaky Ýaşlar guramasy",
            "ru": "Молодёжная организация Туркменистана имени Махтумкули",
            "en": "Magtymguly Youth Organization of Turkmenistan",
        },
        "kind": "ngo",
        "stage": "engaged",
        "shared": False,
        "contact": "Serdar Hojamyradow, meýletinçilik işleri boýunça hünärmen",
        "channels": "telefon, Imo",
        "next_step": "Ýokary okuw mekdeplerinde meýletinçi çekmek boýunça bilelikdäki duşuşyklaryň tertibini "
                     "ylalaşmak",
        "next_step_in_days": 21,
        "notes": "Gurama welaýatlardaky talyp meýletinçiler bilen aragatnaşyk saklamaga kömek edýär.",
    },
    {
        "name": {
            "tk": "Türkmenistanyň döwlet lukmançylyk uniwersiteti",
            "ru": "Государственный медицинский университет Туркменистана",
            "en": "State Medical University of Turkmenistan",
        },
        "kind": "academia",
        "stage": "contacted",
        "shared": False,
        "contact": "Arslan Çaryýew, talyplar bilen işleýän prorektoryň kömekçisi",
        "channels": "e-poçta, telefon",
        "next_step": "Talyp meýletinçiler baradaky ylalaşygyň taslamasyny duşuşykda tanyşdyrmak",
        "next_step_in_days": 9,
        "notes": "Ilkinji hat iberildi, uniwersitet duşuşyga razylyk berdi.",
    },
    {
        "name": {
            "tk": "«Ýaşlyk» teleýaýlymy",
            "ru": "Телеканал «Яшлык»",
            "en": "Yashlyk TV channel",
        },
        "kind": "media",
        "stage": "identified",
        "shared": False,
        "contact": "Bahar Nurmuhammedowa, ýaşlar gepleşikleriniň redaktory",
        "channels": "resmi hat",
        "next_step": "Teleýaýlymyň ýolbaşçylygyna hyzmatdaşlyk baradaky teklip hatyny taýýarlamak",
        "next_step_in_days": 35,
        "notes": "Teleýaýlym ýaşlar üçin saglyk barada gepleşikler görkezýär, biziň temalarymyz oňa laýyk gelýär.",
    },
]

MEETING = {
    "title": {
        "tk": "Bölümleriň arasyndaky kesişme nokatlary boýunça iş duşuşygy",
        "ru": "Рабочая встреча отделов о точках соприкосновения",
        "en": "Departments' working meeting on points of contact",
    },
    "mode": "in_person",
    "location": "Aşgabat, baş edara, maslahat otagy",
    "agenda": {
        "tk": "1. Sebitleýin maslahatda hödürlenen meýilnama boýunça teswirler\n"
              "2. Tomusky yssy we suw howpsuzlygy boýunça bilelikdäki çärelere taýýarlyk\n"
              "3. Lukmançylyk uniwersiteti bilen gepleşikleriň ýagdaýy",
        "ru": "1. Замечания к плану, представленному на региональной консультации\n"
              "2. Подготовка к совместным мероприятиям по жаре и безопасности на воде\n"
              "3. Как идут переговоры с медицинским университетом",
        "en": "1. Comments on the plan presented at the regional consultation\n"
              "2. Getting ready for the joint heat and water safety activities\n"
              "3. Where the talks with the medical university stand",
    },
    "minutes": {
        "tk": "- Meýilnamamyz sebitleýin maslahatda oňat kabul edildi, IFRC-niň sebitleýin wekilhanasy "
              "bölümleriň bilelikdäki işine aýratyn üns berdi.\n"
              "- Saglygy goraýyş we ýaşlar bölümleri tomusky çäreler üçin meýletinçileriň sanawyny bilelikde "
              "düzer.\n"
              "- Kommunikasiýa bölümi yssy howa boýunça maglumat broşýurasyny taýýarlar.\n"
              "- Uniwersitet duşuşyga razylyk berdi, ylalaşygyň taslamasy taýýarlanýar.",
        "ru": "- Наш план хорошо приняли на региональной консультации; региональное представительство МФОКК и КП "
              "особо отметило совместную работу отделов.\n"
              "- Отдел здравоохранения и молодёжный отдел вместе составят список волонтёров для летних "
              "мероприятий.\n"
              "- Отдел коммуникаций подготовит информационную брошюру о жаре.\n"
              "- Университет согласился на встречу, проект соглашения готовится.",
        "en": "- Our plan was well received at the regional consultation; the IFRC regional office singled out the "
              "departments' joint work.\n"
              "- The health and youth departments will draw up the volunteer list for the summer activities "
              "together.\n"
              "- The communications department will prepare an information leaflet on hot weather.\n"
              "- The university has agreed to meet; the draft agreement is being prepared.",
    },
    "attendee_roles": {
        "admin": "Duşuşygy alyp baryjy, ynsanperwer diplomatiýa boýunça koordinator",
        "staff": "Teswirnamany ýazyjy, saglygy goraýyş bölüminiň işgäri",
    },
    "decisions": [
        {
            "tk": "Yssy howa we suw howpsuzlygy boýunça maglumat broşýurasyny iki hepdäniň dowamynda taýýarlamak "
                  "we bölümler bilen ylalaşmak",
            "ru": "В течение двух недель подготовить информационную брошюру о жаре и безопасности на воде и "
                  "согласовать её с отделами",
            "en": "Prepare an information leaflet on hot weather and water safety within two weeks and agree it "
                  "with the departments",
        },
        {
            "tk": "Bölümleriň utgaşdyryş duşuşyklaryny her aýyň ilkinji duşenbesinde geçirmek",
            "ru": "Проводить координационные встречи отделов в первый понедельник каждого месяца",
            "en": "Hold the departments' coordination meetings on the first Monday of every month",
        },
    ],
}

TASKS = [
    {
        "title": {
            "tk": "Meýletinçileri hasaba almagyň ýeke-täk görnüşiniň taslamasyny taýýarlaň",
            "ru": "Подготовить проект единой формы учёта волонтёров",
            "en": "Draft a single volunteer registration form",
        },
        "description": {
            "tk": "Görnüş ähli welaýat şahamçalary üçin umumy bolmaly. Onda meýletinçiniň geçen okuwlary we "
                  "ätiýaçlandyryş ýagdaýy görkezilmeli.",
            "ru": "Форма должна быть общей для всех велаятских отделений. В ней нужно отражать пройденное "
                  "волонтёром обучение и его страховку.",
            "en": "The form must be the same for all velayat branches. It should show each volunteer's training and "
                  "insurance.",
        },
        "status": "open",
        "priority": "normal",
        "due_in_days": 30,
        "reason": "",
        "comments": [],
    },
    {
        "title": {
            "tk": "Lukmançylyk uniwersiteti bilen duşuşyk üçin gysga tanyşdyrma taýýarlaň",
            "ru": "Подготовить короткую презентацию для встречи с медицинским университетом",
            "en": "Prepare a short presentation for the meeting with the medical university",
        },
        "description": {
            "tk": "Tanyşdyrmada Jemgyýetiň ilkinji kömek boýunça işini we talyp meýletinçiler üçin teklibimizi "
                  "görkeziň.",
            "ru": "В презентации покажите работу Общества по первой помощи и наше предложение для "
                  "студентов-волонтёров.",
            "en": "Show the Society's first-aid work and our offer for student volunteers.",
        },
        "status": "accepted",
        "priority": "high",
        "due_in_days": 2,
        "reason": "",
        "comments": [("staff", "Kabul etdim, taslamany ertir size iberýärin.")],
    },
    {
        "title": {
            "tk": "Tomusky yssy barada metbugat habarynyň taslamasyny ýazyň",
            "ru": "Написать проект пресс-релиза о летней жаре",
            "en": "Write a draft press release on the summer heat",
        },
        "description": {
            "tk": "Habarda yssy urmagyň alamatlary we ilkinji kömek boýunça gysga maslahatlar bolsun. Sanlary "
                  "saglygy goraýyş bölüminden alyň.",
            "ru": "В релизе нужны признаки теплового удара и короткие советы по первой помощи. Цифры возьмите в "
                  "отделе здравоохранения.",
            "en": "Include the signs of heatstroke and short first-aid tips. Get the figures from the health "
                  "department.",
        },
        "status": "in_progress",
        "priority": "high",
        "due_in_days": -4,
        "reason": "",
        "comments": [
            ("staff", "Tekst taýýar, diňe saglygy goraýyş bölüminden sanlara garaşýaryn."),
            ("admin", "Sanlary şu gün ýene soradym, gelen badyna tamamlaň."),
        ],
    },
    {
        "title": {
            "tk": "Ilkinji kömek tälimçileriniň sertifikatlaryny çap etdiriň",
            "ru": "Напечатать сертификаты тренеров по первой помощи",
            "en": "Get the first-aid trainers' certificates printed",
        },
        "description": {
            "tk": "Welaýat şahamçalarynda okuwy tamamlan tälimçilere sertifikatlar gowşurylmaly.",
            "ru": "Тренерам, прошедшим обучение в велаятских отделениях, нужно вручить сертификаты.",
            "en": "The trainers who finished the course in the velayat branches need their certificates.",
        },
        "status": "blocked",
        "priority": "normal",
        "due_in_days": -6,
        "reason": "Sertifikatyň nusgasy heniz Saglygy goraýyş ministrligi bilen ylalaşylmady.",
        "comments": [("staff", "Ministrlige ikinji gezek hat iberdim, jogaba garaşýarys.")],
    },
    {
        "title": {
            "tk": "Sebitleýin maslahat üçin meýilnamanyň gysga beýanyny taýýarlaň",
            "ru": "Подготовить краткое изложение плана для региональной консультации",
            "en": "Prepare a short summary of the plan for the regional consultation",
        },
        "description": {
            "tk": "Beýanda üç maksat we olaryň her birinde bölümleriň kesişme nokatlary görkezilmeli.",
            "ru": "В изложении нужно показать три цели и точки соприкосновения отделов в каждой из них.",
            "en": "Cover the three objectives and the departments' points of contact in each of them.",
        },
        "status": "done",
        "priority": "normal",
        "due_in_days": -12,
        "reason": "",
        "comments": [("admin", "Sag boluň, beýan maslahatda gaty peýdaly boldy.")],
    },
    {
        "title": {
            "tk": "Ýaşlar festiwalynda Gyzyl Ýarymaý stendini guraň",
            "ru": "Организовать стенд Красного Полумесяца на молодёжном фестивале",
            "en": "Set up a Red Crescent stand at the youth festival",
        },
        "description": {
            "tk": "Stendde meýletinçiler ilkinji kömegiň esaslaryny görkezmelidi.",
            "ru": "На стенде волонтёры должны были показывать приёмы первой помощи.",
            "en": "Volunteers were to demonstrate first-aid basics at the stand.",
        },
        "status": "cancelled",
        "priority": "low",
        "due_in_days": 10,
        "reason": "Festiwal guramaçylar tarapyndan başga wagta geçirildi, täze möhleti entek belli däl.",
        "comments": [],
    },
]
