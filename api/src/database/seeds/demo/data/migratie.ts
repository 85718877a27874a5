// Migration: integration and civic integration, Dutch-course advice, interpreting, residence and
// asylum advice.
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

const ID_OR_RESIDENCE = 'identiteitskaart of verblijfsdocument';

export const MIGRATIE: OrganizationSeed[] = [
  {
    key: 'integratiehuis',
    name: 'Integratiehuis Antwerpen',
    description: 'Onthaal, inburgering, sociaal tolken en advies over verblijf voor nieuwkomers in Antwerpen.',
    domain: 'integratiehuis-demo.example',
    legalStatus: 'Autonoom gemeentebedrijf (demo)',
    isPublicSector: true,
    translations: {
      fr: {
        name: "Maison de l'intégration Anvers",
        description: 'Accueil, intégration civique, interprétariat social et conseils sur le séjour pour les primo-arrivants à Anvers.',
      },
      en: {
        name: 'Antwerp Integration House',
        description: 'Reception, civic integration, community interpreting and residence advice for newcomers in Antwerp.',
      },
      ar: {
        name: 'بيت الاندماج أنتويرب',
        description: 'الاستقبال والاندماج والترجمة الاجتماعية والاستشارات حول الإقامة للوافدين الجدد في أنتويرب.',
      },
      uk: {
        name: 'Дім інтеграції Антверпен',
        description: 'Прийом, інтеграція, соціальний переклад і консультації щодо права на перебування для новоприбулих в Антверпені.',
      },
    },
    locations: [
      {
        key: 'onthaal',
        name: 'Integratiehuis',
        wijk: W.amandusAtheneum,
        street: 'Sint-Jansplein 30',
        transportation: 'Tram 3, 5 en 9, halte Sint-Jansplein',
      },
    ],
    services: [
      {
        key: 'inburgering',
        name: 'Inburgeringstraject voor nieuwkomers',
        description:
          'Ben je nieuw in Antwerpen? In het inburgeringstraject leer je Nederlands, volg je een cursus over het leven in België en krijg je begeleiding naar werk of studie. Voor sommige nieuwkomers is het verplicht.',
        application: 'Maak een afspraak voor een onthaalgesprek en breng je verblijfsdocument mee.',
        fees: 'Een bijdrage voor het hele traject; met leefloon of een uitkering is het gratis.',
        cost: [
          { amount: 180, option: 'Inschrijvingsgeld', description: 'Voor het hele traject, cursussen en examens inbegrepen' },
          { amount: 0, option: 'Vrijstelling', description: 'Met leefloon, een uitkering of als verzoeker om internationale bescherming' },
        ],
        domains: ['migratie/inburgering'],
        groups: ['nieuwkomers', 'verzoekers-bescherming'],
        access: ['op-afspraak', 'rolstoeltoegankelijk'],
        languages: ['ar', 'en', 'fr', 'uk', 'ru', 'tr', 'es', 'prs', 'ti'],
        hours: 'MO-FR 09:00-12:00 13:00-16:00',
        areas: ['stad'],
        documents: ['verblijfsdocument (bijvoorbeeld A-kaart, F-kaart of oranje kaart)', 'bewijs van inschrijving in de stad'],
        interpretation: 'Het onthaalgesprek gebeurt met een tolk als dat nodig is.',
        translations: {
          fr: {
            name: "Parcours d'intégration civique pour primo-arrivants",
            description:
              "Vous êtes nouveau à Anvers ? Dans le parcours d'intégration, vous apprenez le néerlandais, suivez un cours sur la vie en Belgique et êtes accompagné vers un emploi ou des études. Pour certains primo-arrivants, il est obligatoire.",
          },
          en: {
            name: 'Civic integration programme for newcomers',
            description:
              'New to Antwerp? On the civic integration programme you learn Dutch, take a course on life in Belgium and get guidance towards work or study. For some newcomers it is compulsory.',
          },
          ar: {
            name: 'مسار الاندماج للوافدين الجدد',
            description:
              'هل أنت جديد في أنتويرب؟ في مسار الاندماج تتعلم اللغة الهولندية، وتتابع دورة عن الحياة في بلجيكا، وتحصل على مرافقة نحو العمل أو الدراسة. هذا المسار إلزامي لبعض الوافدين الجدد.',
          },
          tr: {
            name: 'Yeni gelenler için uyum programı',
            description:
              "Antwerpen'e yeni mi geldiniz? Uyum programında Felemenkçe öğrenir, Belçika'daki yaşam hakkında bir kurs alır ve iş ya da eğitime yönelik rehberlik alırsınız. Bazı yeni gelenler için zorunludur.",
          },
          pl: {
            name: 'Program integracyjny dla nowo przybyłych',
            description:
              'Jesteś nowy/-a w Antwerpii? W ramach programu integracyjnego uczysz się niderlandzkiego, bierzesz udział w kursie o życiu w Belgii i otrzymujesz wsparcie w znalezieniu pracy lub nauki. Dla niektórych nowo przybyłych jest on obowiązkowy.',
          },
          uk: {
            name: 'Програма інтеграції для новоприбулих',
            description:
              'Ви нещодавно в Антверпені? У програмі інтеграції ви вивчаєте нідерландську мову, проходите курс про життя в Бельгії та отримуєте супровід у пошуку роботи чи навчання. Для деяких новоприбулих вона обов’язкова.',
          },
          ru: {
            name: 'Программа интеграции для новоприбывших',
            description:
              'Вы недавно в Антверпене? В программе интеграции вы изучаете нидерландский язык, проходите курс о жизни в Бельгии и получаете помощь в поиске работы или учёбы. Для некоторых новоприбывших она обязательна.',
          },
        },
      },
      {
        key: 'maatschappelijke-orientatie',
        name: 'Cursus maatschappelijke oriëntatie in je eigen taal',
        description:
          'Een cursus van enkele weken over wonen, werken, gezondheid, onderwijs en rechten in België, in je eigen taal. Je kunt vragen stellen en andere nieuwkomers leren kennen.',
        application: 'Je trajectbegeleider schrijft je in na het onthaalgesprek.',
        fees: 'Inbegrepen in het inburgeringstraject.',
        cost: 'free',
        domains: ['migratie/inburgering'],
        groups: ['nieuwkomers'],
        access: ['op-afspraak'],
        languages: ['ar', 'en', 'fr', 'uk', 'ru', 'tr', 'es', 'prs', 'ti', 'so', 'ps'],
        hours: 'MO,TU,TH 09:00-12:30; WE 18:00-21:00',
        hasPhone: false,
        translations: {
          en: {
            name: 'Social orientation course in your own language',
            description:
              'A course of a few weeks about housing, work, health, education and your rights in Belgium, in your own language. You can ask questions and meet other newcomers.',
          },
          ar: {
            name: 'دورة التوجيه الاجتماعي بلغتك',
            description:
              'دورة تمتد بضعة أسابيع حول السكن والعمل والصحة والتعليم والحقوق في بلجيكا، بلغتك الأم. يمكنك طرح الأسئلة والتعرف على وافدين جدد آخرين.',
          },
          uk: {
            name: 'Курс соціальної орієнтації вашою мовою',
            description:
              'Курс тривалістю кілька тижнів про житло, роботу, здоров’я, освіту та права в Бельгії вашою рідною мовою. Ви можете ставити запитання й знайомитися з іншими новоприбулими.',
          },
        },
      },
      {
        key: 'verblijfsrecht',
        name: 'Spreekuur verblijfsrecht en gezinshereniging',
        description:
          'Vragen over je verblijfsvergunning, gezinshereniging, de Belgische nationaliteit of een verlenging? Een jurist geeft gratis advies over jouw situatie.',
        application: 'Maak een afspraak en breng al je documenten en brieven van de Dienst Vreemdelingenzaken mee.',
        cost: 'free',
        domains: ['migratie/verblijfsrecht', 'juridisch/juridisch-advies'],
        groups: ['nieuwkomers', 'verzoekers-bescherming'],
        access: ['op-afspraak'],
        languages: ['fr', 'en', 'ar', 'es'],
        hours: 'TU,TH 09:00-12:30',
        documents: ['verblijfsdocument of bijlage', 'brieven van de Dienst Vreemdelingenzaken'],
        translations: {
          fr: {
            name: 'Permanence droit de séjour et regroupement familial',
            description:
              'Des questions sur votre titre de séjour, le regroupement familial, la nationalité belge ou une prolongation ? Un juriste vous conseille gratuitement sur votre situation.',
          },
          en: {
            name: 'Residence rights and family reunification advice',
            description:
              'Questions about your residence permit, family reunification, Belgian nationality or an extension? A lawyer gives free advice on your situation.',
          },
          ar: {
            name: 'استشارات حق الإقامة ولمّ الشمل العائلي',
            description:
              'هل لديك أسئلة حول تصريح إقامتك أو لمّ الشمل العائلي أو الجنسية البلجيكية أو التمديد؟ يقدم لك مستشار قانوني نصيحة مجانية حول وضعك.',
          },
        },
      },
      {
        key: 'sociaal-tolken',
        name: 'Sociaal tolken en vertalen voor hulpverleners',
        description:
          'Hulpverleners, scholen en artsen vragen een tolk aan voor een gesprek met iemand die geen Nederlands spreekt: ter plaatse, via telefoon of via video.',
        application: 'Hulpverleners reserveren online, voor een tolk ter plaatse minstens twee werkdagen op voorhand.',
        fees: 'Gratis voor sociale diensten en scholen; andere organisaties betalen per uur.',
        cost: [
          { amount: 0, option: 'Sociale sector', description: 'Voor sociale diensten, CAW, scholen en wijkgezondheidscentra' },
          { amount: 45, option: 'Per uur', description: 'Voor andere organisaties' },
        ],
        domains: ['migratie', 'sociale-hulpverlening'],
        groups: ['nieuwkomers'],
        access: ['doorverwijzing', 'online'],
        languages: ['ar', 'tr', 'rif', 'pl', 'ro', 'bg', 'ru', 'uk', 'so', 'ti', 'prs', 'ps', 'es', 'fr', 'en'],
        hours: 'MO-FR 08:30-17:00',
        at: [],
        email: 'tolken',
      },
      {
        key: 'praatgroep',
        name: 'Nederlands oefenen in een praatgroep',
        description: 'Oefen je Nederlands in een gezellige praatgroep met vrijwilligers. Alle niveaus zijn welkom, ook beginners.',
        application: 'Kom gewoon langs.',
        cost: 'free',
        domains: ['onderwijs/nederlands-leren', 'vrije-tijd'],
        groups: ['nieuwkomers'],
        access: ['zonder-afspraak'],
        hours: 'WE 19:00-21:00; SA 10:00-12:00',
        hasPhone: false,
      },
    ],
  },
  {
    key: 'huis-van-het-nederlands',
    name: 'Huis van het Nederlands Scheldeland',
    description: 'Het startpunt voor wie Nederlands wil leren: test, advies en inschrijving voor een cursus die bij je past.',
    domain: 'huisnederlands-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'loket', name: 'Huis van het Nederlands', wijk: W.centraalStation, street: 'Vestingstraat 20' }],
    services: [
      {
        key: 'test-en-advies',
        name: 'Test en advies: welke cursus Nederlands past bij jou?',
        description:
          'Wil je Nederlands leren? Je doet een korte test en krijgt advies over een cursus die past bij je niveau, je tempo en je uurrooster.',
        application: 'Maak online of telefonisch een afspraak.',
        cost: 'free',
        domains: ['onderwijs/nederlands-leren'],
        groups: ['nieuwkomers', 'iedereen'],
        access: ['op-afspraak', 'online'],
        languages: ['en', 'fr', 'ar', 'tr', 'pl', 'uk', 'ru', 'es'],
        hours: 'MO,TU,WE,FR 09:00-12:00 13:00-16:00; TH 09:00-12:00 13:00-19:00',
        documents: [ID_OR_RESIDENCE],
        translations: {
          en: {
            name: 'Test and advice: which Dutch course suits you?',
            description:
              'Want to learn Dutch? You take a short test and get advice on a course that fits your level, your pace and your timetable.',
          },
          fr: {
            name: 'Test et conseil : quel cours de néerlandais vous convient ?',
            description:
              'Vous voulez apprendre le néerlandais ? Vous passez un court test et recevez un conseil sur un cours adapté à votre niveau, à votre rythme et à votre horaire.',
          },
          ar: {
            name: 'اختبار واستشارة: أي دورة للغة الهولندية تناسبك؟',
            description:
              'هل تريد تعلم اللغة الهولندية؟ تجري اختبارًا قصيرًا وتحصل على نصيحة حول دورة تناسب مستواك وسرعتك في التعلم وجدول أوقاتك.',
          },
          tr: {
            name: 'Test ve danışmanlık: hangi Felemenkçe kursu size uygun?',
            description:
              'Felemenkçe öğrenmek mi istiyorsunuz? Kısa bir test yapar, seviyenize, öğrenme hızınıza ve programınıza uygun bir kurs hakkında tavsiye alırsınız.',
          },
          pl: {
            name: 'Test i porada: który kurs niderlandzkiego jest dla Ciebie?',
            description:
              'Chcesz nauczyć się niderlandzkiego? Zrobisz krótki test i dostaniesz poradę, który kurs pasuje do Twojego poziomu, tempa i planu dnia.',
          },
          uk: {
            name: 'Тест і консультація: який курс нідерландської вам підходить?',
            description:
              'Хочете вивчати нідерландську? Ви проходите короткий тест і отримуєте пораду щодо курсу, який відповідає вашому рівню, темпу та розкладу.',
          },
        },
      },
    ],
  },
  {
    key: 'vluchtelingenhulp',
    name: 'Vluchtelingenhulp Antwerpen',
    description: 'Vrijwilligers en juristen die vluchtelingen en mensen zonder papieren ondersteunen.',
    domain: 'vluchtelingenhulp-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'spreekuur', name: 'Vluchtelingenhulp', wijk: W.dam, street: 'Lange Lobroekstraat 50' }],
    services: [
      {
        key: 'asiel',
        name: 'Advies over asiel en internationale bescherming',
        description:
          'Heb je asiel aangevraagd of wil je dat doen? We leggen de procedure uit, bereiden je voor op het gehoor en zoeken met jou een advocaat.',
        application: 'Loop binnen tijdens het spreekuur; een tolk is er op afspraak.',
        cost: 'free',
        domains: ['migratie/verblijfsrecht'],
        groups: ['verzoekers-bescherming', 'zonder-wettig-verblijf'],
        access: ['zonder-afspraak', 'op-afspraak'],
        languages: ['ar', 'fr', 'en', 'ti', 'prs', 'ps', 'so', 'ku'],
        hours: 'MO,TH 13:30-17:00',
        documents: [ID_OR_RESIDENCE, 'brieven van de Dienst Vreemdelingenzaken of het CGVS'],
        translations: {
          fr: {
            name: "Conseils sur l'asile et la protection internationale",
            description:
              "Vous avez demandé l'asile ou vous voulez le faire ? Nous vous expliquons la procédure, vous préparons à l'audition et cherchons avec vous un avocat.",
          },
          en: {
            name: 'Advice on asylum and international protection',
            description:
              'Have you applied for asylum, or do you want to? We explain the procedure, prepare you for the interview and help you find a lawyer.',
          },
          ar: {
            name: 'استشارات حول اللجوء والحماية الدولية',
            description: 'هل قدّمت طلب لجوء أو تريد تقديمه؟ نشرح لك الإجراءات، ونحضّرك للمقابلة، ونبحث معك عن محامٍ.',
          },
        },
      },
      {
        key: 'oekraine',
        name: 'Onthaalpunt voor mensen uit Oekraïne',
        description:
          'Hulp voor wie door de oorlog uit Oekraïne is gevlucht: tijdelijke bescherming, inschrijving in de stad, school voor de kinderen en werk.',
        application: 'Kom langs tijdens de openingsuren.',
        cost: 'free',
        domains: ['migratie', 'sociale-hulpverlening/onthaal'],
        groups: ['nieuwkomers', 'verzoekers-bescherming'],
        access: ['zonder-afspraak'],
        languages: ['uk', 'ru', 'en'],
        hours: 'TU,TH 10:00-16:00',
        status: 'temporarily closed',
        alert: 'Tijdelijk gesloten door een tekort aan vrijwilligers. Ga intussen naar het Integratiehuis.',
        translations: {
          uk: {
            name: 'Пункт прийому для людей з України',
            description: 'Допомога тим, хто втік від війни в Україні: тимчасовий захист, реєстрація в місті, школа для дітей і робота.',
          },
          ru: {
            name: 'Пункт приёма для людей из Украины',
            description: 'Помощь тем, кто бежал от войны в Украине: временная защита, регистрация в городе, школа для детей и работа.',
          },
          en: {
            name: 'Welcome point for people from Ukraine',
            description:
              'Help for people who fled the war in Ukraine: temporary protection, registering with the city, school for the children, and work.',
          },
        },
      },
    ],
  },
];
