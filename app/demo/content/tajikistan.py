"""Demo content of the Red Crescent Society of Tajikistan (data only)."""
from __future__ import annotations

LOCALE = "tg"

DESCRIPTION = {
    "tg": (
        "Ҷамъияти Ҳилоли Аҳмари Тоҷикистон ҷамъияти миллии кишвар аст, ки тавассути филиалҳояш "
        "дар ҳамаи вилоятҳо ва ноҳияҳо, аз ҷумла дар водии Рашт ва ВМКБ, фаъолият мекунад. "
        "Ихтиёриёни мо ба аҳолӣ дар омодагӣ ба офатҳо, омӯзиши ёрии аввалия, ҳифзи саломатӣ "
        "ва дастрасӣ ба оби бехатари нӯшокӣ кумак мерасонанд."
    ),
    "ru": (
        "Общество Красного Полумесяца Таджикистана — национальное общество страны, которое "
        "работает через свои филиалы во всех областях и районах, в том числе в Раштской долине и ГБАО. "
        "Наши волонтёры помогают людям готовиться к бедствиям, обучают первой помощи, занимаются "
        "охраной здоровья и доступом к безопасной питьевой воде."
    ),
    "en": (
        "The Red Crescent Society of Tajikistan is the country's National Society, working through "
        "its branches in every province and district, including the Rasht valley and GBAO. "
        "Our volunteers help people prepare for disasters, teach first aid and work on health "
        "and access to safe drinking water."
    ),
}

