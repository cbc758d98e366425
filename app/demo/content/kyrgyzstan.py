"""Demo content: Red Crescent Society of Kyrgyzstan."""
from __future__ import annotations

LOCALE = "ky"

DESCRIPTION = {
    "ky": (
        "Кыргызстандын Кызыл Жарым Ай Улуттук коому өлкөнүн жети облусунда жана Бишкек, Ош "
        "шаарларында иштейт. Коом калкты кырсыктарга даярдайт, биринчи жардамга үйрөтөт, "
        "ыктыярдуу кан тапшырууну жана жаштардын ыктыярчылык кыймылын өнүктүрөт."
    ),
    "ru": (
        "Национальное общество Красного Полумесяца Кыргызстана работает во всех семи областях "
        "страны и в городах Бишкек и Ош. Общество готовит население к бедствиям, обучает первой "
        "помощи, развивает добровольное донорство крови и молодёжное волонтёрское движение."
    ),
    "en": (
        "The Red Crescent Society of Kyrgyzstan is the National Society working in all seven "
        "regions of the country and in the cities of Bishkek and Osh. It prepares communities for "
        "disasters, teaches first aid, and promotes voluntary blood donation and youth volunteering."
    ),
}

PLAN = {
    "title": {
        "ky": "Сел коркунучу, кан тапшыруу жана Нарындын тоолуу айылдары",
        "ru": "Селевая опасность, донорство крови и горные сёла Нарына",
        "en": "Mudflow risk, blood donation and Naryn's mountain villages",
    },
    "summary": {
        "ky": (
            "Быйыл коом үч багытка басым жасайт: түштүктөгү сел жана жер көчкү тобокелдиги боюнча "
            "Өзгөчө кырдаалдар министрлиги менен диалог, ыктыярдуу кан тапшырууну жана биринчи "
            "жардамды өнүктүрүү, ошондой эле Нарындын тоолуу жамааттарынын муктаждыктарын бийликке "
            "жеткирүү."
        ),
        "ru": (
            "В этом году общество сосредоточится на трёх направлениях: диалог с Министерством "
            "чрезвычайных ситуаций о рисках селей и оползней на юге, развитие добровольного "
            "донорства крови и первой помощи, а также донесение потребностей горных общин Нарына "
            "до властей."
        ),
        "en": (
            "This year the society focuses on three areas: dialogue with the Ministry of Emergency "
            "Situations on mudflow and landslide risk in the south, promoting voluntary blood "
            "donation and first aid, and bringing the needs of Naryn's mountain communities to the "
            "authorities."
        ),
    },
    "objectives": [
        {
            "title": {
                "ky": "Түштүк облустарда сел жана жер көчкү тобокелдиги боюнча ӨКМ менен диалогду бекемдөө",
                "ru": "Укрепить диалог с МЧС о рисках селей и оползней в южных областях",
                "en": "Strengthen dialogue with the Ministry of Emergency Situations on mudflow and landslide risk in the south",
            },
            "activities": [
                {
                    "title": {
                        "ky": "Ош, Жалал-Абад жана Баткен облустарында ӨКМ менен тегерек столдор",
                        "ru": "Круглые столы с МЧС в Ошской, Джалал-Абадской и Баткенской областях",
                        "en": "Round tables with the Ministry of Emergency Situations in Osh, Jalal-Abad and Batken regions",
                    },
                    "description": {
                        "ky": (
                            "Жергиликтүү бийликтин, ӨКМдин жана айыл тургундарынын өкүлдөрү сел "
                            "коркунучу бар айылдардын тизмесин жана эрте эскертүү тартибин чогуу "
                            "карап чыгышат."
                        ),
                        "ru": (
                            "Представители местных властей, МЧС и жителей вместе пересматривают "
                            "список сёл под угрозой селей и порядок раннего оповещения."
                        ),
                        "en": (
                            "Representatives of local authorities, the Ministry and village residents "
                            "review together the list of villages at risk of mudflows and the early "
                            "warning procedure."
                        ),
                    },
                    "departments": ("disaster", "communications"),
                    "quarters": (1, 2),
                    "partners": (0,),
                    "campaign": None,
                    "status": "ongoing",
                },
                {
                    "title": {
                        "ky": "Сел коркунучу тууралуу SMS-эскертүүлөр боюнча уюлдук байланыш оператору менен сүйлөшүү",
                        "ru": "Переговоры с оператором мобильной связи об SMS-оповещениях об угрозе селей",
                        "en": "Talks with a mobile network operator on SMS alerts about mudflow risk",
                    },
                    "description": {
                        "ky": (
                            "Баткен жана Жалал-Абад облустарынын тоолуу айылдарына сел коркунучу "
                            "тууралуу эскертүүлөрдү SMS аркылуу таратуу мүмкүнчүлүгүн оператор жана "
                            "ӨКМ менен талкуулайбыз."
                        ),
                        "ru": (
                            "Обсуждаем с оператором и МЧС возможность рассылать по SMS предупреждения "
                            "об угрозе селей жителям горных сёл Баткенской и Джалал-Абадской областей."
                        ),
                        "en": (
                            "We discuss with the operator and the Ministry how to send SMS warnings "
                            "about mudflow risk to mountain villages in Batken and Jalal-Abad regions."
                        ),
                    },
                    "departments": ("disaster",),
                    "quarters": (3, 4),
                    "partners": (4, 0),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
        {
            "title": {
                "ky": "Ыктыярдуу кан тапшырууну жана биринчи жардамды жаштар аркылуу өнүктүрүү",
                "ru": "Развивать добровольное донорство крови и первую помощь через молодёжь",
                "en": "Promote voluntary blood donation and first aid through young people",
            },
            "activities": [
                {
                    "title": {
                        "ky": "«Кан тапшыруу айлы» улуттук өнөктүгү",
                        "ru": "Национальная кампания «Месяц донорства крови»",
                        "en": "National campaign “Blood Donation Month”",
                    },
                    "description": {
                        "ky": (
                            "Республикалык кан борбору жана медициналык академия менен бирге "
                            "облустарда мобилдүү кан алуу пункттарын ачып, жаштарды ыктыярдуу жана "
                            "акысыз кан тапшырууга чакырабыз."
                        ),
                        "ru": (
                            "Вместе с Республиканским центром крови и медицинской академией открываем "
                            "в областях мобильные пункты забора крови и призываем молодёжь к "
                            "добровольному безвозмездному донорству."
                        ),
                        "en": (
                            "Together with the Republican Blood Centre and the medical academy we open "
                            "mobile blood collection points in the regions and invite young people to "
                            "donate blood voluntarily and without payment."
                        ),
                    },
                    "departments": ("health", "youth", "communications"),
                    "quarters": (2,),
                    "partners": (1, 3),
                    "campaign": "blood",
                    "status": "planned",
                },
                {
                    "title": {
                        "ky": "Медициналык академиянын студенттерин биринчи жардам боюнча ыктыярчы-инструктор катары даярдоо",
                        "ru": "Подготовка студентов медицинской академии как волонтёров-инструкторов первой помощи",
                        "en": "Training medical academy students as volunteer first aid instructors",
                    },
                    "description": {
                        "ky": (
                            "Окутуудан өткөн студенттер мектептерде жана жатаканаларда биринчи "
                            "жардам боюнча сабак өтүшөт."
                        ),
                        "ru": (
                            "Прошедшие обучение студенты проводят занятия по первой помощи в школах "
                            "и общежитиях."
                        ),
                        "en": (
                            "Once trained, the students give first aid lessons in schools and "
                            "student dormitories."
                        ),
                    },
                    "departments": ("health", "youth"),
                    "quarters": (3, 4),
                    "partners": (3,),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
        {
            "title": {
                "ky": "Нарындын тоолуу жамааттарынын муктаждыктарын бийликке жана коомчулукка жеткирүү",
                "ru": "Донести потребности горных общин Нарына до властей и общества",
                "en": "Bring the needs of Naryn's mountain communities to the authorities and the public",
            },
            "activities": [
                {
                    "title": {
                        "ky": "Нарындын тоолуу айылдарында «Коопсуз кыш» өнөктүгү",
                        "ru": "Кампания «Безопасная зима» в горных сёлах Нарына",
                        "en": "“Safe Winter” campaign in Naryn's mountain villages",
                    },
                    "description": {
                        "ky": (
                            "Ыктыярчылар жалгыз жашаган карыяларга барып, мешти коопсуз жагууну жана "
                            "ис тийүүдөн сактанууну түшүндүрүшөт, кыштагы биринчи жардамды үйрөтүшөт."
                        ),
                        "ru": (
                            "Волонтёры навещают одиноких пожилых людей, объясняют, как безопасно "
                            "топить печь и уберечься от угарного газа, и учат первой помощи зимой."
                        ),
                        "en": (
                            "Volunteers visit older people living alone, explain how to heat a stove "
                            "safely and avoid carbon monoxide poisoning, and teach winter first aid."
                        ),
                    },
                    "departments": ("youth", "health", "disaster"),
                    "quarters": (1, 4),
                    "partners": (0,),
                    "campaign": "winter",
                    "status": "ongoing",
                },
                {
                    "title": {
                        "ky": "КТРК менен Нарындын тоолуу айылдары тууралуу репортаждар сериясы",
                        "ru": "Серия репортажей с ОТРК о горных сёлах Нарына",
                        "en": "A series of reports with KTRK on Naryn's mountain villages",
                    },
                    "description": {
                        "ky": (
                            "Алыскы айылдардын тургундары медициналык жардамга жетүүдөгү жана кышкы "
                            "жолдордогу кыйынчылыктары тууралуу өздөрү айтып беришет."
                        ),
                        "ru": (
                            "Жители отдалённых сёл сами рассказывают, как трудно им добраться до "
                            "медицинской помощи и проехать по дорогам зимой."
                        ),
                        "en": (
                            "Residents of remote villages speak for themselves about how hard it is "
                            "to reach medical care and to travel the roads in winter."
                        ),
                    },
                    "departments": ("communications",),
                    "quarters": (3,),
                    "partners": (2,),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
    ],
}

LAST_YEAR_PLAN = {
    "title": {
        "ky": "Жаштар ыктыярчылыгы жана Баткенде кырсык коркунучун азайтуу",
        "ru": "Молодёжное волонтёрство и снижение риска бедствий в Баткене",
        "en": "Youth volunteering and disaster risk reduction in Batken",
    },
    "summary": {
        "ky": (
            "Жылдын негизги багыттары — жаштардын ыктыярчылык кыймылын кеңейтүү жана Баткен "
            "облусунда жергиликтүү бийлик менен бирге кырсык тобокелдигин азайтуу."
        ),
        "ru": (
            "Главные направления года — расширение молодёжного волонтёрского движения и снижение "
            "риска бедствий в Баткенской области вместе с местными властями."
        ),
        "en": (
            "The year's main areas are growing the youth volunteer movement and reducing disaster "
            "risk in Batken region together with local authorities."
        ),
    },
    "objectives": [
        {
            "title": {
                "ky": "Жаштардын ыктыярчылык кыймылын кеңейтүү",
                "ru": "Расширить молодёжное волонтёрское движение",
                "en": "Grow the youth volunteer movement",
            },
            "activities": [
                {
                    "title": {
                        "ky": "Бишкек жана Ош шаарларынын жогорку окуу жайларында ыктыярчыларды тартуу күндөрү",
                        "ru": "Дни набора волонтёров в вузах Бишкека и Оша",
                        "en": "Volunteer recruitment days at universities in Bishkek and Osh",
                    },
                    "description": {
                        "ky": (
                            "Студенттер коомдун иши менен таанышып, каалоочулар ошол эле жерде "
                            "ыктыярчы катары катталат."
                        ),
                        "ru": (
                            "Студенты знакомятся с работой общества, а желающие сразу "
                            "регистрируются волонтёрами."
                        ),
                        "en": (
                            "Students learn about the society's work, and those interested sign up "
                            "as volunteers on the spot."
                        ),
                    },
                    "departments": ("youth", "communications"),
                    "quarters": (1, 3),
                    "partners": (3,),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "ky": "Ыктыярчылардын бирдиктүү электрондук реестрин түзүү",
                        "ru": "Создание единого электронного реестра волонтёров",
                        "en": "Setting up a single electronic register of volunteers",
                    },
                    "description": {
                        "ky": (
                            "Бардык облустук филиалдардын ыктыярчылары бир тизмеге чогултулуп, "
                            "алардын көндүмдөрү жана өткөн окуулары белгиленет."
                        ),
                        "ru": (
                            "Волонтёры всех областных отделений сводятся в один список с отметкой "
                            "их навыков и пройденного обучения."
                        ),
                        "en": (
                            "Volunteers from all regional branches are brought into one list that "
                            "records their skills and completed training."
                        ),
                    },
                    "departments": ("youth",),
                    "quarters": (2,),
                    "partners": (),
                    "campaign": None,
                    "status": "done",
                },
            ],
        },
        {
            "title": {
                "ky": "Баткен облусунда кырсык тобокелдигин азайтуу боюнча жергиликтүү бийлик менен кызматташуу",
                "ru": "Сотрудничать с местными властями Баткенской области в снижении риска бедствий",
                "en": "Work with local authorities in Batken region to reduce disaster risk",
            },
            "activities": [
                {
                    "title": {
                        "ky": "Айыл өкмөттөрү менен сел коркунучу бар аймактардын картасын жаңылоо",
                        "ru": "Обновление карты селеопасных участков вместе с айыл окмоту",
                        "en": "Updating the map of mudflow-prone areas with the village administrations",
                    },
                    "description": {
                        "ky": (
                            "Ыктыярчылар жана айыл өкмөттөрүнүн адистери коркунучтуу сайларды жана "
                            "коопсуз чогулуу жайларын картага түшүрүшөт."
                        ),
                        "ru": (
                            "Волонтёры и специалисты айыл окмоту наносят на карту опасные русла и "
                            "безопасные места сбора."
                        ),
                        "en": (
                            "Volunteers and village administration staff map dangerous gullies and "
                            "safe assembly points."
                        ),
                    },
                    "departments": ("disaster", "youth"),
                    "quarters": (2, 3),
                    "partners": (0,),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "ky": "Кырсыктан жабыр тарткандарга психологиялык колдоо көрсөтүү боюнча окутуу",
                        "ru": "Обучение психологической поддержке пострадавших от бедствий",
                        "en": "Training in psychological support for people affected by disasters",
                    },
                    "description": {
                        "ky": (
                            "Ыктыярчыларды психологиялык биринчи жардамга үйрөтүү пландалган, бирок "
                            "тренер табылбагандыктан иш-чара кийинки жылга жылдырылган."
                        ),
                        "ru": (
                            "Планировалось обучить волонтёров психологической первой помощи, но "
                            "тренера не нашли, и мероприятие перенесли на следующий год."
                        ),
                        "en": (
                            "Volunteers were to be trained in psychological first aid, but no trainer "
                            "was found and the activity was moved to the following year."
                        ),
                    },
                    "departments": ("health", "disaster"),
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
            "ky": "Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги",
            "ru": "Министерство чрезвычайных ситуаций Кыргызской Республики",
            "en": "Ministry of Emergency Situations of the Kyrgyz Republic",
        },
        "kind": "government",
        "stage": "agreement",
        "shared": True,
        "contact": "Азамат Токтосунов, калкты жана аймактарды коргоо башкармалыгынын башкы адиси",
        "channels": "электрондук почта, телефон, WhatsApp",
        "next_step": "Ош шаарындагы тегерек столдун күн тартибин макулдашуу",
        "next_step_in_days": 12,
        "notes": "Өз ара түшүнүшүү меморандуму бар; министрлик түштүк облустардагы эрте эскертүү боюнча маалымат бөлүшүүгө даяр.",
    },
    {
        "name": {
            "ky": "Республикалык кан борбору",
            "ru": "Республиканский центр крови",
            "en": "Republican Blood Centre",
        },
        "kind": "government",
        "stage": "engaged",
        "shared": True,
        "contact": "Гүлнара Асанова, донордукту өнүктүрүү бөлүмүнүн башчысы",
        "channels": "телефон, электрондук почта",
        "next_step": "«Кан тапшыруу айлы» үчүн мобилдүү пункттардын графигин бекитүү",
        "next_step_in_days": 5,
        "notes": "Борбор мобилдүү бригадаларды облустарга жиберүүгө макул, бирок транспорт чыгымдарын бөлүшүүнү сурайт.",
    },
    {
        "name": {
            "ky": "Коомдук телерадиоберүү корпорациясы (КТРК)",
            "ru": "Общественная телерадиовещательная корпорация (ОТРК)",
            "en": "Public Broadcasting Corporation of Kyrgyzstan (KTRK)",
        },
        "kind": "media",
        "stage": "contacted",
        "shared": False,
        "contact": "Бакыт Жумабаев, коомдук программалар редакциясынын продюсери",
        "channels": "электрондук почта, Telegram",
        "next_step": "Продюсерге Нарын тууралуу репортаждар сериясынын кыскача сунушун жөнөтүү",
        "next_step_in_days": -3,
        "notes": "Биринчи жолугушуу жакшы өттү, редакция Нарындын тоолуу айылдары тууралуу материалга кызыгуусун билдирди.",
    },
    {
        "name": {
            "ky": "Кыргыз мамлекеттик медициналык академиясы",
            "ru": "Кыргызская государственная медицинская академия",
            "en": "Kyrgyz State Medical Academy",
        },
        "kind": "academia",
        "stage": "engaged",
        "shared": False,
        "contact": "Чолпон Абдыкадырова, студенттер менен иштөө бөлүмүнүн башчысы",
        "channels": "телефон, электрондук почта",
        "next_step": "Академияда кан тапшыруу күнүн өткөрүү боюнча расмий кат жөнөтүү",
        "next_step_in_days": 14,
        "notes": "Академиянын студенттери биринчи жардам боюнча ыктыярчы-инструктор болууга кызыгып жатышат.",
    },
    {
        "name": {
            "ky": "Уюлдук байланыш оператору",
            "ru": "Оператор мобильной связи",
            "en": "Mobile network operator",
        },
        "kind": "private",
        "stage": "identified",
        "shared": False,
        "contact": "Эрмек Осмонов, корпоративдик байланыштар боюнча менеджер",
        "channels": "телефон",
        "next_step": "Коомдун жетекчилигинин атынан таанышуу катын даярдоо",
        "next_step_in_days": 40,
        "notes": "Сел коркунучу тууралуу SMS-эскертүүлөрдү таратууда өнөктөш боло алат.",
    },
]

MEETING = {
    "title": {
        "ky": "Бөлүмдөр аралык жолугушуу: «Кан тапшыруу айлына» жана «Коопсуз кышка» даярдык",
        "ru": "Межотдельская встреча: подготовка к «Месяцу донорства крови» и «Безопасной зиме»",
        "en": "Cross-department meeting: preparing Blood Donation Month and Safe Winter",
    },
    "mode": "in_person",
    "location": "Бишкек, коомдун башкы кеңсеси, жыйналыш залы",
    "agenda": {
        "ky": (
            "1. «Кан тапшыруу айлынын» даярдыгы: өнөктөштөр, мобилдүү пункттар жана маалымат материалдары\n"
            "2. Ош жана Жалал-Абаддагы тегерек столдордун жыйынтыктары\n"
            "3. Нарындагы «Коопсуз кыш» өнөктүгүнүн жүрүшү жана ыктыярчылардын муктаждыктары"
        ),
        "ru": (
            "1. Подготовка к «Месяцу донорства крови»: партнёры, мобильные пункты и информационные материалы\n"
            "2. Итоги круглых столов в Оше и Джалал-Абаде\n"
            "3. Ход кампании «Безопасная зима» в Нарыне и потребности волонтёров"
        ),
        "en": (
            "1. Preparing Blood Donation Month: partners, mobile points and information materials\n"
            "2. Outcomes of the round tables in Osh and Jalal-Abad\n"
            "3. Progress of the Safe Winter campaign in Naryn and volunteers' needs"
        ),
    },
    "minutes": {
        "ky": (
            "- Республикалык кан борбору мобилдүү пункттарды облустарга жиберүүгө макул; транспорт "
            "чыгымдары боюнча сүйлөшүү уланат.\n"
            "- Медициналык академиянын студенттерин кан тапшыруу күнүнө тартуу сунушталды.\n"
            "- Тегерек столдордун отчету кечигип жатат: Жалал-Абаддан маалымат толук келе элек.\n"
            "- Нарындагы ыктыярчыларга жылуу кийим жана транспорт керек."
        ),
        "ru": (
            "- Республиканский центр крови согласен направить мобильные пункты в области; переговоры "
            "о транспортных расходах продолжаются.\n"
            "- Предложено привлечь студентов медицинской академии ко дню донора.\n"
            "- Отчёт по круглым столам задерживается: данные из Джалал-Абада поступили не полностью.\n"
            "- Волонтёрам в Нарыне нужны тёплая одежда и транспорт."
        ),
        "en": (
            "- The Republican Blood Centre agrees to send mobile points to the regions; talks on "
            "transport costs continue.\n"
            "- It was proposed to involve medical academy students in a blood donation day.\n"
            "- The round-table report is late: data from Jalal-Abad are not complete yet.\n"
            "- Volunteers in Naryn need warm clothing and transport."
        ),
    },
    "attendee_roles": {
        "admin": "Төрага",
        "staff": "Протокол жүргүзүүчү",
    },
    "decisions": [
        {
            "ky": "Медициналык академияга кан тапшыруу күнүн өткөрүү боюнча расмий кат даярдап, бир жуманын ичинде жөнөтүү.",
            "ru": "Подготовить и в течение недели отправить в медицинскую академию официальное письмо о проведении дня донора.",
            "en": "Prepare an official letter to the medical academy about holding a blood donation day and send it within a week.",
        },
        {
            "ky": "Тегерек столдордун сунуштарын ӨКМ менен кийинки жолугушууга чейин жалпы отчетко киргизүү.",
            "ru": "Включить предложения круглых столов в общий отчёт до следующей встречи с МЧС.",
            "en": "Include the round tables' recommendations in the overall report before the next meeting with the Ministry.",
        },
    ],
}

TASKS = [
    {
        "title": {
            "ky": "КТРК үчүн Нарындын тоолуу айылдары тууралуу репортаждар сериясынын сунушун даярдаңыз",
            "ru": "Подготовьте для ОТРК предложение о серии репортажей о горных сёлах Нарына",
            "en": "Prepare a proposal for KTRK on a series of reports about Naryn's mountain villages",
        },
        "description": {
            "ky": (
                "Сунушка үч-төрт сюжеттин темасын, мүмкүн болгон каармандарды жана тартууга ылайыктуу "
                "айылдарды киргизиңиз. Продюсерге жөнөтүүдөн мурда ичибизде талкуулайбыз."
            ),
            "ru": (
                "Включите в предложение темы трёх-четырёх сюжетов, возможных героев и подходящие для "
                "съёмок сёла. Перед отправкой продюсеру обсудим его внутри."
            ),
            "en": (
                "Include three or four story topics, possible interviewees and villages suitable for "
                "filming. We will discuss it internally before sending it to the producer."
            ),
        },
        "status": "open",
        "priority": "normal",
        "due_in_days": 30,
        "reason": "",
        "comments": [],
    },
    {
        "title": {
            "ky": "Республикалык кан борбору менен мобилдүү кан алуу пункттарынын графигин макулдашыңыз",
            "ru": "Согласуйте с Республиканским центром крови график мобильных пунктов забора крови",
            "en": "Agree the schedule of mobile blood collection points with the Republican Blood Centre",
        },
        "description": {
            "ky": (
                "Ар бир облус боюнча пункт качан жана кайсы жерде иштей турганын, канча ыктыярчы "
                "керек экенин тактаңыз."
            ),
            "ru": (
                "Уточните по каждой области, когда и где будет работать пункт и сколько понадобится "
                "волонтёров."
            ),
            "en": (
                "For each region, confirm when and where the point will work and how many volunteers "
                "will be needed."
            ),
        },
        "status": "accepted",
        "priority": "high",
        "due_in_days": 2,
        "reason": "",
        "comments": [
            ("staff", "Кабыл алдым. Эртең борбордун донордук бөлүмү менен жолугушам."),
        ],
    },
    {
        "title": {
            "ky": "Ош жана Жалал-Абаддагы тегерек столдордун жыйынтыктары боюнча кыскача отчет жазыңыз",
            "ru": "Напишите краткий отчёт об итогах круглых столов в Оше и Джалал-Абаде",
            "en": "Write a short report on the outcomes of the round tables in Osh and Jalal-Abad",
        },
        "description": {
            "ky": (
                "Отчетто жамааттардын негизги сунуштары жана ӨКМ алган милдеттенмелер көрсөтүлсүн. "
                "Ал ӨКМ менен кийинки жолугушууга керек."
            ),
            "ru": (
                "В отчёте нужны основные предложения общин и обязательства, которые взяло на себя МЧС. "
                "Он понадобится к следующей встрече с МЧС."
            ),
            "en": (
                "The report should set out the communities' main proposals and the commitments the "
                "Ministry made. It is needed for the next meeting with the Ministry."
            ),
        },
        "status": "in_progress",
        "priority": "high",
        "due_in_days": -5,
        "reason": "",
        "comments": [
            ("admin", "Мөөнөтү өтүп кетти. Качан даяр болорун жазып коюңузчу."),
            ("staff", "Жалал-Абаддан акыркы маалыматтар келе элек, эки күндүн ичинде бүтүрөм."),
        ],
    },
    {
        "title": {
            "ky": "Нарын үчүн «Коопсуз кыш» баракчаларын басып чыгарыңыз",
            "ru": "Напечатайте листовки «Безопасной зимы» для Нарына",
            "en": "Print the Safe Winter leaflets for Naryn",
        },
        "description": {
            "ky": (
                "Мешти коопсуз жагуу жана ис тийүүдөн сактануу боюнча эки миң баракча керек. "
                "Ыктыярчылар аларды үйдөн үйгө кыдырып таратышат."
            ),
            "ru": (
                "Нужно две тысячи листовок о безопасной топке печи и защите от угарного газа. "
                "Волонтёры разнесут их по домам."
            ),
            "en": (
                "Two thousand leaflets on safe stove heating and avoiding carbon monoxide are needed. "
                "Volunteers will hand them out door to door."
            ),
        },
        "status": "blocked",
        "priority": "urgent",
        "due_in_days": -4,
        "reason": "Баракчанын текстин ӨКМ али макулдаша элек, макулдашуусуз басып чыгарууга болбойт.",
        "comments": [
            ("staff", "ӨКМге эки жолу эскерттим, азырынча жооп жок."),
            ("admin", "Министрликтеги өнөктөшүбүзгө өзүм чалам."),
        ],
    },
    {
        "title": {
            "ky": "Ыктыярчы-инструкторлор үчүн биринчи жардам боюнча окуу программасын жаңылаңыз",
            "ru": "Обновите учебную программу по первой помощи для волонтёров-инструкторов",
            "en": "Update the first aid curriculum for volunteer instructors",
        },
        "description": {
            "ky": "Программага кыштагы жаракаттар, үшүк алуу жана ис тийүү боюнча бөлүм кошуңуз.",
            "ru": "Добавьте в программу раздел о зимних травмах, обморожении и отравлении угарным газом.",
            "en": "Add a section on winter injuries, frostbite and carbon monoxide poisoning to the curriculum.",
        },
        "status": "done",
        "priority": "normal",
        "due_in_days": -10,
        "reason": "",
        "comments": [
            ("staff", "Программа жаңыланды, жаңы бөлүм кошулду."),
            ("admin", "Рахмат! Эми медициналык академияга жөнөтсөк болот."),
        ],
    },
    {
        "title": {
            "ky": "Уюлдук байланыш оператору менен SMS-эскертүүлөр боюнча жолугушуу уюштуруңуз",
            "ru": "Организуйте встречу с оператором мобильной связи по SMS-оповещениям",
            "en": "Arrange a meeting with the mobile network operator on SMS alerts",
        },
        "description": {
            "ky": (
                "Сел коркунучу тууралуу SMS-эскертүүлөрдү таратуу мүмкүнчүлүгүн талкуулоо үчүн "
                "алгачкы жолугушууну уюштуруңуз."
            ),
            "ru": (
                "Организуйте первую встречу, чтобы обсудить возможность рассылки SMS-предупреждений "
                "об угрозе селей."
            ),
            "en": (
                "Set up a first meeting to discuss sending SMS warnings about mudflow risk."
            ),
        },
        "status": "cancelled",
        "priority": "low",
        "due_in_days": 7,
        "reason": "Адегенде ӨКМ менен эрте эскертүү тартибин макулдашуу чечилди; операторго кийинки чейректе кайрылабыз.",
        "comments": [],
    },
]
