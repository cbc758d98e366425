"""Demo content of the Kazakh Red Crescent Society (Kazakhstan)."""
from __future__ import annotations

LOCALE = "kk"

DESCRIPTION = {
    "kk": "Қазақстан Қызыл Жарты Ай қоғамы — елдің барлық облыстарында филиалдары бар ұлттық қоғам. "
          "Ол халықты апаттарға дайындайды, алғашқы көмекке үйретеді, қарт адамдарды қолдайды және "
          "жастар еріктілігін дамытады.",
    "ru": "Казахстанское общество Красного Полумесяца — национальное общество с филиалами во всех "
          "областях страны. Оно готовит население к бедствиям, обучает первой помощи, поддерживает "
          "пожилых людей и развивает молодёжное волонтёрство.",
    "en": "The Kazakh Red Crescent Society is the National Society with branches in every region of "
          "the country. It prepares communities for disasters, teaches first aid, supports older "
          "people and develops youth volunteering.",
}

PLAN = {
    "title": {
        "kk": "Апат құқығы, жер сілкінісіне дайындық және қарттарға қамқорлық",
        "ru": "Право в области бедствий, готовность к землетрясениям и забота о пожилых",
        "en": "Disaster law, earthquake preparedness and care for older people",
    },
    "summary": {
        "kk": "Биылғы жоспар апаттар туралы заңнама бойынша ТЖМ-мен диалогқа, Алматыда жер сілкінісіне "
              "дайындыққа және қыста қарт адамдарды қорғауға бағытталған. Әр мақсатта бірнеше бөлімнің "
              "жұмысы тоғысады.",
        "ru": "План этого года направлен на диалог с МЧС по законодательству о бедствиях, подготовку к "
              "землетрясениям в Алматы и защиту пожилых людей зимой. В каждой цели сходится работа "
              "нескольких отделов.",
        "en": "This year's plan focuses on dialogue with the Ministry of Emergency Situations on disaster "
              "law, earthquake preparedness in Almaty and protecting older people in winter. Each "
              "objective brings together the work of several departments.",
    },
    "objectives": [
        {
            "title": {
                "kk": "Апаттарға қатысты заңнамада Қызыл Жарты Айдың рөлін нақтылау",
                "ru": "Закрепить роль Красного Полумесяца в законодательстве о бедствиях",
                "en": "Strengthen the Red Crescent's role in disaster law",
            },
            "activities": [
                {
                    "title": {
                        "kk": "ТЖМ-мен апаттар туралы заңнама жөніндегі дөңгелек үстел",
                        "ru": "Круглый стол с МЧС по законодательству о бедствиях",
                        "en": "Round table with the Ministry of Emergency Situations on disaster law",
                    },
                    "description": {
                        "kk": "ТЖМ өкілдерімен бірге төтенше жағдайлар кезіндегі Ұлттық қоғамның көмекші "
                              "рөлін және еріктілердің құқықтық мәртебесін талқылаймыз.",
                        "ru": "Вместе с представителями МЧС обсудим вспомогательную роль национального "
                              "общества и правовой статус волонтёров при чрезвычайных ситуациях.",
                        "en": "With representatives of the Ministry of Emergency Situations we will discuss "
                              "the National Society's auxiliary role and the legal status of volunteers "
                              "in emergencies.",
                    },
                    "departments": ("disaster", "communications"),
                    "quarters": (2,),
                    "partners": (0,),
                    "campaign": None,
                    "status": "planned",
                },
                {
                    "title": {
                        "kk": "Өңірлерде көктемгі су тасқынына дайындық",
                        "ru": "Подготовка к весенним паводкам в регионах",
                        "en": "Spring flood preparedness in the regions",
                    },
                    "description": {
                        "kk": "Су тасқыны қаупі жоғары аудандарда ерікті топтарды оқытып, жергілікті "
                              "әкімдіктермен және ТЖМ бөлімшелерімен бірлескен іс-қимыл жоспарын келісеміз.",
                        "ru": "В районах с высоким риском паводков обучим группы волонтёров и согласуем "
                              "план совместных действий с местными акиматами и подразделениями МЧС.",
                        "en": "In districts at high risk of flooding we will train volunteer teams and "
                              "agree a joint action plan with local akimats and units of the Ministry of "
                              "Emergency Situations.",
                    },
                    "departments": ("disaster", "youth"),
                    "quarters": (1, 2),
                    "partners": (0,),
                    "campaign": None,
                    "status": "ongoing",
                },
            ],
        },
        {
            "title": {
                "kk": "Алматыда жер сілкінісіне дайындық және мектептерде алғашқы көмек",
                "ru": "Подготовка к землетрясениям в Алматы и первая помощь в школах",
                "en": "Earthquake preparedness in Almaty and first aid in schools",
            },
            "activities": [
                {
                    "title": {
                        "kk": "Алматы мектептерінде алғашқы көмек сабақтары",
                        "ru": "Уроки первой помощи в школах Алматы",
                        "en": "First aid lessons in Almaty schools",
                    },
                    "description": {
                        "kk": "Медицина университетінің студент-еріктілерімен бірге жоғары сынып "
                              "оқушыларын алғашқы көмек көрсетуге үйретеміз.",
                        "ru": "Вместе со студентами-волонтёрами медицинского университета обучим "
                              "старшеклассников оказанию первой помощи.",
                        "en": "Together with student volunteers from the medical university we will teach "
                              "senior pupils how to give first aid.",
                    },
                    "departments": ("health", "youth"),
                    "quarters": (3, 4),
                    "partners": (1, 2),
                    "campaign": None,
                    "status": "planned",
                },
                {
                    "title": {
                        "kk": "Жер сілкінісі кезінде не істеу керек: бейнеролик және мектептегі жаттығулар",
                        "ru": "Что делать при землетрясении: видеоролик и учения в школах",
                        "en": "What to do in an earthquake: a video and school drills",
                    },
                    "description": {
                        "kk": "Ұлттық телеарнамен бірге жер сілкінісі кезінде қалай әрекет ету керектігі "
                              "туралы қысқа бейнеролик түсіріп, оны мектептердегі жаттығулармен ұштастырамыз.",
                        "ru": "Вместе с национальным телеканалом снимем короткий ролик о том, как "
                              "действовать при землетрясении, и приурочим его к учениям в школах.",
                        "en": "Together with the national TV channel we will film a short video on what to "
                              "do in an earthquake and time it to coincide with school drills.",
                    },
                    "departments": ("communications", "disaster"),
                    "quarters": (3,),
                    "partners": (3,),
                    "campaign": None,
                    "status": "planned",
                },
            ],
        },
        {
            "title": {
                "kk": "Қыста қарт адамдарды қолдау және жастар еріктілігін дамыту",
                "ru": "Поддержка пожилых людей зимой и развитие молодёжного волонтёрства",
                "en": "Supporting older people in winter and growing youth volunteering",
            },
            "activities": [
                {
                    "title": {
                        "kk": "«Қауіпсіз қыс»: жалғыз тұратын қарт адамдарға бару",
                        "ru": "«Безопасная зима»: визиты к одиноким пожилым людям",
                        "en": "Safe winter: visits to older people living alone",
                    },
                    "description": {
                        "kk": "Жас еріктілер жалғыз тұратын қарт адамдарға барып, пештің қауіпсіздігін "
                              "тексереді және қажет болса дәрігерге қаралуға көмектеседі.",
                        "ru": "Молодые волонтёры навещают одиноких пожилых людей, проверяют безопасность "
                              "печного отопления и при необходимости помогают обратиться к врачу.",
                        "en": "Young volunteers visit older people living alone, check that their stove "
                              "heating is safe and help them see a doctor when needed.",
                    },
                    "departments": ("youth", "health"),
                    "quarters": (1, 4),
                    "partners": (4,),
                    "campaign": "winter",
                    "status": "ongoing",
                },
                {
                    "title": {
                        "kk": "Университеттерде жас еріктілерді тарту",
                        "ru": "Привлечение молодых волонтёров в университетах",
                        "en": "Recruiting young volunteers at universities",
                    },
                    "description": {
                        "kk": "Студенттермен таныстыру кездесулерін өткізіп, жаңа еріктілерге алғашқы көмек "
                              "пен апаттарға дайындық бойынша бастапқы курс ұйымдастырамыз.",
                        "ru": "Проведём ознакомительные встречи со студентами и организуем для новых "
                              "волонтёров вводный курс по первой помощи и готовности к бедствиям.",
                        "en": "We will hold introductory meetings with students and run an induction course "
                              "on first aid and disaster preparedness for new volunteers.",
                    },
                    "departments": ("youth", "communications"),
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
        "kk": "Су тасқынынан зардап шеккен отбасылар және жас еріктілер желісі",
        "ru": "Семьи, пострадавшие от паводков, и сеть молодых волонтёров",
        "en": "Flood-affected families and a network of young volunteers",
    },
    "summary": {
        "kk": "Жоспар су тасқынынан зардап шеккен өңірлерді қалпына келтіру кезеңінде әкімдіктермен "
              "диалогқа және жас еріктілер желісін кеңейтуге арналды.",
        "ru": "План был посвящён диалогу с акиматами в период восстановления пострадавших от паводков "
              "регионов и расширению сети молодых волонтёров.",
        "en": "The plan focused on dialogue with akimats during recovery in flood-affected regions and on "
              "expanding the network of young volunteers.",
    },
    "objectives": [
        {
            "title": {
                "kk": "Су тасқынынан зардап шеккен отбасылардың мүддесін қорғау",
                "ru": "Отстаивать интересы семей, пострадавших от паводков",
                "en": "Advocate for families affected by floods",
            },
            "activities": [
                {
                    "title": {
                        "kk": "Қажеттіліктерді бағалау нәтижелерін әкімдіктерге ұсыну",
                        "ru": "Представление итогов оценки потребностей акиматам",
                        "en": "Presenting needs assessment findings to akimats",
                    },
                    "description": {
                        "kk": "Зардап шеккен отбасылардың қажеттіліктерін бағалау қорытындыларын облыс "
                              "әкімдіктері мен ТЖМ-нің өңірлік департаменттеріне таныстырдық.",
                        "ru": "Мы представили итоги оценки потребностей пострадавших семей областным "
                              "акиматам и региональным департаментам МЧС.",
                        "en": "We presented the findings of the needs assessment of affected families to "
                              "regional akimats and the regional departments of the Ministry of Emergency "
                              "Situations.",
                    },
                    "departments": ("disaster", "communications"),
                    "quarters": (2, 3),
                    "partners": (0,),
                    "campaign": None,
                    "status": "done",
                },
                {
                    "title": {
                        "kk": "Уақытша орналастыру пункттерінде психологиялық қолдау",
                        "ru": "Психологическая поддержка в пунктах временного размещения",
                        "en": "Psychological support in temporary shelters",
                    },
                    "description": {
                        "kk": "Уақытша орналастыру пункттерінде психологиялық алғашқы көмек көрсету тәртібін "
                              "ТЖМ-мен келісуді жоспарладық, бірақ пункттер ерте жабылып, іс-шара тоқтатылды.",
                        "ru": "Мы планировали согласовать с МЧС порядок оказания первой психологической "
                              "помощи в пунктах временного размещения, но пункты закрылись раньше и "
                              "мероприятие было отменено.",
                        "en": "We planned to agree with the Ministry of Emergency Situations how "
                              "psychological first aid would be given in temporary shelters, but the "
                              "shelters closed early and the activity was dropped.",
                    },
                    "departments": ("health",),
                    "quarters": (2,),
                    "partners": (0,),
                    "campaign": None,
                    "status": "dropped",
                },
            ],
        },
        {
            "title": {
                "kk": "Жас еріктілер желісін кеңейту",
                "ru": "Расширить сеть молодых волонтёров",
                "en": "Expand the network of young volunteers",
            },
            "activities": [
                {
                    "title": {
                        "kk": "Облыс орталықтарында жас еріктілер клубтарын ашу",
                        "ru": "Открытие клубов молодых волонтёров в областных центрах",
                        "en": "Opening youth volunteer clubs in regional centres",
                    },
                    "description": {
                        "kk": "Бес облыс орталығындағы колледждер мен университеттерде жас еріктілер "
                              "клубтары ашылды.",
                        "ru": "В колледжах и университетах пяти областных центров открылись клубы молодых "
                              "волонтёров.",
                        "en": "Youth volunteer clubs opened in colleges and universities in five regional "
                              "centres.",
                    },
                    "departments": ("youth",),
                    "quarters": (3, 4),
                    "partners": (),
                    "campaign": None,
                    "status": "done",
                },
            ],
        },
    ],
}

PARTNERS = [
    {
        "name": {
            "kk": "Қазақстан Республикасы Төтенше жағдайлар министрлігі",
            "ru": "Министерство по чрезвычайным ситуациям Республики Казахстан",
            "en": "Ministry of Emergency Situations of the Republic of Kazakhstan",
        },
        "kind": "government",
        "stage": "agreement",
        "shared": True,
        "contact": "Ерлан Сейітқалиев, Азаматтық қорғау комитетінің бас маманы",
        "channels": "электрондық пошта, телефон, ресми хат",
        "next_step": "Дөңгелек үстелдің күн тәртібі мен қатысушылар тізімін келісу",
        "next_step_in_days": 14,
        "notes": "Ынтымақтастық туралы меморандум бар, су тасқыны кезеңінде өңірлік департаменттермен "
                 "тікелей байланыс орнатылған.",
    },
    {
        "name": {
            "kk": "БҰҰ Балалар қорының (ЮНИСЕФ) Қазақстандағы өкілдігі",
            "ru": "Представительство ЮНИСЕФ в Казахстане",
            "en": "UNICEF Kazakhstan Country Office",
        },
        "kind": "un_agency",
        "stage": "engaged",
        "shared": True,
        "contact": "Айгерім Жұмабаева, білім беру бағдарламаларының маманы",
        "channels": "электрондық пошта, бейнеқоңырау",
        "next_step": "Мектептерге арналған алғашқы көмек оқу құралының жобасын бірге қарау",
        "next_step_in_days": 21,
        "notes": "Мектептегі қауіпсіздік бағдарламасы бойынша бірге жұмыс істеп жатырмыз, оқу "
                 "материалдарын басып шығаруды қаржыландыруға дайын.",
    },
    {
        "name": {
            "kk": "С. Ж. Асфендияров атындағы Қазақ ұлттық медицина университеті",
            "ru": "Казахский национальный медицинский университет имени С. Д. Асфендиярова",
            "en": "Asfendiyarov Kazakh National Medical University",
        },
        "kind": "academia",
        "stage": "contacted",
        "shared": False,
        "contact": "Дәурен Тоқтаров, студенттермен жұмыс бөлімінің басшысы",
        "channels": "телефон, электрондық пошта",
        "next_step": "Ректоратқа қайта қоңырау шалып, студент-еріктілер туралы кездесудің күнін белгілеу",
        "next_step_in_days": -3,
        "notes": "Ректоратқа ынтымақтастық туралы хат жіберілді, жауап әлі келген жоқ.",
    },
    {
        "name": {
            "kk": "«Qazaqstan» ұлттық телеарнасы",
            "ru": "Национальный телеканал «Qazaqstan»",
            "en": "Qazaqstan national TV channel",
        },
        "kind": "media",
        "stage": "identified",
        "shared": False,
        "contact": "Әлия Бекова, әлеуметтік жобалар редакторы",
        "channels": "электрондық пошта",
        "next_step": "Жер сілкінісіне дайындық туралы бейнеролик идеясын редакцияға жіберу",
        "next_step_in_days": 30,
        "notes": "Телеарна әлеуметтік тақырыптағы бағдарламаларға серіктес іздеп жүр.",
    },
    {
        "name": {
            "kk": "Алматы қалалық ардагерлер кеңесі",
            "ru": "Алматинский городской совет ветеранов",
            "en": "Almaty City Council of Veterans",
        },
        "kind": "community",
        "stage": "engaged",
        "shared": False,
        "contact": "Гүлнар Сәрсенбаева, кеңес төрағасының орынбасары",
        "channels": "телефон, WhatsApp",
        "next_step": "Жалғыз тұратын қарт адамдардың жаңартылған тізімін алу",
        "next_step_in_days": 5,
        "notes": "Аудандық кеңестер арқылы көмекке мұқтаж қарттарды табуға көмектеседі.",
    },
]

MEETING = {
    "title": {
        "kk": "Гуманитарлық дипломатия жоспары бойынша бөлімдердің кездесуі",
        "ru": "Встреча отделов по плану гуманитарной дипломатии",
        "en": "Departments' meeting on the humanitarian diplomacy plan",
    },
    "mode": "in_person",
    "location": "Астана, бас кеңсе, 2-қабаттағы мәжіліс залы",
    "agenda": {
        "kk": "1. ТЖМ-мен дөңгелек үстелге дайындық\n"
              "2. Су тасқыны қаупі бар аудандардағы ерікті топтар\n"
              "3. «Қауіпсіз қыс» науқаны: қарт адамдарға бару кестесі",
        "ru": "1. Подготовка к круглому столу с МЧС\n"
              "2. Группы волонтёров в районах с риском паводков\n"
              "3. Кампания «Безопасная зима»: график визитов к пожилым людям",
        "en": "1. Preparing the round table with the Ministry of Emergency Situations\n"
              "2. Volunteer teams in flood-risk districts\n"
              "3. Safe winter campaign: schedule of visits to older people",
    },
    "minutes": {
        "kk": "- Апаттар қаупін басқару бөлімі дөңгелек үстелдің күн тәртібінің жобасын таныстырды.\n"
              "- Жастар бөлімі үш облыста ерікті топтар құрылғанын, бірақ жаттықтырушылар "
              "жетіспейтінін хабарлады.\n"
              "- Денсаулық сақтау бөлімі қарт адамдарға барғанда толтырылатын қысқа тексеру парағын ұсынды.\n"
              "- Коммуникация бөлімі телеарнамен байланыс орнатуды өз мойнына алды.",
        "ru": "- Отдел управления рисками бедствий представил проект повестки дня круглого стола.\n"
              "- Отдел молодёжи сообщил, что группы волонтёров созданы в трёх областях, но не хватает "
              "тренеров.\n"
              "- Отдел здравоохранения предложил короткий чек-лист для визитов к пожилым людям.\n"
              "- Отдел коммуникаций взял на себя контакт с телеканалом.",
        "en": "- The disaster risk management department presented the draft agenda of the round table.\n"
              "- The youth department reported that volunteer teams have been set up in three regions, "
              "but trainers are in short supply.\n"
              "- The health department proposed a short checklist for visits to older people.\n"
              "- The communications department took on the contact with the TV channel.",
    },
    "attendee_roles": {
        "admin": "Кездесуді жүргізді, гуманитарлық дипломатия жөніндегі үйлестіруші",
        "staff": "Хаттаманы жүргізді, апаттар қаупін басқару бөлімінің қызметкері",
    },
    "decisions": [
        {
            "kk": "Ай соңына дейін ТЖМ-ге еріктілердің құқықтық мәртебесі туралы ұсыныстар хатының "
                  "жобасын дайындау.",
            "ru": "До конца месяца подготовить проект письма в МЧС с предложениями о правовом статусе "
                  "волонтёров.",
            "en": "By the end of the month, prepare a draft letter to the Ministry of Emergency Situations "
                  "with proposals on the legal status of volunteers.",
        },
        {
            "kk": "Қарт адамдарға бару кестесін ардагерлер кеңесімен бірге бекіту.",
            "ru": "Утвердить график визитов к пожилым людям совместно с советом ветеранов.",
            "en": "Approve the schedule of visits to older people together with the Council of Veterans.",
        },
    ],
}

TASKS = [
    {
        "title": {
            "kk": "Алматы мектептеріне арналған алғашқы көмек сабақтарының кестесін жасау",
            "ru": "Составить расписание уроков первой помощи для школ Алматы",
            "en": "Draw up a schedule of first aid lessons for Almaty schools",
        },
        "description": {
            "kk": "Қалалық білім басқармасымен келісіп, сабақ өтетін мектептер мен сыныптардың тізімін "
                  "дайындаңыз. Әр мектепке кемінде екі ерікті бекітіңіз.",
            "ru": "По согласованию с городским управлением образования подготовьте список школ и классов "
                  "для уроков. За каждой школой закрепите не меньше двух волонтёров.",
            "en": "In agreement with the city education department, prepare a list of schools and classes "
                  "for the lessons. Assign at least two volunteers to each school.",
        },
        "status": "open",
        "priority": "normal",
        "due_in_days": 30,
        "reason": "",
        "comments": [],
    },
    {
        "title": {
            "kk": "ТЖМ-мен дөңгелек үстелге шақыру хаттарын жіберу",
            "ru": "Разослать приглашения на круглый стол с МЧС",
            "en": "Send out invitations to the round table with the Ministry of Emergency Situations",
        },
        "description": {
            "kk": "Шақыру хаттарын министрліктің, облыстық филиалдардың және IFRC өңірлік өкілдігінің "
                  "өкілдеріне жіберіңіз.",
            "ru": "Разошлите приглашения представителям министерства, областных филиалов и регионального "
                  "представительства МФОКК и КП.",
            "en": "Send the invitations to representatives of the ministry, the regional branches and the "
                  "IFRC regional office.",
        },
        "status": "accepted",
        "priority": "high",
        "due_in_days": 2,
        "reason": "",
        "comments": [
            ("staff", "Қатысушылардың түпкілікті тізімін ертең таңертең жіберемін."),
        ],
    },
    {
        "title": {
            "kk": "«Қауіпсіз қыс» науқаны үшін жалғыз тұратын қарт адамдардың тізімін жаңарту",
            "ru": "Обновить список одиноких пожилых людей для кампании «Безопасная зима»",
            "en": "Update the list of older people living alone for the Safe winter campaign",
        },
        "description": {
            "kk": "Ардагерлер кеңесінен алынған деректерді біздің тізіммен салыстырып, әр адамға жауапты "
                  "ерікті бекітіңіз.",
            "ru": "Сверьте данные совета ветеранов с нашим списком и закрепите за каждым человеком "
                  "ответственного волонтёра.",
            "en": "Check the Council of Veterans' data against our list and assign a responsible volunteer "
                  "to each person.",
        },
        "status": "in_progress",
        "priority": "high",
        "due_in_days": -5,
        "reason": "",
        "comments": [
            ("staff", "Екі ауданның деректері әлі келген жоқ, кеңеске қайта хабарластым."),
            ("admin", "Рахмет, келесі аптаның басына дейін аяқтауға тырысайық."),
        ],
    },
    {
        "title": {
            "kk": "Жер сілкінісі туралы бейнероликтің сценарийін телеарнамен келісу",
            "ru": "Согласовать с телеканалом сценарий ролика о землетрясении",
            "en": "Agree the script of the earthquake video with the TV channel",
        },
        "description": {
            "kk": "Сценарийдің соңғы нұсқасын телеарна редакциясына жіберіп, түсірілім күнін келісіңіз.",
            "ru": "Отправьте окончательный вариант сценария в редакцию телеканала и согласуйте дату съёмки.",
            "en": "Send the final version of the script to the TV channel's editors and agree a filming date.",
        },
        "status": "blocked",
        "priority": "normal",
        "due_in_days": -4,
        "reason": "Телеарна редакциясы сценарийді әлі қараған жоқ, жауапты редактор іссапарда жүр.",
        "comments": [
            ("staff", "Редакцияға екі рет жаздым, әзірге жауап жоқ."),
        ],
    },
    {
        "title": {
            "kk": "Су тасқыны қаупі бар аудандардағы ерікті топтардың байланыс тізімін жаңарту",
            "ru": "Обновить контакты групп волонтёров в районах с риском паводков",
            "en": "Update the contact list of volunteer teams in flood-risk districts",
        },
        "description": {
            "kk": "Әр топтың жетекшісі мен орынбасарының телефондарын тексеріп, тізімді ортақ папкаға "
                  "жүктеңіз.",
            "ru": "Проверьте телефоны руководителя и заместителя каждой группы и загрузите список в общую "
                  "папку.",
            "en": "Check the phone numbers of each team's leader and deputy and upload the list to the "
                  "shared folder.",
        },
        "status": "done",
        "priority": "high",
        "due_in_days": -8,
        "reason": "",
        "comments": [
            ("admin", "Жақсы жұмыс, тізімді ТЖМ-нің өңірлік департаменттеріне де жіберіңіз."),
        ],
    },
    {
        "title": {
            "kk": "Университеттегі таныстыру кездесуіне баннер басып шығару",
            "ru": "Напечатать баннер для ознакомительной встречи в университете",
            "en": "Print a banner for the introductory meeting at the university",
        },
        "description": {
            "kk": "Жас еріктілерді тартуға арналған кездесуге Қызыл Жарты Ай логотипі бар баннер дайындаңыз.",
            "ru": "Подготовьте баннер с логотипом Красного Полумесяца для встречи по привлечению молодых "
                  "волонтёров.",
            "en": "Prepare a banner with the Red Crescent logo for the meeting to recruit young volunteers.",
        },
        "status": "cancelled",
        "priority": "low",
        "due_in_days": 10,
        "reason": "Кездесу онлайн форматта өтетін болды, баннер қажет емес.",
        "comments": [],
    },
]