PLAN = {
    "title": {
        "tg": "Сел ва тарма, оби нӯшокии бехатар ва оилаҳои муҳоҷирони меҳнатӣ",
        "ru": "Сели и лавины, безопасная питьевая вода и семьи трудовых мигрантов",
        "en": "Mudflows and avalanches, safe drinking water and labour migrants' families",
    },
    "summary": {
        "tg": (
            "Имсол мо бо Кумитаи ҳолатҳои фавқулодда ва мудофиаи гражданӣ, инчунин бо дигар шарикон оид ба "
            "ҳифзи деҳаҳои кӯҳӣ аз сел ва тарма, оби бехатари нӯшокӣ ва саломатии оилаҳои муҳоҷирони "
            "меҳнатӣ муколама мекунем. Ихтиёриёни ҷавон дар маркази ин кор қарор доранд."
        ),
        "ru": (
            "В этом году мы ведём диалог с Комитетом по чрезвычайным ситуациям и гражданской обороне "
            "и другими партнёрами о защите горных сёл от селей и лавин, о безопасной питьевой воде и "
            "здоровье семей трудовых мигрантов. В центре этой работы — молодые волонтёры."
        ),
        "en": (
            "This year we are in dialogue with the Committee of Emergency Situations and Civil Defence "
            "and other partners on protecting mountain villages from mudflows and avalanches, on safe "
            "drinking water and on the health of labour migrants' families. Young volunteers are at "
            "the heart of this work."
        ),
    },
    "objectives": [
        {
            "title": {
                "tg": "Баланд бардоштани омодагии аҳолии деҳаҳои кӯҳӣ ба сел ва тарма дар водии Рашт ва ВМКБ",
                "ru": "Повысить готовность жителей горных сёл Раштской долины и ГБАО к селям и лавинам",
                "en": "Better preparedness for mudflows and avalanches in mountain villages of the Rasht valley and GBAO",
            },
            "activities": [
                {
                    "title": {
                        "tg": "Харитаҳои хатари деҳаҳо якҷоя бо КҲФ ва МГ",
                        "ru": "Карты рисков сёл совместно с КЧС и ГО",
                        "en": "Village risk maps together with the Committee of Emergency Situations",
                    },
                    "description": {
                        "tg": (
                            "Ихтиёриён ва мутахассисони КҲФ ва МГ ҷойҳои хавфноки сел ва тармаро дар "
                            "деҳаҳои ҷамоати Ҳоит ва ноҳияҳои ВМКБ харитасозӣ карда, тартиби огоҳонии "
                            "барвақтиро бо сокинон муҳокима мекунанд."
                        ),
                        "ru": (
                            "Волонтёры и специалисты КЧС и ГО наносят на карту селе- и лавиноопасные места "
                            "в сёлах джамоата Хаит и районах ГБАО и обсуждают с жителями порядок раннего "
                            "оповещения."
                        ),
                        "en": (
                            "Volunteers and Committee specialists map mudflow- and avalanche-prone sites in "
                            "the villages of Khait jamoat and GBAO districts and agree early-warning "
                            "arrangements with residents."
                        ),
                    },
                    "departments": ("disaster", "youth"),
                    "quarters": (1, 2),
                    "partners": (0, 4),
                    "campaign": None,
                    "status": "ongoing",
                },
                {
                    "title": {
                        "tg": "«Зимистони бехатар»: гармкунии бехатар ва кумак ба ҳамсояҳои пиронсол дар ВМКБ",
                        "ru": "«Безопасная зима»: безопасное отопление и помощь пожилым соседям в ГБАО",
                        "en": "\"Safe winter\": safe heating and help for older neighbours in GBAO",
                    },
                    "description": {
                        "tg": (
                            "Ихтиёриён ба оилаҳои деҳаҳои ВМКБ дар бораи истифодаи бехатари печка, "
                            "хатари заҳролудшавӣ аз дуд ва рафтор ҳангоми хатари тарма маълумот медиҳанд "
                            "ва аз ҳамсояҳои пиронсол мунтазам хабар мегиранд."
                        ),
                        "ru": (
                            "Волонтёры рассказывают семьям в сёлах ГБАО о безопасном пользовании печью, "
                            "опасности отравления угарным газом и поведении при угрозе лавин и регулярно "
                            "навещают пожилых соседей."
                        ),
                        "en": (
                            "Volunteers talk to families in GBAO villages about using stoves safely, the risk "
                            "of carbon monoxide poisoning and what to do when avalanches threaten, and "
                            "regularly check on older neighbours."
                        ),
                    },
                    "departments": ("disaster", "health"),
                    "quarters": (1, 4),
                    "partners": (0,),
                    "campaign": "winter",
                    "status": "ongoing",
                },
            ],
        },
        {
            "title": {
                "tg": "Беҳтар кардани дастрасӣ ба оби бехатари нӯшокӣ ва ҳифзи саломатии оилаҳои муҳоҷирони меҳнатӣ",
                "ru": "Улучшить доступ к безопасной питьевой воде и здоровье семей трудовых мигрантов",
                "en": "Safer drinking water and better health for labour migrants' families",
            },
            "activities": [
                {
                    "title": {
                        "tg": "Муколама бо ҳукумати ноҳия ва ЮНИСЕФ оид ба оби бехатари нӯшокӣ",
                        "ru": "Диалог с хукуматом района и ЮНИСЕФ о безопасной питьевой воде",
                        "en": "Dialogue with the district hukumat and UNICEF on safe drinking water",
                    },
                    "description": {
                        "tg": (
                            "Дар асоси санҷиши сифати об ва пурсиши сокинони деҳаҳои водии Рашт барои "
                            "таъмири шабакаҳои обтаъминкунӣ ва ҷорӣ кардани дарсҳои гигиена дар мактабҳо "
                            "пешниҳодҳо омода мекунем."
                        ),
                        "ru": (
                            "На основе проверки качества воды и опроса жителей сёл Раштской долины мы "
                            "готовим предложения по ремонту водопроводов и урокам гигиены в школах."
                        ),
                        "en": (
                            "Based on water-quality tests and a survey of Rasht valley villagers, we prepare "
                            "proposals for repairing water supply systems and introducing hygiene lessons in "
                            "schools."
                        ),
                    },
                    "departments": ("health", "communications"),
                    "quarters": (2, 3),
                    "partners": (1,),
                    "campaign": None,
                    "status": "ongoing",
                },
                {
                    "title": {
                        "tg": "Маърифати тиббӣ барои оилаҳои муҳоҷирони меҳнатӣ",
                        "ru": "Санитарное просвещение для семей трудовых мигрантов",
                        "en": "Health education for labour migrants' families",
                    },
                    "description": {
                        "tg": (
                            "Ихтиёриёни ҷавон дар ҷамоати Ҳоит бо занон ва пиронсолоне, ки аъзои оилаашон "
                            "ба муҳоҷирати меҳнатӣ рафтаанд, дар бораи бемориҳои сироятӣ, саломатии модару "
                            "кӯдак ва роҳҳои гирифтани кумак суҳбат мегузаронанд."
                        ),
                        "ru": (
                            "Молодые волонтёры в джамоате Хаит проводят беседы с женщинами и пожилыми людьми, "
                            "чьи близкие уехали на заработки, об инфекционных болезнях, здоровье матери и "
                            "ребёнка и о том, куда обращаться за помощью."
                        ),
                        "en": (
                            "Young volunteers in Khait jamoat hold talks with women and older people whose "
                            "relatives have left as labour migrants on infectious diseases, mother and child "
                            "health and where to turn for help."
                        ),
                    },
                    "departments": ("health", "youth"),
                    "quarters": (2, 3),
                    "partners": (4,),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
        {
            "title": {
                "tg": "Рушди фаъолияти ихтиёрии ҷавонон ва шинос кардани ҷомеа бо нақши Ҳилоли Аҳмар",
                "ru": "Развивать молодёжное волонтёрство и рассказывать обществу о роли Красного Полумесяца",
                "en": "Grow youth volunteering and make the Red Crescent's role better known",
            },
            "activities": [
                {
                    "title": {
                        "tg": "Ёрии аввалия дар зимистон: омӯзиши ихтиёриёни донишҷӯ",
                        "ru": "Первая помощь зимой: обучение волонтёров-студентов",
                        "en": "First aid in winter: training student volunteers",
                    },
                    "description": {
                        "tg": (
                            "Якҷоя бо донишгоҳи тиббӣ донишҷӯёни ихтиёриро ба расонидани ёрии аввалия ҳангоми "
                            "сармозадагӣ, шикастани устухон ва заҳролудшавӣ аз дуди печка меомӯзонем, то онҳо "
                            "дар маҳаллаҳои худ дарс гузаронанд."
                        ),
                        "ru": (
                            "Вместе с медицинским университетом обучаем студентов-волонтёров первой помощи "
                            "при обморожениях, переломах и отравлении угарным газом, чтобы они проводили "
                            "занятия в своих махаллях."
                        ),
                        "en": (
                            "Together with the medical university we train student volunteers in first aid "
                            "for frostbite, fractures and carbon monoxide poisoning so that they can run "
                            "sessions in their own neighbourhoods."
                        ),
                    },
                    "departments": ("youth", "health"),
                    "quarters": (4,),
                    "partners": (3,),
                    "campaign": "winter",
                    "status": "planned",
                },
                {
                    "title": {
                        "tg": "Силсилаи барномаҳои радиоӣ оид ба омодагӣ ба офатҳо",
                        "ru": "Цикл радиопередач о готовности к бедствиям",
                        "en": "Radio series on disaster preparedness",
                    },
                    "description": {
                        "tg": (
                            "Бо Радиои Тоҷикистон силсилаи барномаҳоеро омода мекунем, ки дар онҳо ихтиёриён "
                            "ва мутахассисони КҲФ ва МГ дар бораи рафтор ҳангоми сел ва тарма ва нақши "
                            "ёрирасони Ҳилоли Аҳмар дар назди мақомоти давлатӣ нақл мекунанд."
                        ),
                        "ru": (
                            "Вместе с Радио Таджикистан готовим цикл передач, в которых волонтёры и "
                            "специалисты КЧС и ГО рассказывают, как действовать при селях и лавинах, и о "
                            "вспомогательной роли Красного Полумесяца при органах власти."
                        ),
                        "en": (
                            "With Radio Tajikistan we are preparing a series of programmes in which volunteers "
                            "and Committee specialists explain what to do in mudflows and avalanches and the "
                            "Red Crescent's auxiliary role to the public authorities."
                        ),
                    },
                    "departments": ("communications", "disaster"),
                    "quarters": (2, 3, 4),
                    "partners": (2, 0),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
    ],
}

LAST_YEAR_PLAN = {
    "title": {
        "tg": "Ҳамкорӣ бо Кумитаи ҳолатҳои фавқулодда ва ёрии аввалия",
        "ru": "Сотрудничество с Комитетом по чрезвычайным ситуациям и первая помощь",
        "en": "Cooperation with the Committee of Emergency Situations and first aid",
    },
    "summary": {
        "tg": (
            "Нақша ба мустаҳкам кардани расмии ҳамкорӣ бо КҲФ ва МГ ва ҷалби ихтиёриёни ҷавон ба "
            "таблиғи ёрии аввалия равона шудааст."
        ),
        "ru": (
            "План направлен на то, чтобы официально закрепить сотрудничество с КЧС и ГО и привлечь "
            "молодых волонтёров к продвижению первой помощи."
        ),
        "en": (
            "The plan aims to formalise cooperation with the Committee of Emergency Situations and to "
            "involve young volunteers in promoting first aid."
        ),
    },
    "objectives": [
        {
            "title": {
                "tg": "Мустаҳкам кардани ҳамкорӣ бо КҲФ ва МГ дар вокуниш ба ҳолатҳои фавқулодда",
                "ru": "Укрепить сотрудничество с КЧС и ГО в реагировании на чрезвычайные ситуации",
                "en": "Stronger cooperation with the Committee of Emergency Situations in emergency response",
            },
            "activities": [
                {
                    "title": {
                        "tg": "Имзои созишномаи навшудаи ҳамкорӣ бо КҲФ ва МГ",
                        "ru": "Подписание обновлённого соглашения о сотрудничестве с КЧС и ГО",
                        "en": "Signing an updated cooperation agreement with the Committee",
                    },
                    "description": {
                        "tg": (
                            "Созишнома нақши ёрирасони Ҷамъият, мубодилаи маълумот ва ҷалби ихтиёриёнро ба "
                            "вокуниш ба офатҳо муайян мекунад."
                        ),
                        "ru": (
                            "Соглашение определяет вспомогательную роль Общества, обмен информацией и "
                            "привлечение волонтёров к реагированию на бедствия."
                        ),
                        "en": (
                            "The agreement sets out the Society's auxiliary role, information sharing and how "
                            "volunteers are involved in disaster response."
                        ),
                    },
                    "departments": ("disaster", "communications"),
                    "quarters": (1, 2),
                    "partners": (0,),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "tg": "Машқи якҷояи вокуниш ба сел дар ноҳияи Рашт",
                        "ru": "Совместные учения по реагированию на сель в Раштском районе",
                        "en": "Joint mudflow response exercise in Rasht district",
                    },
                    "description": {
                        "tg": (
                            "Ихтиёриён ва наҷотдиҳандагони КҲФ ва МГ кӯчонидани аҳолӣ ва расонидани ёрии "
                            "аввалияро дар шароити ба воқеият наздик машқ мекунанд."
                        ),
                        "ru": (
                            "Волонтёры и спасатели КЧС и ГО отрабатывают эвакуацию жителей и оказание первой "
                            "помощи в условиях, приближенных к реальным."
                        ),
                        "en": (
                            "Volunteers and Committee rescuers practise evacuating residents and giving first "
                            "aid in near-real conditions."
                        ),
                    },
                    "departments": ("disaster", "youth"),
                    "quarters": (3,),
                    "partners": (0, 4),
                    "campaign": None,
                    "status": "done",
                },
            ],
        },
        {
            "title": {
                "tg": "Ҷалби ҷавонон ба фаъолияти ихтиёрӣ ва таблиғи ёрии аввалия",
                "ru": "Привлечь молодёжь к волонтёрству и продвигать первую помощь",
                "en": "Bring young people into volunteering and promote first aid",
            },
            "activities": [
                {
                    "title": {
                        "tg": "Рӯзи ҷаҳонии ёрии аввалия дар мактабҳои Душанбе",
                        "ru": "Всемирный день первой помощи в школах Душанбе",
                        "en": "World First Aid Day in Dushanbe schools",
                    },
                    "description": {
                        "tg": "Ихтиёриёни ҷавон дар мактабҳои пойтахт барои хонандагон дарсҳои кӯтоҳи ёрии аввалия мегузаронанд.",
                        "ru": "Молодые волонтёры проводят для школьников столицы короткие занятия по первой помощи.",
                        "en": "Young volunteers run short first aid lessons for pupils in the capital's schools.",
                    },
                    "departments": ("youth", "health"),
                    "quarters": (3,),
                    "partners": (),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "tg": "Намоиши аксҳо дар бораи ихтиёриён дар фурудгоҳи Душанбе",
                        "ru": "Фотовыставка о волонтёрах в аэропорту Душанбе",
                        "en": "Photo exhibition about volunteers at Dushanbe airport",
                    },
                    "description": {
                        "tg": "Намоиш бояд ба мусофирон, аз ҷумла муҳоҷирони меҳнатӣ, кори ихтиёриёнро нишон диҳад.",
                        "ru": "Выставка должна была показать пассажирам, в том числе трудовым мигрантам, работу волонтёров.",
                        "en": "The exhibition was meant to show travellers, including labour migrants, what volunteers do.",
                    },
                    "departments": ("communications",),
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
            "tg": "Кумитаи ҳолатҳои фавқулодда ва мудофиаи граждании назди Ҳукумати Ҷумҳурии Тоҷикистон",
            "ru": "Комитет по чрезвычайным ситуациям и гражданской обороне при Правительстве Республики Таджикистан",
            "en": "Committee of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan",
        },
        "kind": "government",
        "stage": "agreement",
        "shared": True,
        "contact": "Фаррух Назаров, сармутахассиси раёсати ҳифзи аҳолӣ",
        "channels": "почтаи электронӣ, телефон, вохӯриҳои ҳармоҳа",
        "next_step": "Лоиҳаи нақшаи якҷояи огоҳонии барвақтӣ барои деҳаҳои водии Рашт ба мувофиқа пешниҳод карда шавад",
        "next_step_in_days": 10,
        "notes": "Созишномаи ҳамкорӣ амал мекунад ва КҲФ ва МГ ихтиёриёни моро ба машқҳои худ ҷалб мекунад.",
    },
    {
        "name": {
            "tg": "Намояндагии ЮНИСЕФ дар Тоҷикистон",
            "ru": "Представительство ЮНИСЕФ в Таджикистане",
            "en": "UNICEF Tajikistan",
        },
        "kind": "un_agency",
        "stage": "engaged",
        "shared": True,
        "contact": "Нилуфар Раҳимова, мутахассиси барномаи об, санитария ва гигиена",
        "channels": "почтаи электронӣ, вохӯрии онлайн",
        "next_step": "Натиҷаҳои санҷиши об дар деҳаҳои ҷамоати Ҳоит ба ЮНИСЕФ фиристода шаванд",
        "next_step_in_days": -4,
        "notes": "ЮНИСЕФ ба дастгирии дарсҳои гигиена дар мактабҳои водии Рашт таваҷҷуҳ зоҳир кард.",
    },
    {
        "name": {
            "tg": "Радиои Тоҷикистон",
            "ru": "Радио Таджикистан",
            "en": "Radio Tajikistan",
        },
        "kind": "media",
        "stage": "contacted",
        "shared": False,
        "contact": "Шаҳло Каримова, муҳаррири барномаҳои иҷтимоӣ",
        "channels": "телефон, Telegram",
        "next_step": "Вохӯрӣ барои муҳокимаи мавзӯъҳои се барномаи аввал",
        "next_step_in_days": 14,
        "notes": "Радио омода аст барномаҳоро ройгон пахш кунад, агар мо коршиносонро таъмин намоем.",
    },
    {
        "name": {
            "tg": "Донишгоҳи давлатии тиббии Тоҷикистон ба номи Абӯалӣ ибни Сино",
            "ru": "Таджикский государственный медицинский университет имени Абуали ибни Сино",
            "en": "Avicenna Tajik State Medical University",
        },
        "kind": "academia",
        "stage": "identified",
        "shared": False,
        "contact": "Сӯҳроб Ҷалилов, муовини декан оид ба корҳои тарбиявӣ",
        "channels": "почтаи электронӣ",
        "next_step": "Мактуби расмӣ бо пешниҳоди омӯзиши ихтиёриёни донишҷӯ фиристода шавад",
        "next_step_in_days": 25,
        "notes": "Донишҷӯёни курсҳои болоӣ метавонанд пас аз омӯзиш худашон дарсҳои ёрии аввалия гузаронанд.",
    },
    {
        "name": {
            "tg": "Ҷамоати деҳоти Ҳоит, ноҳияи Рашт",
            "ru": "Сельский джамоат Хаит, Раштский район",
            "en": "Khait rural jamoat, Rasht district",
        },
        "kind": "community",
        "stage": "engaged",
        "shared": False,
        "contact": "Давлатбек Шарипов, мутахассиси ҷамоат оид ба ҳолатҳои фавқулодда",
        "channels": "телефон, вохӯрӣ дар маҳал",
        "next_step": "Рӯзи суҳбати аввали тиббӣ бо занони оилаҳои муҳоҷирон муайян карда шавад",
        "next_step_in_days": 7,
        "notes": "Ҷамоат барои суҳбатҳо бинои маркази саломатии деҳаро пешниҳод кард.",
    },
]

MEETING = {
    "title": {
        "tg": "Вохӯрии шӯъбаҳо: омодагӣ ба мавсими сел ва тарма",
        "ru": "Встреча отделов: подготовка к сезону селей и лавин",
        "en": "Departments' meeting: getting ready for the mudflow and avalanche season",
    },
    "mode": "in_person",
    "location": "Душанбе, дафтари марказии Ҷамъият, толори маҷлисҳо",
    "agenda": {
        "tg": (
            "1. Натиҷаҳои харитасозии хатар дар ҷамоати Ҳоит\n"
            "2. Маводи маъракаи «Зимистони бехатар» ба забони тоҷикӣ\n"
            "3. Омодагӣ ба вохӯрӣ бо КҲФ ва МГ"
        ),
        "ru": (
            "1. Итоги картирования рисков в джамоате Хаит\n"
            "2. Материалы кампании «Безопасная зима» на таджикском языке\n"
            "3. Подготовка к встрече с КЧС и ГО"
        ),
        "en": (
            "1. Results of risk mapping in Khait jamoat\n"
            "2. \"Safe winter\" campaign materials in Tajik\n"
            "3. Preparing for the meeting with the Committee of Emergency Situations"
        ),
    },
    "minutes": {
        "tg": (
            "- Шӯъбаи идоракунии хатари офатҳо дар бораи харитасозӣ дар ҷамоати Ҳоит гузориш дод: "
            "14 ҷои хавфнок муайян шуд.\n"
            "- Шӯъбаи тандурустӣ варақаҳои ёрии аввалияро барои «Зимистони бехатар» нав мекунад, "
            "вале расмҳо ҳанӯз тайёр нестанд.\n"
            "- Шӯъбаи иртибот пешниҳод кард, ки натиҷаҳои харитасозӣ дар барномаи радиоӣ истифода шаванд.\n"
            "- Рӯйхати деҳаҳои зери хатар бояд пеш аз вохӯрӣ ба КҲФ ва МГ фиристода шавад."
        ),
        "ru": (
            "- Отдел управления рисками бедствий доложил о картировании в джамоате Хаит: выявлено "
            "14 опасных мест.\n"
            "- Отдел здравоохранения обновляет памятки по первой помощи для «Безопасной зимы», "
            "но иллюстрации ещё не готовы.\n"
            "- Отдел коммуникаций предложил использовать итоги картирования в радиопередаче.\n"
            "- Список сёл под угрозой нужно отправить в КЧС и ГО до встречи."
        ),
        "en": (
            "- The disaster risk management department reported on the mapping in Khait jamoat: "
            "14 dangerous sites were identified.\n"
            "- The health department is updating the first aid leaflets for \"Safe winter\", "
            "but the illustrations are not ready yet.\n"
            "- The communications department proposed using the mapping results in the radio programme.\n"
            "- The list of villages at risk must reach the Committee before the meeting."
        ),
    },
    "attendee_roles": {
        "admin": "раиси вохӯрӣ",
        "staff": "маърӯзачӣ аз шӯъбаи идоракунии хатари офатҳо",
    },
    "decisions": [
        {
            "tg": "Рӯйхати деҳаҳои зери хатари сел дар водии Рашт то охири ҳафта ба КҲФ ва МГ фиристода шавад.",
            "ru": "До конца недели направить в КЧС и ГО список сёл Раштской долины под угрозой селей.",
            "en": "Send the Committee the list of Rasht valley villages at risk of mudflows by the end of the week.",
        },
        {
            "tg": (
                "Аз намояндагии минтақавии IFRC хоҳиш карда шавад, ки маводи «Зимистони бехатар»-ро "
                "барои тарҷума ба забони тоҷикӣ фиристад."
            ),
            "ru": (
                "Попросить региональное представительство МФОКК и КП прислать материалы «Безопасной зимы» "
                "для перевода на таджикский язык."
            ),
            "en": "Ask the IFRC regional office to send the \"Safe winter\" materials for translation into Tajik.",
        },
    ],
}

TASKS = [
    {
        "title": {
            "tg": "Рӯйхати деҳаҳои зери хатари сел дар водии Раштро ба КҲФ ва МГ фиристед",
            "ru": "Направить в КЧС и ГО список сёл Раштской долины под угрозой селей",
            "en": "Send the Committee the list of Rasht valley villages at risk of mudflows",
        },
        "description": {
            "tg": (
                "Рӯйхатро аз рӯи натиҷаҳои харитасозӣ дар ҷамоати Ҳоит тартиб диҳед ва ҷойҳои хавфнок ва "
                "шумораи хонаводаҳоро илова кунед."
            ),
            "ru": (
                "Составьте список по итогам картирования в джамоате Хаит и укажите опасные места и число "
                "домохозяйств."
            ),
            "en": (
                "Compile the list from the mapping results in Khait jamoat and add the dangerous sites and "
                "the number of households."
            ),
        },
        "status": "accepted",
        "priority": "high",
        "due_in_days": 2,
        "reason": "",
        "comments": [("staff", "Рӯйхат қариб тайёр аст, танҳо маълумоти ду деҳаро месанҷам.")],
    },
    {
        "title": {
            "tg": "Варақаҳои ёрии аввалияро барои маъракаи «Зимистони бехатар» нав кунед",
            "ru": "Обновить памятки по первой помощи для кампании «Безопасная зима»",
            "en": "Update the first aid leaflets for the \"Safe winter\" campaign",
        },
        "description": {
            "tg": (
                "Дар варақаҳо ёрии аввалия ҳангоми сармозадагӣ ва заҳролудшавӣ аз дуди печка бо забони "
                "содаи тоҷикӣ шарҳ дода шавад."
            ),
            "ru": "В памятках нужно простым таджикским языком объяснить первую помощь при обморожении и отравлении угарным газом.",
            "en": "The leaflets should explain first aid for frostbite and carbon monoxide poisoning in plain Tajik.",
        },
        "status": "in_progress",
        "priority": "high",
        "due_in_days": -5,
        "reason": "",
        "comments": [
            ("staff", "Матн тайёр аст, аз тарроҳ расмҳоро интизорам."),
            ("admin", "Лутфан то охири ҳафта анҷом диҳед, ихтиёриён варақаҳоро интизоранд."),
        ],
    },
    {
        "title": {
            "tg": "Ҷадвали дарсҳои гигиенаро барои мактабҳои водии Рашт тартиб диҳед",
            "ru": "Составить график уроков гигиены для школ Раштской долины",
            "en": "Draw up the hygiene lesson schedule for Rasht valley schools",
        },
        "description": {
            "tg": "Дарсҳо аввал дар деҳаҳое гузаронида шаванд, ки санҷиш дар онҳо сифати пасти обро нишон медиҳад.",
            "ru": "Уроки сначала нужно провести в сёлах, где проверка показывает низкое качество воды.",
            "en": "Lessons should start in the villages where tests show poor water quality.",
        },
        "status": "blocked",
        "priority": "normal",
        "due_in_days": -4,
        "reason": "Натиҷаҳои таҳлили об аз маркази санитарию эпидемиологии ноҳия ҳанӯз нарасидаанд.",
        "comments": [("admin", "Бо маркази ноҳия худам тамос мегирам.")],
    },
    {
        "title": {
            "tg": "Омӯзиши ёрии аввалияро барои ихтиёриёни нав дар Душанбе гузаронед",
            "ru": "Провести обучение первой помощи для новых волонтёров в Душанбе",
            "en": "Run first aid training for new volunteers in Dushanbe",
        },
        "description": {
            "tg": "Омӯзиши дурӯза барои ихтиёриёни ҷавоне, ки дар маъракаи «Зимистони бехатар» кор мекунанд.",
            "ru": "Двухдневное обучение для молодых волонтёров, которые будут работать в кампании «Безопасная зима».",
            "en": "A two-day training for young volunteers who will work in the \"Safe winter\" campaign.",
        },
        "status": "done",
        "priority": "normal",
        "due_in_days": -8,
        "reason": "",
        "comments": [("staff", "Дар омӯзиш 28 ихтиёрӣ иштирок карданд ва ҳамаашон шаҳодатнома гирифтанд.")],
    },
    {
        "title": {
            "tg": "Сенарияи се барномаи аввали радиоиро дар бораи сел ва тарма омода кунед",
            "ru": "Подготовить сценарий первых трёх радиопередач о селях и лавинах",
            "en": "Draft the script of the first three radio programmes on mudflows and avalanches",
        },
        "description": {
            "tg": "Барои ҳар барнома мавзӯъ, меҳмонон аз КҲФ ва МГ ва саволҳои шунавандагонро пешниҳод кунед.",
            "ru": "Для каждой передачи предложите тему, гостей из КЧС и ГО и вопросы слушателей.",
            "en": "For each programme propose a topic, guests from the Committee and listeners' questions.",
        },
        "status": "open",
        "priority": "normal",
        "due_in_days": 30,
        "reason": "",
        "comments": [],
    },
    {
        "title": {
            "tg": "Плакатҳоро дар бораи бехатарӣ ҳангоми тарма чоп кунед",
            "ru": "Напечатать плакаты о безопасности при лавинах",
            "en": "Print posters on avalanche safety",
        },
        "description": {
            "tg": "Плакатҳо барои мактабҳо ва марказҳои ҷамоатҳои ВМКБ пешбинӣ шуда буданд.",
            "ru": "Плакаты предназначались для школ и центров джамоатов ГБАО.",
            "en": "The posters were meant for schools and jamoat centres in GBAO.",
        },
        "status": "cancelled",
        "priority": "low",
        "due_in_days": 10,
        "reason": "КҲФ ва МГ ҳамин гуна плакатҳоро аллакай чоп карда, 500 нусхаашро ба мо дод.",
        "comments": [("admin", "Маблағеро, ки барои плакатҳо ҷудо шуда буд, ба варақаҳои ёрии аввалия равона мекунем.")],
    },
]
