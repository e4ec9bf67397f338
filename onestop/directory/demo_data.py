"""Demo service directory for the city of Neustadt: organisations, sites and services with texts.

Data only. The names of organisations, the slugs of sites and services, and the appointment rules
match the demo network in onestop/core/demo.py (desks refer to those services). Every service has
complete English, Arabic and Ukrainian texts; about a third also have Farsi and German. Other
languages fall back to English.
"""

from __future__ import annotations

from typing import TypedDict


class OrgData(TypedDict):
    name: str
    kind: str  # city, regional, national, immigration, police, job_centre, health, ngo, migrant_led, other
    description: str


class SiteData(TypedDict):
    slug: str
    name: str
    organisation: str
    street: str
    postal_code: str
    directions: str
    is_main: bool
    appointment_only: bool
    hours: list[tuple[str, str, str]]  # (RFC 5545 day code, opens, closes); several rows per day allowed
    languages: list[str]  # ISO 639-1 codes spoken at the site


class TextData(TypedDict, total=False):
    name: str
    description: str
    eligibility_description: str
    application_process: str
    fees_description: str
    what_to_bring: str


class ServiceData(TypedDict):
    organisation: str
    slug: str
    sites: list[str]
    needs: list[str]  # codes from onestop.directory.needs.NEED_CATEGORIES
    languages: list[str]
    appointment_only: bool
    texts: dict[str, TextData]  # texts["en"] is complete; other languages are optional


TEXT_FIELDS: tuple[str, ...] = (
    "name",
    "description",
    "eligibility_description",
    "application_process",
    "fees_description",
    "what_to_bring",
)


ORGANISATIONS: list[OrgData] = [
    {
        "name": "Neustadt Welcome Centre",
        "kind": "city",
        "description": "The city's team that runs the One-Stop-Shop and its welcome desk.",
    },
    {
        "name": "Neustadt Residents' Registration Office",
        "kind": "city",
        "description": "Registration of address, certificates of residence.",
    },
    {
        "name": "Neustadt Foreigners' Office",
        "kind": "immigration",
        "description": "Residence permits and visas; by appointment only.",
    },
    {
        "name": "Job Centre Neustadt",
        "kind": "job_centre",
        "description": "Job search, training, recognition of qualifications, unemployment benefits.",
    },
    {
        "name": "Regional Health Office",
        "kind": "health",
        "description": "Health insurance advice, vaccinations, school health checks.",
    },
    {
        "name": "Neustadt Police, Victim Support Unit",
        "kind": "police",
        "description": "Support and protection for victims of crime.",
    },
    {
        "name": "Refugee Law Clinic Neustadt",
        "kind": "ngo",
        "description": "Free, confidential legal advice on asylum and residence.",
    },
    {
        "name": "Welcome Network Neustadt",
        "kind": "ngo",
        "description": "Social counselling, housing help and volunteer mentors.",
    },
    {
        "name": "Neighbours from Everywhere",
        "kind": "migrant_led",
        "description": "Association of migrants helping newcomers: peer support, women's group.",
    },
    {
        "name": "Neustadt Office for Social Affairs, Youth and Family",
        "kind": "city",
        "description": (
            "The city's social welfare and youth office: family benefits, daycare and school places, social "
            "assistance, housing benefit and emergency accommodation."
        ),
    },
    {
        "name": "Neustadt Adult Education Centre",
        "kind": "other",
        "description": (
            "The city's Volkshochschule: integration and German courses, literacy courses, school-leaving certificates "
            "for adults and computer courses."
        ),
    },
    {
        "name": "Chamber of Crafts, Recognition Advice",
        "kind": "other",
        "description": (
            "The regional Chamber of Crafts: recognition of craft qualifications and apprenticeships in the trades."
        ),
    },
    {
        "name": "Women's Counselling Centre Neustadt",
        "kind": "ngo",
        "description": (
            "Confidential counselling and protection for women and girls, including help against domestic violence and "
            "pregnancy counselling."
        ),
    },
    {
        "name": "Open Clinic Neustadt",
        "kind": "ngo",
        "description": (
            "Volunteer doctors, midwives and psychologists for people without health insurance; free and anonymous."
        ),
    },
    {
        "name": "Ukrainian Community Neustadt",
        "kind": "migrant_led",
        "description": (
            "Association of Ukrainians in Neustadt: a helpdesk in Ukrainian and a Saturday school for children."
        ),
    },
]

SITES: list[SiteData] = [
    {
        "slug": "main",
        "name": "One-Stop-Shop Neustadt",
        "organisation": "Neustadt Welcome Centre",
        "street": "Marktplatz 1",
        "postal_code": "12345",
        "directions": "Tram 3 or 7 to Marktplatz. Step-free entrance on the left of the building.",
        "is_main": True,
        "appointment_only": False,
        "hours": [
            ("MO", "08:00", "16:00"),
            ("TU", "08:00", "16:00"),
            ("WE", "08:00", "16:00"),
            ("TH", "08:00", "12:00"),
            ("TH", "13:00", "18:00"),
            ("FR", "08:00", "16:00"),
        ],
        "languages": ["de", "en", "ar", "fa", "ps", "uk", "ru", "tr", "ku", "fr", "ti", "so", "el", "bg", "ro", "sv"],
    },
    {
        "slug": "foreigners-office",
        "name": "Foreigners' Office",
        "organisation": "Neustadt Foreigners' Office",
        "street": "Behördenstraße 5",
        "postal_code": "12345",
        "directions": "Bus 12 to Behördenstraße. Bring your appointment confirmation.",
        "is_main": False,
        "appointment_only": True,
        "hours": [
            ("MO", "08:00", "12:00"),
            ("TU", "08:00", "12:00"),
            ("TH", "14:00", "18:00"),
        ],
        "languages": ["de", "en", "uk", "ru"],
    },
    {
        "slug": "welcome-network",
        "name": "Welcome Network drop-in",
        "organisation": "Welcome Network Neustadt",
        "street": "Lindenweg 12",
        "postal_code": "12345",
        "directions": "Ground floor, ring the bell marked 'Welcome Network'.",
        "is_main": False,
        "appointment_only": False,
        "hours": [
            ("TU", "10:00", "14:00"),
            ("FR", "10:00", "14:00"),
            ("SA", "10:00", "13:00"),
        ],
        "languages": ["de", "en", "ar", "fa", "ps", "ti", "so", "fr", "uk", "ru", "tr", "ro", "bg"],
    },
    {
        "slug": "adult-education",
        "name": "Adult Education Centre",
        "organisation": "Neustadt Adult Education Centre",
        "street": "Schulstraße 8",
        "postal_code": "12345",
        "directions": (
            "Bus 12 or tram 3 to Schulstraße. Course office on the first floor (lift available); children's play room "
            "on the ground floor."
        ),
        "is_main": False,
        "appointment_only": False,
        "hours": [
            ("MO", "09:00", "13:00"),
            ("MO", "14:00", "18:00"),
            ("TU", "09:00", "13:00"),
            ("TU", "14:00", "18:00"),
            ("WE", "09:00", "13:00"),
            ("WE", "14:00", "18:00"),
            ("TH", "09:00", "13:00"),
            ("TH", "14:00", "18:00"),
            ("FR", "09:00", "12:00"),
        ],
        "languages": ["de", "en", "ar", "fa", "uk", "tr", "ru", "ku"],
    },
]

SERVICES: list[ServiceData] = [
    {
        "organisation": "Neustadt Welcome Centre",
        "slug": "welcome",
        "sites": ["main"],
        "needs": ["orientation"],
        "languages": ["de", "en", "ar", "fa", "uk", "ru", "tr", "fr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Welcome and orientation",
                "description": (
                    "Your first stop in Neustadt. We listen to what you need, explain which office does what and send "
                    "you to the right desk or partner."
                ),
                "eligibility_description": (
                    "Everyone is welcome, whatever your status. You do not need an appointment or any papers."
                ),
                "application_process": (
                    "Walk in during opening hours: take a ticket at the welcome desk and wait until your number is "
                    "called. Tell us which language you speak and we will find someone who speaks it."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Nothing is required. If you have them, bring your passport or ID and any letters you have "
                    "received from offices."
                ),
            },
            "ar": {
                "name": "الاستقبال والتوجيه",
                "description": (
                    "محطتك الأولى في نويشتات. نستمع إلى ما تحتاجه، ونشرح لك أي مكتب يقوم بماذا، ونرسلك إلى المكتب أو "
                    "الشريك المناسب."
                ),
                "eligibility_description": "الجميع مرحَّب بهم مهما كان وضعك. لا تحتاج إلى موعد أو أي أوراق.",
                "application_process": (
                    "تعال خلال ساعات الدوام: خذ رقمًا من مكتب الاستقبال وانتظر حتى يُنادى رقمك. أخبرنا بلغتك وسنجد من "
                    "يتحدث بها."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "لا يلزم إحضار شيء. إذا كانت لديك، أحضر جواز سفرك أو هويتك وأي رسائل وصلتك من الدوائر الرسمية."
                ),
            },
            "uk": {
                "name": "Прийом і орієнтація",
                "description": (
                    "Ваша перша зупинка в Нойштадті. Ми вислухаємо, що вам потрібно, пояснимо, яка установа чим "
                    "займається, і направимо вас до потрібного віконця або партнера."
                ),
                "eligibility_description": (
                    "Ласкаво просимо всіх, незалежно від статусу. Запис або документи не потрібні."
                ),
                "application_process": (
                    "Приходьте в години роботи: візьміть талон на рецепції й зачекайте, поки викличуть ваш номер. "
                    "Скажіть, якою мовою ви розмовляєте, і ми знайдемо того, хто нею володіє."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Нічого не обов’язково. Якщо маєте, візьміть паспорт або посвідчення особи та листи, які ви "
                    "отримали від установ."
                ),
            },
            "fa": {
                "name": "خوشامدگویی و راهنمایی",
                "description": (
                    "اولین ایستگاه شما در نویشتات. به نیازهای شما گوش می‌دهیم، توضیح می‌دهیم کدام اداره چه کاری انجام "
                    "می‌دهد و شما را به میز یا سازمان همکار مناسب می‌فرستیم."
                ),
                "eligibility_description": (
                    "همه خوش آمدند، وضعیت اقامتی شما هر چه باشد. به وقت قبلی یا هیچ مدرکی نیاز ندارید."
                ),
                "application_process": (
                    "در ساعات کاری بیایید: از میز پذیرش یک شماره بگیرید و منتظر بمانید تا شماره‌تان را صدا بزنند. "
                    "بگویید به چه زبانی صحبت می‌کنید تا کسی را پیدا کنیم که به آن زبان صحبت کند."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": (
                    "هیچ مدرکی لازم نیست. اگر دارید، گذرنامه یا کارت شناسایی و نامه‌هایی را که از ادارات دریافت "
                    "کرده‌اید همراه بیاورید."
                ),
            },
            "de": {
                "name": "Willkommen und Orientierung",
                "description": (
                    "Ihre erste Anlaufstelle in Neustadt. Wir hören zu, was Sie brauchen, erklären, welches Amt wofür "
                    "zuständig ist, und schicken Sie zum richtigen Schalter oder Partner."
                ),
                "eligibility_description": (
                    "Alle sind willkommen, egal welchen Aufenthaltsstatus Sie haben. Sie brauchen keinen Termin und "
                    "keine Papiere."
                ),
                "application_process": (
                    "Kommen Sie während der Öffnungszeiten: Ziehen Sie am Empfang eine Nummer und warten Sie, bis Ihre "
                    "Nummer aufgerufen wird. Sagen Sie uns Ihre Sprache, dann suchen wir jemanden, der sie spricht."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Sie müssen nichts mitbringen. Wenn vorhanden: Reisepass oder Ausweis und Briefe von Ämtern."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Welcome Centre",
        "slug": "integration",
        "sites": ["main"],
        "needs": ["orientation", "residence", "work"],
        "languages": ["de", "en", "ar", "fa", "uk", "ru", "fr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Integration advice and journey planning",
                "description": (
                    "A caseworker looks at your whole situation and plans your next steps with you: registration, "
                    "residence, language course, work and school. You receive a stamp card that shows each step."
                ),
                "eligibility_description": (
                    "For newcomers who live in Neustadt or have just arrived, including EU citizens and refugees."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk, or ask there for an appointment at the integration "
                    "desk. The first conversation takes about 45 minutes."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or ID, your residence document or arrival certificate, and school or work certificates "
                    "if you have them."
                ),
            },
            "ar": {
                "name": "استشارات الاندماج وتخطيط المسار",
                "description": (
                    "يطّلع موظف مختص على وضعك كاملًا ويخطط معك خطواتك التالية: التسجيل، الإقامة، دورة اللغة، العمل "
                    "والمدرسة. ستحصل على بطاقة أختام تُظهر كل خطوة."
                ),
                "eligibility_description": (
                    "للقادمين الجدد الذين يعيشون في نويشتات أو وصلوا حديثًا، بما في ذلك مواطنو الاتحاد الأوروبي "
                    "واللاجئون."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال، أو اطلب هناك موعدًا في مكتب الاندماج. تستغرق المحادثة الأولى "
                    "نحو 45 دقيقة."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة أو شهادة الوصول، وشهادات المدرسة أو العمل إن وُجدت."
                ),
            },
            "uk": {
                "name": "Консультації з інтеграції та планування кроків",
                "description": (
                    "Консультант розгляне вашу ситуацію в цілому й разом із вами спланує наступні кроки: реєстрація, "
                    "дозвіл на проживання, мовний курс, робота та школа. Ви отримаєте картку зі штампами, де видно "
                    "кожен крок."
                ),
                "eligibility_description": (
                    "Для новоприбулих, які живуть у Нойштадті або щойно приїхали, зокрема громадян ЄС і біженців."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції або попросіть там записати вас на консультацію до відділу "
                    "інтеграції. Перша розмова триває близько 45 хвилин."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування або довідку про прибуття, а також шкільні "
                    "чи робочі свідоцтва, якщо вони є."
                ),
            },
            "fa": {
                "name": "مشاوره ادغام و برنامه‌ریزی مسیر",
                "description": (
                    "یک مشاور کل وضعیت شما را بررسی می‌کند و گام‌های بعدی را با شما برنامه‌ریزی می‌کند: ثبت نشانی، "
                    "اقامت، کلاس زبان، کار و مدرسه. شما یک کارت مُهر دریافت می‌کنید که هر گام را نشان می‌دهد."
                ),
                "eligibility_description": (
                    "برای تازه‌واردانی که در نویشتات زندگی می‌کنند یا تازه رسیده‌اند، از جمله شهروندان اتحادیه اروپا و "
                    "پناهجویان."
                ),
                "application_process": (
                    "بیایید و از میز پذیرش شماره بگیرید، یا همان‌جا برای میز ادغام وقت بگیرید. اولین گفتگو حدود ۴۵ "
                    "دقیقه طول می‌کشد."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": "گذرنامه یا کارت شناسایی، مدرک اقامت یا گواهی ورود، و اگر دارید مدارک تحصیلی یا کاری.",
            },
            "de": {
                "name": "Integrationsberatung und Wegplanung",
                "description": (
                    "Eine Beraterin oder ein Berater schaut sich Ihre ganze Situation an und plant mit Ihnen die "
                    "nächsten Schritte: Anmeldung, Aufenthalt, Sprachkurs, Arbeit und Schule. Sie bekommen eine "
                    "Stempelkarte, die jeden Schritt zeigt."
                ),
                "eligibility_description": (
                    "Für Neuangekommene, die in Neustadt wohnen oder gerade angekommen sind, auch für EU-Bürgerinnen "
                    "und -Bürger und Geflüchtete."
                ),
                "application_process": (
                    "Kommen Sie vorbei und ziehen Sie am Empfang eine Nummer, oder fragen Sie dort nach einem Termin "
                    "am Integrationsschalter. Das erste Gespräch dauert etwa 45 Minuten."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Reisepass oder Ausweis, Ihr Aufenthaltsdokument oder Ihren Ankunftsnachweis und, wenn vorhanden, "
                    "Schul- oder Arbeitszeugnisse."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Welcome Centre",
        "slug": "document-help",
        "sites": ["main"],
        "needs": ["orientation", "money"],
        "languages": ["de", "en", "ar", "fa", "uk", "ru", "tr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Help with letters and forms",
                "description": (
                    "Did you get a letter you do not understand? We read it with you, explain what it means and what "
                    "the deadline is, and help you fill in forms."
                ),
                "eligibility_description": (
                    "For anyone who needs help with letters or forms from offices, banks, landlords or schools."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. For long forms, such as benefit applications, we "
                    "may give you an appointment."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "The letter or form, the envelope it came in, and your passport or ID.",
            },
            "ar": {
                "name": "المساعدة في الرسائل والاستمارات",
                "description": (
                    "هل وصلتك رسالة لا تفهمها؟ نقرؤها معك ونشرح لك معناها وما هو الموعد النهائي، ونساعدك في ملء "
                    "الاستمارات."
                ),
                "eligibility_description": (
                    "لكل من يحتاج مساعدة في رسائل أو استمارات من الدوائر الرسمية أو البنوك أو أصحاب السكن أو المدارس."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. للاستمارات الطويلة، مثل طلبات المساعدات، قد نعطيك موعدًا."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": "الرسالة أو الاستمارة، والظرف الذي وصلت فيه، وجواز سفرك أو هويتك.",
            },
            "uk": {
                "name": "Допомога з листами та формулярами",
                "description": (
                    "Отримали лист, який не розумієте? Ми прочитаємо його разом з вами, пояснимо, що він означає і "
                    "який термін, та допоможемо заповнити формуляри."
                ),
                "eligibility_description": (
                    "Для всіх, кому потрібна допомога з листами чи формулярами від установ, банків, орендодавців або "
                    "шкіл."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Для довгих формулярів, наприклад заяв на соціальні "
                    "виплати, ми можемо призначити вам окрему зустріч."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": "Лист або формуляр, конверт, у якому він прийшов, і ваш паспорт чи посвідчення особи.",
            },
        },
    },
    {
        "organisation": "Neustadt Welcome Centre",
        "slug": "self-service",
        "sites": ["main"],
        "needs": ["orientation"],
        "languages": ["de", "en", "ar", "uk"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Computers, printers and Wi-Fi for self-service",
                "description": (
                    "Use our computers to fill in online forms, write a CV, print, scan or copy documents. Guides with "
                    "QR codes next to each computer show you step by step how to do it."
                ),
                "eligibility_description": "For everyone. A staff member is nearby if you get stuck.",
                "application_process": (
                    "Walk in during opening hours and ask at the welcome desk for a free computer. You can use it for "
                    "up to 45 minutes when others are waiting."
                ),
                "fees_description": "Free of charge, including up to 20 printed pages a day.",
                "what_to_bring": (
                    "Your documents to scan or print, and a USB stick or your phone if you want to save files."
                ),
            },
            "ar": {
                "name": "حواسيب وطابعات وإنترنت لاسلكي للخدمة الذاتية",
                "description": (
                    "استخدم حواسيبنا لملء الاستمارات الإلكترونية أو كتابة سيرتك الذاتية أو الطباعة أو المسح الضوئي أو "
                    "نسخ المستندات. بجانب كل حاسوب أدلة مع رموز QR تشرح لك الخطوات واحدة تلو الأخرى."
                ),
                "eligibility_description": "للجميع. يوجد موظف قريب إذا احتجت إلى مساعدة.",
                "application_process": (
                    "تعال خلال ساعات الدوام واسأل في مكتب الاستقبال عن حاسوب متاح. يمكنك استخدامه حتى 45 دقيقة عندما "
                    "ينتظر آخرون."
                ),
                "fees_description": "مجانًا، بما في ذلك طباعة حتى 20 صفحة في اليوم.",
                "what_to_bring": "المستندات التي تريد مسحها أو طباعتها، وذاكرة USB أو هاتفك إذا أردت حفظ الملفات.",
            },
            "uk": {
                "name": "Комп’ютери, принтери та Wi-Fi для самостійної роботи",
                "description": (
                    "Користуйтеся нашими комп’ютерами, щоб заповнити онлайн-формуляри, написати резюме, роздрукувати, "
                    "відсканувати чи скопіювати документи. Біля кожного комп’ютера є інструкції з QR-кодами, які крок "
                    "за кроком пояснюють, що робити."
                ),
                "eligibility_description": "Для всіх. Поруч є працівник, якщо вам знадобиться допомога.",
                "application_process": (
                    "Приходьте в години роботи й запитайте на рецепції про вільний комп’ютер. Якщо інші чекають, ви "
                    "можете користуватися ним до 45 хвилин."
                ),
                "fees_description": "Безкоштовно, зокрема друк до 20 сторінок на день.",
                "what_to_bring": (
                    "Документи, які треба відсканувати чи роздрукувати, і флешку або телефон, якщо хочете зберегти "
                    "файли."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Welcome Centre",
        "slug": "interpreting",
        "sites": ["main"],
        "needs": ["orientation", "health"],
        "languages": ["de", "en", "ar", "fa", "ps", "uk", "ru", "tr", "ku", "ti", "so", "fr", "el", "bg", "ro"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Interpreters for your appointments",
                "description": (
                    "We arrange an interpreter for your appointment at an office, doctor or school in Neustadt: in "
                    "person, by phone or by video. Interpreters keep everything confidential."
                ),
                "eligibility_description": (
                    "For newcomers who do not yet speak enough German for an important appointment."
                ),
                "application_process": (
                    "Ask at the welcome desk at least three working days before your appointment. In urgent cases we "
                    "try to find a phone interpreter the same day."
                ),
                "fees_description": "Free of charge for appointments with our partner organisations.",
                "what_to_bring": (
                    "The appointment letter with the date, time and address, and the name of the person you will meet."
                ),
            },
            "ar": {
                "name": "مترجمون فوريون لمواعيدك",
                "description": (
                    "نوفّر لك مترجمًا لموعدك في دائرة رسمية أو عند الطبيب أو في المدرسة في نويشتات: حضوريًا أو عبر "
                    "الهاتف أو الفيديو. يحافظ المترجمون على سرية كل شيء."
                ),
                "eligibility_description": "للقادمين الجدد الذين لا يتحدثون الألمانية بعد بما يكفي لموعد مهم.",
                "application_process": (
                    "اطلب ذلك في مكتب الاستقبال قبل موعدك بثلاثة أيام عمل على الأقل. في الحالات العاجلة نحاول إيجاد "
                    "مترجم عبر الهاتف في اليوم نفسه."
                ),
                "fees_description": "مجانًا للمواعيد لدى المنظمات الشريكة.",
                "what_to_bring": "رسالة الموعد مع التاريخ والوقت والعنوان، واسم الشخص الذي ستقابله.",
            },
            "uk": {
                "name": "Перекладачі для ваших зустрічей",
                "description": (
                    "Ми організуємо перекладача для вашої зустрічі в установі, у лікаря чи в школі в Нойштадті: "
                    "особисто, телефоном або по відео. Перекладачі зберігають усе в таємниці."
                ),
                "eligibility_description": (
                    "Для новоприбулих, які ще недостатньо володіють німецькою для важливої зустрічі."
                ),
                "application_process": (
                    "Зверніться на рецепцію щонайменше за три робочі дні до зустрічі. У термінових випадках ми "
                    "намагаємося знайти перекладача телефоном того ж дня."
                ),
                "fees_description": "Безкоштовно для зустрічей з нашими організаціями-партнерами.",
                "what_to_bring": (
                    "Лист-запрошення з датою, часом і адресою, а також ім’я людини, з якою ви зустрічаєтеся."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Residents' Registration Office",
        "slug": "registration",
        "sites": ["main"],
        "needs": ["residence"],
        "languages": ["de", "en"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Registering your address",
                "description": (
                    "Everyone who moves into a flat in Germany must register the address within two weeks. After "
                    "registering you receive a registration certificate, which you need for a bank account, a tax ID "
                    "and many other steps."
                ),
                "eligibility_description": (
                    "For everyone who lives in Neustadt, including EU citizens, refugees and people staying with "
                    "friends or family."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. Registration takes about 15 minutes; an "
                    "interpreter can join if you ask at the desk."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or ID for every person, the landlord's confirmation that you moved in "
                    "(Wohnungsgeberbestätigung), and marriage or birth certificates for your family if you have them."
                ),
            },
            "ar": {
                "name": "تسجيل عنوان السكن",
                "description": (
                    "كل من ينتقل إلى مسكن في ألمانيا يجب أن يسجّل عنوانه خلال أسبوعين. بعد التسجيل تحصل على شهادة "
                    "تسجيل، تحتاجها لفتح حساب بنكي وللحصول على الرقم الضريبي ولخطوات كثيرة أخرى."
                ),
                "eligibility_description": (
                    "لكل من يعيش في نويشتات، بما في ذلك مواطنو الاتحاد الأوروبي واللاجئون ومن يقيم عند أصدقاء أو أقارب."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. يستغرق التسجيل نحو 15 دقيقة، ويمكن أن يحضر مترجم إذا طلبت ذلك "
                    "في مكتب الاستقبال."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر أو الهوية لكل شخص، وتأكيد صاحب السكن على الانتقال (Wohnungsgeberbestätigung)، وشهادات "
                    "الزواج أو الميلاد لعائلتك إن وُجدت."
                ),
            },
            "uk": {
                "name": "Реєстрація місця проживання",
                "description": (
                    "Кожен, хто в’їжджає в житло в Німеччині, мусить зареєструвати адресу протягом двох тижнів. Після "
                    "реєстрації ви отримаєте довідку про реєстрацію, потрібну для банківського рахунку, податкового "
                    "номера та багатьох інших кроків."
                ),
                "eligibility_description": (
                    "Для всіх, хто живе в Нойштадті, зокрема громадян ЄС, біженців і тих, хто живе в друзів чи родичів."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Реєстрація триває близько 15 хвилин; якщо попросите на "
                    "рецепції, до вас може приєднатися перекладач."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорт або посвідчення особи для кожної людини, підтвердження орендодавця про заселення "
                    "(Wohnungsgeberbestätigung), а також свідоцтва про шлюб чи народження членів родини, якщо вони є."
                ),
            },
            "fa": {
                "name": "ثبت نشانی محل سکونت",
                "description": (
                    "هر کسی که در آلمان به خانه‌ای نقل مکان می‌کند باید ظرف دو هفته نشانی خود را ثبت کند. پس از ثبت، "
                    "گواهی ثبت نشانی دریافت می‌کنید که برای حساب بانکی، شماره مالیاتی و بسیاری از کارهای دیگر لازم "
                    "است."
                ),
                "eligibility_description": (
                    "برای همه کسانی که در نویشتات زندگی می‌کنند، از جمله شهروندان اتحادیه اروپا، پناهجویان و کسانی که "
                    "نزد دوستان یا خانواده زندگی می‌کنند."
                ),
                "application_process": (
                    "بیایید و از میز پذیرش شماره بگیرید. ثبت نشانی حدود ۱۵ دقیقه طول می‌کشد؛ اگر در میز پذیرش بخواهید، "
                    "یک مترجم هم می‌تواند حضور داشته باشد."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": (
                    "گذرنامه یا کارت شناسایی برای هر نفر، تأییدیه صاحبخانه برای نقل مکان (Wohnungsgeberbestätigung) و "
                    "اگر دارید، عقدنامه یا شناسنامه اعضای خانواده."
                ),
            },
            "de": {
                "name": "Wohnsitz anmelden",
                "description": (
                    "Wer in Deutschland in eine Wohnung einzieht, muss die Adresse innerhalb von zwei Wochen anmelden. "
                    "Danach bekommen Sie eine Meldebescheinigung. Sie brauchen sie für ein Bankkonto, die Steuer-ID "
                    "und viele weitere Schritte."
                ),
                "eligibility_description": (
                    "Für alle, die in Neustadt wohnen, auch für EU-Bürgerinnen und -Bürger, Geflüchtete und Menschen, "
                    "die bei Freunden oder Familie wohnen."
                ),
                "application_process": (
                    "Kommen Sie vorbei und ziehen Sie am Empfang eine Nummer. Die Anmeldung dauert etwa 15 Minuten. "
                    "Wenn Sie es am Empfang sagen, kann eine Dolmetscherin oder ein Dolmetscher dazukommen."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Reisepass oder Ausweis für jede Person, die Wohnungsgeberbestätigung Ihres Vermieters und, wenn "
                    "vorhanden, Heirats- oder Geburtsurkunden Ihrer Familie."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Residents' Registration Office",
        "slug": "certificates",
        "sites": ["main"],
        "needs": ["residence"],
        "languages": ["de", "en"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Certificates of residence",
                "description": (
                    "Get a new copy of your registration certificate or a certificate of residence, for example for "
                    "your employer, a school, the job centre or an office in your home country."
                ),
                "eligibility_description": "For people who are registered at an address in Neustadt.",
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. You usually get the certificate straight away."
                ),
                "fees_description": (
                    "About 10 euros per certificate; free if you receive citizen's income or social assistance and "
                    "show the decision letter."
                ),
                "what_to_bring": (
                    "Passport or ID. If someone else collects it for you, they need a signed authorisation and a copy "
                    "of your ID."
                ),
            },
            "ar": {
                "name": "شهادات الإقامة والتسجيل",
                "description": (
                    "احصل على نسخة جديدة من شهادة التسجيل أو على شهادة إقامة، مثلًا لصاحب العمل أو المدرسة أو مركز "
                    "العمل أو لدائرة في بلدك الأصلي."
                ),
                "eligibility_description": "للأشخاص المسجّلين على عنوان في نويشتات.",
                "application_process": "تعال وخذ رقمًا من مكتب الاستقبال. عادةً تحصل على الشهادة فورًا.",
                "fees_description": (
                    "نحو 10 يورو للشهادة الواحدة؛ مجانًا إذا كنت تحصل على دخل المواطن أو المساعدة الاجتماعية وأظهرت "
                    "قرار المنح."
                ),
                "what_to_bring": (
                    "جواز السفر أو الهوية. إذا استلمها شخص آخر بدلًا منك، فيلزمه تفويض موقّع منك ونسخة من هويتك."
                ),
            },
            "uk": {
                "name": "Довідки про місце проживання",
                "description": (
                    "Отримайте нову копію довідки про реєстрацію або довідку про місце проживання, наприклад для "
                    "роботодавця, школи, джобцентру чи установи у вашій країні."
                ),
                "eligibility_description": "Для людей, зареєстрованих за адресою в Нойштадті.",
                "application_process": "Приходьте й візьміть талон на рецепції. Зазвичай довідку видають одразу.",
                "fees_description": (
                    "Близько 10 євро за довідку; безкоштовно, якщо ви отримуєте Bürgergeld або соціальну допомогу й "
                    "покажете рішення про виплату."
                ),
                "what_to_bring": (
                    "Паспорт або посвідчення особи. Якщо довідку забирає інша людина, їй потрібна підписана вами "
                    "довіреність і копія вашого документа."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Foreigners' Office",
        "slug": "residence-permit",
        "sites": ["foreigners-office"],
        "needs": ["residence"],
        "languages": ["de", "en"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Residence permit: first application",
                "description": (
                    "Apply for your first residence permit, for example for work, study or family, or after you have "
                    "been granted protection. The office checks your documents and takes your fingerprints and photo "
                    "for the card."
                ),
                "eligibility_description": (
                    "For people from outside the EU who live in Neustadt and need a residence permit."
                ),
                "application_process": (
                    "By appointment only. Book at the welcome desk, by phone or online, and bring the confirmation. If "
                    "your visa is about to expire, apply before it does; your stay then remains legal until the "
                    "decision."
                ),
                "fees_description": (
                    "Usually around 100 euros, paid by card at the office. If you receive benefits, the job centre or "
                    "the social welfare office may cover it; ask us."
                ),
                "what_to_bring": (
                    "Passport, a biometric photo, your registration certificate, proof of health insurance, and "
                    "documents for the purpose of your stay (work contract, university admission, marriage certificate "
                    "or decision from the asylum office)."
                ),
            },
            "ar": {
                "name": "تصريح الإقامة: الطلب الأول",
                "description": (
                    "قدّم طلبك للحصول على أول تصريح إقامة، مثلًا للعمل أو الدراسة أو لمّ الشمل أو بعد حصولك على "
                    "الحماية. يتحقق المكتب من مستنداتك ويأخذ بصماتك وصورتك من أجل البطاقة."
                ),
                "eligibility_description": (
                    "للأشخاص من خارج الاتحاد الأوروبي الذين يعيشون في نويشتات ويحتاجون إلى تصريح إقامة."
                ),
                "application_process": (
                    "بموعد فقط. احجز موعدًا في مكتب الاستقبال أو عبر الهاتف أو الإنترنت، وأحضر تأكيد الموعد. إذا كانت "
                    "تأشيرتك على وشك الانتهاء، فقدّم الطلب قبل انتهائها؛ عندها تبقى إقامتك قانونية حتى صدور القرار."
                ),
                "fees_description": (
                    "عادةً نحو 100 يورو، تُدفع بالبطاقة في المكتب. إذا كنت تحصل على مساعدات، فقد يتحمّل مركز العمل أو "
                    "مكتب الشؤون الاجتماعية التكلفة؛ اسألنا."
                ),
                "what_to_bring": (
                    "جواز السفر، صورة بيومترية، شهادة التسجيل، إثبات التأمين الصحي، ومستندات سبب إقامتك (عقد العمل أو "
                    "قبول الجامعة أو عقد الزواج أو قرار مكتب اللجوء)."
                ),
            },
            "uk": {
                "name": "Дозвіл на проживання: перша заява",
                "description": (
                    "Подайте заяву на свій перший дозвіл на проживання, наприклад для роботи, навчання, возз’єднання "
                    "сім’ї або після надання захисту. Відомство перевіряє документи, знімає відбитки пальців і "
                    "фотографує вас для картки."
                ),
                "eligibility_description": (
                    "Для людей з країн поза ЄС, які живуть у Нойштадті й потребують дозволу на проживання."
                ),
                "application_process": (
                    "Лише за записом. Запишіться на рецепції, телефоном або онлайн і візьміть підтвердження із собою. "
                    "Якщо термін вашої візи спливає, подайте заяву до його закінчення — тоді ваше перебування "
                    "залишається законним до ухвалення рішення."
                ),
                "fees_description": (
                    "Зазвичай близько 100 євро, оплата карткою у відомстві. Якщо ви отримуєте соціальну допомогу, "
                    "витрати може покрити джобцентр або соціальна служба — запитайте нас."
                ),
                "what_to_bring": (
                    "Паспорт, біометричне фото, довідку про реєстрацію, підтвердження медичного страхування та "
                    "документи щодо мети перебування (трудовий договір, зарахування до університету, свідоцтво про "
                    "шлюб або рішення відомства у справах біженців)."
                ),
            },
            "fa": {
                "name": "اجازه اقامت: درخواست نخست",
                "description": (
                    "برای نخستین اجازه اقامت خود درخواست بدهید، مثلاً برای کار، تحصیل، پیوستن به خانواده یا پس از "
                    "دریافت حمایت. اداره مدارک شما را بررسی می‌کند و برای کارت، اثر انگشت و عکس می‌گیرد."
                ),
                "eligibility_description": (
                    "برای افرادی از کشورهای خارج از اتحادیه اروپا که در نویشتات زندگی می‌کنند و به اجازه اقامت نیاز "
                    "دارند."
                ),
                "application_process": (
                    "فقط با وقت قبلی. در میز پذیرش، تلفنی یا آنلاین وقت بگیرید و تأییدیه وقت را همراه بیاورید. اگر "
                    "ویزای شما رو به پایان است، پیش از پایان آن درخواست بدهید؛ در این صورت اقامت شما تا زمان تصمیم "
                    "قانونی می‌ماند."
                ),
                "fees_description": (
                    "معمولاً حدود ۱۰۰ یورو که در اداره با کارت پرداخت می‌شود. اگر کمک‌هزینه دریافت می‌کنید، ممکن است "
                    "جاب‌سنتر یا اداره امور اجتماعی هزینه را بپردازد؛ از ما بپرسید."
                ),
                "what_to_bring": (
                    "گذرنامه، یک عکس بیومتریک، گواهی ثبت نشانی، مدرک بیمه درمانی و مدارک مربوط به هدف اقامت (قرارداد "
                    "کار، پذیرش دانشگاه، عقدنامه یا تصمیم اداره پناهندگی)."
                ),
            },
            "de": {
                "name": "Aufenthaltserlaubnis: Erstantrag",
                "description": (
                    "Beantragen Sie Ihre erste Aufenthaltserlaubnis, zum Beispiel für Arbeit, Studium oder Familie, "
                    "oder nachdem Sie Schutz bekommen haben. Das Amt prüft Ihre Unterlagen und nimmt Fingerabdrücke "
                    "und ein Foto für die Karte auf."
                ),
                "eligibility_description": (
                    "Für Menschen aus Ländern außerhalb der EU, die in Neustadt wohnen und eine Aufenthaltserlaubnis "
                    "brauchen."
                ),
                "application_process": (
                    "Nur mit Termin. Buchen Sie einen Termin am Empfang, telefonisch oder online und bringen Sie die "
                    "Bestätigung mit. Wenn Ihr Visum bald abläuft, stellen Sie den Antrag vorher; dann bleibt Ihr "
                    "Aufenthalt bis zur Entscheidung erlaubt."
                ),
                "fees_description": (
                    "Meist etwa 100 Euro, Zahlung mit Karte im Amt. Wenn Sie Leistungen bekommen, übernimmt eventuell "
                    "das Jobcenter oder das Sozialamt die Kosten; fragen Sie uns."
                ),
                "what_to_bring": (
                    "Reisepass, ein biometrisches Foto, Meldebescheinigung, Nachweis der Krankenversicherung und "
                    "Unterlagen zum Aufenthaltszweck (Arbeitsvertrag, Zulassung der Hochschule, Heiratsurkunde oder "
                    "Bescheid des Bundesamts)."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Foreigners' Office",
        "slug": "permit-extension",
        "sites": ["foreigners-office"],
        "needs": ["residence"],
        "languages": ["de", "en"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Residence permit: extension",
                "description": (
                    "Extend your residence permit before it expires. Apply in good time: the office recommends booking "
                    "six to eight weeks before the expiry date."
                ),
                "eligibility_description": "For people whose residence permit issued in Neustadt will expire soon.",
                "application_process": (
                    "By appointment only. Book at the welcome desk, by phone or online. If you cannot get an "
                    "appointment before your permit expires, send the application form by e-mail or post; the office "
                    "then gives you a certificate that your stay remains legal (Fiktionsbescheinigung)."
                ),
                "fees_description": (
                    "Usually between 60 and 100 euros, depending on how long the permit is valid. Paid by card at the "
                    "office."
                ),
                "what_to_bring": (
                    "Passport, your current residence card, a biometric photo, registration certificate, proof of "
                    "income (payslips or benefit decision), rental contract and proof of health insurance."
                ),
            },
            "ar": {
                "name": "تصريح الإقامة: التمديد",
                "description": (
                    "مدّد تصريح إقامتك قبل انتهائه. قدّم الطلب في وقت مبكر: ينصح المكتب بحجز موعد قبل تاريخ الانتهاء "
                    "بستة إلى ثمانية أسابيع."
                ),
                "eligibility_description": "للأشخاص الذين سينتهي قريبًا تصريح إقامتهم الصادر في نويشتات.",
                "application_process": (
                    "بموعد فقط. احجز في مكتب الاستقبال أو عبر الهاتف أو الإنترنت. إذا لم تحصل على موعد قبل انتهاء "
                    "تصريحك، فأرسل استمارة الطلب بالبريد الإلكتروني أو البريد العادي؛ عندها يعطيك المكتب شهادة بأن "
                    "إقامتك لا تزال قانونية (Fiktionsbescheinigung)."
                ),
                "fees_description": "عادةً بين 60 و100 يورو، حسب مدة صلاحية التصريح. تُدفع بالبطاقة في المكتب.",
                "what_to_bring": (
                    "جواز السفر، بطاقة الإقامة الحالية، صورة بيومترية، شهادة التسجيل، إثبات الدخل (كشوف الراتب أو قرار "
                    "المساعدات)، عقد الإيجار وإثبات التأمين الصحي."
                ),
            },
            "uk": {
                "name": "Дозвіл на проживання: продовження",
                "description": (
                    "Продовжте дозвіл на проживання до закінчення його терміну. Подавайте заяву вчасно: відомство "
                    "радить записуватися за шість–вісім тижнів до дати закінчення."
                ),
                "eligibility_description": (
                    "Для людей, у яких скоро закінчується дозвіл на проживання, виданий у Нойштадті."
                ),
                "application_process": (
                    "Лише за записом. Запишіться на рецепції, телефоном або онлайн. Якщо ви не можете отримати запис "
                    "до закінчення дозволу, надішліть формуляр заяви електронною поштою або поштою — тоді відомство "
                    "видасть вам довідку, що ваше перебування й далі законне (Fiktionsbescheinigung)."
                ),
                "fees_description": (
                    "Зазвичай від 60 до 100 євро, залежно від строку дії дозволу. Оплата карткою у відомстві."
                ),
                "what_to_bring": (
                    "Паспорт, чинну картку дозволу на проживання, біометричне фото, довідку про реєстрацію, "
                    "підтвердження доходу (розрахункові листи або рішення про виплати), договір оренди та "
                    "підтвердження медичного страхування."
                ),
            },
            "fa": {
                "name": "اجازه اقامت: تمدید",
                "description": (
                    "اجازه اقامت خود را پیش از پایان اعتبارش تمدید کنید. به‌موقع اقدام کنید: اداره توصیه می‌کند شش تا "
                    "هشت هفته پیش از تاریخ پایان وقت بگیرید."
                ),
                "eligibility_description": (
                    "برای کسانی که اجازه اقامتشان که در نویشتات صادر شده به‌زودی به پایان می‌رسد."
                ),
                "application_process": (
                    "فقط با وقت قبلی. در میز پذیرش، تلفنی یا آنلاین وقت بگیرید. اگر پیش از پایان اجازه اقامت وقت "
                    "نگرفتید، فرم درخواست را با ایمیل یا پست بفرستید؛ اداره سپس گواهی‌ای به شما می‌دهد که اقامت شما "
                    "همچنان قانونی است (Fiktionsbescheinigung)."
                ),
                "fees_description": "معمولاً بین ۶۰ تا ۱۰۰ یورو، بسته به مدت اعتبار. پرداخت با کارت در اداره.",
                "what_to_bring": (
                    "گذرنامه، کارت اقامت فعلی، یک عکس بیومتریک، گواهی ثبت نشانی، مدرک درآمد (فیش حقوقی یا تصمیم "
                    "کمک‌هزینه)، قرارداد اجاره و مدرک بیمه درمانی."
                ),
            },
            "de": {
                "name": "Aufenthaltserlaubnis: Verlängerung",
                "description": (
                    "Verlängern Sie Ihre Aufenthaltserlaubnis, bevor sie abläuft. Kümmern Sie sich rechtzeitig: Das "
                    "Amt empfiehlt, sechs bis acht Wochen vor dem Ablaufdatum einen Termin zu buchen."
                ),
                "eligibility_description": (
                    "Für Menschen, deren in Neustadt ausgestellte Aufenthaltserlaubnis bald abläuft."
                ),
                "application_process": (
                    "Nur mit Termin. Buchen Sie am Empfang, telefonisch oder online. Wenn Sie vor dem Ablauf keinen "
                    "Termin bekommen, schicken Sie das Antragsformular per E-Mail oder Post; dann bekommen Sie eine "
                    "Fiktionsbescheinigung, die zeigt, dass Ihr Aufenthalt weiter erlaubt ist."
                ),
                "fees_description": (
                    "Meist zwischen 60 und 100 Euro, je nach Gültigkeitsdauer. Zahlung mit Karte im Amt."
                ),
                "what_to_bring": (
                    "Reisepass, Ihre aktuelle Aufenthaltskarte, ein biometrisches Foto, Meldebescheinigung, "
                    "Einkommensnachweise (Gehaltsabrechnungen oder Leistungsbescheid), Mietvertrag und Nachweis der "
                    "Krankenversicherung."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Foreigners' Office",
        "slug": "temporary-protection",
        "sites": ["foreigners-office", "main"],
        "needs": ["residence"],
        "languages": ["de", "en", "uk", "ru"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Temporary protection (Ukraine)",
                "description": (
                    "People who fled the war in Ukraine can get a residence permit for temporary protection. It allows "
                    "you to work, attend language courses and receive benefits."
                ),
                "eligibility_description": (
                    "For Ukrainian citizens and their family members, and for people who had refugee status or "
                    "permanent residence in Ukraine and left because of the war."
                ),
                "application_process": (
                    "By appointment only. Book at the welcome desk. Appointments take place at the foreigners' office "
                    "or, on Thursday afternoons, at the One-Stop-Shop."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Ukrainian passport or ID card (also if expired), birth or marriage certificates for family "
                    "members, registration certificate and a biometric photo."
                ),
            },
            "ar": {
                "name": "الحماية المؤقتة (أوكرانيا)",
                "description": (
                    "يمكن للأشخاص الذين فرّوا من الحرب في أوكرانيا الحصول على تصريح إقامة للحماية المؤقتة. يسمح لك "
                    "بالعمل وحضور دورات اللغة والحصول على المساعدات."
                ),
                "eligibility_description": (
                    "للمواطنين الأوكرانيين وأفراد عائلاتهم، وللأشخاص الذين كان لديهم وضع لاجئ أو إقامة دائمة في "
                    "أوكرانيا وغادروها بسبب الحرب."
                ),
                "application_process": (
                    "بموعد فقط. احجز في مكتب الاستقبال. تُعقد المواعيد في مكتب الأجانب، أو بعد ظهر يوم الخميس في "
                    "المركز الموحد (One-Stop-Shop)."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر الأوكراني أو بطاقة الهوية (حتى لو كانت منتهية الصلاحية)، شهادات الميلاد أو الزواج "
                    "لأفراد العائلة، شهادة التسجيل وصورة بيومترية."
                ),
            },
            "uk": {
                "name": "Тимчасовий захист (Україна)",
                "description": (
                    "Люди, які втекли від війни в Україні, можуть отримати дозвіл на проживання з тимчасовим захистом. "
                    "Він дає право працювати, відвідувати мовні курси й отримувати соціальну допомогу."
                ),
                "eligibility_description": (
                    "Для громадян України та членів їхніх родин, а також для людей, які мали статус біженця або "
                    "посвідку на постійне проживання в Україні й виїхали через війну."
                ),
                "application_process": (
                    "Лише за записом. Запишіться на рецепції. Прийом відбувається у відомстві у справах іноземців або "
                    "в четвер після обіду в One-Stop-Shop."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Український паспорт або ID-картку (також прострочені), свідоцтва про народження чи шлюб членів "
                    "родини, довідку про реєстрацію та біометричне фото."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Foreigners' Office",
        "slug": "family-reunification",
        "sites": ["foreigners-office"],
        "needs": ["residence", "family"],
        "languages": ["de", "en"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Family reunification",
                "description": (
                    "Advice and applications when your husband, wife or children want to join you in Neustadt. The "
                    "foreigners' office checks the conditions and works with the German embassy that issues the visa."
                ),
                "eligibility_description": (
                    "For people with a residence permit or protection status in Neustadt whose close family lives "
                    "abroad."
                ),
                "application_process": (
                    "By appointment only. Book at the welcome desk, by phone or online. If you were granted refugee "
                    "protection, contact us within three months of the decision: the conditions are easier during that "
                    "period."
                ),
                "fees_description": "The advice is free. The embassy charges a visa fee, usually 75 euros per adult.",
                "what_to_bring": (
                    "Passport, residence card, marriage and birth certificates (with translations), rental contract "
                    "showing the size of the flat, and proof of income."
                ),
            },
            "ar": {
                "name": "لمّ شمل الأسرة",
                "description": (
                    "استشارات وطلبات عندما يريد زوجك أو زوجتك أو أطفالك اللحاق بك إلى نويشتات. يتحقق مكتب الأجانب من "
                    "الشروط ويتعاون مع السفارة الألمانية التي تصدر التأشيرة."
                ),
                "eligibility_description": (
                    "للأشخاص الحاصلين على تصريح إقامة أو وضع حماية في نويشتات وتعيش عائلتهم المقرّبة في الخارج."
                ),
                "application_process": (
                    "بموعد فقط. احجز في مكتب الاستقبال أو عبر الهاتف أو الإنترنت. إذا حصلت على الحماية كلاجئ، فتواصل "
                    "معنا خلال ثلاثة أشهر من القرار: الشروط أسهل في هذه الفترة."
                ),
                "fees_description": "الاستشارة مجانية. تتقاضى السفارة رسوم تأشيرة تبلغ عادةً 75 يورو للبالغ.",
                "what_to_bring": (
                    "جواز السفر، بطاقة الإقامة، شهادات الزواج والميلاد (مع الترجمة)، عقد الإيجار الذي يبيّن مساحة "
                    "المسكن، وإثبات الدخل."
                ),
            },
            "uk": {
                "name": "Возз’єднання сім’ї",
                "description": (
                    "Консультації та заяви, коли ваш чоловік чи дружина або діти хочуть приїхати до вас у Нойштадт. "
                    "Відомство у справах іноземців перевіряє умови й співпрацює з посольством Німеччини, яке видає "
                    "візу."
                ),
                "eligibility_description": (
                    "Для людей із дозволом на проживання або статусом захисту в Нойштадті, чия найближча родина живе "
                    "за кордоном."
                ),
                "application_process": (
                    "Лише за записом. Запишіться на рецепції, телефоном або онлайн. Якщо вам надали статус біженця, "
                    "зверніться до нас протягом трьох місяців після рішення: у цей період умови легші."
                ),
                "fees_description": (
                    "Консультація безкоштовна. Посольство стягує візовий збір, зазвичай 75 євро з дорослого."
                ),
                "what_to_bring": (
                    "Паспорт, картку дозволу на проживання, свідоцтва про шлюб і народження (з перекладом), договір "
                    "оренди із зазначеною площею житла та підтвердження доходу."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Foreigners' Office",
        "slug": "settlement-permit",
        "sites": ["foreigners-office"],
        "needs": ["residence"],
        "languages": ["de", "en"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Permanent residence (settlement permit)",
                "description": (
                    "A settlement permit lets you stay in Germany without a time limit. The office checks how long you "
                    "have lived here, your level of German, your income and your pension contributions."
                ),
                "eligibility_description": (
                    "Usually after five years with a residence permit; earlier for some groups, for example skilled "
                    "workers or refugees with very good German."
                ),
                "application_process": (
                    "By appointment only. Book at the welcome desk, by phone or online. Ask us first to check whether "
                    "you meet the conditions."
                ),
                "fees_description": "About 113 euros, paid by card at the office.",
                "what_to_bring": (
                    "Passport, residence card, biometric photo, German certificate (B1), 'Life in Germany' test "
                    "certificate, employment contract and last six payslips, pension statement and rental contract."
                ),
            },
            "ar": {
                "name": "الإقامة الدائمة (تصريح الاستقرار)",
                "description": (
                    "يسمح لك تصريح الاستقرار بالبقاء في ألمانيا دون حدّ زمني. يتحقق المكتب من مدة إقامتك هنا ومستواك "
                    "في اللغة الألمانية ودخلك واشتراكاتك في التقاعد."
                ),
                "eligibility_description": (
                    "عادةً بعد خمس سنوات من الإقامة بتصريح؛ وفي وقت أبكر لبعض الفئات، مثل العمال المهرة أو اللاجئين "
                    "الذين يتقنون الألمانية جيدًا جدًا."
                ),
                "application_process": (
                    "بموعد فقط. احجز في مكتب الاستقبال أو عبر الهاتف أو الإنترنت. اسألنا أولًا لنتحقق مما إذا كنت "
                    "تستوفي الشروط."
                ),
                "fees_description": "نحو 113 يورو، تُدفع بالبطاقة في المكتب.",
                "what_to_bring": (
                    "جواز السفر، بطاقة الإقامة، صورة بيومترية، شهادة اللغة الألمانية (B1)، شهادة اختبار «الحياة في "
                    "ألمانيا»، عقد العمل وآخر ستة كشوف رواتب، كشف التقاعد وعقد الإيجار."
                ),
            },
            "uk": {
                "name": "Постійне проживання (дозвіл на поселення)",
                "description": (
                    "Дозвіл на поселення дає змогу жити в Німеччині без обмеження строку. Відомство перевіряє, скільки "
                    "часу ви тут живете, ваш рівень німецької, дохід і пенсійні внески."
                ),
                "eligibility_description": (
                    "Зазвичай після п’яти років із дозволом на проживання; раніше — для деяких груп, наприклад "
                    "кваліфікованих працівників або біженців із дуже добрим рівнем німецької."
                ),
                "application_process": (
                    "Лише за записом. Запишіться на рецепції, телефоном або онлайн. Спершу зверніться до нас, щоб "
                    "перевірити, чи ви відповідаєте умовам."
                ),
                "fees_description": "Близько 113 євро, оплата карткою у відомстві.",
                "what_to_bring": (
                    "Паспорт, картку дозволу на проживання, біометричне фото, сертифікат з німецької (B1), сертифікат "
                    "тесту «Життя в Німеччині», трудовий договір і шість останніх розрахункових листів, пенсійну "
                    "виписку та договір оренди."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Foreigners' Office",
        "slug": "work-permission",
        "sites": ["foreigners-office"],
        "needs": ["residence", "work"],
        "languages": ["de", "en"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Permission to work",
                "description": (
                    "If your residence document says that work is not allowed or needs permission, the foreigners' "
                    "office can allow a specific job. It often has to ask the Federal Employment Agency, which can "
                    "take up to two weeks."
                ),
                "eligibility_description": (
                    "For asylum seekers, people with a tolerated stay (Duldung) and others whose papers restrict work."
                ),
                "application_process": (
                    "By appointment only. Book at the welcome desk, by phone or online. Bring a concrete job offer; "
                    "without one the office cannot decide."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or arrival document, your current residence document, and the job offer filled in by the "
                    "employer (form 'Stellenbeschreibung')."
                ),
            },
            "ar": {
                "name": "إذن العمل",
                "description": (
                    "إذا كانت وثيقة إقامتك تقول إن العمل غير مسموح أو يحتاج إلى إذن، يمكن لمكتب الأجانب أن يسمح بوظيفة "
                    "محددة. غالبًا ما يجب عليه سؤال الوكالة الاتحادية للعمل، وقد يستغرق ذلك حتى أسبوعين."
                ),
                "eligibility_description": (
                    "لطالبي اللجوء والأشخاص الحاصلين على إقامة تسامح (Duldung) وغيرهم ممن تقيّد أوراقهم العمل."
                ),
                "application_process": (
                    "بموعد فقط. احجز في مكتب الاستقبال أو عبر الهاتف أو الإنترنت. أحضر عرض عمل محددًا؛ بدونه لا يستطيع "
                    "المكتب أن يقرر."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر أو وثيقة الوصول، وثيقة الإقامة الحالية، وعرض العمل الذي ملأه صاحب العمل (استمارة "
                    "«Stellenbeschreibung»)."
                ),
            },
            "uk": {
                "name": "Дозвіл на роботу",
                "description": (
                    "Якщо у вашому документі про перебування написано, що працювати не можна або потрібен дозвіл, "
                    "відомство у справах іноземців може дозволити конкретну роботу. Часто воно має запитати Федеральне "
                    "агентство зайнятості, що може тривати до двох тижнів."
                ),
                "eligibility_description": (
                    "Для шукачів притулку, людей із толерованим перебуванням (Duldung) та інших, чиї документи "
                    "обмежують право на роботу."
                ),
                "application_process": (
                    "Лише за записом. Запишіться на рецепції, телефоном або онлайн. Візьміть конкретну пропозицію "
                    "роботи — без неї відомство не може ухвалити рішення."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорт або документ про прибуття, чинний документ про перебування та пропозицію роботи, "
                    "заповнену роботодавцем (формуляр «Stellenbeschreibung»)."
                ),
            },
        },
    },
    {
        "organisation": "Job Centre Neustadt",
        "slug": "job-search",
        "sites": ["main"],
        "needs": ["work"],
        "languages": ["de", "en", "tr", "ar"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Job search and counselling",
                "description": (
                    "A job counsellor helps you find work that fits your skills: looking at job offers together, "
                    "writing a CV and application in German, and preparing for interviews."
                ),
                "eligibility_description": (
                    "For people who are allowed to work in Germany, whether or not they receive benefits."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk for a first talk. Follow-up meetings are by "
                    "appointment with your own counsellor."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or ID, residence document, CV if you have one, and school, training or work certificates "
                    "(copies are fine)."
                ),
            },
            "ar": {
                "name": "البحث عن عمل والاستشارة المهنية",
                "description": (
                    "يساعدك مستشار العمل في إيجاد عمل يناسب مهاراتك: تصفّح عروض العمل معًا، كتابة السيرة الذاتية وطلب "
                    "التوظيف بالألمانية، والتحضير لمقابلات العمل."
                ),
                "eligibility_description": (
                    "للأشخاص المسموح لهم بالعمل في ألمانيا، سواء كانوا يحصلون على مساعدات أم لا."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال لمحادثة أولى. اللقاءات التالية بموعد مع مستشارك الخاص."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة، السيرة الذاتية إن وُجدت، وشهادات المدرسة أو التدريب أو العمل "
                    "(النسخ مقبولة)."
                ),
            },
            "uk": {
                "name": "Пошук роботи та консультації",
                "description": (
                    "Консультант із працевлаштування допоможе знайти роботу відповідно до ваших навичок: разом "
                    "переглянете вакансії, напишете резюме й заявку німецькою та підготуєтеся до співбесіди."
                ),
                "eligibility_description": (
                    "Для людей, яким дозволено працювати в Німеччині, незалежно від того, чи отримують вони соціальну "
                    "допомогу."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції для першої розмови. Наступні зустрічі — за записом у "
                    "вашого особистого консультанта."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, резюме (якщо є) та шкільні, професійні "
                    "чи робочі свідоцтва (можна копії)."
                ),
            },
            "fa": {
                "name": "کاریابی و مشاوره شغلی",
                "description": (
                    "یک مشاور شغلی به شما کمک می‌کند کاری متناسب با مهارت‌هایتان پیدا کنید: با هم آگهی‌های کار را "
                    "بررسی می‌کنید، رزومه و درخواست کار به آلمانی می‌نویسید و برای مصاحبه آماده می‌شوید."
                ),
                "eligibility_description": "برای کسانی که اجازه کار در آلمان دارند، چه کمک‌هزینه دریافت کنند چه نه.",
                "application_process": (
                    "بیایید و برای گفتگوی اول از میز پذیرش شماره بگیرید. جلسات بعدی با وقت قبلی نزد مشاور خودتان است."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": (
                    "گذرنامه یا کارت شناسایی، مدرک اقامت، رزومه اگر دارید، و مدارک مدرسه، آموزش حرفه‌ای یا کار (کپی "
                    "کافی است)."
                ),
            },
            "de": {
                "name": "Arbeitssuche und Beratung",
                "description": (
                    "Eine Arbeitsberaterin oder ein Arbeitsberater hilft Ihnen, Arbeit zu finden, die zu Ihren "
                    "Fähigkeiten passt: gemeinsam Stellenangebote ansehen, Lebenslauf und Bewerbung auf Deutsch "
                    "schreiben und Vorstellungsgespräche üben."
                ),
                "eligibility_description": (
                    "Für Menschen, die in Deutschland arbeiten dürfen, egal ob sie Leistungen bekommen oder nicht."
                ),
                "application_process": (
                    "Kommen Sie vorbei und ziehen Sie am Empfang eine Nummer für ein erstes Gespräch. Weitere "
                    "Gespräche finden mit Termin bei Ihrer festen Beratungsperson statt."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Reisepass oder Ausweis, Aufenthaltsdokument, Lebenslauf (wenn vorhanden) und Schul-, Ausbildungs- "
                    "oder Arbeitszeugnisse (Kopien reichen)."
                ),
            },
        },
    },
    {
        "organisation": "Job Centre Neustadt",
        "slug": "recognition",
        "sites": ["main"],
        "needs": ["work", "education"],
        "languages": ["de", "en", "ar", "ru", "tr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Recognition of foreign qualifications",
                "description": (
                    "Find out whether your degree or vocational qualification can be recognised in Germany, which "
                    "office decides, and how to apply. For some jobs, such as nurse, doctor or teacher, recognition is "
                    "required."
                ),
                "eligibility_description": (
                    "For everyone with a school, university or vocational qualification from abroad, also if you are "
                    "still abroad."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. The advisor helps you choose the right office and "
                    "fill in the application; we also check whether the costs can be covered."
                ),
                "fees_description": (
                    "The advice is free. The recognition procedure itself usually costs 100 to 600 euros; the job "
                    "centre or a recognition grant can often pay for it."
                ),
                "what_to_bring": (
                    "Your certificates and transcripts (originals or copies), translations if you have them, CV and "
                    "passport or ID."
                ),
            },
            "ar": {
                "name": "الاعتراف بالمؤهلات الأجنبية",
                "description": (
                    "اعرف إن كان من الممكن الاعتراف بشهادتك الجامعية أو المهنية في ألمانيا، وأي جهة تقرر ذلك، وكيف "
                    "تقدّم الطلب. لبعض المهن، مثل التمريض والطب والتعليم، الاعتراف شرط أساسي."
                ),
                "eligibility_description": (
                    "لكل من لديه شهادة مدرسية أو جامعية أو مهنية من الخارج، حتى لو كنت لا تزال في الخارج."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. يساعدك المستشار في اختيار الجهة المناسبة وملء الطلب، ونتحقق "
                    "أيضًا من إمكانية تغطية التكاليف."
                ),
                "fees_description": (
                    "الاستشارة مجانية. إجراء الاعتراف نفسه يكلّف عادةً بين 100 و600 يورو؛ وغالبًا ما يمكن لمركز العمل "
                    "أو منحة الاعتراف تغطيتها."
                ),
                "what_to_bring": (
                    "شهاداتك وكشوف الدرجات (الأصل أو نسخ)، والترجمات إن وُجدت، والسيرة الذاتية وجواز السفر أو الهوية."
                ),
            },
            "uk": {
                "name": "Визнання іноземних кваліфікацій",
                "description": (
                    "Дізнайтеся, чи можна визнати ваш диплом або професійну кваліфікацію в Німеччині, яка установа "
                    "ухвалює рішення і як подати заяву. Для деяких професій, як-от медсестра, лікар чи вчитель, "
                    "визнання обов’язкове."
                ),
                "eligibility_description": (
                    "Для всіх, хто має шкільний, університетський або професійний документ про освіту з-за кордону, "
                    "навіть якщо ви ще за кордоном."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Консультант допоможе обрати потрібну установу й заповнити "
                    "заяву; ми також перевіримо, чи можна покрити витрати."
                ),
                "fees_description": (
                    "Консультація безкоштовна. Сама процедура визнання зазвичай коштує від 100 до 600 євро; часто її "
                    "може оплатити джобцентр або грант на визнання."
                ),
                "what_to_bring": (
                    "Ваші дипломи та додатки з оцінками (оригінали або копії), переклади (якщо є), резюме та паспорт "
                    "або посвідчення особи."
                ),
            },
            "fa": {
                "name": "به رسمیت شناختن مدارک خارجی",
                "description": (
                    "بدانید آیا مدرک دانشگاهی یا حرفه‌ای شما در آلمان به رسمیت شناخته می‌شود، کدام اداره تصمیم می‌گیرد "
                    "و چگونه درخواست بدهید. برای برخی مشاغل مانند پرستاری، پزشکی یا معلمی، به رسمیت شناختن الزامی است."
                ),
                "eligibility_description": (
                    "برای همه کسانی که مدرک مدرسه، دانشگاه یا آموزش حرفه‌ای از خارج دارند، حتی اگر هنوز خارج از آلمان "
                    "هستید."
                ),
                "application_process": (
                    "بیایید و از میز پذیرش شماره بگیرید. مشاور به شما کمک می‌کند اداره درست را انتخاب کنید و فرم "
                    "درخواست را پر کنید؛ همچنین بررسی می‌کنیم که آیا هزینه‌ها قابل پوشش هستند."
                ),
                "fees_description": (
                    "مشاوره رایگان است. خود روند به رسمیت شناختن معمولاً ۱۰۰ تا ۶۰۰ یورو هزینه دارد؛ اغلب جاب‌سنتر یا "
                    "کمک‌هزینه ویژه می‌تواند آن را بپردازد."
                ),
                "what_to_bring": "مدارک و ریز نمرات (اصل یا کپی)، ترجمه‌ها اگر دارید، رزومه و گذرنامه یا کارت شناسایی.",
            },
            "de": {
                "name": "Anerkennung ausländischer Abschlüsse",
                "description": (
                    "Erfahren Sie, ob Ihr Studien- oder Berufsabschluss in Deutschland anerkannt werden kann, welche "
                    "Stelle entscheidet und wie Sie den Antrag stellen. Für manche Berufe, zum Beispiel Pflege, "
                    "Medizin oder Lehramt, ist die Anerkennung Pflicht."
                ),
                "eligibility_description": (
                    "Für alle mit einem Schul-, Studien- oder Berufsabschluss aus dem Ausland, auch wenn Sie noch im "
                    "Ausland sind."
                ),
                "application_process": (
                    "Kommen Sie vorbei und ziehen Sie am Empfang eine Nummer. Die Beratung hilft Ihnen, die richtige "
                    "Stelle zu finden und den Antrag auszufüllen; wir prüfen auch, ob die Kosten übernommen werden "
                    "können."
                ),
                "fees_description": (
                    "Die Beratung ist kostenlos. Das Anerkennungsverfahren kostet meist 100 bis 600 Euro; oft zahlt "
                    "das Jobcenter oder ein Anerkennungszuschuss."
                ),
                "what_to_bring": (
                    "Ihre Zeugnisse und Fächerlisten (Original oder Kopie), Übersetzungen (wenn vorhanden), Lebenslauf "
                    "und Reisepass oder Ausweis."
                ),
            },
        },
    },
    {
        "organisation": "Job Centre Neustadt",
        "slug": "citizens-income",
        "sites": ["main"],
        "needs": ["money"],
        "languages": ["de", "en", "tr", "ar", "uk"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Citizen's income (Bürgergeld)",
                "description": (
                    "Citizen's income pays for living costs, rent and heating if you cannot live on your own income. "
                    "While you receive it, the job centre also pays your health insurance."
                ),
                "eligibility_description": (
                    "For people aged 15 up to retirement age who can work, live in Neustadt and do not have enough "
                    "money, including people with temporary protection and recognised refugees. Asylum seekers receive "
                    "benefits from the social welfare office instead."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk to hand in your application, or apply online at "
                    "jobcenter.digital. Benefits are paid from the month you apply, so apply early."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or ID, residence document, registration certificate, rental contract, bank account "
                    "details (IBAN), and proof of any income or savings."
                ),
            },
            "ar": {
                "name": "دخل المواطن (Bürgergeld)",
                "description": (
                    "يغطي دخل المواطن تكاليف المعيشة والإيجار والتدفئة إذا لم تستطع العيش من دخلك الخاص. وخلال فترة "
                    "حصولك عليه يدفع مركز العمل أيضًا تأمينك الصحي."
                ),
                "eligibility_description": (
                    "للأشخاص من سن 15 حتى سن التقاعد القادرين على العمل، الذين يعيشون في نويشتات وليس لديهم ما يكفي من "
                    "المال، بما في ذلك الحاصلون على الحماية المؤقتة واللاجئون المعترف بهم. أما طالبو اللجوء فيحصلون "
                    "على المساعدات من مكتب الشؤون الاجتماعية."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال لتسليم طلبك، أو قدّم الطلب عبر الإنترنت على jobcenter.digital. "
                    "تُدفع المساعدات ابتداءً من شهر تقديم الطلب، لذا قدّمه مبكرًا."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة، شهادة التسجيل، عقد الإيجار، بيانات الحساب البنكي (IBAN)، "
                    "وإثبات أي دخل أو مدخرات."
                ),
            },
            "uk": {
                "name": "Громадянський дохід (Bürgergeld)",
                "description": (
                    "Bürgergeld покриває витрати на життя, оренду й опалення, якщо ви не можете жити на власний дохід. "
                    "Поки ви його отримуєте, джобцентр також сплачує ваше медичне страхування."
                ),
                "eligibility_description": (
                    "Для працездатних людей віком від 15 років до пенсійного віку, які живуть у Нойштадті й не мають "
                    "достатньо коштів, зокрема для людей із тимчасовим захистом і визнаних біженців. Шукачі притулку "
                    "натомість отримують допомогу від соціальної служби."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції, щоб подати заяву, або подайте її онлайн на "
                    "jobcenter.digital. Виплати нараховуються з місяця подання заяви, тож подавайте її якомога раніше."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, довідку про реєстрацію, договір оренди, "
                    "банківські реквізити (IBAN) і підтвердження будь-яких доходів чи заощаджень."
                ),
            },
        },
    },
    {
        "organisation": "Job Centre Neustadt",
        "slug": "vocational-training",
        "sites": ["main"],
        "needs": ["work", "education"],
        "languages": ["de", "en", "ar", "tr"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Apprenticeships and vocational training",
                "description": (
                    "Careers advice for young people and adults who want to learn a profession in Germany: which "
                    "apprenticeships exist, how training in a vocational school and a company works, and which support "
                    "is available during training."
                ),
                "eligibility_description": (
                    "For people up to about 35 who are allowed to work or train in Germany. People with a tolerated "
                    "stay (Duldung) may be able to stay for the duration of the training."
                ),
                "application_process": (
                    "By appointment. Book at the welcome desk or by phone; a careers advisor meets you at the "
                    "One-Stop-Shop."
                ),
                "fees_description": (
                    "Free of charge. During an apprenticeship you earn a salary, and you may get extra support such as "
                    "the vocational training allowance (BAB)."
                ),
                "what_to_bring": "Passport or ID, residence document, school certificates and CV if you have them.",
            },
            "ar": {
                "name": "التدريب المهني (Ausbildung)",
                "description": (
                    "إرشاد مهني للشباب والبالغين الذين يريدون تعلّم مهنة في ألمانيا: ما أنواع التدريب المهني الموجودة، "
                    "وكيف يجري التدريب بين المدرسة المهنية والشركة، وما الدعم المتاح خلال التدريب."
                ),
                "eligibility_description": (
                    "للأشخاص حتى سن 35 تقريبًا المسموح لهم بالعمل أو التدريب في ألمانيا. قد يتمكن الحاصلون على إقامة "
                    "تسامح (Duldung) من البقاء طوال فترة التدريب."
                ),
                "application_process": (
                    "بموعد. احجز في مكتب الاستقبال أو عبر الهاتف؛ يقابلك مستشار مهني في المركز الموحد (One-Stop-Shop)."
                ),
                "fees_description": (
                    "مجانًا. خلال التدريب المهني تحصل على راتب، وقد تحصل على دعم إضافي مثل منحة التدريب المهني (BAB)."
                ),
                "what_to_bring": "جواز السفر أو الهوية، وثيقة الإقامة، الشهادات المدرسية والسيرة الذاتية إن وُجدت.",
            },
            "uk": {
                "name": "Професійне навчання (Ausbildung)",
                "description": (
                    "Профорієнтаційні консультації для молоді та дорослих, які хочуть здобути професію в Німеччині: "
                    "які є програми професійного навчання, як поєднується навчання в профшколі та на підприємстві і "
                    "яка підтримка доступна під час навчання."
                ),
                "eligibility_description": (
                    "Для людей віком приблизно до 35 років, яким дозволено працювати або навчатися в Німеччині. Люди з "
                    "толерованим перебуванням (Duldung) можуть мати змогу залишитися на весь час навчання."
                ),
                "application_process": (
                    "За записом. Запишіться на рецепції або телефоном; консультант із профорієнтації зустрінеться з "
                    "вами в One-Stop-Shop."
                ),
                "fees_description": (
                    "Безкоштовно. Під час Ausbildung ви отримуєте зарплату, а також можете отримати додаткову "
                    "підтримку, наприклад допомогу на професійне навчання (BAB)."
                ),
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, шкільні свідоцтва та резюме, якщо є."
                ),
            },
        },
    },
    {
        "organisation": "Job Centre Neustadt",
        "slug": "job-language-course",
        "sites": ["main", "adult-education"],
        "needs": ["language", "work"],
        "languages": ["de", "en"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "German for work (job-related language courses)",
                "description": (
                    "Job-related German courses (DeuFöV) from level B1 upwards, some for specific fields such as care, "
                    "retail or the trades. They teach the language you need at work and end with an exam."
                ),
                "eligibility_description": (
                    "For people who have finished an integration course or already have B1, and who are looking for "
                    "work, in training or employed."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk; the job counsellor issues an entitlement, and the "
                    "Adult Education Centre places you in a course."
                ),
                "fees_description": (
                    "Free for most participants. Employed people with a higher income pay half the course fee."
                ),
                "what_to_bring": (
                    "Passport or ID, residence document, your most recent German certificate and, if you have one, the "
                    "letter from the job centre."
                ),
            },
            "ar": {
                "name": "الألمانية للعمل (دورات لغة مهنية)",
                "description": (
                    "دورات ألمانية مرتبطة بالعمل (DeuFöV) من المستوى B1 فما فوق، بعضها لمجالات محددة مثل الرعاية أو "
                    "التجارة أو الحِرف. تعلّمك اللغة التي تحتاجها في العمل وتنتهي بامتحان."
                ),
                "eligibility_description": (
                    "للأشخاص الذين أنهوا دورة الاندماج أو لديهم مستوى B1، ويبحثون عن عمل أو في تدريب مهني أو يعملون."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال؛ يصدر لك مستشار العمل إذنًا بالمشاركة، ويضعك مركز تعليم الكبار "
                    "في دورة مناسبة."
                ),
                "fees_description": "مجانًا لمعظم المشاركين. يدفع العاملون ذوو الدخل المرتفع نصف رسوم الدورة.",
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة، آخر شهادة لغة ألمانية لديك، ورسالة مركز العمل إن وُجدت."
                ),
            },
            "uk": {
                "name": "Німецька для роботи (професійні мовні курси)",
                "description": (
                    "Професійні курси німецької (DeuFöV) від рівня B1, деякі — для окремих галузей, як-от догляд, "
                    "торгівля чи ремесла. Вони навчають мови, потрібної на роботі, і завершуються іспитом."
                ),
                "eligibility_description": (
                    "Для людей, які завершили інтеграційний курс або вже мають рівень B1 і шукають роботу, навчаються "
                    "професії чи працюють."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції; консультант джобцентру видасть направлення, а Центр "
                    "освіти дорослих підбере вам курс."
                ),
                "fees_description": (
                    "Безкоштовно для більшості учасників. Працюючі з вищим доходом сплачують половину вартості курсу."
                ),
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, останній сертифікат з німецької та, якщо "
                    "є, лист від джобцентру."
                ),
            },
        },
    },
    {
        "organisation": "Regional Health Office",
        "slug": "health-insurance",
        "sites": ["main"],
        "needs": ["health"],
        "languages": ["de", "en", "ar", "uk", "tr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Health insurance advice",
                "description": (
                    "Everyone in Germany must have health insurance. We explain which insurance applies to you, how to "
                    "join a public health insurance fund, and what to do if you have no insurance or owe money to a "
                    "fund."
                ),
                "eligibility_description": (
                    "For everyone living in Neustadt, including EU citizens, students, self-employed people and people "
                    "without papers (anonymous advice is possible)."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. You do not have to give your name if you only want "
                    "general advice."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "If you have them: passport or ID, residence document, insurance card or letters from a health "
                    "insurance fund, and your employment contract."
                ),
            },
            "ar": {
                "name": "استشارات التأمين الصحي",
                "description": (
                    "يجب أن يكون لدى كل شخص في ألمانيا تأمين صحي. نشرح لك أي تأمين ينطبق عليك، وكيف تنضم إلى صندوق "
                    "تأمين صحي حكومي، وماذا تفعل إذا لم يكن لديك تأمين أو كانت عليك ديون لصندوق التأمين."
                ),
                "eligibility_description": (
                    "لكل من يعيش في نويشتات، بما في ذلك مواطنو الاتحاد الأوروبي والطلاب وأصحاب الأعمال الحرة والأشخاص "
                    "بلا أوراق (يمكن تقديم الاستشارة دون ذكر الاسم)."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. لا يلزمك ذكر اسمك إذا كنت تريد استشارة عامة فقط."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "إن وُجدت: جواز السفر أو الهوية، وثيقة الإقامة، بطاقة التأمين أو رسائل صندوق التأمين الصحي، وعقد "
                    "العمل."
                ),
            },
            "uk": {
                "name": "Консультації з медичного страхування",
                "description": (
                    "Кожен у Німеччині повинен мати медичне страхування. Ми пояснимо, яке страхування стосується вас, "
                    "як вступити до державної лікарняної каси і що робити, якщо у вас немає страховки або є борги "
                    "перед касою."
                ),
                "eligibility_description": (
                    "Для всіх, хто живе в Нойштадті, зокрема громадян ЄС, студентів, самозайнятих і людей без "
                    "документів (можлива анонімна консультація)."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Якщо вам потрібна лише загальна порада, називати своє "
                    "ім’я не обов’язково."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Якщо маєте: паспорт або посвідчення особи, документ про перебування, страхову картку або листи "
                    "від лікарняної каси та трудовий договір."
                ),
            },
            "fa": {
                "name": "مشاوره بیمه درمانی",
                "description": (
                    "همه در آلمان باید بیمه درمانی داشته باشند. توضیح می‌دهیم کدام بیمه شامل حال شماست، چگونه عضو یک "
                    "صندوق بیمه درمانی دولتی شوید و اگر بیمه ندارید یا به صندوق بدهکارید چه کنید."
                ),
                "eligibility_description": (
                    "برای همه کسانی که در نویشتات زندگی می‌کنند، از جمله شهروندان اتحادیه اروپا، دانشجویان، افراد "
                    "خویش‌فرما و افراد بدون مدرک (مشاوره بدون ذکر نام ممکن است)."
                ),
                "application_process": (
                    "بیایید و از میز پذیرش شماره بگیرید. اگر فقط مشاوره عمومی می‌خواهید، لازم نیست نام خود را بگویید."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": (
                    "اگر دارید: گذرنامه یا کارت شناسایی، مدرک اقامت، کارت بیمه یا نامه‌های صندوق بیمه درمانی و قرارداد "
                    "کار."
                ),
            },
            "de": {
                "name": "Beratung zur Krankenversicherung",
                "description": (
                    "In Deutschland muss jede Person krankenversichert sein. Wir erklären, welche Versicherung für Sie "
                    "gilt, wie Sie Mitglied einer gesetzlichen Krankenkasse werden und was Sie tun können, wenn Sie "
                    "keine Versicherung oder Schulden bei einer Kasse haben."
                ),
                "eligibility_description": (
                    "Für alle, die in Neustadt leben, auch für EU-Bürgerinnen und -Bürger, Studierende, Selbstständige "
                    "und Menschen ohne Papiere (anonyme Beratung ist möglich)."
                ),
                "application_process": (
                    "Kommen Sie vorbei und ziehen Sie am Empfang eine Nummer. Wenn Sie nur eine allgemeine Auskunft "
                    "möchten, müssen Sie Ihren Namen nicht nennen."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Wenn vorhanden: Reisepass oder Ausweis, Aufenthaltsdokument, Versichertenkarte oder Briefe der "
                    "Krankenkasse und Ihren Arbeitsvertrag."
                ),
            },
        },
    },
    {
        "organisation": "Regional Health Office",
        "slug": "vaccinations",
        "sites": ["main"],
        "needs": ["health", "family"],
        "languages": ["de", "en", "ar", "uk", "ru"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Vaccinations for children and adults",
                "description": (
                    "The health office checks your vaccination record and gives the recommended vaccinations, for "
                    "example against measles, tetanus or polio. Measles vaccination is required for children in "
                    "daycare and school."
                ),
                "eligibility_description": "For children and adults living in Neustadt, also without health insurance.",
                "application_process": (
                    "Walk in on Wednesday mornings and take a ticket at the welcome desk; at other times ask there for "
                    "an appointment."
                ),
                "fees_description": "Free of charge for recommended vaccinations.",
                "what_to_bring": (
                    "Vaccination records from your home country or a yellow vaccination booklet if you have them, your "
                    "health insurance card if you have one, and ID."
                ),
            },
            "ar": {
                "name": "التطعيمات للأطفال والبالغين",
                "description": (
                    "يفحص مكتب الصحة سجل تطعيماتك ويعطيك التطعيمات الموصى بها، مثلًا ضد الحصبة أو الكزاز أو شلل "
                    "الأطفال. تطعيم الحصبة إلزامي للأطفال في الحضانة والمدرسة."
                ),
                "eligibility_description": "للأطفال والبالغين الذين يعيشون في نويشتات، حتى بدون تأمين صحي.",
                "application_process": (
                    "تعال صباح يوم الأربعاء وخذ رقمًا من مكتب الاستقبال؛ وفي الأوقات الأخرى اطلب موعدًا هناك."
                ),
                "fees_description": "مجانًا للتطعيمات الموصى بها.",
                "what_to_bring": (
                    "سجلات التطعيم من بلدك أو دفتر التطعيم الأصفر إن وُجد، بطاقة التأمين الصحي إن وُجدت، والهوية."
                ),
            },
            "uk": {
                "name": "Щеплення для дітей і дорослих",
                "description": (
                    "Відомство охорони здоров’я перевіряє ваші щеплення та робить рекомендовані, наприклад проти кору, "
                    "правця чи поліомієліту. Щеплення від кору обов’язкове для дітей у дитсадку та школі."
                ),
                "eligibility_description": (
                    "Для дітей і дорослих, які живуть у Нойштадті, також без медичного страхування."
                ),
                "application_process": (
                    "Приходьте в середу зранку й візьміть талон на рецепції; в інший час попросіть там записати вас на "
                    "прийом."
                ),
                "fees_description": "Рекомендовані щеплення безкоштовні.",
                "what_to_bring": (
                    "Документи про щеплення з вашої країни або жовту книжечку щеплень (якщо є), страхову картку (якщо "
                    "є) та посвідчення особи."
                ),
            },
        },
    },
    {
        "organisation": "Regional Health Office",
        "slug": "school-health-check",
        "sites": ["main"],
        "needs": ["health", "family", "education"],
        "languages": ["de", "en", "ar", "uk", "tr"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "School entry health check",
                "description": (
                    "Before starting school, every child has a free health check with the health office doctor: "
                    "eyesight, hearing, development, language and vaccinations. Children who arrive during the school "
                    "year also need it."
                ),
                "eligibility_description": "For all children in Neustadt who start school or change to a school here.",
                "application_process": (
                    "By appointment. The health office sends an invitation; if you have not received one, book at the "
                    "welcome desk. Plan about one hour; one parent must come with the child."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "The child's vaccination record, the child's health check booklet (yellow U-Heft) if you have it, "
                    "glasses or hearing aids, and the invitation letter."
                ),
            },
            "ar": {
                "name": "الفحص الصحي قبل دخول المدرسة",
                "description": (
                    "قبل بدء المدرسة، يخضع كل طفل لفحص صحي مجاني لدى طبيب مكتب الصحة: النظر، السمع، النمو، اللغة "
                    "والتطعيمات. الأطفال الذين يصلون خلال السنة الدراسية يحتاجون إليه أيضًا."
                ),
                "eligibility_description": "لجميع الأطفال في نويشتات الذين يبدؤون المدرسة أو ينتقلون إلى مدرسة هنا.",
                "application_process": (
                    "بموعد. يرسل مكتب الصحة دعوة؛ إذا لم تصلك، فاحجز موعدًا في مكتب الاستقبال. خصّص نحو ساعة، ويجب أن "
                    "يرافق أحد الوالدين الطفل."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "سجل تطعيمات الطفل، دفتر فحوصات الطفل (U-Heft الأصفر) إن وُجد، النظارات أو سماعات الأذن، ورسالة "
                    "الدعوة."
                ),
            },
            "uk": {
                "name": "Медогляд перед вступом до школи",
                "description": (
                    "Перед початком навчання кожна дитина безкоштовно проходить огляд у лікаря відомства охорони "
                    "здоров’я: зір, слух, розвиток, мова та щеплення. Дітям, які приїхали посеред навчального року, "
                    "він теж потрібен."
                ),
                "eligibility_description": (
                    "Для всіх дітей у Нойштадті, які йдуть до школи або переходять до тутешньої школи."
                ),
                "application_process": (
                    "За записом. Відомство охорони здоров’я надсилає запрошення; якщо ви його не отримали, запишіться "
                    "на рецепції. Розраховуйте приблизно на годину; з дитиною має прийти один із батьків."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Документи про щеплення дитини, жовту книжечку оглядів (U-Heft), якщо є, окуляри чи слухові "
                    "апарати та лист-запрошення."
                ),
            },
        },
    },
    {
        "organisation": "Regional Health Office",
        "slug": "mental-health",
        "sites": ["main"],
        "needs": ["psychosocial", "health"],
        "languages": ["de", "en", "ar", "fa"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Mental health advice (social psychiatric service)",
                "description": (
                    "Confidential advice for people in a mental health crisis and for their families: we listen, help "
                    "you find a doctor or therapist and support you in difficult situations. Staff are bound by "
                    "medical confidentiality."
                ),
                "eligibility_description": (
                    "For adults in Neustadt with mental health problems, addiction or a crisis, and for their "
                    "relatives."
                ),
                "application_process": (
                    "Walk in on Tuesday or Thursday mornings and take a ticket at the welcome desk, or call for an "
                    "appointment or a home visit. In an emergency call 112."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "Nothing is required. Bring letters from doctors or hospitals if you have them.",
            },
            "ar": {
                "name": "استشارات الصحة النفسية (الخدمة النفسية الاجتماعية)",
                "description": (
                    "استشارات سرية للأشخاص الذين يمرون بأزمة نفسية ولعائلاتهم: نستمع إليك، ونساعدك في إيجاد طبيب أو "
                    "معالج، وندعمك في المواقف الصعبة. يلتزم الموظفون بالسرية الطبية."
                ),
                "eligibility_description": (
                    "للبالغين في نويشتات الذين يعانون من مشكلات نفسية أو إدمان أو أزمة، ولأقاربهم."
                ),
                "application_process": (
                    "تعال صباح يوم الثلاثاء أو الخميس وخذ رقمًا من مكتب الاستقبال، أو اتصل لحجز موعد أو زيارة منزلية. "
                    "في حالة الطوارئ اتصل بالرقم 112."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": "لا يلزم شيء. أحضر رسائل الأطباء أو المستشفيات إن وُجدت.",
            },
            "uk": {
                "name": "Психологічна допомога (соціально-психіатрична служба)",
                "description": (
                    "Конфіденційні консультації для людей у психологічній кризі та їхніх родин: ми вислухаємо, "
                    "допоможемо знайти лікаря чи психотерапевта й підтримаємо у складній ситуації. Працівники "
                    "зобов’язані дотримуватися лікарської таємниці."
                ),
                "eligibility_description": (
                    "Для дорослих у Нойштадті з психічними проблемами, залежностями чи в кризі, а також для їхніх "
                    "родичів."
                ),
                "application_process": (
                    "Приходьте у вівторок або четвер зранку й візьміть талон на рецепції або зателефонуйте, щоб "
                    "записатися на прийом чи домовитися про візит додому. У надзвичайній ситуації телефонуйте 112."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": "Нічого не обов’язково. Візьміть листи від лікарів або з лікарні, якщо вони є.",
            },
        },
    },
    {
        "organisation": "Neustadt Police, Victim Support Unit",
        "slug": "victim-support",
        "sites": ["main"],
        "needs": ["legal", "psychosocial"],
        "languages": ["de", "en", "ar", "tr"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Support for victims of crime",
                "description": (
                    "Police officers trained in victim support explain your rights, help you report a crime, and put "
                    "you in touch with counselling, legal help and protection. You decide what happens next."
                ),
                "eligibility_description": (
                    "For anyone who has experienced violence, threats, hate crime, exploitation or theft. If you are "
                    "worried about your residence status, talk to the Refugee Law Clinic first."
                ),
                "application_process": (
                    "By appointment. Book at the welcome desk or by phone; appointments take place in a private room "
                    "at the One-Stop-Shop. In an emergency call 110."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "ID if you have it, and anything related to what happened: letters, messages, photos, medical "
                    "certificates, names of witnesses."
                ),
            },
            "ar": {
                "name": "دعم ضحايا الجرائم",
                "description": (
                    "يشرح لك ضباط شرطة مدرَّبون على دعم الضحايا حقوقك، ويساعدونك في الإبلاغ عن جريمة، ويربطونك "
                    "بالاستشارة والمساعدة القانونية والحماية. أنت من يقرر ما سيحدث بعد ذلك."
                ),
                "eligibility_description": (
                    "لكل من تعرّض للعنف أو التهديد أو جرائم الكراهية أو الاستغلال أو السرقة. إذا كنت قلقًا بشأن وضع "
                    "إقامتك، فتحدّث أولًا مع العيادة القانونية للاجئين."
                ),
                "application_process": (
                    "بموعد. احجز في مكتب الاستقبال أو عبر الهاتف؛ تُعقد المواعيد في غرفة خاصة في المركز الموحد "
                    "(One-Stop-Shop). في حالة الطوارئ اتصل بالرقم 110."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "هويتك إن وُجدت، وأي شيء يتعلق بما حدث: رسائل، محادثات، صور، تقارير طبية، أسماء الشهود."
                ),
            },
            "uk": {
                "name": "Підтримка постраждалих від злочинів",
                "description": (
                    "Поліцейські, навчені підтримці постраждалих, пояснять ваші права, допоможуть заявити про злочин і "
                    "зв’яжуть вас із консультаціями, юридичною допомогою та захистом. Що робити далі, вирішуєте ви."
                ),
                "eligibility_description": (
                    "Для всіх, хто зазнав насильства, погроз, злочину на ґрунті ненависті, експлуатації чи крадіжки. "
                    "Якщо вас турбує ваш статус перебування, спершу поговоріть із юридичною клінікою для біженців."
                ),
                "application_process": (
                    "За записом. Запишіться на рецепції або телефоном; зустрічі проходять в окремій кімнаті в "
                    "One-Stop-Shop. У надзвичайній ситуації телефонуйте 110."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Посвідчення особи, якщо є, і все, що стосується події: листи, повідомлення, фото, медичні "
                    "довідки, імена свідків."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Police, Victim Support Unit",
        "slug": "police-advice",
        "sites": ["main"],
        "needs": ["legal", "orientation"],
        "languages": ["de", "en", "ar", "ru"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Police advice hour: safety and scams",
                "description": (
                    "Ask the police your questions in a relaxed setting: how to protect yourself from scams and fake "
                    "job offers, what to do after a theft, and how the police work in Germany."
                ),
                "eligibility_description": "For everyone. You do not need to give your name.",
                "application_process": (
                    "Walk in on Thursday afternoons between 14:00 and 17:00 and take a ticket at the welcome desk."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Nothing is required. Bring suspicious letters, contracts or messages if you want us to look at "
                    "them."
                ),
            },
            "ar": {
                "name": "ساعة استشارات الشرطة: الأمان والاحتيال",
                "description": (
                    "اطرح أسئلتك على الشرطة في جو هادئ: كيف تحمي نفسك من الاحتيال وعروض العمل المزيفة، وماذا تفعل بعد "
                    "السرقة، وكيف تعمل الشرطة في ألمانيا."
                ),
                "eligibility_description": "للجميع. لا يلزمك ذكر اسمك.",
                "application_process": "تعال بعد ظهر يوم الخميس بين الساعة 14:00 و17:00 وخذ رقمًا من مكتب الاستقبال.",
                "fees_description": "مجانًا.",
                "what_to_bring": "لا يلزم شيء. أحضر الرسائل أو العقود أو المحادثات المشبوهة إذا أردت أن ننظر فيها.",
            },
            "uk": {
                "name": "Консультаційна година поліції: безпека та шахрайство",
                "description": (
                    "Поставте поліції свої запитання у спокійній обстановці: як захиститися від шахрайства та "
                    "фальшивих пропозицій роботи, що робити після крадіжки і як працює поліція в Німеччині."
                ),
                "eligibility_description": "Для всіх. Називати своє ім’я не обов’язково.",
                "application_process": "Приходьте в четвер з 14:00 до 17:00 і візьміть талон на рецепції.",
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Нічого не обов’язково. Візьміть підозрілі листи, договори чи повідомлення, якщо хочете, щоб ми їх "
                    "переглянули."
                ),
            },
        },
    },
    {
        "organisation": "Refugee Law Clinic Neustadt",
        "slug": "legal-advice",
        "sites": ["main", "welcome-network"],
        "needs": ["legal", "residence"],
        "languages": ["de", "en", "fa", "ar", "fr", "ps"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Legal advice on asylum and residence",
                "description": (
                    "Law students supervised by qualified lawyers give free, confidential advice on asylum procedures, "
                    "residence rights, family reunification and letters from the authorities. We never share your data "
                    "with the foreigners' office or the police."
                ),
                "eligibility_description": (
                    "For refugees and migrants with any residence status, including people without papers."
                ),
                "application_process": (
                    "Walk in during the open consultation hours (Tuesday at the Welcome Network, Thursday afternoon at "
                    "the One-Stop-Shop) and take a ticket. For complex cases we give you a follow-up appointment."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "All letters and decisions from the authorities (especially anything with a deadline), and your "
                    "residence document and passport or ID if you have them."
                ),
            },
            "ar": {
                "name": "استشارات قانونية في اللجوء والإقامة",
                "description": (
                    "يقدّم طلاب قانون تحت إشراف محامين مؤهلين استشارات مجانية وسرية حول إجراءات اللجوء وحقوق الإقامة "
                    "ولمّ الشمل والرسائل الواردة من السلطات. لا نشارك بياناتك أبدًا مع مكتب الأجانب أو الشرطة."
                ),
                "eligibility_description": "للاجئين والمهاجرين بأي وضع إقامة، بما في ذلك الأشخاص بلا أوراق.",
                "application_process": (
                    "تعال خلال ساعات الاستشارة المفتوحة (الثلاثاء في شبكة الترحيب Welcome Network، وبعد ظهر الخميس في "
                    "المركز الموحد One-Stop-Shop) وخذ رقمًا. للحالات المعقدة نعطيك موعدًا للمتابعة."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جميع رسائل السلطات وقراراتها (خاصة كل ما له مهلة)، ووثيقة إقامتك وجواز سفرك أو هويتك إن وُجدت."
                ),
            },
            "uk": {
                "name": "Юридичні консультації щодо притулку та перебування",
                "description": (
                    "Студенти-правники під наглядом кваліфікованих юристів безкоштовно й конфіденційно консультують "
                    "щодо процедури надання притулку, права на перебування, возз’єднання сім’ї та листів від установ. "
                    "Ми ніколи не передаємо ваші дані відомству у справах іноземців чи поліції."
                ),
                "eligibility_description": (
                    "Для біженців і мігрантів із будь-яким статусом перебування, зокрема для людей без документів."
                ),
                "application_process": (
                    "Приходьте у відкриті консультаційні години (у вівторок у Welcome Network, у четвер після обіду в "
                    "One-Stop-Shop) і візьміть талон. Для складних випадків ми призначимо наступну зустріч."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Усі листи й рішення від установ (особливо ті, де вказано строк), документ про перебування та "
                    "паспорт чи посвідчення особи, якщо вони є."
                ),
            },
            "fa": {
                "name": "مشاوره حقوقی درباره پناهندگی و اقامت",
                "description": (
                    "دانشجویان حقوق زیر نظر وکلای مجرب، مشاوره رایگان و محرمانه درباره روند پناهندگی، حق اقامت، پیوستن "
                    "خانواده و نامه‌های ادارات می‌دهند. ما هرگز اطلاعات شما را با اداره اتباع خارجی یا پلیس به اشتراک "
                    "نمی‌گذاریم."
                ),
                "eligibility_description": "برای پناهجویان و مهاجران با هر وضعیت اقامتی، از جمله افراد بدون مدرک.",
                "application_process": (
                    "در ساعات مشاوره آزاد بیایید (سه‌شنبه در Welcome Network، پنجشنبه بعدازظهر در One-Stop-Shop) و "
                    "شماره بگیرید. برای پرونده‌های پیچیده، وقت پیگیری به شما می‌دهیم."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": (
                    "همه نامه‌ها و تصمیم‌های ادارات (به‌ویژه هر چیزی که مهلت دارد) و اگر دارید، مدرک اقامت و گذرنامه "
                    "یا کارت شناسایی."
                ),
            },
            "de": {
                "name": "Rechtsberatung zu Asyl und Aufenthalt",
                "description": (
                    "Jurastudierende beraten unter Aufsicht erfahrener Anwältinnen und Anwälte kostenlos und "
                    "vertraulich zu Asylverfahren, Aufenthaltsrecht, Familiennachzug und Briefen von Behörden. Wir "
                    "geben Ihre Daten niemals an die Ausländerbehörde oder die Polizei weiter."
                ),
                "eligibility_description": (
                    "Für Geflüchtete, Migrantinnen und Migranten mit jedem Aufenthaltsstatus, auch für Menschen ohne "
                    "Papiere."
                ),
                "application_process": (
                    "Kommen Sie in die offene Sprechstunde (dienstags beim Welcome Network, donnerstagnachmittags im "
                    "One-Stop-Shop) und ziehen Sie eine Nummer. Bei schwierigen Fällen bekommen Sie einen Folgetermin."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Alle Briefe und Bescheide von Behörden (besonders alles mit einer Frist) sowie, wenn vorhanden, "
                    "Aufenthaltsdokument und Reisepass oder Ausweis."
                ),
            },
        },
    },
    {
        "organisation": "Refugee Law Clinic Neustadt",
        "slug": "asylum-interview",
        "sites": ["main", "welcome-network"],
        "needs": ["legal", "residence"],
        "languages": ["de", "en", "fa", "ar", "ps", "ti", "so", "fr"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Preparing for your asylum interview",
                "description": (
                    "The interview at the Federal Office for Migration and Refugees (BAMF) is the most important step "
                    "in your asylum procedure. We explain how it works and what your rights are, and help you tell "
                    "your story completely and in order."
                ),
                "eligibility_description": (
                    "For asylum seekers who have received, or are waiting for, an invitation to their interview."
                ),
                "application_process": (
                    "By appointment. Book at the welcome desk as soon as you receive the invitation; the preparation "
                    "takes about two hours, with an interpreter."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "The invitation letter, your arrival certificate or permission to stay during the procedure "
                    "(Aufenthaltsgestattung), and any documents or evidence about why you fled."
                ),
            },
            "ar": {
                "name": "التحضير لمقابلة اللجوء",
                "description": (
                    "المقابلة في المكتب الاتحادي للهجرة واللاجئين (BAMF) هي أهم خطوة في إجراءات لجوئك. نشرح لك كيف "
                    "تجري وما هي حقوقك، ونساعدك على رواية قصتك كاملة وبالترتيب."
                ),
                "eligibility_description": "لطالبي اللجوء الذين تلقّوا دعوة إلى المقابلة أو ينتظرونها.",
                "application_process": (
                    "بموعد. احجز في مكتب الاستقبال فور استلامك الدعوة؛ يستغرق التحضير نحو ساعتين، بحضور مترجم."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "رسالة الدعوة، شهادة الوصول أو إذن الإقامة خلال الإجراءات (Aufenthaltsgestattung)، وأي مستندات أو "
                    "أدلة على أسباب فرارك."
                ),
            },
            "uk": {
                "name": "Підготовка до співбесіди щодо притулку",
                "description": (
                    "Співбесіда у Федеральному відомстві з питань міграції та біженців (BAMF) — найважливіший крок "
                    "процедури надання притулку. Ми пояснимо, як вона проходить і які у вас права, та допоможемо "
                    "розповісти вашу історію повністю й послідовно."
                ),
                "eligibility_description": (
                    "Для шукачів притулку, які отримали запрошення на співбесіду або чекають на нього."
                ),
                "application_process": (
                    "За записом. Запишіться на рецепції, щойно отримаєте запрошення; підготовка триває близько двох "
                    "годин за участю перекладача."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Лист-запрошення, довідку про прибуття або дозвіл на перебування на час процедури "
                    "(Aufenthaltsgestattung) та будь-які документи чи докази причин, через які ви втекли."
                ),
            },
            "fa": {
                "name": "آمادگی برای مصاحبه پناهندگی",
                "description": (
                    "مصاحبه در اداره فدرال مهاجرت و پناهندگان (BAMF) مهم‌ترین مرحله روند پناهندگی شماست. توضیح می‌دهیم "
                    "مصاحبه چگونه انجام می‌شود و چه حقوقی دارید، و کمک می‌کنیم داستان خود را کامل و به ترتیب بیان "
                    "کنید."
                ),
                "eligibility_description": "برای پناهجویانی که دعوت‌نامه مصاحبه را دریافت کرده‌اند یا منتظر آن هستند.",
                "application_process": (
                    "با وقت قبلی. به محض دریافت دعوت‌نامه در میز پذیرش وقت بگیرید؛ آمادگی حدود دو ساعت با حضور مترجم "
                    "طول می‌کشد."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": (
                    "دعوت‌نامه، گواهی ورود یا مجوز اقامت در طول روند پناهندگی (Aufenthaltsgestattung) و هر مدرک یا "
                    "سندی درباره دلایل فرار شما."
                ),
            },
            "de": {
                "name": "Vorbereitung auf die Anhörung im Asylverfahren",
                "description": (
                    "Die Anhörung beim Bundesamt für Migration und Flüchtlinge (BAMF) ist der wichtigste Schritt in "
                    "Ihrem Asylverfahren. Wir erklären, wie sie abläuft und welche Rechte Sie haben, und helfen Ihnen, "
                    "Ihre Geschichte vollständig und geordnet zu erzählen."
                ),
                "eligibility_description": (
                    "Für Asylsuchende, die eine Einladung zur Anhörung bekommen haben oder darauf warten."
                ),
                "application_process": (
                    "Mit Termin. Buchen Sie am Empfang, sobald Sie die Einladung bekommen. Die Vorbereitung dauert "
                    "etwa zwei Stunden, mit Dolmetscherin oder Dolmetscher."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Die Einladung, Ihren Ankunftsnachweis oder Ihre Aufenthaltsgestattung und alle Dokumente oder "
                    "Beweise zu den Gründen Ihrer Flucht."
                ),
            },
        },
    },
    {
        "organisation": "Refugee Law Clinic Neustadt",
        "slug": "appeal-help",
        "sites": ["main", "welcome-network"],
        "needs": ["legal", "residence"],
        "languages": ["de", "en", "fa", "ar", "fr", "ps"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Help with a negative decision or a deadline",
                "description": (
                    "If your asylum application was rejected or you received another negative decision, the deadline "
                    "to appeal is often short, sometimes only one or two weeks. We check your decision straight away "
                    "and find you a lawyer if needed."
                ),
                "eligibility_description": (
                    "For anyone who has received a negative decision from the asylum office, the foreigners' office or "
                    "a court."
                ),
                "application_process": (
                    "Come as soon as possible, without an appointment: take a ticket at the welcome desk and say that "
                    "you have a deadline. You will be seen the same day."
                ),
                "fees_description": (
                    "Our advice is free. A lawyer may charge fees; we help you apply for legal aid or get support from "
                    "a legal aid fund."
                ),
                "what_to_bring": (
                    "The decision with its envelope (the date of delivery matters), all earlier letters, and your "
                    "residence document."
                ),
            },
            "ar": {
                "name": "المساعدة في القرار السلبي أو المهلة القانونية",
                "description": (
                    "إذا رُفض طلب لجوئك أو وصلك قرار سلبي آخر، فغالبًا ما تكون مهلة الطعن قصيرة، أحيانًا أسبوعًا أو "
                    "أسبوعين فقط. نفحص قرارك فورًا ونجد لك محاميًا إذا لزم الأمر."
                ),
                "eligibility_description": "لكل من تلقّى قرارًا سلبيًا من مكتب اللجوء أو مكتب الأجانب أو المحكمة.",
                "application_process": (
                    "تعال في أسرع وقت ممكن، دون موعد: خذ رقمًا من مكتب الاستقبال وقل إن لديك مهلة قانونية. ستتم "
                    "مقابلتك في اليوم نفسه."
                ),
                "fees_description": (
                    "استشارتنا مجانية. قد يتقاضى المحامي أتعابًا؛ نساعدك في طلب المساعدة القانونية أو الحصول على دعم "
                    "من صندوق المساعدة القانونية."
                ),
                "what_to_bring": (
                    "القرار مع الظرف الذي وصل فيه (تاريخ الاستلام مهم)، وجميع الرسائل السابقة، ووثيقة إقامتك."
                ),
            },
            "uk": {
                "name": "Допомога з негативним рішенням або строком",
                "description": (
                    "Якщо вам відмовили в притулку або ви отримали інше негативне рішення, строк для оскарження часто "
                    "короткий — іноді лише один-два тижні. Ми одразу перевіримо ваше рішення й за потреби знайдемо "
                    "адвоката."
                ),
                "eligibility_description": (
                    "Для всіх, хто отримав негативне рішення від відомства з питань притулку, відомства у справах "
                    "іноземців або суду."
                ),
                "application_process": (
                    "Приходьте якомога швидше, без запису: візьміть талон на рецепції й скажіть, що у вас спливає "
                    "строк. Вас приймуть того ж дня."
                ),
                "fees_description": (
                    "Наша консультація безкоштовна. Адвокат може брати гонорар; ми допоможемо подати заяву на правову "
                    "допомогу або отримати підтримку з фонду правової допомоги."
                ),
                "what_to_bring": (
                    "Рішення разом із конвертом (важлива дата вручення), усі попередні листи та ваш документ про "
                    "перебування."
                ),
            },
            "fa": {
                "name": "کمک در برابر تصمیم منفی یا مهلت قانونی",
                "description": (
                    "اگر درخواست پناهندگی شما رد شده یا تصمیم منفی دیگری دریافت کرده‌اید، مهلت اعتراض اغلب کوتاه است، "
                    "گاهی فقط یک یا دو هفته. ما فوراً تصمیم شما را بررسی می‌کنیم و در صورت نیاز برایتان وکیل پیدا "
                    "می‌کنیم."
                ),
                "eligibility_description": (
                    "برای هر کسی که از اداره پناهندگی، اداره اتباع خارجی یا دادگاه تصمیم منفی دریافت کرده است."
                ),
                "application_process": (
                    "هر چه زودتر و بدون وقت قبلی بیایید: از میز پذیرش شماره بگیرید و بگویید که مهلت قانونی دارید. همان "
                    "روز به شما رسیدگی می‌شود."
                ),
                "fees_description": (
                    "مشاوره ما رایگان است. وکیل ممکن است هزینه بگیرد؛ ما در درخواست کمک حقوقی یا دریافت حمایت از صندوق "
                    "کمک حقوقی به شما کمک می‌کنیم."
                ),
                "what_to_bring": "تصمیم همراه با پاکت آن (تاریخ دریافت مهم است)، همه نامه‌های قبلی و مدرک اقامت شما.",
            },
            "de": {
                "name": "Hilfe bei einem negativen Bescheid oder einer Frist",
                "description": (
                    "Wenn Ihr Asylantrag abgelehnt wurde oder Sie einen anderen negativen Bescheid bekommen haben, ist "
                    "die Frist für eine Klage oft kurz, manchmal nur eine oder zwei Wochen. Wir prüfen Ihren Bescheid "
                    "sofort und vermitteln bei Bedarf eine Anwältin oder einen Anwalt."
                ),
                "eligibility_description": (
                    "Für alle, die einen negativen Bescheid vom Bundesamt, von der Ausländerbehörde oder von einem "
                    "Gericht bekommen haben."
                ),
                "application_process": (
                    "Kommen Sie so schnell wie möglich, ohne Termin: Ziehen Sie am Empfang eine Nummer und sagen Sie, "
                    "dass Sie eine Frist haben. Sie werden noch am selben Tag beraten."
                ),
                "fees_description": (
                    "Unsere Beratung ist kostenlos. Eine Anwältin oder ein Anwalt kann Gebühren verlangen; wir helfen "
                    "beim Antrag auf Prozesskostenhilfe oder bei der Unterstützung aus einem Rechtshilfefonds."
                ),
                "what_to_bring": (
                    "Den Bescheid mit Briefumschlag (das Zustelldatum ist wichtig), alle früheren Briefe und Ihr "
                    "Aufenthaltsdokument."
                ),
            },
        },
    },
    {
        "organisation": "Refugee Law Clinic Neustadt",
        "slug": "labour-rights",
        "sites": ["main"],
        "needs": ["legal", "work"],
        "languages": ["de", "en", "ro", "bg", "ar", "tr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Advice on workers' rights",
                "description": (
                    "Not paid, working without a contract, too many hours, or dismissed after an accident? We explain "
                    "your rights as a worker in Germany and help you claim unpaid wages."
                ),
                "eligibility_description": (
                    "For all workers, including EU citizens, seasonal workers and people working without papers."
                ),
                "application_process": (
                    "Walk in on Thursday afternoons and take a ticket at the welcome desk. Deadlines for claiming "
                    "unpaid wages can be short, so come early."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Any contract, payslips, messages with your employer, a list of the days and hours you worked, and "
                    "your ID."
                ),
            },
            "ar": {
                "name": "استشارات حقوق العمال",
                "description": (
                    "لم تحصل على أجرك، أو تعمل دون عقد، أو ساعات عملك كثيرة جدًا، أو فُصلت بعد حادث؟ نشرح لك حقوقك "
                    "كعامل في ألمانيا ونساعدك في المطالبة بالأجور غير المدفوعة."
                ),
                "eligibility_description": (
                    "لجميع العمال، بما في ذلك مواطنو الاتحاد الأوروبي والعمال الموسميون والأشخاص الذين يعملون بلا "
                    "أوراق."
                ),
                "application_process": (
                    "تعال بعد ظهر يوم الخميس وخذ رقمًا من مكتب الاستقبال. قد تكون مهل المطالبة بالأجور غير المدفوعة "
                    "قصيرة، لذا لا تتأخر."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "أي عقد، كشوف الرواتب، الرسائل مع صاحب العمل، قائمة بالأيام والساعات التي عملتها، وهويتك."
                ),
            },
            "uk": {
                "name": "Консультації з трудових прав",
                "description": (
                    "Вам не заплатили, ви працюєте без договору, забагато годин або вас звільнили після нещасного "
                    "випадку? Ми пояснимо ваші права як працівника в Німеччині й допоможемо вимагати невиплачену "
                    "зарплату."
                ),
                "eligibility_description": (
                    "Для всіх працівників, зокрема громадян ЄС, сезонних працівників і людей, які працюють без "
                    "документів."
                ),
                "application_process": (
                    "Приходьте в четвер після обіду й візьміть талон на рецепції. Строки для вимоги невиплаченої "
                    "зарплати можуть бути короткими, тож не зволікайте."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Договір (якщо є), розрахункові листи, листування з роботодавцем, перелік днів і годин, які ви "
                    "відпрацювали, та посвідчення особи."
                ),
            },
        },
    },
    {
        "organisation": "Welcome Network Neustadt",
        "slug": "housing",
        "sites": ["welcome-network"],
        "needs": ["housing"],
        "languages": ["de", "en", "ar", "fa", "ti"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Help finding housing",
                "description": (
                    "We help you search for a flat: how to read housing adverts, write to landlords, prepare your "
                    "documents, and apply for a housing entitlement certificate (WBS) for social housing. Volunteers "
                    "can come with you to viewings."
                ),
                "eligibility_description": (
                    "For newcomers in Neustadt who live in shared accommodation, with friends, or in a flat that is "
                    "too small or unsafe."
                ),
                "application_process": (
                    "Walk in during drop-in hours (Tuesday and Friday 10:00–14:00, Saturday 10:00–13:00) and take a "
                    "ticket at the entrance."
                ),
                "fees_description": (
                    "Free of charge. Be careful: you never have to pay money to be offered or shown a flat."
                ),
                "what_to_bring": (
                    "Passport or ID, residence document, proof of income or benefit decision, and a SCHUFA credit "
                    "report if you have one (we can help you get one for free)."
                ),
            },
            "ar": {
                "name": "المساعدة في إيجاد سكن",
                "description": (
                    "نساعدك في البحث عن شقة: كيف تقرأ إعلانات السكن، وتكتب لأصحاب الشقق، وتجهّز مستنداتك، وتطلب شهادة "
                    "استحقاق السكن (WBS) للسكن الاجتماعي. يمكن للمتطوعين مرافقتك لمعاينة الشقق."
                ),
                "eligibility_description": (
                    "للقادمين الجدد في نويشتات الذين يعيشون في سكن جماعي أو عند أصدقاء أو في شقة صغيرة جدًا أو غير آمنة."
                ),
                "application_process": (
                    "تعال خلال ساعات الاستقبال المفتوح (الثلاثاء والجمعة 10:00–14:00، والسبت 10:00–13:00) وخذ رقمًا "
                    "عند المدخل."
                ),
                "fees_description": "مجانًا. انتبه: لا يجب عليك أبدًا دفع مال لكي تُعرض عليك شقة أو تعاينها.",
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة، إثبات الدخل أو قرار المساعدات، وتقرير SCHUFA الائتماني إن "
                    "وُجد (يمكننا مساعدتك في الحصول عليه مجانًا)."
                ),
            },
            "uk": {
                "name": "Допомога в пошуку житла",
                "description": (
                    "Ми допоможемо шукати квартиру: як читати оголошення, писати орендодавцям, підготувати документи й "
                    "подати заяву на право на соціальне житло (WBS). Волонтери можуть піти з вами на огляд квартири."
                ),
                "eligibility_description": (
                    "Для новоприбулих у Нойштадті, які живуть у спільному житлі, у друзів або в надто тісній чи "
                    "небезпечній квартирі."
                ),
                "application_process": (
                    "Приходьте в години відкритого прийому (вівторок і п’ятниця 10:00–14:00, субота 10:00–13:00) і "
                    "візьміть талон біля входу."
                ),
                "fees_description": (
                    "Безкоштовно. Будьте обережні: ви ніколи не повинні платити за те, щоб вам запропонували чи "
                    "показали квартиру."
                ),
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, підтвердження доходу або рішення про "
                    "виплати та кредитну довідку SCHUFA, якщо є (ми допоможемо отримати її безкоштовно)."
                ),
            },
            "fa": {
                "name": "کمک برای یافتن مسکن",
                "description": (
                    "به شما در جستجوی آپارتمان کمک می‌کنیم: چگونه آگهی‌های مسکن را بخوانید، به صاحبخانه‌ها نامه "
                    "بنویسید، مدارکتان را آماده کنید و برای مسکن اجتماعی گواهی استحقاق مسکن (WBS) درخواست دهید. "
                    "داوطلبان می‌توانند برای بازدید از خانه همراه شما بیایند."
                ),
                "eligibility_description": (
                    "برای تازه‌واردان نویشتات که در اقامتگاه جمعی، نزد دوستان یا در خانه‌ای بیش از حد کوچک یا ناامن "
                    "زندگی می‌کنند."
                ),
                "application_process": (
                    "در ساعات مراجعه آزاد بیایید (سه‌شنبه و جمعه ۱۰:۰۰ تا ۱۴:۰۰، شنبه ۱۰:۰۰ تا ۱۳:۰۰) و کنار در ورودی "
                    "شماره بگیرید."
                ),
                "fees_description": "رایگان. مراقب باشید: هرگز لازم نیست برای پیشنهاد یا بازدید یک آپارتمان پول بدهید.",
                "what_to_bring": (
                    "گذرنامه یا کارت شناسایی، مدرک اقامت، مدرک درآمد یا تصمیم کمک‌هزینه، و اگر دارید گزارش اعتباری "
                    "SCHUFA (می‌توانیم کمک کنیم آن را رایگان بگیرید)."
                ),
            },
            "de": {
                "name": "Hilfe bei der Wohnungssuche",
                "description": (
                    "Wir helfen Ihnen bei der Wohnungssuche: Wohnungsanzeigen verstehen, Vermieter anschreiben, "
                    "Unterlagen vorbereiten und einen Wohnberechtigungsschein (WBS) für eine Sozialwohnung beantragen. "
                    "Ehrenamtliche können Sie zu Besichtigungen begleiten."
                ),
                "eligibility_description": (
                    "Für Neuangekommene in Neustadt, die in einer Gemeinschaftsunterkunft, bei Freunden oder in einer "
                    "zu kleinen oder unsicheren Wohnung leben."
                ),
                "application_process": (
                    "Kommen Sie in die offene Sprechstunde (dienstags und freitags 10:00–14:00, samstags 10:00–13:00) "
                    "und ziehen Sie am Eingang eine Nummer."
                ),
                "fees_description": (
                    "Kostenlos. Vorsicht: Sie müssen nie Geld bezahlen, damit Ihnen eine Wohnung angeboten oder "
                    "gezeigt wird."
                ),
                "what_to_bring": (
                    "Reisepass oder Ausweis, Aufenthaltsdokument, Einkommensnachweis oder Leistungsbescheid und, wenn "
                    "vorhanden, eine SCHUFA-Auskunft (wir helfen Ihnen, sie kostenlos zu bekommen)."
                ),
            },
        },
    },
    {
        "organisation": "Welcome Network Neustadt",
        "slug": "social-counselling",
        "sites": ["welcome-network", "main"],
        "needs": ["money", "orientation", "family"],
        "languages": ["de", "en", "ar", "fa", "ti", "fr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Social counselling",
                "description": (
                    "A social worker helps with everyday problems: benefits, letters from offices, debts, family "
                    "worries, school or health. We can also go with you to appointments or refer you to specialist "
                    "services."
                ),
                "eligibility_description": (
                    "For all migrants and refugees in Neustadt, whatever their status. Conversations are confidential."
                ),
                "application_process": (
                    "Walk in during opening hours and take a ticket, or ask at the welcome desk for an appointment in "
                    "your language."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "Letters and documents related to your question, and ID if you have it.",
            },
            "ar": {
                "name": "الاستشارة الاجتماعية",
                "description": (
                    "يساعدك أخصائي اجتماعي في مشكلات الحياة اليومية: المساعدات، رسائل الدوائر الرسمية، الديون، هموم "
                    "العائلة، المدرسة أو الصحة. يمكننا أيضًا مرافقتك إلى المواعيد أو إحالتك إلى خدمات متخصصة."
                ),
                "eligibility_description": "لجميع المهاجرين واللاجئين في نويشتات مهما كان وضعهم. المحادثات سرية.",
                "application_process": "تعال خلال ساعات الدوام وخذ رقمًا، أو اطلب في مكتب الاستقبال موعدًا بلغتك.",
                "fees_description": "مجانًا.",
                "what_to_bring": "الرسائل والمستندات المتعلقة بسؤالك، وهويتك إن وُجدت.",
            },
            "uk": {
                "name": "Соціальні консультації",
                "description": (
                    "Соціальний працівник допоможе з повсякденними проблемами: виплати, листи від установ, борги, "
                    "сімейні турботи, школа чи здоров’я. Ми також можемо супроводити вас на зустрічі або направити до "
                    "профільних служб."
                ),
                "eligibility_description": (
                    "Для всіх мігрантів і біженців у Нойштадті, незалежно від статусу. Розмови конфіденційні."
                ),
                "application_process": (
                    "Приходьте в години роботи й візьміть талон або попросіть на рецепції записати вас на консультацію "
                    "вашою мовою."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": "Листи та документи, що стосуються вашого питання, і посвідчення особи, якщо є.",
            },
            "fa": {
                "name": "مشاوره اجتماعی",
                "description": (
                    "یک مددکار اجتماعی در مشکلات روزمره به شما کمک می‌کند: کمک‌هزینه‌ها، نامه‌های ادارات، بدهی، "
                    "نگرانی‌های خانوادگی، مدرسه یا سلامت. همچنین می‌توانیم شما را در قرارها همراهی کنیم یا به خدمات "
                    "تخصصی معرفی کنیم."
                ),
                "eligibility_description": (
                    "برای همه مهاجران و پناهجویان در نویشتات، با هر وضعیتی. گفتگوها محرمانه است."
                ),
                "application_process": (
                    "در ساعات کاری بیایید و شماره بگیرید، یا در میز پذیرش برای مشاوره به زبان خودتان وقت بگیرید."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": "نامه‌ها و مدارک مربوط به پرسش شما، و اگر دارید کارت شناسایی.",
            },
            "de": {
                "name": "Sozialberatung",
                "description": (
                    "Eine Sozialarbeiterin oder ein Sozialarbeiter hilft bei Alltagsproblemen: Leistungen, Briefe von "
                    "Ämtern, Schulden, Sorgen in der Familie, Schule oder Gesundheit. Wir begleiten Sie auch zu "
                    "Terminen oder vermitteln Sie an Fachstellen."
                ),
                "eligibility_description": (
                    "Für alle Migrantinnen, Migranten und Geflüchteten in Neustadt, egal mit welchem Status. Die "
                    "Gespräche sind vertraulich."
                ),
                "application_process": (
                    "Kommen Sie während der Öffnungszeiten und ziehen Sie eine Nummer, oder fragen Sie am Empfang nach "
                    "einem Termin in Ihrer Sprache."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": "Briefe und Unterlagen zu Ihrer Frage und, wenn vorhanden, einen Ausweis.",
            },
        },
    },
    {
        "organisation": "Welcome Network Neustadt",
        "slug": "mentors",
        "sites": ["welcome-network"],
        "needs": ["orientation", "language"],
        "languages": ["de", "en", "ar", "fa", "ti", "uk"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Volunteer mentors (welcome buddies)",
                "description": (
                    "A volunteer from Neustadt meets you regularly for a few months: practising German, showing you "
                    "the city, helping with letters and going with you to appointments."
                ),
                "eligibility_description": (
                    "For adults and families who are new in Neustadt and would like personal support."
                ),
                "application_process": (
                    "Walk in during drop-in hours and ask for the mentoring programme. We get to know you first and "
                    "then look for a suitable volunteer; this can take a few weeks."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "Nothing is required. Tell us your interests and when you have time.",
            },
            "ar": {
                "name": "مرشدون متطوعون (رفاق الترحيب)",
                "description": (
                    "يلتقي بك متطوع من نويشتات بانتظام لبضعة أشهر: للتدرّب على الألمانية، والتعرّف على المدينة، "
                    "والمساعدة في الرسائل، ومرافقتك إلى المواعيد."
                ),
                "eligibility_description": "للبالغين والعائلات الجدد في نويشتات الذين يرغبون في دعم شخصي.",
                "application_process": (
                    "تعال خلال ساعات الاستقبال المفتوح واسأل عن برنامج الإرشاد. نتعرّف عليك أولًا ثم نبحث عن متطوع "
                    "مناسب؛ قد يستغرق ذلك بضعة أسابيع."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": "لا يلزم شيء. أخبرنا باهتماماتك ومتى يكون لديك وقت.",
            },
            "uk": {
                "name": "Волонтери-наставники (друзі для новоприбулих)",
                "description": (
                    "Волонтер із Нойштадта регулярно зустрічається з вами протягом кількох місяців: ви разом "
                    "практикуєте німецьку, знайомитеся з містом, розбираєте листи, а ще він може супроводити вас на "
                    "зустрічі."
                ),
                "eligibility_description": (
                    "Для дорослих і сімей, які нещодавно в Нойштадті й хотіли б особистої підтримки."
                ),
                "application_process": (
                    "Приходьте в години відкритого прийому й запитайте про програму наставництва. Спочатку ми з вами "
                    "знайомимося, а потім шукаємо відповідного волонтера; це може тривати кілька тижнів."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": "Нічого не обов’язково. Розкажіть нам про свої інтереси й коли у вас є час.",
            },
        },
    },
    {
        "organisation": "Welcome Network Neustadt",
        "slug": "second-hand",
        "sites": ["welcome-network"],
        "needs": ["housing", "money"],
        "languages": ["de", "en", "ar", "fa", "ti"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Second-hand furniture and clothing",
                "description": (
                    "Our donation store has furniture, kitchen items, bedding, clothes and toys. Volunteers can help "
                    "transport larger items to your new flat."
                ),
                "eligibility_description": (
                    "For people with a low income or who are moving into their first flat, for example with a benefit "
                    "decision or a referral from a counsellor."
                ),
                "application_process": (
                    "Walk in on Saturdays between 10:00 and 13:00. For furniture, book a transport date at the drop-in "
                    "desk."
                ),
                "fees_description": "Free of charge; transport of furniture is free as well.",
                "what_to_bring": "A benefit decision or referral letter, and bags for clothes.",
            },
            "ar": {
                "name": "أثاث وملابس مستعملة",
                "description": (
                    "في متجر التبرعات لدينا أثاث وأدوات مطبخ وأغطية أسرّة وملابس وألعاب. يمكن للمتطوعين المساعدة في "
                    "نقل القطع الكبيرة إلى شقتك الجديدة."
                ),
                "eligibility_description": (
                    "للأشخاص ذوي الدخل المنخفض أو الذين ينتقلون إلى أول شقة لهم، مثلًا مع قرار مساعدات أو إحالة من "
                    "مستشار."
                ),
                "application_process": (
                    "تعال يوم السبت بين الساعة 10:00 و13:00. للأثاث، احجز موعدًا للنقل في مكتب الاستقبال المفتوح."
                ),
                "fees_description": "مجانًا، ونقل الأثاث مجاني أيضًا.",
                "what_to_bring": "قرار المساعدات أو رسالة الإحالة، وأكياسًا للملابس.",
            },
            "uk": {
                "name": "Вживані меблі та одяг",
                "description": (
                    "У нашому пункті пожертв є меблі, кухонне приладдя, постільна білизна, одяг та іграшки. Волонтери "
                    "можуть допомогти перевезти великі речі до вашої нової квартири."
                ),
                "eligibility_description": (
                    "Для людей із низьким доходом або тих, хто в’їжджає у свою першу квартиру, наприклад із рішенням "
                    "про виплати чи направленням від консультанта."
                ),
                "application_process": (
                    "Приходьте в суботу з 10:00 до 13:00. Щодо меблів домовтеся про дату перевезення на пункті "
                    "відкритого прийому."
                ),
                "fees_description": "Безкоштовно; перевезення меблів також безкоштовне.",
                "what_to_bring": "Рішення про виплати або направлення, а також сумки для одягу.",
            },
        },
    },
    {
        "organisation": "Welcome Network Neustadt",
        "slug": "debt-advice",
        "sites": ["welcome-network"],
        "needs": ["money"],
        "languages": ["de", "en", "ar", "ru", "tr"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Money and debt advice",
                "description": (
                    "We help you make a household budget, deal with bills and reminders, talk to creditors, and "
                    "protect your bank account from seizure (P-Konto). We also warn you about expensive contracts and "
                    "loans."
                ),
                "eligibility_description": "For people in Neustadt who have debts or cannot pay their bills.",
                "application_process": (
                    "By appointment. Book at the drop-in desk or the welcome desk; if you have a letter from a court "
                    "or a seizure notice, tell us and we will see you quickly."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "All letters from creditors and debt collectors, bank statements for the last three months, your "
                    "income documents and your rental contract."
                ),
            },
            "ar": {
                "name": "استشارات المال والديون",
                "description": (
                    "نساعدك في إعداد ميزانية الأسرة، والتعامل مع الفواتير والإنذارات، والتحدث مع الدائنين، وحماية "
                    "حسابك البنكي من الحجز (P-Konto). ونحذّرك أيضًا من العقود والقروض المكلفة."
                ),
                "eligibility_description": "للأشخاص في نويشتات الذين عليهم ديون أو لا يستطيعون دفع فواتيرهم.",
                "application_process": (
                    "بموعد. احجز في مكتب الاستقبال المفتوح أو في مكتب الاستقبال؛ إذا وصلتك رسالة من المحكمة أو إشعار "
                    "حجز، فأخبرنا وسنستقبلك بسرعة."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جميع رسائل الدائنين وشركات تحصيل الديون، كشوف الحساب البنكي لآخر ثلاثة أشهر، مستندات دخلك وعقد "
                    "الإيجار."
                ),
            },
            "uk": {
                "name": "Консультації з питань грошей і боргів",
                "description": (
                    "Ми допоможемо скласти сімейний бюджет, розібратися з рахунками й нагадуваннями, поговорити з "
                    "кредиторами та захистити банківський рахунок від арешту (P-Konto). Також попередимо про дорогі "
                    "договори й кредити."
                ),
                "eligibility_description": "Для людей у Нойштадті, які мають борги або не можуть оплатити рахунки.",
                "application_process": (
                    "За записом. Запишіться на пункті відкритого прийому або на рецепції; якщо ви отримали лист із "
                    "суду чи повідомлення про арешт, скажіть нам — і вас приймуть швидко."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Усі листи від кредиторів і колекторів, банківські виписки за останні три місяці, документи про "
                    "дохід і договір оренди."
                ),
            },
        },
    },
    {
        "organisation": "Welcome Network Neustadt",
        "slug": "language-cafe",
        "sites": ["welcome-network"],
        "needs": ["language", "orientation"],
        "languages": ["de", "en"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Language café",
                "description": (
                    "Practise speaking German in a relaxed group over coffee and tea, with volunteers and other "
                    "learners. Children are welcome; there is a play corner."
                ),
                "eligibility_description": "For everyone who wants to practise German, from beginners to advanced.",
                "application_process": "Just come along on Saturdays between 10:00 and 13:00; no registration needed.",
                "fees_description": "Free of charge, including drinks.",
                "what_to_bring": "Nothing. A notebook if you like.",
            },
            "ar": {
                "name": "مقهى اللغة",
                "description": (
                    "تدرّب على التحدث بالألمانية في مجموعة مريحة مع القهوة والشاي، برفقة متطوعين ومتعلمين آخرين. "
                    "الأطفال مرحَّب بهم، وتوجد زاوية للعب."
                ),
                "eligibility_description": "لكل من يريد التدرّب على الألمانية، من المبتدئين إلى المتقدمين.",
                "application_process": "تعال ببساطة يوم السبت بين الساعة 10:00 و13:00؛ لا حاجة إلى التسجيل.",
                "fees_description": "مجانًا، بما في ذلك المشروبات.",
                "what_to_bring": "لا شيء. دفترًا إن أحببت.",
            },
            "uk": {
                "name": "Мовне кафе",
                "description": (
                    "Практикуйте розмовну німецьку в невимушеній компанії за кавою й чаєм, разом із волонтерами та "
                    "іншими учнями. Діти — бажані гості, є ігровий куточок."
                ),
                "eligibility_description": "Для всіх, хто хоче практикувати німецьку, від початківців до досвідчених.",
                "application_process": "Просто приходьте в суботу з 10:00 до 13:00; реєстрація не потрібна.",
                "fees_description": "Безкоштовно, напої також.",
                "what_to_bring": "Нічого. За бажанням — зошит.",
            },
        },
    },
    {
        "organisation": "Neighbours from Everywhere",
        "slug": "peer-support",
        "sites": ["main"],
        "needs": ["psychosocial", "family", "orientation"],
        "languages": ["ar", "fa", "ti", "so", "ku", "tr", "de", "en"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Peer support and women's group",
                "description": (
                    "People who once came to Neustadt themselves share their experience and listen. There is an open "
                    "meeting every week, and a women-only group with childcare on Wednesday afternoons."
                ),
                "eligibility_description": "For all newcomers; the women's group is for women and girls from 16.",
                "application_process": (
                    "Walk in and ask at the welcome desk for Neighbours from Everywhere, or just come to the group on "
                    "Wednesday at 14:00 in room 2."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "Nothing. Bring your children if you need to; we have childcare.",
            },
            "ar": {
                "name": "دعم الأقران ومجموعة النساء",
                "description": (
                    "أشخاص جاؤوا هم أنفسهم إلى نويشتات يشاركونك تجربتهم ويستمعون إليك. هناك لقاء مفتوح كل أسبوع، "
                    "ومجموعة خاصة بالنساء مع رعاية للأطفال بعد ظهر كل أربعاء."
                ),
                "eligibility_description": (
                    "لجميع القادمين الجدد؛ مجموعة النساء مخصّصة للنساء والفتيات من عمر 16 عامًا."
                ),
                "application_process": (
                    "تعال واسأل في مكتب الاستقبال عن «جيران من كل مكان»، أو احضر مباشرة إلى المجموعة يوم الأربعاء "
                    "الساعة 14:00 في الغرفة 2."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": "لا شيء. أحضر أطفالك إذا احتجت؛ لدينا رعاية للأطفال.",
            },
            "uk": {
                "name": "Взаємопідтримка та жіноча група",
                "description": (
                    "Люди, які самі колись приїхали до Нойштадта, діляться досвідом і вислуховують. Щотижня є відкрита "
                    "зустріч, а в середу після обіду — група лише для жінок із доглядом за дітьми."
                ),
                "eligibility_description": "Для всіх новоприбулих; жіноча група — для жінок і дівчат від 16 років.",
                "application_process": (
                    "Приходьте й запитайте на рецепції про «Сусідів звідусіль» або просто приходьте на групу в середу "
                    "о 14:00 у кімнату 2."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": "Нічого. За потреби беріть із собою дітей — у нас є догляд за ними.",
            },
        },
    },
    {
        "organisation": "Neighbours from Everywhere",
        "slug": "homework-help",
        "sites": ["main"],
        "needs": ["education", "family"],
        "languages": ["de", "ar", "fa", "tr", "uk", "en"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Homework club for children",
                "description": (
                    "Volunteers and older students help children and teenagers with homework, reading and German after "
                    "school, and parents can ask questions about the German school system."
                ),
                "eligibility_description": "For school children aged 6 to 16 living in Neustadt.",
                "application_process": (
                    "Come with your child on Mondays, Tuesdays or Thursdays between 14:00 and 16:00, and register at "
                    "the welcome desk the first time."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "School bag with homework, and a phone number where we can reach a parent.",
            },
            "ar": {
                "name": "نادي الواجبات المدرسية للأطفال",
                "description": (
                    "يساعد متطوعون وطلاب أكبر سنًا الأطفالَ والمراهقين في الواجبات المدرسية والقراءة واللغة الألمانية "
                    "بعد المدرسة، ويمكن للأهل طرح أسئلتهم حول النظام المدرسي الألماني."
                ),
                "eligibility_description": "لأطفال المدارس من عمر 6 إلى 16 عامًا الذين يعيشون في نويشتات.",
                "application_process": (
                    "تعال مع طفلك أيام الاثنين أو الثلاثاء أو الخميس بين الساعة 14:00 و16:00، وسجّل في مكتب الاستقبال "
                    "في المرة الأولى."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": "الحقيبة المدرسية مع الواجبات، ورقم هاتف يمكننا الوصول فيه إلى أحد الوالدين.",
            },
            "uk": {
                "name": "Гурток домашніх завдань для дітей",
                "description": (
                    "Волонтери та старші учні допомагають дітям і підліткам після школи з домашніми завданнями, "
                    "читанням і німецькою, а батьки можуть запитати про німецьку шкільну систему."
                ),
                "eligibility_description": "Для школярів віком від 6 до 16 років, які живуть у Нойштадті.",
                "application_process": (
                    "Приходьте з дитиною в понеділок, вівторок або четвер з 14:00 до 16:00; першого разу "
                    "зареєструйтеся на рецепції."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Шкільний рюкзак із домашнім завданням і номер телефону, за яким ми можемо зв’язатися з одним із "
                    "батьків."
                ),
            },
        },
    },
    {
        "organisation": "Neighbours from Everywhere",
        "slug": "everyday-guides",
        "sites": ["main"],
        "needs": ["orientation"],
        "languages": ["ar", "fa", "ku", "ti", "so", "tr", "de"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Everyday guides: someone to go with you",
                "description": (
                    "A trained member of our association who speaks your language goes with you to a first appointment "
                    "(a doctor, a school, a bank or an office) and helps you understand and be understood."
                ),
                "eligibility_description": "For newcomers who feel unsure about going to an appointment alone.",
                "application_process": (
                    "Ask at the welcome desk at least one week before your appointment, or walk in on Wednesdays and "
                    "talk to us directly."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "The appointment letter or details of where and when you need to go.",
            },
            "ar": {
                "name": "مرافقون في الحياة اليومية",
                "description": (
                    "يرافقك عضو مدرَّب من جمعيتنا يتحدث لغتك إلى موعد أول (عند الطبيب أو المدرسة أو البنك أو دائرة "
                    "رسمية)، ويساعدك على أن تفهم وأن تُفهَم."
                ),
                "eligibility_description": "للقادمين الجدد الذين لا يشعرون بالثقة في الذهاب إلى موعد بمفردهم.",
                "application_process": (
                    "اطلب ذلك في مكتب الاستقبال قبل موعدك بأسبوع على الأقل، أو تعال يوم الأربعاء وتحدّث معنا مباشرة."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": "رسالة الموعد أو تفاصيل المكان والوقت الذي تحتاج الذهاب إليه.",
            },
            "uk": {
                "name": "Супровід у повсякденних справах",
                "description": (
                    "Навчений член нашого об’єднання, який говорить вашою мовою, піде з вами на першу зустріч (до "
                    "лікаря, у школу, банк чи установу) і допоможе вам зрозуміти й бути зрозумілими."
                ),
                "eligibility_description": "Для новоприбулих, які почуваються невпевнено, ідучи на зустріч самі.",
                "application_process": (
                    "Зверніться на рецепцію щонайменше за тиждень до зустрічі або приходьте в середу й поговоріть із "
                    "нами безпосередньо."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": "Лист-запрошення або відомості про те, куди й коли вам потрібно піти.",
            },
        },
    },
    {
        "organisation": "Neustadt Office for Social Affairs, Youth and Family",
        "slug": "child-benefit",
        "sites": ["main"],
        "needs": ["money", "family"],
        "languages": ["de", "en", "ar", "tr", "uk"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Child benefit and parental allowance",
                "description": (
                    "We explain which family benefits you can get (child benefit, parental allowance, child "
                    "supplement, and help with school trips and lunches) and help you fill in the applications."
                ),
                "eligibility_description": (
                    "For parents living in Neustadt with a residence permit that allows work, EU citizens, and people "
                    "with temporary protection. Some groups must have lived here for a while first; ask us."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. Applications go to the family benefits office "
                    "(Familienkasse); we check that nothing is missing."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or ID for parents and children, residence documents, children's birth certificates, tax "
                    "identification numbers of parents and children, and your bank details (IBAN)."
                ),
            },
            "ar": {
                "name": "إعانة الأطفال وإعانة الوالدين",
                "description": (
                    "نشرح لك الإعانات العائلية التي يمكنك الحصول عليها (إعانة الأطفال، وإعانة الوالدين، والإعانة "
                    "الإضافية للأطفال، والمساعدة في تكاليف الرحلات المدرسية ووجبات الغداء)، ونساعدك في ملء الطلبات."
                ),
                "eligibility_description": (
                    "للآباء والأمهات المقيمين في نويشتات بتصريح إقامة يسمح بالعمل، ولمواطني الاتحاد الأوروبي، "
                    "وللحاصلين على الحماية المؤقتة. بعض الفئات يجب أن تكون قد أقامت هنا فترة معينة أولًا؛ اسألنا."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. تُرسل الطلبات إلى صندوق الأسرة (Familienkasse)، ونتحقق من عدم "
                    "نقص أي شيء."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جوازات السفر أو الهويات للوالدين والأطفال، وثائق الإقامة، شهادات ميلاد الأطفال، الأرقام الضريبية "
                    "للوالدين والأطفال، وبيانات حسابك البنكي (IBAN)."
                ),
            },
            "uk": {
                "name": "Допомога на дітей і батьківська допомога",
                "description": (
                    "Ми пояснимо, які сімейні виплати ви можете отримати (допомогу на дітей, батьківську допомогу, "
                    "додаткову допомогу на дитину, кошти на шкільні поїздки й обіди), і допоможемо заповнити заяви."
                ),
                "eligibility_description": (
                    "Для батьків, які живуть у Нойштадті з дозволом на проживання, що дозволяє працювати, громадян ЄС "
                    "і людей із тимчасовим захистом. Деяким групам спершу потрібно прожити тут певний час — запитайте "
                    "нас."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Заяви надсилаються до сімейної каси (Familienkasse); ми "
                    "перевіримо, щоб нічого не бракувало."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорти або посвідчення батьків і дітей, документи про перебування, свідоцтва про народження "
                    "дітей, податкові номери батьків і дітей та ваші банківські реквізити (IBAN)."
                ),
            },
            "fa": {
                "name": "کمک‌هزینه فرزند و کمک‌هزینه والدین",
                "description": (
                    "توضیح می‌دهیم چه کمک‌هزینه‌های خانوادگی می‌توانید دریافت کنید (کمک‌هزینه فرزند، کمک‌هزینه والدین، "
                    "کمک‌هزینه تکمیلی فرزند و کمک برای اردوهای مدرسه و ناهار) و در پر کردن درخواست‌ها به شما کمک "
                    "می‌کنیم."
                ),
                "eligibility_description": (
                    "برای والدینی که با اجازه اقامتی که اجازه کار می‌دهد در نویشتات زندگی می‌کنند، شهروندان اتحادیه "
                    "اروپا و دارندگان حمایت موقت. برخی گروه‌ها باید ابتدا مدتی اینجا زندگی کرده باشند؛ از ما بپرسید."
                ),
                "application_process": (
                    "بیایید و از میز پذیرش شماره بگیرید. درخواست‌ها به صندوق خانواده (Familienkasse) فرستاده می‌شود؛ "
                    "ما بررسی می‌کنیم که چیزی کم نباشد."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": (
                    "گذرنامه یا کارت شناسایی والدین و فرزندان، مدارک اقامت، شناسنامه فرزندان، شماره‌های مالیاتی والدین "
                    "و فرزندان و اطلاعات حساب بانکی (IBAN)."
                ),
            },
            "de": {
                "name": "Kindergeld und Elterngeld",
                "description": (
                    "Wir erklären, welche Familienleistungen Sie bekommen können (Kindergeld, Elterngeld, "
                    "Kinderzuschlag und Hilfe für Klassenfahrten und Mittagessen), und helfen beim Ausfüllen der "
                    "Anträge."
                ),
                "eligibility_description": (
                    "Für Eltern in Neustadt mit einer Aufenthaltserlaubnis, die Arbeit erlaubt, für EU-Bürgerinnen und "
                    "-Bürger und für Menschen mit vorübergehendem Schutz. Manche Gruppen müssen erst eine Zeit lang "
                    "hier leben; fragen Sie uns."
                ),
                "application_process": (
                    "Kommen Sie vorbei und ziehen Sie am Empfang eine Nummer. Die Anträge gehen an die Familienkasse; "
                    "wir prüfen, dass nichts fehlt."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Reisepass oder Ausweis von Eltern und Kindern, Aufenthaltsdokumente, Geburtsurkunden der Kinder, "
                    "Steuer-Identifikationsnummern von Eltern und Kindern und Ihre Bankverbindung (IBAN)."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Office for Social Affairs, Youth and Family",
        "slug": "daycare",
        "sites": ["main"],
        "needs": ["family", "education"],
        "languages": ["de", "en", "ar", "uk", "tr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Finding a daycare place (Kita)",
                "description": (
                    "In Germany every child from the age of one has the right to a place in a daycare centre (Kita) or "
                    "with a childminder. We explain how it works, put your child on the city's waiting list, and help "
                    "if you cannot find a place."
                ),
                "eligibility_description": "For families in Neustadt with children from 0 to 6 years.",
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. Register as early as possible; in Neustadt the "
                    "wait is often several months."
                ),
                "fees_description": (
                    "The advice is free. Daycare fees depend on income; families with a low income or receiving "
                    "benefits pay nothing."
                ),
                "what_to_bring": (
                    "The child's birth certificate, registration certificate, the child's vaccination record (measles "
                    "vaccination is required), and proof of income if you have it."
                ),
            },
            "ar": {
                "name": "إيجاد مكان في الحضانة (Kita)",
                "description": (
                    "لكل طفل في ألمانيا ابتداءً من عمر سنة الحق في مكان في حضانة (Kita) أو لدى مربية أطفال. نشرح لك "
                    "كيف يعمل ذلك، ونسجّل طفلك في قائمة الانتظار لدى المدينة، ونساعدك إذا لم تجد مكانًا."
                ),
                "eligibility_description": "للعائلات في نويشتات التي لديها أطفال من عمر 0 إلى 6 سنوات.",
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. سجّل في أبكر وقت ممكن؛ فغالبًا ما يستغرق الانتظار في نويشتات "
                    "عدة أشهر."
                ),
                "fees_description": (
                    "الاستشارة مجانية. تعتمد رسوم الحضانة على الدخل؛ العائلات ذات الدخل المنخفض أو التي تحصل على "
                    "مساعدات لا تدفع شيئًا."
                ),
                "what_to_bring": (
                    "شهادة ميلاد الطفل، شهادة التسجيل، سجل تطعيمات الطفل (تطعيم الحصبة إلزامي)، وإثبات الدخل إن وُجد."
                ),
            },
            "uk": {
                "name": "Пошук місця в дитсадку (Kita)",
                "description": (
                    "У Німеччині кожна дитина з одного року має право на місце в дитсадку (Kita) або в денної няні. Ми "
                    "пояснимо, як це працює, внесемо дитину до міського списку очікування й допоможемо, якщо ви не "
                    "можете знайти місце."
                ),
                "eligibility_description": "Для сімей у Нойштадті з дітьми від 0 до 6 років.",
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Реєструйтеся якомога раніше: у Нойштадті очікування часто "
                    "триває кілька місяців."
                ),
                "fees_description": (
                    "Консультація безкоштовна. Плата за дитсадок залежить від доходу; сім’ї з низьким доходом або ті, "
                    "що отримують допомогу, не платять нічого."
                ),
                "what_to_bring": (
                    "Свідоцтво про народження дитини, довідку про реєстрацію, документ про щеплення дитини (щеплення "
                    "від кору обов’язкове) та підтвердження доходу, якщо є."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Office for Social Affairs, Youth and Family",
        "slug": "school-enrolment",
        "sites": ["main"],
        "needs": ["education", "family"],
        "languages": ["de", "en", "ar", "fa", "uk", "tr", "ro", "bg"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "School enrolment for children and teenagers",
                "description": (
                    "In Germany school is compulsory for all children from about 6 to 16. We find a school place for "
                    "your child, including preparatory classes for learning German, and explain how the school system "
                    "works."
                ),
                "eligibility_description": (
                    "For all children and teenagers aged 6 to 18 living in Neustadt, whatever their residence status."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. After the talk your child is invited to a short "
                    "assessment and the school health check; a school place usually follows within four weeks."
                ),
                "fees_description": (
                    "Free of charge. School is free; families with a low income can get help with school supplies and "
                    "lunch."
                ),
                "what_to_bring": (
                    "The child's passport or ID, registration certificate, previous school reports (with a translation "
                    "if you have one), and the vaccination record."
                ),
            },
            "ar": {
                "name": "التسجيل في المدرسة للأطفال والمراهقين",
                "description": (
                    "المدرسة في ألمانيا إلزامية لجميع الأطفال من عمر 6 تقريبًا حتى 16 عامًا. نجد مكانًا مدرسيًا لطفلك، "
                    "بما في ذلك الصفوف التحضيرية لتعلّم الألمانية، ونشرح لك كيف يعمل النظام المدرسي."
                ),
                "eligibility_description": (
                    "لجميع الأطفال والمراهقين من عمر 6 إلى 18 عامًا الذين يعيشون في نويشتات، مهما كان وضع إقامتهم."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. بعد المحادثة يُدعى طفلك إلى تقييم قصير وإلى الفحص الصحي "
                    "المدرسي، وعادةً يحصل على مكان في المدرسة خلال أربعة أسابيع."
                ),
                "fees_description": (
                    "مجانًا. المدرسة مجانية، ويمكن للعائلات ذات الدخل المنخفض الحصول على مساعدة في اللوازم المدرسية "
                    "ووجبة الغداء."
                ),
                "what_to_bring": (
                    "جواز سفر الطفل أو هويته، شهادة التسجيل، الشهادات المدرسية السابقة (مع ترجمة إن وُجدت)، وسجل "
                    "التطعيمات."
                ),
            },
            "uk": {
                "name": "Зарахування до школи для дітей і підлітків",
                "description": (
                    "У Німеччині навчання в школі обов’язкове для всіх дітей приблизно від 6 до 16 років. Ми знайдемо "
                    "місце в школі для вашої дитини, зокрема в підготовчих класах для вивчення німецької, і пояснимо, "
                    "як влаштована шкільна система."
                ),
                "eligibility_description": (
                    "Для всіх дітей і підлітків від 6 до 18 років, які живуть у Нойштадті, незалежно від статусу "
                    "перебування."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Після розмови дитину запросять на коротке тестування та "
                    "шкільний медогляд; місце в школі зазвичай надають протягом чотирьох тижнів."
                ),
                "fees_description": (
                    "Безкоштовно. Школа безкоштовна; сім’ї з низьким доходом можуть отримати допомогу на шкільне "
                    "приладдя та обіди."
                ),
                "what_to_bring": (
                    "Паспорт або посвідчення дитини, довідку про реєстрацію, попередні шкільні табелі (з перекладом, "
                    "якщо є) та документ про щеплення."
                ),
            },
            "fa": {
                "name": "ثبت‌نام مدرسه برای کودکان و نوجوانان",
                "description": (
                    "در آلمان مدرسه برای همه کودکان از حدود ۶ تا ۱۶ سالگی اجباری است. ما برای فرزند شما جای مدرسه پیدا "
                    "می‌کنیم، از جمله کلاس‌های آمادگی برای یادگیری آلمانی، و توضیح می‌دهیم نظام آموزشی چگونه کار "
                    "می‌کند."
                ),
                "eligibility_description": (
                    "برای همه کودکان و نوجوانان ۶ تا ۱۸ ساله که در نویشتات زندگی می‌کنند، با هر وضعیت اقامتی."
                ),
                "application_process": (
                    "بیایید و از میز پذیرش شماره بگیرید. پس از گفتگو، فرزندتان برای یک ارزیابی کوتاه و معاینه پزشکی "
                    "مدرسه دعوت می‌شود؛ معمولاً ظرف چهار هفته جای مدرسه مشخص می‌شود."
                ),
                "fees_description": (
                    "رایگان. مدرسه رایگان است؛ خانواده‌های کم‌درآمد می‌توانند برای لوازم‌التحریر و ناهار کمک بگیرند."
                ),
                "what_to_bring": (
                    "گذرنامه یا کارت شناسایی فرزند، گواهی ثبت نشانی، کارنامه‌های قبلی (اگر دارید با ترجمه) و کارت "
                    "واکسیناسیون."
                ),
            },
            "de": {
                "name": "Schulanmeldung für Kinder und Jugendliche",
                "description": (
                    "In Deutschland gilt die Schulpflicht für alle Kinder von etwa 6 bis 16 Jahren. Wir finden einen "
                    "Schulplatz für Ihr Kind, auch in Vorbereitungsklassen zum Deutschlernen, und erklären, wie das "
                    "Schulsystem funktioniert."
                ),
                "eligibility_description": (
                    "Für alle Kinder und Jugendlichen von 6 bis 18 Jahren, die in Neustadt leben, egal mit welchem "
                    "Aufenthaltsstatus."
                ),
                "application_process": (
                    "Kommen Sie vorbei und ziehen Sie am Empfang eine Nummer. Nach dem Gespräch wird Ihr Kind zu einem "
                    "kurzen Einstufungstest und zur Schuleingangsuntersuchung eingeladen; einen Schulplatz gibt es "
                    "meist innerhalb von vier Wochen."
                ),
                "fees_description": (
                    "Kostenlos. Die Schule ist kostenlos; Familien mit wenig Einkommen bekommen Hilfe für Schulsachen "
                    "und Mittagessen."
                ),
                "what_to_bring": (
                    "Reisepass oder Ausweis des Kindes, Meldebescheinigung, frühere Zeugnisse (mit Übersetzung, wenn "
                    "vorhanden) und den Impfpass."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Office for Social Affairs, Youth and Family",
        "slug": "social-assistance",
        "sites": ["main"],
        "needs": ["money"],
        "languages": ["de", "en", "ar", "fa", "ru"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Social assistance and asylum seekers' benefits",
                "description": (
                    "The social welfare office pays benefits to asylum seekers (under the Asylum Seekers' Benefits "
                    "Act) and to people who cannot work because of age or illness (social assistance). It also covers "
                    "health care for asylum seekers during their first three years."
                ),
                "eligibility_description": (
                    "For asylum seekers and people with a tolerated stay (Duldung) living in Neustadt, and for people "
                    "over retirement age or unable to work who do not have enough money."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. If you have no money for food today, say so at the "
                    "desk: an emergency payment is possible the same day."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Arrival certificate or residence document, registration certificate, bank details if you have an "
                    "account, and proof of any income."
                ),
            },
            "ar": {
                "name": "المساعدة الاجتماعية ومساعدات طالبي اللجوء",
                "description": (
                    "يدفع مكتب الشؤون الاجتماعية المساعدات لطالبي اللجوء (وفق قانون مساعدات طالبي اللجوء) وللأشخاص غير "
                    "القادرين على العمل بسبب السن أو المرض (المساعدة الاجتماعية). ويغطي أيضًا الرعاية الصحية لطالبي "
                    "اللجوء في السنوات الثلاث الأولى."
                ),
                "eligibility_description": (
                    "لطالبي اللجوء والحاصلين على إقامة تسامح (Duldung) المقيمين في نويشتات، وللأشخاص الذين تجاوزوا سن "
                    "التقاعد أو غير القادرين على العمل وليس لديهم ما يكفي من المال."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. إذا لم يكن لديك مال لشراء الطعام اليوم، فقل ذلك في مكتب "
                    "الاستقبال: يمكن صرف دفعة طارئة في اليوم نفسه."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "شهادة الوصول أو وثيقة الإقامة، شهادة التسجيل، بيانات الحساب البنكي إن كان لديك حساب، وإثبات أي "
                    "دخل."
                ),
            },
            "uk": {
                "name": "Соціальна допомога та допомога шукачам притулку",
                "description": (
                    "Соціальна служба виплачує допомогу шукачам притулку (за Законом про допомогу шукачам притулку) та "
                    "людям, які не можуть працювати через вік чи хворобу (соціальна допомога). Вона також покриває "
                    "медичну допомогу шукачам притулку впродовж перших трьох років."
                ),
                "eligibility_description": (
                    "Для шукачів притулку та людей із толерованим перебуванням (Duldung), які живуть у Нойштадті, а "
                    "також для людей пенсійного віку чи непрацездатних, яким не вистачає коштів."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Якщо сьогодні у вас немає грошей на їжу, скажіть про це "
                    "на рецепції: термінову виплату можна отримати того ж дня."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Довідку про прибуття або документ про перебування, довідку про реєстрацію, банківські реквізити "
                    "(якщо маєте рахунок) і підтвердження будь-яких доходів."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Office for Social Affairs, Youth and Family",
        "slug": "family-counselling",
        "sites": ["main"],
        "needs": ["family", "psychosocial"],
        "languages": ["de", "en", "ar", "tr", "ru"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Family and parenting counselling",
                "description": (
                    "Counsellors from the youth and family office support parents with questions about bringing up "
                    "children, conflicts in the family, separation, or worries about a child. Teenagers can also come "
                    "on their own."
                ),
                "eligibility_description": "For parents, children and teenagers living in Neustadt.",
                "application_process": (
                    "By appointment. Book at the welcome desk or by phone; you can ask for a male or female counsellor "
                    "or an interpreter. In urgent cases we see you the same day."
                ),
                "fees_description": "Free of charge. Counsellors are bound by confidentiality.",
                "what_to_bring": "Nothing is required.",
            },
            "ar": {
                "name": "استشارات الأسرة والتربية",
                "description": (
                    "يدعم مستشارو مكتب الشباب والأسرة الوالدين في أسئلة تربية الأطفال، والخلافات العائلية، والانفصال، "
                    "أو القلق على أحد الأطفال. ويمكن للمراهقين أيضًا الحضور بمفردهم."
                ),
                "eligibility_description": "للوالدين والأطفال والمراهقين الذين يعيشون في نويشتات.",
                "application_process": (
                    "بموعد. احجز في مكتب الاستقبال أو عبر الهاتف؛ يمكنك طلب مستشار أو مستشارة أو مترجم. في الحالات "
                    "العاجلة نستقبلك في اليوم نفسه."
                ),
                "fees_description": "مجانًا. يلتزم المستشارون بالسرية.",
                "what_to_bring": "لا يلزم شيء.",
            },
            "uk": {
                "name": "Сімейні консультації та допомога у вихованні",
                "description": (
                    "Консультанти відомства у справах молоді та сім’ї підтримують батьків у питаннях виховання, "
                    "сімейних конфліктах, розлученні чи тривогах за дитину. Підлітки можуть прийти й самі."
                ),
                "eligibility_description": "Для батьків, дітей і підлітків, які живуть у Нойштадті.",
                "application_process": (
                    "За записом. Запишіться на рецепції або телефоном; можна попросити консультанта-чоловіка чи "
                    "консультантку або перекладача. У термінових випадках вас приймуть того ж дня."
                ),
                "fees_description": "Безкоштовно. Консультанти зобов’язані зберігати конфіденційність.",
                "what_to_bring": "Нічого не потрібно.",
            },
        },
    },
    {
        "organisation": "Neustadt Office for Social Affairs, Youth and Family",
        "slug": "housing-benefit",
        "sites": ["main"],
        "needs": ["housing", "money"],
        "languages": ["de", "en", "ar", "uk", "tr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Housing benefit (Wohngeld)",
                "description": (
                    "Housing benefit is a monthly contribution to your rent for people who work or receive a pension "
                    "but have a low income. We calculate whether you are entitled to it and help you apply."
                ),
                "eligibility_description": (
                    "For tenants and home owners in Neustadt with a low income who do not receive citizen's income or "
                    "social assistance."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk. A decision usually takes six to eight weeks; the "
                    "benefit is paid from the month you apply."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or ID, residence document, rental contract, proof of your current rent, income of all "
                    "household members for the last 12 months, and bank details (IBAN)."
                ),
            },
            "ar": {
                "name": "بدل السكن (Wohngeld)",
                "description": (
                    "بدل السكن هو مساهمة شهرية في الإيجار للأشخاص الذين يعملون أو يحصلون على معاش تقاعدي لكن دخلهم "
                    "منخفض. نحسب ما إذا كنت مستحقًا له ونساعدك في تقديم الطلب."
                ),
                "eligibility_description": (
                    "للمستأجرين ومالكي المساكن في نويشتات ذوي الدخل المنخفض الذين لا يحصلون على دخل المواطن أو "
                    "المساعدة الاجتماعية."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال. يستغرق القرار عادةً من ستة إلى ثمانية أسابيع، ويُدفع البدل "
                    "ابتداءً من شهر تقديم الطلب."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة، عقد الإيجار، إثبات الإيجار الحالي، دخل جميع أفراد الأسرة "
                    "خلال آخر 12 شهرًا، وبيانات الحساب البنكي (IBAN)."
                ),
            },
            "uk": {
                "name": "Житлова допомога (Wohngeld)",
                "description": (
                    "Житлова допомога — це щомісячна доплата до орендної плати для людей, які працюють або отримують "
                    "пенсію, але мають низький дохід. Ми розрахуємо, чи маєте ви на неї право, і допоможемо подати "
                    "заяву."
                ),
                "eligibility_description": (
                    "Для орендарів і власників житла в Нойштадті з низьким доходом, які не отримують Bürgergeld чи "
                    "соціальну допомогу."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції. Рішення зазвичай ухвалюють за шість–вісім тижнів; "
                    "допомогу виплачують із місяця подання заяви."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, договір оренди, підтвердження поточної "
                    "орендної плати, доходи всіх членів домогосподарства за останні 12 місяців і банківські реквізити "
                    "(IBAN)."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Office for Social Affairs, Youth and Family",
        "slug": "emergency-housing",
        "sites": ["main"],
        "needs": ["housing"],
        "languages": ["de", "en", "ar", "ro", "bg"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Emergency accommodation if you have nowhere to sleep",
                "description": (
                    "If you have lost your home or are about to lose it, the city must give you a place to sleep. We "
                    "find emergency accommodation and help you prevent an eviction, for example by paying rent "
                    "arrears."
                ),
                "eligibility_description": (
                    "For everyone in Neustadt who is homeless or threatened with eviction, including EU citizens."
                ),
                "application_process": (
                    "Walk in and take a ticket at the welcome desk, and say that you need a place to sleep tonight. "
                    "Outside opening hours, call the city's emergency number 0123 456789."
                ),
                "fees_description": (
                    "Free of charge. If you have an income, a small fee may be charged for emergency accommodation."
                ),
                "what_to_bring": (
                    "ID if you have it, and any letters from your landlord or the court (notice to quit, eviction "
                    "date)."
                ),
            },
            "ar": {
                "name": "سكن طارئ إذا لم يكن لديك مكان للنوم",
                "description": (
                    "إذا فقدت مسكنك أو كنت على وشك فقدانه، فعلى المدينة أن توفر لك مكانًا للنوم. نجد لك سكنًا طارئًا "
                    "ونساعدك على منع الإخلاء، مثلًا عبر تسديد الإيجارات المتأخرة."
                ),
                "eligibility_description": (
                    "لكل من هو بلا مأوى في نويشتات أو مهدد بالإخلاء، بما في ذلك مواطنو الاتحاد الأوروبي."
                ),
                "application_process": (
                    "تعال وخذ رقمًا من مكتب الاستقبال، وقل إنك تحتاج إلى مكان للنوم الليلة. خارج ساعات الدوام اتصل "
                    "برقم الطوارئ التابع للمدينة 0123 456789."
                ),
                "fees_description": "مجانًا. إذا كان لديك دخل، فقد تُطلب رسوم صغيرة مقابل السكن الطارئ.",
                "what_to_bring": (
                    "هويتك إن وُجدت، وأي رسائل من صاحب السكن أو المحكمة (إنذار بإنهاء العقد، تاريخ الإخلاء)."
                ),
            },
            "uk": {
                "name": "Екстрене житло, якщо вам ніде ночувати",
                "description": (
                    "Якщо ви втратили житло або скоро його втратите, місто зобов’язане надати вам місце для ночівлі. "
                    "Ми знайдемо екстрене житло й допоможемо запобігти виселенню, наприклад покривши борги з оренди."
                ),
                "eligibility_description": (
                    "Для всіх у Нойштадті, хто залишився без житла або під загрозою виселення, зокрема громадян ЄС."
                ),
                "application_process": (
                    "Приходьте й візьміть талон на рецепції; скажіть, що вам потрібне місце для ночівлі сьогодні. Поза "
                    "годинами роботи телефонуйте на екстрений номер міста 0123 456789."
                ),
                "fees_description": (
                    "Безкоштовно. Якщо у вас є дохід, за екстрене житло може стягуватися невелика плата."
                ),
                "what_to_bring": (
                    "Посвідчення особи, якщо є, і будь-які листи від орендодавця чи суду (повідомлення про розірвання "
                    "договору, дата виселення)."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Adult Education Centre",
        "slug": "integration-course",
        "sites": ["adult-education"],
        "needs": ["language", "orientation"],
        "languages": ["de", "en", "ar", "fa", "uk", "tr", "ru"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Integration courses (German and orientation)",
                "description": (
                    "The integration course has 600 hours of German up to level B1 and a 100-hour orientation course "
                    "about life, law and history in Germany. Courses run in the morning, afternoon or evening; some "
                    "offer childcare."
                ),
                "eligibility_description": (
                    "For people with an entitlement or obligation from the foreigners' office or the job centre, and "
                    "for EU citizens, people with temporary protection and others who apply to the Federal Office "
                    "(BAMF) for admission."
                ),
                "application_process": (
                    "Walk in at the Adult Education Centre for a placement test (see 'Language placement test and "
                    "course advice'). We then help you apply for admission and offer you a start date."
                ),
                "fees_description": (
                    "Free for people who receive benefits or are obliged to attend. Others pay a small amount per "
                    "lesson, about 2.30 euros; half is refunded if you pass the exam within two years."
                ),
                "what_to_bring": (
                    "Passport or ID, residence document, the entitlement letter (Berechtigungsschein) if you have one, "
                    "and your benefit decision if you receive benefits."
                ),
            },
            "ar": {
                "name": "دورات الاندماج (الألمانية والتوجيه)",
                "description": (
                    "تتضمن دورة الاندماج 600 ساعة لتعلّم الألمانية حتى المستوى B1، ودورة توجيه من 100 ساعة عن الحياة "
                    "والقانون والتاريخ في ألمانيا. تُقدَّم الدورات صباحًا أو بعد الظهر أو مساءً، وبعضها يوفر رعاية "
                    "للأطفال."
                ),
                "eligibility_description": (
                    "للأشخاص الحاصلين على حق أو إلزام بالمشاركة من مكتب الأجانب أو مركز العمل، ولمواطني الاتحاد "
                    "الأوروبي والحاصلين على الحماية المؤقتة وغيرهم ممن يقدّمون طلب قبول إلى المكتب الاتحادي (BAMF)."
                ),
                "application_process": (
                    "تعال إلى مركز تعليم الكبار لإجراء اختبار تحديد المستوى (انظر «اختبار تحديد المستوى والاستشارة حول "
                    "الدورات»). بعد ذلك نساعدك في طلب القبول ونقترح عليك موعدًا للبدء."
                ),
                "fees_description": (
                    "مجانًا لمن يحصلون على مساعدات أو الملزمين بالحضور. يدفع الآخرون مبلغًا صغيرًا عن كل درس، نحو 2.30 "
                    "يورو، ويُعاد نصفه إذا نجحت في الامتحان خلال سنتين."
                ),
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة، رسالة الاستحقاق (Berechtigungsschein) إن وُجدت، وقرار "
                    "المساعدات إذا كنت تحصل عليها."
                ),
            },
            "uk": {
                "name": "Інтеграційні курси (німецька та орієнтація)",
                "description": (
                    "Інтеграційний курс складається з 600 годин німецької до рівня B1 і 100-годинного орієнтаційного "
                    "курсу про життя, право та історію Німеччини. Заняття бувають зранку, вдень або ввечері; на деяких "
                    "курсах є догляд за дітьми."
                ),
                "eligibility_description": (
                    "Для людей, які мають право або зобов’язання від відомства у справах іноземців чи джобцентру, а "
                    "також для громадян ЄС, людей із тимчасовим захистом та інших, хто подає заяву на допуск до "
                    "Федерального відомства (BAMF)."
                ),
                "application_process": (
                    "Приходьте до Центру освіти дорослих на тест для визначення рівня (див. «Тест на рівень мови та "
                    "консультація щодо курсів»). Потім ми допоможемо подати заяву на допуск і запропонуємо дату "
                    "початку."
                ),
                "fees_description": (
                    "Безкоштовно для тих, хто отримує соціальну допомогу або зобов’язаний відвідувати курс. Інші "
                    "платять невелику суму за заняття, близько 2,30 євро; половину повертають, якщо ви складете іспит "
                    "протягом двох років."
                ),
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, направлення (Berechtigungsschein), якщо "
                    "є, і рішення про виплати, якщо ви отримуєте допомогу."
                ),
            },
            "fa": {
                "name": "کلاس‌های ادغام (زبان آلمانی و آشنایی با جامعه)",
                "description": (
                    "کلاس ادغام شامل ۶۰۰ ساعت آموزش زبان آلمانی تا سطح B1 و یک دوره ۱۰۰ ساعته آشنایی با زندگی، قانون و "
                    "تاریخ آلمان است. کلاس‌ها صبح، بعدازظهر یا عصر برگزار می‌شوند و برخی از آن‌ها مهدکودک دارند."
                ),
                "eligibility_description": (
                    "برای کسانی که از اداره اتباع خارجی یا جاب‌سنتر حق یا الزام شرکت دارند، و برای شهروندان اتحادیه "
                    "اروپا، دارندگان حمایت موقت و دیگرانی که از اداره فدرال (BAMF) درخواست پذیرش می‌کنند."
                ),
                "application_process": (
                    "برای آزمون تعیین سطح به مرکز آموزش بزرگسالان بیایید (نگاه کنید به «آزمون تعیین سطح زبان و مشاوره "
                    "کلاس»). سپس به شما در درخواست پذیرش کمک می‌کنیم و تاریخ شروع پیشنهاد می‌دهیم."
                ),
                "fees_description": (
                    "برای کسانی که کمک‌هزینه می‌گیرند یا ملزم به شرکت هستند رایگان است. دیگران مبلغ کمی برای هر جلسه "
                    "می‌پردازند، حدود ۲٫۳۰ یورو؛ اگر ظرف دو سال در آزمون قبول شوید، نیمی از آن بازپرداخت می‌شود."
                ),
                "what_to_bring": (
                    "گذرنامه یا کارت شناسایی، مدرک اقامت، برگه مجوز شرکت (Berechtigungsschein) اگر دارید، و تصمیم "
                    "کمک‌هزینه اگر دریافت می‌کنید."
                ),
            },
            "de": {
                "name": "Integrationskurse (Deutsch und Orientierung)",
                "description": (
                    "Der Integrationskurs hat 600 Stunden Deutsch bis zum Niveau B1 und einen Orientierungskurs mit "
                    "100 Stunden über Leben, Recht und Geschichte in Deutschland. Kurse gibt es vormittags, "
                    "nachmittags oder abends; manche bieten Kinderbetreuung."
                ),
                "eligibility_description": (
                    "Für Menschen mit einer Berechtigung oder Verpflichtung von der Ausländerbehörde oder dem "
                    "Jobcenter sowie für EU-Bürgerinnen und -Bürger, Menschen mit vorübergehendem Schutz und andere, "
                    "die beim Bundesamt (BAMF) eine Zulassung beantragen."
                ),
                "application_process": (
                    "Kommen Sie zum Einstufungstest in die Volkshochschule (siehe „Einstufungstest und Kursberatung“). "
                    "Danach helfen wir beim Antrag auf Zulassung und bieten Ihnen einen Starttermin an."
                ),
                "fees_description": (
                    "Kostenlos für Menschen, die Leistungen bekommen oder zur Teilnahme verpflichtet sind. Andere "
                    "zahlen einen kleinen Betrag pro Unterrichtsstunde, etwa 2,30 Euro; die Hälfte bekommen Sie "
                    "zurück, wenn Sie die Prüfung innerhalb von zwei Jahren bestehen."
                ),
                "what_to_bring": (
                    "Reisepass oder Ausweis, Aufenthaltsdokument, den Berechtigungsschein (wenn vorhanden) und Ihren "
                    "Leistungsbescheid, wenn Sie Leistungen bekommen."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Adult Education Centre",
        "slug": "placement-test",
        "sites": ["adult-education"],
        "needs": ["language"],
        "languages": ["de", "en", "ar", "fa", "uk", "tr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Language placement test and course advice",
                "description": (
                    "A short test shows your level of German, so that you start in the right course. Afterwards an "
                    "advisor explains which courses suit you: integration course, literacy course, German for work or "
                    "evening classes."
                ),
                "eligibility_description": (
                    "For everyone who wants to learn German in Neustadt, from complete beginners to advanced learners."
                ),
                "application_process": (
                    "Walk in from Monday to Thursday between 9:00 and 11:00 at the Adult Education Centre, Schulstraße "
                    "8. The test takes about 60 minutes; you get the result and advice the same day."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or ID, residence document, any German certificates you have, and your glasses if you "
                    "need them for reading."
                ),
            },
            "ar": {
                "name": "اختبار تحديد المستوى والاستشارة حول الدورات",
                "description": (
                    "يُظهر اختبار قصير مستواك في اللغة الألمانية لتبدأ في الدورة المناسبة. بعد ذلك يشرح لك مستشار أي "
                    "الدورات تناسبك: دورة الاندماج، أو دورة محو الأمية، أو الألمانية للعمل، أو الدروس المسائية."
                ),
                "eligibility_description": "لكل من يريد تعلّم الألمانية في نويشتات، من المبتدئين تمامًا إلى المتقدمين.",
                "application_process": (
                    "تعال من الاثنين إلى الخميس بين الساعة 9:00 و11:00 إلى مركز تعليم الكبار، Schulstraße 8. يستغرق "
                    "الاختبار نحو 60 دقيقة، وتحصل على النتيجة والاستشارة في اليوم نفسه."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة، أي شهادات لغة ألمانية لديك، ونظاراتك إذا كنت تحتاجها للقراءة."
                ),
            },
            "uk": {
                "name": "Тест на рівень мови та консультація щодо курсів",
                "description": (
                    "Короткий тест покаже ваш рівень німецької, щоб ви почали з правильного курсу. Після цього "
                    "консультант пояснить, які курси вам підходять: інтеграційний курс, курс грамотності, німецька для "
                    "роботи чи вечірні заняття."
                ),
                "eligibility_description": (
                    "Для всіх, хто хоче вивчати німецьку в Нойштадті, від повних початківців до досвідчених."
                ),
                "application_process": (
                    "Приходьте з понеділка по четвер з 9:00 до 11:00 до Центру освіти дорослих, Schulstraße 8. Тест "
                    "триває близько 60 хвилин; результат і консультацію ви отримаєте того ж дня."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, наявні сертифікати з німецької та "
                    "окуляри, якщо вони потрібні вам для читання."
                ),
            },
            "fa": {
                "name": "آزمون تعیین سطح زبان و مشاوره کلاس",
                "description": (
                    "یک آزمون کوتاه سطح زبان آلمانی شما را نشان می‌دهد تا در کلاس مناسب شروع کنید. سپس یک مشاور توضیح "
                    "می‌دهد کدام کلاس‌ها برای شما مناسب است: کلاس ادغام، کلاس سوادآموزی، آلمانی برای کار یا کلاس‌های "
                    "عصر."
                ),
                "eligibility_description": (
                    "برای همه کسانی که می‌خواهند در نویشتات آلمانی یاد بگیرند، از مبتدی کامل تا پیشرفته."
                ),
                "application_process": (
                    "دوشنبه تا پنجشنبه بین ساعت ۹:۰۰ تا ۱۱:۰۰ به مرکز آموزش بزرگسالان، Schulstraße 8 بیایید. آزمون "
                    "حدود ۶۰ دقیقه طول می‌کشد؛ نتیجه و مشاوره را همان روز دریافت می‌کنید."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": (
                    "گذرنامه یا کارت شناسایی، مدرک اقامت، هر گواهی زبان آلمانی که دارید و اگر برای خواندن لازم دارید، "
                    "عینک."
                ),
            },
            "de": {
                "name": "Einstufungstest und Kursberatung",
                "description": (
                    "Ein kurzer Test zeigt Ihr Deutschniveau, damit Sie im richtigen Kurs beginnen. Danach erklärt "
                    "eine Beraterin oder ein Berater, welche Kurse zu Ihnen passen: Integrationskurs, "
                    "Alphabetisierungskurs, Deutsch für den Beruf oder Abendkurse."
                ),
                "eligibility_description": (
                    "Für alle, die in Neustadt Deutsch lernen möchten, von Anfängerinnen und Anfängern ohne "
                    "Vorkenntnisse bis zu Fortgeschrittenen."
                ),
                "application_process": (
                    "Kommen Sie montags bis donnerstags zwischen 9:00 und 11:00 Uhr in die Volkshochschule, "
                    "Schulstraße 8. Der Test dauert etwa 60 Minuten; Ergebnis und Beratung bekommen Sie am selben Tag."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": (
                    "Reisepass oder Ausweis, Aufenthaltsdokument, vorhandene Deutschzertifikate und Ihre Brille, wenn "
                    "Sie zum Lesen eine brauchen."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Adult Education Centre",
        "slug": "literacy-course",
        "sites": ["adult-education"],
        "needs": ["language", "education"],
        "languages": ["de", "ar", "fa", "ku", "tr"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Literacy course: learning to read and write",
                "description": (
                    "For adults who never learned to read and write, or only in a script other than the Latin "
                    "alphabet. In small groups you learn German and the Latin alphabet step by step, at a slower pace "
                    "than in other courses."
                ),
                "eligibility_description": (
                    "For adults of any age; you can join with an integration course entitlement or pay for the course "
                    "yourself."
                ),
                "application_process": (
                    "Walk in for the placement test at the Adult Education Centre; tell the staff that reading and "
                    "writing are difficult for you, and they will read everything with you."
                ),
                "fees_description": "Free with an integration course entitlement or if you receive benefits.",
                "what_to_bring": "Passport or ID and residence document. Someone can come with you to help.",
            },
            "ar": {
                "name": "دورة محو الأمية: تعلّم القراءة والكتابة",
                "description": (
                    "للبالغين الذين لم يتعلموا القراءة والكتابة أبدًا، أو تعلّموها فقط بخط غير الحروف اللاتينية. في "
                    "مجموعات صغيرة تتعلّم الألمانية والأبجدية اللاتينية خطوة بخطوة، بوتيرة أبطأ من الدورات الأخرى."
                ),
                "eligibility_description": (
                    "للبالغين من جميع الأعمار؛ يمكنك الانضمام بحق المشاركة في دورة الاندماج أو على نفقتك الخاصة."
                ),
                "application_process": (
                    "تعال لإجراء اختبار تحديد المستوى في مركز تعليم الكبار؛ أخبر الموظفين أن القراءة والكتابة صعبتان "
                    "عليك، وسيقرؤون معك كل شيء."
                ),
                "fees_description": "مجانًا مع حق المشاركة في دورة الاندماج أو إذا كنت تحصل على مساعدات.",
                "what_to_bring": "جواز السفر أو الهوية ووثيقة الإقامة. يمكن لشخص أن يرافقك للمساعدة.",
            },
            "uk": {
                "name": "Курс грамотності: вчимося читати й писати",
                "description": (
                    "Для дорослих, які ніколи не вчилися читати й писати або вміють лише іншим, не латинським письмом. "
                    "У малих групах ви крок за кроком вивчаєте німецьку й латинську абетку, повільніше, ніж на інших "
                    "курсах."
                ),
                "eligibility_description": (
                    "Для дорослих будь-якого віку; приєднатися можна з правом на інтеграційний курс або за власний "
                    "кошт."
                ),
                "application_process": (
                    "Приходьте на тест для визначення рівня в Центрі освіти дорослих; скажіть працівникам, що вам "
                    "важко читати й писати, — і вони все прочитають разом із вами."
                ),
                "fees_description": (
                    "Безкоштовно з правом на інтеграційний курс або якщо ви отримуєте соціальну допомогу."
                ),
                "what_to_bring": (
                    "Паспорт або посвідчення особи та документ про перебування. З вами може прийти людина, яка "
                    "допоможе."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Adult Education Centre",
        "slug": "school-diploma",
        "sites": ["adult-education"],
        "needs": ["education"],
        "languages": ["de", "en", "ar"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "School-leaving certificate for adults",
                "description": (
                    "Earn a German school-leaving certificate (Hauptschulabschluss or Mittlerer Schulabschluss) in one "
                    "or two years of evening or daytime classes. It opens the way to an apprenticeship or further "
                    "education."
                ),
                "eligibility_description": (
                    "For people aged 18 and over with German at level B1 or higher who do not have a school-leaving "
                    "certificate recognised in Germany."
                ),
                "application_process": (
                    "By appointment. Book a counselling appointment at the Adult Education Centre or at the welcome "
                    "desk; new classes start in February and August."
                ),
                "fees_description": "Free of charge; books cost about 50 euros, which the job centre can pay.",
                "what_to_bring": (
                    "Passport or ID, residence document, school reports from your home country, and your German "
                    "certificate."
                ),
            },
            "ar": {
                "name": "شهادة إتمام المدرسة للبالغين",
                "description": (
                    "احصل على شهادة مدرسية ألمانية (Hauptschulabschluss أو Mittlerer Schulabschluss) خلال سنة أو سنتين "
                    "من الدروس المسائية أو النهارية. تفتح لك الطريق إلى التدريب المهني أو مواصلة التعليم."
                ),
                "eligibility_description": (
                    "للأشخاص من عمر 18 عامًا فما فوق الذين يتقنون الألمانية بمستوى B1 أو أعلى وليس لديهم شهادة مدرسية "
                    "معترف بها في ألمانيا."
                ),
                "application_process": (
                    "بموعد. احجز موعد استشارة في مركز تعليم الكبار أو في مكتب الاستقبال؛ تبدأ الصفوف الجديدة في فبراير "
                    "وأغسطس."
                ),
                "fees_description": "مجانًا؛ تكلّف الكتب نحو 50 يورو، ويمكن لمركز العمل دفعها.",
                "what_to_bring": (
                    "جواز السفر أو الهوية، وثيقة الإقامة، الشهادات المدرسية من بلدك، وشهادة اللغة الألمانية."
                ),
            },
            "uk": {
                "name": "Шкільний атестат для дорослих",
                "description": (
                    "Здобудьте німецький шкільний атестат (Hauptschulabschluss або Mittlerer Schulabschluss) за рік "
                    "або два вечірніх чи денних занять. Він відкриває шлях до професійного навчання або подальшої "
                    "освіти."
                ),
                "eligibility_description": (
                    "Для людей від 18 років із німецькою на рівні B1 або вище, які не мають визнаного в Німеччині "
                    "шкільного атестата."
                ),
                "application_process": (
                    "За записом. Запишіться на консультацію в Центрі освіти дорослих або на рецепції; нові класи "
                    "починаються в лютому та серпні."
                ),
                "fees_description": "Безкоштовно; підручники коштують близько 50 євро, їх може оплатити джобцентр.",
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування, шкільні табелі з вашої країни та "
                    "сертифікат з німецької."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Adult Education Centre",
        "slug": "women-course",
        "sites": ["adult-education"],
        "needs": ["language", "family"],
        "languages": ["de", "ar", "fa", "tr", "ku"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "German course for women with childcare",
                "description": (
                    "A morning German course only for women, with childcare in the next room. Besides German, the "
                    "course covers everyday topics such as health, school and shopping, and includes outings around "
                    "Neustadt."
                ),
                "eligibility_description": (
                    "For women with young children, or women who prefer to learn in a women-only group."
                ),
                "application_process": (
                    "Walk in for the placement test at the Adult Education Centre and ask for the women's course; "
                    "childcare places are limited, so come early."
                ),
                "fees_description": (
                    "Free with an integration course entitlement or if you receive benefits; childcare is free."
                ),
                "what_to_bring": (
                    "Passport or ID, residence document, and your children's vaccination records for the childcare."
                ),
            },
            "ar": {
                "name": "دورة ألمانية للنساء مع رعاية الأطفال",
                "description": (
                    "دورة صباحية للغة الألمانية للنساء فقط، مع رعاية للأطفال في الغرفة المجاورة. إلى جانب الألمانية "
                    "تتناول الدورة موضوعات يومية مثل الصحة والمدرسة والتسوق، وتتضمن جولات في أنحاء نويشتات."
                ),
                "eligibility_description": (
                    "للنساء اللواتي لديهن أطفال صغار، أو اللواتي يفضّلن التعلّم في مجموعة نسائية فقط."
                ),
                "application_process": (
                    "تعالي لإجراء اختبار تحديد المستوى في مركز تعليم الكبار واسألي عن دورة النساء؛ أماكن رعاية الأطفال "
                    "محدودة، لذا تعالي مبكرًا."
                ),
                "fees_description": (
                    "مجانًا مع حق المشاركة في دورة الاندماج أو إذا كنتِ تحصلين على مساعدات؛ رعاية الأطفال مجانية."
                ),
                "what_to_bring": "جواز السفر أو الهوية، وثيقة الإقامة، وسجلات تطعيم أطفالك من أجل رعاية الأطفال.",
            },
            "uk": {
                "name": "Курс німецької для жінок із доглядом за дітьми",
                "description": (
                    "Ранковий курс німецької лише для жінок, із доглядом за дітьми в сусідній кімнаті. Окрім мови, "
                    "курс охоплює повсякденні теми — здоров’я, школу, покупки — і включає прогулянки Нойштадтом."
                ),
                "eligibility_description": (
                    "Для жінок із маленькими дітьми або жінок, які воліють навчатися в жіночій групі."
                ),
                "application_process": (
                    "Приходьте на тест для визначення рівня в Центрі освіти дорослих і запитайте про жіночий курс; "
                    "місць для догляду за дітьми небагато, тож приходьте раніше."
                ),
                "fees_description": (
                    "Безкоштовно з правом на інтеграційний курс або якщо ви отримуєте соціальну допомогу; догляд за "
                    "дітьми безкоштовний."
                ),
                "what_to_bring": (
                    "Паспорт або посвідчення особи, документ про перебування та документи про щеплення дітей (для "
                    "догляду за ними)."
                ),
            },
        },
    },
    {
        "organisation": "Neustadt Adult Education Centre",
        "slug": "computer-course",
        "sites": ["adult-education"],
        "needs": ["education", "orientation"],
        "languages": ["de", "en", "ar", "uk"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Computer and smartphone basics",
                "description": (
                    "Learn to use a computer and a smartphone in everyday life: e-mail, online forms, video calls, "
                    "online banking and staying safe from scams. Small groups, simple German, with help in other "
                    "languages."
                ),
                "eligibility_description": "For adults with little or no computer experience.",
                "application_process": (
                    "Walk in at the Adult Education Centre office to register; a new course of four mornings starts "
                    "every month."
                ),
                "fees_description": (
                    "15 euros per course; free if you receive benefits or have an integration course entitlement."
                ),
                "what_to_bring": "Your smartphone if you have one, and your ID for registration.",
            },
            "ar": {
                "name": "أساسيات الحاسوب والهاتف الذكي",
                "description": (
                    "تعلّم استخدام الحاسوب والهاتف الذكي في الحياة اليومية: البريد الإلكتروني، الاستمارات الإلكترونية، "
                    "مكالمات الفيديو، الخدمات البنكية عبر الإنترنت، والحماية من الاحتيال. مجموعات صغيرة، بألمانية "
                    "بسيطة مع مساعدة بلغات أخرى."
                ),
                "eligibility_description": "للبالغين ذوي الخبرة القليلة أو المعدومة في استخدام الحاسوب.",
                "application_process": (
                    "تعال إلى مكتب مركز تعليم الكبار للتسجيل؛ تبدأ كل شهر دورة جديدة من أربع فترات صباحية."
                ),
                "fees_description": (
                    "15 يورو للدورة؛ مجانًا إذا كنت تحصل على مساعدات أو لديك حق المشاركة في دورة الاندماج."
                ),
                "what_to_bring": "هاتفك الذكي إن كان لديك، وهويتك للتسجيل.",
            },
            "uk": {
                "name": "Основи роботи з комп’ютером і смартфоном",
                "description": (
                    "Навчіться користуватися комп’ютером і смартфоном у повсякденному житті: електронна пошта, "
                    "онлайн-формуляри, відеодзвінки, онлайн-банкінг і захист від шахраїв. Малі групи, проста німецька "
                    "з допомогою іншими мовами."
                ),
                "eligibility_description": (
                    "Для дорослих, які мають мало або зовсім не мають досвіду роботи з комп’ютером."
                ),
                "application_process": (
                    "Приходьте до офісу Центру освіти дорослих, щоб зареєструватися; щомісяця починається новий курс "
                    "із чотирьох ранкових занять."
                ),
                "fees_description": (
                    "15 євро за курс; безкоштовно, якщо ви отримуєте соціальну допомогу або маєте право на "
                    "інтеграційний курс."
                ),
                "what_to_bring": "Свій смартфон, якщо є, і посвідчення особи для реєстрації.",
            },
        },
    },
    {
        "organisation": "Chamber of Crafts, Recognition Advice",
        "slug": "crafts-recognition",
        "sites": ["main"],
        "needs": ["work", "education"],
        "languages": ["de", "en", "ru", "ar", "tr"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Recognition of craft qualifications",
                "description": (
                    "The Chamber of Crafts checks whether your training as, for example, an electrician, hairdresser, "
                    "baker or car mechanic is equivalent to a German qualification. If only parts are missing, we show "
                    "you how to close the gap with practical training."
                ),
                "eligibility_description": (
                    "For people with vocational training or work experience in a skilled trade from abroad."
                ),
                "application_process": (
                    "By appointment. Book at the welcome desk; the Chamber's advisor comes to the One-Stop-Shop every "
                    "Thursday. If you have no papers, a practical skills test (Qualifikationsanalyse) may be possible."
                ),
                "fees_description": (
                    "The advice is free. The procedure costs 100 to 600 euros; the job centre or the recognition grant "
                    "often pays."
                ),
                "what_to_bring": (
                    "Certificates of your training and work, with translations if you have them, CV, and passport or "
                    "ID."
                ),
            },
            "ar": {
                "name": "الاعتراف بالمؤهلات الحِرفية",
                "description": (
                    "تتحقق غرفة الحِرف مما إذا كان تدريبك، مثلًا ككهربائي أو مصفّف شعر أو خبّاز أو ميكانيكي سيارات، "
                    "معادلًا لمؤهل ألماني. إذا كانت تنقصك أجزاء فقط، نوضّح لك كيف تسدّ هذا النقص بتدريب عملي."
                ),
                "eligibility_description": "للأشخاص الذين لديهم تدريب مهني أو خبرة عمل في حرفة من الخارج.",
                "application_process": (
                    "بموعد. احجز في مكتب الاستقبال؛ يأتي مستشار الغرفة إلى المركز الموحد (One-Stop-Shop) كل يوم خميس. "
                    "إذا لم تكن لديك أوراق، فقد يكون اختبار المهارات العملية (Qualifikationsanalyse) ممكنًا."
                ),
                "fees_description": (
                    "الاستشارة مجانية. يكلّف الإجراء بين 100 و600 يورو، وغالبًا ما يدفعها مركز العمل أو منحة الاعتراف."
                ),
                "what_to_bring": "شهادات تدريبك وعملك مع الترجمات إن وُجدت، والسيرة الذاتية، وجواز السفر أو الهوية.",
            },
            "uk": {
                "name": "Визнання ремісничих кваліфікацій",
                "description": (
                    "Ремісницька палата перевіряє, чи ваша професійна освіта, наприклад електрика, перукаря, пекаря чи "
                    "автомеханіка, рівноцінна німецькій кваліфікації. Якщо бракує лише окремих частин, ми покажемо, як "
                    "надолужити їх практичним навчанням."
                ),
                "eligibility_description": (
                    "Для людей із професійною освітою або досвідом роботи в ремеслі з-за кордону."
                ),
                "application_process": (
                    "За записом. Запишіться на рецепції; консультант палати приходить до One-Stop-Shop щочетверга. "
                    "Якщо у вас немає документів, можлива практична перевірка навичок (Qualifikationsanalyse)."
                ),
                "fees_description": (
                    "Консультація безкоштовна. Процедура коштує від 100 до 600 євро; часто її оплачує джобцентр або "
                    "грант на визнання."
                ),
                "what_to_bring": (
                    "Документи про навчання й роботу з перекладами (якщо є), резюме та паспорт або посвідчення особи."
                ),
            },
        },
    },
    {
        "organisation": "Chamber of Crafts, Recognition Advice",
        "slug": "crafts-apprenticeships",
        "sites": ["main"],
        "needs": ["work", "education"],
        "languages": ["de", "en", "ar", "fa", "uk"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Apprenticeship matching in the trades",
                "description": (
                    "Many local craft businesses are looking for apprentices and workers. We match you with companies, "
                    "arrange internships so you can try out a trade, and support you and the company during the "
                    "training."
                ),
                "eligibility_description": (
                    "For young people and adults who are allowed to work and speak German at about level A2 or higher."
                ),
                "application_process": (
                    "Walk in on Thursday afternoons and take a ticket at the welcome desk for the Chamber of Crafts."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "CV, school and work certificates, passport or ID, and residence document.",
            },
            "ar": {
                "name": "التوفيق في التدريب المهني في الحِرف",
                "description": (
                    "كثير من الشركات الحرفية المحلية تبحث عن متدربين وعمّال. نوفّق بينك وبين الشركات، وننظّم تدريبًا "
                    "عمليًا قصيرًا لتجرّب الحرفة، وندعمك أنت والشركة خلال فترة التدريب."
                ),
                "eligibility_description": (
                    "للشباب والبالغين المسموح لهم بالعمل والذين يتحدثون الألمانية بمستوى A2 تقريبًا أو أعلى."
                ),
                "application_process": "تعال بعد ظهر يوم الخميس وخذ رقمًا من مكتب الاستقبال لغرفة الحِرف.",
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "السيرة الذاتية، الشهادات المدرسية وشهادات العمل، جواز السفر أو الهوية، ووثيقة الإقامة."
                ),
            },
            "uk": {
                "name": "Підбір професійного навчання в ремеслах",
                "description": (
                    "Багато місцевих ремісничих підприємств шукають учнів і працівників. Ми підберемо вам "
                    "підприємство, організуємо практику, щоб ви спробували професію, і підтримуватимемо вас і "
                    "підприємство під час навчання."
                ),
                "eligibility_description": (
                    "Для молоді та дорослих, яким дозволено працювати і які знають німецьку приблизно на рівні A2 або "
                    "вище."
                ),
                "application_process": (
                    "Приходьте в четвер після обіду й візьміть талон на рецепції до Ремісничої палати."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Резюме, шкільні та робочі свідоцтва, паспорт або посвідчення особи та документ про перебування."
                ),
            },
        },
    },
    {
        "organisation": "Women's Counselling Centre Neustadt",
        "slug": "women-counselling",
        "sites": ["main"],
        "needs": ["psychosocial", "family"],
        "languages": ["de", "en", "ar", "fa", "tr", "ku", "uk"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Counselling for women",
                "description": (
                    "Female counsellors support women and girls with any worries: stress, loneliness, relationships, "
                    "health or problems in the family. Conversations are confidential and can be anonymous."
                ),
                "eligibility_description": "For women and girls from 14, whatever their residence status.",
                "application_process": (
                    "Walk in on Monday or Wednesday mornings and ask at the welcome desk for the women's counselling "
                    "room, or book an appointment there. You can ask for a female interpreter."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "Nothing is required.",
            },
            "ar": {
                "name": "استشارات للنساء",
                "description": (
                    "مستشارات نساء يدعمن النساء والفتيات في أي هموم: الضغط النفسي، الوحدة، العلاقات، الصحة أو مشكلات "
                    "الأسرة. المحادثات سرية ويمكن أن تكون دون ذكر الاسم."
                ),
                "eligibility_description": "للنساء والفتيات من عمر 14 عامًا، مهما كان وضع إقامتهن.",
                "application_process": (
                    "تعالي صباح يوم الاثنين أو الأربعاء واسألي في مكتب الاستقبال عن غرفة استشارات النساء، أو احجزي "
                    "موعدًا هناك. يمكنك طلب مترجمة امرأة."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": "لا يلزم شيء.",
            },
            "uk": {
                "name": "Консультації для жінок",
                "description": (
                    "Консультантки підтримують жінок і дівчат у будь-яких турботах: стрес, самотність, стосунки, "
                    "здоров’я чи проблеми в сім’ї. Розмови конфіденційні й можуть бути анонімними."
                ),
                "eligibility_description": "Для жінок і дівчат від 14 років, незалежно від статусу перебування.",
                "application_process": (
                    "Приходьте в понеділок або середу зранку й запитайте на рецепції про кімнату консультацій для "
                    "жінок або запишіться там на прийом. Можна попросити перекладачку."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": "Нічого не потрібно.",
            },
            "fa": {
                "name": "مشاوره برای زنان",
                "description": (
                    "مشاوران زن، زنان و دختران را در هر نگرانی‌ای همراهی می‌کنند: استرس، تنهایی، روابط، سلامت یا "
                    "مشکلات خانوادگی. گفتگوها محرمانه است و می‌تواند بدون ذکر نام باشد."
                ),
                "eligibility_description": "برای زنان و دختران از ۱۴ سالگی، با هر وضعیت اقامتی.",
                "application_process": (
                    "دوشنبه یا چهارشنبه صبح بیایید و در میز پذیرش سراغ اتاق مشاوره زنان را بگیرید، یا همان‌جا وقت "
                    "بگیرید. می‌توانید مترجم زن درخواست کنید."
                ),
                "fees_description": "رایگان.",
                "what_to_bring": "هیچ چیزی لازم نیست.",
            },
            "de": {
                "name": "Beratung für Frauen",
                "description": (
                    "Beraterinnen unterstützen Frauen und Mädchen bei allen Sorgen: Stress, Einsamkeit, Beziehungen, "
                    "Gesundheit oder Probleme in der Familie. Die Gespräche sind vertraulich und auf Wunsch anonym."
                ),
                "eligibility_description": "Für Frauen und Mädchen ab 14 Jahren, egal mit welchem Aufenthaltsstatus.",
                "application_process": (
                    "Kommen Sie montags oder mittwochs vormittags und fragen Sie am Empfang nach dem Beratungsraum für "
                    "Frauen, oder vereinbaren Sie dort einen Termin. Sie können eine Dolmetscherin verlangen."
                ),
                "fees_description": "Kostenlos.",
                "what_to_bring": "Sie müssen nichts mitbringen.",
            },
        },
    },
    {
        "organisation": "Women's Counselling Centre Neustadt",
        "slug": "violence-support",
        "sites": ["main"],
        "needs": ["legal", "psychosocial", "housing"],
        "languages": ["de", "en", "ar", "fa", "tr", "ku", "uk", "ru"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Help against domestic violence",
                "description": (
                    "If your partner or a family member hurts, threatens or controls you, we help you get to safety: a "
                    "place in a women's shelter, a protection order from the court, and advice on your residence "
                    "rights if you separate."
                ),
                "eligibility_description": (
                    "For women and their children affected by violence, whatever their residence status. Men can call "
                    "the national helpline for men."
                ),
                "application_process": (
                    "Walk in at any time during opening hours and say at the welcome desk that you want to speak to "
                    "the women's counselling centre; you will be taken to a private room at once. Day and night, call "
                    "the helpline 116 016, free and in many languages. If you are in danger, call 110."
                ),
                "fees_description": "Free of charge and confidential.",
                "what_to_bring": (
                    "Nothing is required. If you can, bring your passport, residence document, bank card, medicines "
                    "and your children's documents."
                ),
            },
            "ar": {
                "name": "المساعدة ضد العنف الأسري",
                "description": (
                    "إذا كان شريكك أو أحد أفراد عائلتك يؤذيك أو يهددك أو يتحكم بك، نساعدك في الوصول إلى الأمان: مكان "
                    "في دار لحماية النساء، وأمر حماية من المحكمة، واستشارة حول حقوق إقامتك إذا انفصلتِ."
                ),
                "eligibility_description": (
                    "للنساء وأطفالهن المتضررين من العنف، مهما كان وضع إقامتهن. يمكن للرجال الاتصال بخط المساعدة الوطني "
                    "للرجال."
                ),
                "application_process": (
                    "تعالي في أي وقت خلال ساعات الدوام وقولي في مكتب الاستقبال إنك تريدين التحدث مع مركز استشارات "
                    "النساء، وسنأخذك فورًا إلى غرفة خاصة. ليلًا ونهارًا اتصلي بخط المساعدة 116 016، مجانًا وبلغات "
                    "عديدة. إذا كنتِ في خطر فاتصلي بالرقم 110."
                ),
                "fees_description": "مجانًا وبسرية تامة.",
                "what_to_bring": (
                    "لا يلزم شيء. إن استطعتِ، أحضري جواز سفرك ووثيقة إقامتك وبطاقتك البنكية وأدويتك ووثائق أطفالك."
                ),
            },
            "uk": {
                "name": "Допомога у разі домашнього насильства",
                "description": (
                    "Якщо ваш партнер чи член родини кривдить вас, погрожує або контролює, ми допоможемо вам опинитися "
                    "в безпеці: місце в притулку для жінок, охоронний припис від суду та консультація щодо права на "
                    "перебування в разі розлучення."
                ),
                "eligibility_description": (
                    "Для жінок і їхніх дітей, які постраждали від насильства, незалежно від статусу перебування. "
                    "Чоловіки можуть звернутися на національну гарячу лінію для чоловіків."
                ),
                "application_process": (
                    "Приходьте будь-коли в години роботи й скажіть на рецепції, що хочете поговорити з центром "
                    "консультацій для жінок, — вас одразу проведуть в окрему кімнату. Цілодобово телефонуйте на гарячу "
                    "лінію 116 016 — безкоштовно й багатьма мовами. Якщо вам загрожує небезпека, телефонуйте 110."
                ),
                "fees_description": "Безкоштовно й конфіденційно.",
                "what_to_bring": (
                    "Нічого не обов’язково. Якщо можете, візьміть паспорт, документ про перебування, банківську "
                    "картку, ліки та документи дітей."
                ),
            },
            "fa": {
                "name": "کمک در برابر خشونت خانگی",
                "description": (
                    "اگر همسر یا یکی از اعضای خانواده به شما آسیب می‌زند، شما را تهدید یا کنترل می‌کند، به شما کمک "
                    "می‌کنیم در امان باشید: جایی در خانه امن زنان، حکم حمایتی از دادگاه و مشاوره درباره حق اقامت در "
                    "صورت جدایی."
                ),
                "eligibility_description": (
                    "برای زنان و فرزندانشان که خشونت دیده‌اند، با هر وضعیت اقامتی. مردان می‌توانند با خط تلفن ملی کمک "
                    "به مردان تماس بگیرند."
                ),
                "application_process": (
                    "در هر زمان از ساعات کاری بیایید و در میز پذیرش بگویید که می‌خواهید با مرکز مشاوره زنان صحبت کنید؛ "
                    "فوراً شما را به اتاقی خصوصی می‌بریم. شبانه‌روز می‌توانید با خط کمک 116 016 تماس بگیرید، رایگان و "
                    "به زبان‌های بسیار. اگر در خطر هستید، با 110 تماس بگیرید."
                ),
                "fees_description": "رایگان و محرمانه.",
                "what_to_bring": (
                    "هیچ چیزی لازم نیست. اگر می‌توانید، گذرنامه، مدرک اقامت، کارت بانکی، داروها و مدارک فرزندانتان را "
                    "بیاورید."
                ),
            },
            "de": {
                "name": "Hilfe bei häuslicher Gewalt",
                "description": (
                    "Wenn Ihr Partner oder jemand aus der Familie Sie verletzt, bedroht oder kontrolliert, helfen wir "
                    "Ihnen, in Sicherheit zu kommen: ein Platz im Frauenhaus, eine Schutzanordnung vom Gericht und "
                    "Beratung zu Ihrem Aufenthaltsrecht bei einer Trennung."
                ),
                "eligibility_description": (
                    "Für Frauen und ihre Kinder, die Gewalt erleben, egal mit welchem Aufenthaltsstatus. Männer können "
                    "das bundesweite Hilfetelefon für Männer anrufen."
                ),
                "application_process": (
                    "Kommen Sie jederzeit während der Öffnungszeiten und sagen Sie am Empfang, dass Sie mit der "
                    "Frauenberatung sprechen möchten; Sie werden sofort in einen geschützten Raum gebracht. Tag und "
                    "Nacht erreichen Sie das Hilfetelefon 116 016, kostenlos und in vielen Sprachen. In Gefahr rufen "
                    "Sie 110."
                ),
                "fees_description": "Kostenlos und vertraulich.",
                "what_to_bring": (
                    "Sie müssen nichts mitbringen. Wenn möglich: Reisepass, Aufenthaltsdokument, Bankkarte, "
                    "Medikamente und die Papiere Ihrer Kinder."
                ),
            },
        },
    },
    {
        "organisation": "Women's Counselling Centre Neustadt",
        "slug": "pregnancy-counselling",
        "sites": ["main"],
        "needs": ["health", "family", "money"],
        "languages": ["de", "en", "ar", "fa", "tr", "uk"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Pregnancy counselling",
                "description": (
                    "Advice for pregnant women and their partners: medical care during pregnancy, your rights at work, "
                    "benefits, and one-off grants for baby equipment from the 'Mother and Child' foundation. We also "
                    "provide the counselling that is required before an abortion."
                ),
                "eligibility_description": (
                    "For pregnant women and young parents, whatever their residence status or insurance."
                ),
                "application_process": (
                    "By appointment; book at the welcome desk or by phone. You usually get an appointment within a "
                    "week, and sooner if it is urgent."
                ),
                "fees_description": "Free of charge and confidential.",
                "what_to_bring": (
                    "Your maternity record (Mutterpass) if you have one, passport or ID, residence document, and proof "
                    "of income or your benefit decision if you want to apply for grants."
                ),
            },
            "ar": {
                "name": "استشارات الحمل",
                "description": (
                    "استشارات للنساء الحوامل وشركائهن: الرعاية الطبية خلال الحمل، حقوقك في العمل، المساعدات، والمنح "
                    "لمرة واحدة لشراء مستلزمات الطفل من مؤسسة «الأم والطفل». ونقدّم أيضًا الاستشارة المطلوبة قبل "
                    "الإجهاض."
                ),
                "eligibility_description": "للنساء الحوامل والآباء والأمهات الجدد، مهما كان وضع الإقامة أو التأمين.",
                "application_process": (
                    "بموعد؛ احجزي في مكتب الاستقبال أو عبر الهاتف. عادةً تحصلين على موعد خلال أسبوع، وأسرع في الحالات "
                    "العاجلة."
                ),
                "fees_description": "مجانًا وبسرية.",
                "what_to_bring": (
                    "سجل الأمومة (Mutterpass) إن وُجد، جواز السفر أو الهوية، وثيقة الإقامة، وإثبات الدخل أو قرار "
                    "المساعدات إذا أردتِ طلب المنح."
                ),
            },
            "uk": {
                "name": "Консультації для вагітних",
                "description": (
                    "Консультації для вагітних жінок і їхніх партнерів: медична допомога під час вагітності, ваші "
                    "права на роботі, виплати й одноразова допомога на речі для дитини від фонду «Мати й дитина». Ми "
                    "також проводимо консультацію, обов’язкову перед абортом."
                ),
                "eligibility_description": (
                    "Для вагітних жінок і молодих батьків, незалежно від статусу перебування чи страхування."
                ),
                "application_process": (
                    "За записом; запишіться на рецепції або телефоном. Зазвичай прийом призначають протягом тижня, у "
                    "термінових випадках — раніше."
                ),
                "fees_description": "Безкоштовно й конфіденційно.",
                "what_to_bring": (
                    "Обмінну карту вагітної (Mutterpass), якщо є, паспорт або посвідчення особи, документ про "
                    "перебування та підтвердження доходу або рішення про виплати, якщо хочете подати заяву на "
                    "допомогу."
                ),
            },
        },
    },
    {
        "organisation": "Open Clinic Neustadt",
        "slug": "clinic-consultation",
        "sites": ["welcome-network"],
        "needs": ["health"],
        "languages": ["de", "en", "ar", "fa", "fr", "ro", "bg", "ti"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Medical consultation without health insurance",
                "description": (
                    "Volunteer doctors and nurses treat people who have no health insurance or cannot use it, and "
                    "refer them to specialists and hospitals that work with us. We do not pass on any data to offices "
                    "or the police."
                ),
                "eligibility_description": (
                    "For everyone without health insurance, including people without papers, EU citizens without "
                    "insurance and people who owe money to a health insurance fund."
                ),
                "application_process": (
                    "Walk in on Tuesdays and Fridays between 10:00 and 13:00 and take a ticket at the entrance; you do "
                    "not have to give your real name. Emergencies are always treated first."
                ),
                "fees_description": "Free of charge. Medicines are also free whenever possible.",
                "what_to_bring": (
                    "Nothing is required. Bring any medicines you take and earlier medical reports if you have them."
                ),
            },
            "ar": {
                "name": "استشارة طبية بدون تأمين صحي",
                "description": (
                    "يعالج أطباء وممرضون متطوعون الأشخاص الذين ليس لديهم تأمين صحي أو لا يستطيعون استخدامه، ويحيلونهم "
                    "إلى أطباء مختصين ومستشفيات تتعاون معنا. لا ننقل أي بيانات إلى الدوائر الرسمية أو الشرطة."
                ),
                "eligibility_description": (
                    "لكل من ليس لديه تأمين صحي، بما في ذلك الأشخاص بلا أوراق، ومواطنو الاتحاد الأوروبي غير المؤمَّنين، "
                    "ومن عليهم ديون لصندوق تأمين صحي."
                ),
                "application_process": (
                    "تعال يومي الثلاثاء والجمعة بين الساعة 10:00 و13:00 وخذ رقمًا عند المدخل؛ لا يلزمك ذكر اسمك "
                    "الحقيقي. الحالات الطارئة تُعالج دائمًا أولًا."
                ),
                "fees_description": "مجانًا. الأدوية مجانية أيضًا قدر الإمكان.",
                "what_to_bring": "لا يلزم شيء. أحضر الأدوية التي تتناولها والتقارير الطبية السابقة إن وُجدت.",
            },
            "uk": {
                "name": "Медична консультація без медичного страхування",
                "description": (
                    "Лікарі та медсестри-волонтери лікують людей, які не мають медичного страхування або не можуть ним "
                    "скористатися, і направляють їх до спеціалістів і лікарень, що з нами співпрацюють. Ми не "
                    "передаємо жодних даних установам чи поліції."
                ),
                "eligibility_description": (
                    "Для всіх без медичного страхування, зокрема людей без документів, незастрахованих громадян ЄС і "
                    "людей, які мають борги перед лікарняною касою."
                ),
                "application_process": (
                    "Приходьте у вівторок і п’ятницю з 10:00 до 13:00 і візьміть талон біля входу; називати справжнє "
                    "ім’я не обов’язково. Невідкладні випадки завжди приймають першими."
                ),
                "fees_description": "Безкоштовно. Ліки також безкоштовні, коли це можливо.",
                "what_to_bring": (
                    "Нічого не обов’язково. Візьміть ліки, які ви приймаєте, і попередні медичні висновки, якщо є."
                ),
            },
            "fa": {
                "name": "مشاوره پزشکی بدون بیمه درمانی",
                "description": (
                    "پزشکان و پرستاران داوطلب افرادی را که بیمه درمانی ندارند یا نمی‌توانند از آن استفاده کنند درمان "
                    "می‌کنند و آن‌ها را به پزشکان متخصص و بیمارستان‌های همکار معرفی می‌کنند. ما هیچ اطلاعاتی را به "
                    "ادارات یا پلیس نمی‌دهیم."
                ),
                "eligibility_description": (
                    "برای همه کسانی که بیمه درمانی ندارند، از جمله افراد بدون مدرک، شهروندان اتحادیه اروپا بدون بیمه و "
                    "کسانی که به صندوق بیمه درمانی بدهکارند."
                ),
                "application_process": (
                    "سه‌شنبه‌ها و جمعه‌ها بین ساعت ۱۰:۰۰ تا ۱۳:۰۰ بیایید و کنار در ورودی شماره بگیرید؛ لازم نیست نام "
                    "واقعی خود را بگویید. موارد اضطراری همیشه اول رسیدگی می‌شوند."
                ),
                "fees_description": "رایگان. داروها نیز در صورت امکان رایگان است.",
                "what_to_bring": (
                    "هیچ چیزی لازم نیست. داروهایی که مصرف می‌کنید و گزارش‌های پزشکی قبلی را اگر دارید همراه بیاورید."
                ),
            },
            "de": {
                "name": "Ärztliche Sprechstunde ohne Krankenversicherung",
                "description": (
                    "Ehrenamtliche Ärztinnen, Ärzte und Pflegekräfte behandeln Menschen, die keine Krankenversicherung "
                    "haben oder sie nicht nutzen können, und vermitteln an Fachärzte und Krankenhäuser, die mit uns "
                    "zusammenarbeiten. Wir geben keine Daten an Ämter oder die Polizei weiter."
                ),
                "eligibility_description": (
                    "Für alle ohne Krankenversicherung, auch für Menschen ohne Papiere, EU-Bürgerinnen und -Bürger "
                    "ohne Versicherung und Menschen mit Schulden bei einer Krankenkasse."
                ),
                "application_process": (
                    "Kommen Sie dienstags und freitags zwischen 10:00 und 13:00 Uhr und ziehen Sie am Eingang eine "
                    "Nummer; Sie müssen Ihren echten Namen nicht nennen. Notfälle werden immer zuerst behandelt."
                ),
                "fees_description": "Kostenlos. Auch Medikamente sind nach Möglichkeit kostenlos.",
                "what_to_bring": (
                    "Sie müssen nichts mitbringen. Wenn vorhanden: Ihre Medikamente und frühere Arztberichte."
                ),
            },
        },
    },
    {
        "organisation": "Open Clinic Neustadt",
        "slug": "clinic-pregnancy",
        "sites": ["welcome-network"],
        "needs": ["health", "family"],
        "languages": ["de", "en", "ar", "fr", "ro", "bg", "ti"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Antenatal care without insurance",
                "description": (
                    "A midwife and a gynaecologist provide check-ups during pregnancy, ultrasound scans and advice "
                    "about the birth, and help arrange a safe birth in hospital and how it will be paid for."
                ),
                "eligibility_description": (
                    "For pregnant women without health insurance, including women without papers."
                ),
                "application_process": (
                    "By appointment. Book at the drop-in desk or ask at the welcome desk; if you are bleeding or in "
                    "pain, come straight away or call 112."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Any pregnancy documents or ultrasound pictures you have, and a list of the medicines you take."
                ),
            },
            "ar": {
                "name": "رعاية الحمل بدون تأمين صحي",
                "description": (
                    "تقدّم قابلة وطبيبة نسائية فحوصات خلال الحمل والتصوير بالموجات فوق الصوتية والاستشارة حول الولادة، "
                    "وتساعدانك في ترتيب ولادة آمنة في المستشفى وطريقة دفع تكاليفها."
                ),
                "eligibility_description": "للنساء الحوامل بدون تأمين صحي، بما في ذلك النساء بلا أوراق.",
                "application_process": (
                    "بموعد. احجزي في مكتب الاستقبال المفتوح أو اسألي في مكتب الاستقبال؛ إذا كان لديك نزيف أو ألم، "
                    "فتعالي فورًا أو اتصلي بالرقم 112."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "أي مستندات متعلقة بالحمل أو صور الموجات فوق الصوتية لديك، وقائمة بالأدوية التي تتناولينها."
                ),
            },
            "uk": {
                "name": "Супровід вагітності без страхування",
                "description": (
                    "Акушерка та лікарка-гінекологиня проводять огляди під час вагітності, УЗД і консультації щодо "
                    "пологів, а також допомагають організувати безпечні пологи в лікарні та їх оплату."
                ),
                "eligibility_description": (
                    "Для вагітних жінок без медичного страхування, зокрема жінок без документів."
                ),
                "application_process": (
                    "За записом. Запишіться на пункті відкритого прийому або запитайте на рецепції; якщо у вас "
                    "кровотеча чи біль, приходьте одразу або телефонуйте 112."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Будь-які документи щодо вагітності чи знімки УЗД, які у вас є, та перелік ліків, які ви приймаєте."
                ),
            },
        },
    },
    {
        "organisation": "Open Clinic Neustadt",
        "slug": "trauma-counselling",
        "sites": ["welcome-network"],
        "needs": ["psychosocial", "health"],
        "languages": ["de", "en", "ar", "fa", "ti", "uk"],
        "appointment_only": True,
        "texts": {
            "en": {
                "name": "Psychological first aid and trauma counselling",
                "description": (
                    "Many people who fled have lived through terrible things and suffer from sleeplessness, fear or "
                    "painful memories. Our psychologists offer short-term counselling and help you find longer-term "
                    "therapy with an interpreter."
                ),
                "eligibility_description": (
                    "For adults and teenagers from 14 who have experienced war, flight or violence, with or without "
                    "health insurance."
                ),
                "application_process": (
                    "By appointment. Ask at the drop-in desk or the welcome desk; the first conversation is usually "
                    "within two weeks. If you are thinking of harming yourself, call 112 or go to the nearest "
                    "hospital."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": "Nothing is required. Bring letters from doctors if you have them.",
            },
            "ar": {
                "name": "الإسعاف النفسي الأولي واستشارات الصدمة",
                "description": (
                    "كثير من الأشخاص الذين فرّوا مرّوا بتجارب مروّعة ويعانون من الأرق أو الخوف أو الذكريات المؤلمة. "
                    "يقدّم الأخصائيون النفسيون لدينا استشارات قصيرة المدى ويساعدونك في إيجاد علاج أطول مع مترجم."
                ),
                "eligibility_description": (
                    "للبالغين والمراهقين من عمر 14 عامًا الذين عاشوا الحرب أو الهروب أو العنف، سواء كان لديهم تأمين "
                    "صحي أم لا."
                ),
                "application_process": (
                    "بموعد. اسأل في مكتب الاستقبال المفتوح أو في مكتب الاستقبال؛ عادةً تكون المحادثة الأولى خلال "
                    "أسبوعين. إذا راودتك أفكار بإيذاء نفسك، فاتصل بالرقم 112 أو اذهب إلى أقرب مستشفى."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": "لا يلزم شيء. أحضر رسائل الأطباء إن وُجدت.",
            },
            "uk": {
                "name": "Психологічна перша допомога та консультації при травмі",
                "description": (
                    "Багато людей, які втекли, пережили страшні речі й страждають від безсоння, страху чи болісних "
                    "спогадів. Наші психологи проводять короткострокові консультації та допомагають знайти тривалішу "
                    "терапію з перекладачем."
                ),
                "eligibility_description": (
                    "Для дорослих і підлітків від 14 років, які пережили війну, втечу чи насильство, з медичним "
                    "страхуванням або без нього."
                ),
                "application_process": (
                    "За записом. Запитайте на пункті відкритого прийому або на рецепції; перша розмова зазвичай "
                    "відбувається протягом двох тижнів. Якщо у вас є думки заподіяти собі шкоду, телефонуйте 112 або "
                    "йдіть до найближчої лікарні."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": "Нічого не обов’язково. Візьміть листи від лікарів, якщо вони є.",
            },
        },
    },
    {
        "organisation": "Ukrainian Community Neustadt",
        "slug": "ukraine-helpdesk",
        "sites": ["main"],
        "needs": ["orientation", "residence"],
        "languages": ["uk", "ru", "de", "en"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Helpdesk for people from Ukraine",
                "description": (
                    "Volunteers from the Ukrainian community help you with your first steps in Neustadt: registration, "
                    "temporary protection, benefits, school for your children and finding a doctor, in Ukrainian or "
                    "Russian."
                ),
                "eligibility_description": (
                    "For people from Ukraine and their families, whether you arrived recently or have been here for "
                    "some time."
                ),
                "application_process": (
                    "Walk in on Mondays, Wednesdays and Fridays between 10:00 and 14:00 and take a ticket at the "
                    "welcome desk; choose Ukrainian as your language."
                ),
                "fees_description": "Free of charge.",
                "what_to_bring": (
                    "Passport or ID card, any German documents you have received (registration certificate, residence "
                    "permit, letters), and your phone."
                ),
            },
            "ar": {
                "name": "مكتب مساعدة للقادمين من أوكرانيا",
                "description": (
                    "يساعدك متطوعون من الجالية الأوكرانية في خطواتك الأولى في نويشتات: التسجيل، والحماية المؤقتة، "
                    "والمساعدات، ومدرسة أطفالك، وإيجاد طبيب، باللغة الأوكرانية أو الروسية."
                ),
                "eligibility_description": "للقادمين من أوكرانيا وعائلاتهم، سواء وصلتم حديثًا أو منذ فترة.",
                "application_process": (
                    "تعال أيام الاثنين والأربعاء والجمعة بين الساعة 10:00 و14:00 وخذ رقمًا من مكتب الاستقبال؛ واختر "
                    "الأوكرانية لغةً لك."
                ),
                "fees_description": "مجانًا.",
                "what_to_bring": (
                    "جواز السفر أو بطاقة الهوية، وأي وثائق ألمانية حصلت عليها (شهادة التسجيل، تصريح الإقامة، الرسائل)، "
                    "وهاتفك."
                ),
            },
            "uk": {
                "name": "Довідковий пункт для людей з України",
                "description": (
                    "Волонтери української громади допоможуть вам із першими кроками в Нойштадті: реєстрація, "
                    "тимчасовий захист, соціальні виплати, школа для дітей і пошук лікаря — українською або "
                    "російською."
                ),
                "eligibility_description": (
                    "Для людей з України та їхніх родин — і тих, хто щойно приїхав, і тих, хто тут уже деякий час."
                ),
                "application_process": (
                    "Приходьте в понеділок, середу та п’ятницю з 10:00 до 14:00 і візьміть талон на рецепції; оберіть "
                    "українську мову."
                ),
                "fees_description": "Безкоштовно.",
                "what_to_bring": (
                    "Паспорт або ID-картку, усі німецькі документи, які ви отримали (довідку про реєстрацію, дозвіл на "
                    "проживання, листи), і свій телефон."
                ),
            },
        },
    },
    {
        "organisation": "Ukrainian Community Neustadt",
        "slug": "ukrainian-school",
        "sites": ["welcome-network"],
        "needs": ["education", "family"],
        "languages": ["uk", "de"],
        "appointment_only": False,
        "texts": {
            "en": {
                "name": "Saturday school in Ukrainian",
                "description": (
                    "On Saturday mornings, children learn Ukrainian language, literature and history with Ukrainian "
                    "teachers, so that they keep their mother tongue and, if they wish, can follow the Ukrainian "
                    "school curriculum online."
                ),
                "eligibility_description": (
                    "For children aged 6 to 14 who speak Ukrainian; during the week they should also attend a German "
                    "school."
                ),
                "application_process": (
                    "Come with your child on a Saturday at 10:00 and register with the teachers. There are no classes "
                    "during the German school holidays."
                ),
                "fees_description": "Free of charge; we are grateful for a voluntary donation.",
                "what_to_bring": "Your child's school reports from Ukraine if you have them, and a pencil case.",
            },
            "ar": {
                "name": "مدرسة السبت باللغة الأوكرانية",
                "description": (
                    "صباح كل سبت يتعلّم الأطفال اللغة والأدب والتاريخ الأوكراني مع معلمين أوكرانيين، ليحافظوا على "
                    "لغتهم الأم، ويمكنهم إذا رغبوا متابعة المنهج المدرسي الأوكراني عبر الإنترنت."
                ),
                "eligibility_description": (
                    "للأطفال من عمر 6 إلى 14 عامًا الذين يتحدثون الأوكرانية؛ ويجب أن يذهبوا أيضًا إلى مدرسة ألمانية "
                    "خلال الأسبوع."
                ),
                "application_process": (
                    "تعال مع طفلك يوم السبت الساعة 10:00 وسجّله لدى المعلمين. لا توجد دروس خلال العطل المدرسية "
                    "الألمانية."
                ),
                "fees_description": "مجانًا؛ نشكركم على أي تبرع طوعي.",
                "what_to_bring": "الشهادات المدرسية لطفلك من أوكرانيا إن وُجدت، ومقلمة.",
            },
            "uk": {
                "name": "Суботня українська школа",
                "description": (
                    "Щосуботи зранку діти вивчають українську мову, літературу та історію з українськими вчителями, "
                    "щоб зберегти рідну мову, а за бажанням — навчатися за українською шкільною програмою онлайн."
                ),
                "eligibility_description": (
                    "Для дітей від 6 до 14 років, які розмовляють українською; у будні вони мають також відвідувати "
                    "німецьку школу."
                ),
                "application_process": (
                    "Приходьте з дитиною в суботу о 10:00 і запишіться в учителів. Під час німецьких шкільних канікул "
                    "занять немає."
                ),
                "fees_description": "Безкоштовно; будемо вдячні за добровільний внесок.",
                "what_to_bring": "Шкільні табелі дитини з України, якщо є, і пенал.",
            },
        },
    },
]
