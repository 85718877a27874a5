// Mental health and addiction: listening lines around the clock, mental health centres (CGG)
// and drug services.
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

// Real numbers, so that someone in crisis who lands on a demo listing still reaches help.
const CRISIS_ALERT = 'Demogegevens. Echte hulp nodig? Bel Tele-Onthaal op 106, de Zelfmoordlijn op 1813 of bij nood 112.';

const perSessionCost = [
  { amount: 11, option: 'Per gesprek', description: 'Bijdrage per gesprek' },
  { amount: 4, option: 'Verminderd tarief', description: 'Per gesprek, met verhoogde tegemoetkoming' },
];

export const GEESTELIJKE_GEZONDHEID: OrganizationSeed[] = [
  {
    key: 'luisterlijn',
    name: 'Luisterlijn Dag en Nacht',
    description: 'Anonieme hulplijn waar getrainde vrijwilligers dag en nacht luisteren naar wie met iemand wil praten.',
    domain: 'luisterlijn-demo.example',
    legalStatus: 'vzw',
    locations: [],
    services: [
      {
        key: 'telefoon',
        name: 'Luisterlijn: dag en nacht iemand om mee te praten',
        description:
          'Zit je ergens mee en wil je er met iemand over praten? Een getrainde vrijwilliger luistert, dag en nacht, ook op zon- en feestdagen. Je blijft anoniem.',
        application: 'Bel het nummer, op elk moment van de dag of de nacht. Je hoeft je naam niet te zeggen.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/psychische-hulp', 'crisis'],
        groups: ['iedereen'],
        access: ['telefonisch', 'open-op-feestdagen'],
        hours: '24/7',
        at: [],
        alert: CRISIS_ALERT,
        translations: {
          fr: {
            name: "Ligne d'écoute : quelqu'un à qui parler, jour et nuit",
            description:
              "Quelque chose vous pèse et vous voulez en parler ? Un bénévole formé vous écoute jour et nuit, y compris les dimanches et jours fériés. Vous restez anonyme. L'écoute se fait en néerlandais.",
            applicationProcess: 'Appelez le numéro, à toute heure du jour ou de la nuit. Vous ne devez pas donner votre nom.',
          },
          en: {
            name: 'Listening line: someone to talk to, day and night',
            description:
              'Something on your mind and want to talk about it? A trained volunteer listens, day and night, including Sundays and public holidays. You stay anonymous. Calls are in Dutch.',
            applicationProcess: "Call the number at any time of day or night. You don't have to give your name.",
          },
          ar: {
            name: 'خط الإصغاء: شخص تتحدث إليه ليلًا ونهارًا',
            description:
              'هل يشغل بالك شيء وتريد التحدث عنه؟ يستمع إليك متطوع مدرَّب ليلًا ونهارًا، حتى أيام الأحد والعطل الرسمية. تبقى هويتك مجهولة. المحادثة باللغة الهولندية.',
            applicationProcess: 'اتصل بالرقم في أي وقت من الليل أو النهار. لست مضطرًا لذكر اسمك.',
          },
          tr: {
            name: 'Dinleme hattı: gece gündüz konuşabileceğiniz biri',
            description:
              'Sizi düşündüren bir şey mi var ve bunu biriyle konuşmak mı istiyorsunuz? Eğitimli bir gönüllü, pazar günleri ve resmî tatiller dahil gece gündüz sizi dinler. Kimliğiniz gizli kalır. Görüşmeler Felemenkçe yapılır.',
            applicationProcess: 'Günün veya gecenin herhangi bir saatinde numarayı arayın. Adınızı söylemek zorunda değilsiniz.',
          },
          pl: {
            name: 'Telefon zaufania: ktoś do rozmowy w dzień i w nocy',
            description:
              'Coś Cię trapi i chcesz o tym z kimś porozmawiać? Przeszkolony wolontariusz wysłucha Cię w dzień i w nocy, także w niedziele i święta. Pozostajesz anonimowy/-a. Rozmowy prowadzone są po niderlandzku.',
            applicationProcess: 'Zadzwoń o dowolnej porze dnia i nocy. Nie musisz podawać swojego imienia.',
          },
        },
      },
      {
        key: 'chat',
        name: 'Chat met de Luisterlijn',
        description: 'Liever schrijven dan praten? Chat anoniem met een vrijwilliger, elke avond, ook op feestdagen.',
        application: 'Open de chat op de website. Soms moet je even wachten tot er iemand vrij is.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/psychische-hulp'],
        groups: ['iedereen', 'jongeren'],
        access: ['online', 'open-op-feestdagen'],
        hours: 'MO-SU 18:00-23:00',
        at: [],
        hasPhone: false,
        alert: CRISIS_ALERT,
      },
    ],
  },
  {
    key: 'levenslijn',
    name: 'Levenslijn Antwerpen',
    description: 'Hulplijn en chat voor mensen die aan zelfdoding denken, voor wie zich zorgen maakt om iemand en voor nabestaanden.',
    domain: 'levenslijn-demo.example',
    legalStatus: 'vzw',
    locations: [],
    services: [
      {
        key: 'hulplijn',
        name: 'Praten over zelfdoding, dag en nacht',
        description:
          'Denk je aan zelfdoding, of maak je je zorgen over iemand? Je kunt dag en nacht bellen of chatten met een hulpverlener. Ook nabestaanden kunnen terecht.',
        application: 'Bel of chat, anoniem en op elk moment.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/psychische-hulp', 'crisis'],
        groups: ['iedereen', 'jongeren'],
        access: ['telefonisch', 'online', 'open-op-feestdagen'],
        hours: '24/7',
        at: [],
        alert: 'Demogegevens. Echte hulp nodig? Bel de Zelfmoordlijn op 1813 of bij nood 112.',
        translations: {
          fr: {
            name: 'Parler du suicide, jour et nuit',
            description:
              "Vous pensez au suicide ou vous vous inquiétez pour quelqu'un ? Vous pouvez appeler ou chatter jour et nuit avec un intervenant. Les proches endeuillés peuvent aussi nous contacter.",
          },
          en: {
            name: 'Talk about suicide, day and night',
            description:
              'Thinking about suicide, or worried about someone? You can call or chat with a counsellor day and night. People bereaved by suicide can contact us too.',
          },
        },
      },
    ],
  },
  {
    key: 'cgg-scheldemond',
    name: 'CGG Scheldemond',
    alternateName: 'Centrum voor Geestelijke Gezondheidszorg Scheldemond',
    description:
      'Centrum voor geestelijke gezondheidszorg: gespecialiseerde hulp bij ernstige psychische problemen, voor volwassenen en ouderen.',
    domain: 'cgg-scheldemond-demo.example',
    legalStatus: 'vzw',
    locations: [
      { key: 'centrum', name: 'CGG Scheldemond Centrum', wijk: W.universiteitsbuurt, street: 'Lange Nieuwstraat 100' },
      { key: 'noord', name: 'CGG Scheldemond Noord', wijk: W.nieuwdreef, street: 'Nieuwdreef 40' },
    ],
    services: [
      {
        key: 'volwassenen',
        name: 'Psychologische hulp voor volwassenen',
        description:
          'Ben je al lang angstig of somber, heb je een trauma meegemaakt of heb je ernstige psychische problemen? Een team van psychologen en psychiaters begeleidt je met gesprekken en, waar nodig, medicatie.',
        application: 'Meestal via je huisarts. Je kunt ook zelf bellen voor een intakegesprek.',
        fees: 'Je betaalt een kleine bijdrage per gesprek, minder met verhoogde tegemoetkoming.',
        cost: perSessionCost,
        domains: ['geestelijke-gezondheid/psychische-hulp'],
        groups: ['iedereen'],
        access: ['op-afspraak', 'doorverwijzing'],
        languages: ['fr', 'en', 'ar'],
        hours: 'MO,WE,TH,FR 09:00-12:30 13:30-17:00; TU 09:00-12:30 13:30-20:00',
        at: ['centrum', 'noord'],
        waitTime: 'Gemiddeld drie tot zes maanden voor een eerste gesprek.',
        translations: {
          fr: {
            name: 'Aide psychologique pour adultes',
            description:
              'Vous êtes anxieux ou déprimé depuis longtemps, vous avez vécu un traumatisme ou vous avez de graves problèmes psychiques ? Une équipe de psychologues et de psychiatres vous accompagne par des entretiens et, si nécessaire, des médicaments.',
          },
          en: {
            name: 'Psychological help for adults',
            description:
              'Anxious or low for a long time, been through trauma or facing serious mental health problems? A team of psychologists and psychiatrists supports you with talking therapy and, where needed, medication.',
          },
          ar: {
            name: 'المساعدة النفسية للبالغين',
            description:
              'هل تعاني منذ مدة طويلة من القلق أو الاكتئاب، أو مررت بصدمة، أو لديك مشاكل نفسية خطيرة؟ يرافقك فريق من الأخصائيين النفسيين والأطباء النفسيين من خلال جلسات حوار، وبالأدوية عند الحاجة.',
          },
          tr: {
            name: 'Yetişkinler için psikolojik destek',
            description:
              'Uzun süredir kaygılı ya da moraliniz bozuk mu, bir travma mı yaşadınız ya da ciddi ruhsal sorunlarınız mı var? Psikolog ve psikiyatristlerden oluşan bir ekip, görüşmelerle ve gerekirse ilaç tedavisiyle size destek olur.',
          },
          pl: {
            name: 'Pomoc psychologiczna dla dorosłych',
            description:
              'Od dawna odczuwasz lęk lub przygnębienie, przeżyłeś/-aś traumę albo masz poważne problemy psychiczne? Zespół psychologów i psychiatrów wspiera Cię poprzez rozmowy, a w razie potrzeby także leczenie farmakologiczne.',
          },
        },
      },
      {
        key: 'trauma-nieuwkomers',
        name: 'Traumazorg voor vluchtelingen en nieuwkomers',
        description:
          'Therapie voor vluchtelingen en nieuwkomers die oorlog, geweld of een zware vlucht hebben meegemaakt, met een tolk in je eigen taal.',
        application: 'Na doorverwijzing door een huisarts, het sociaal huis of een andere hulpverlener.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/psychische-hulp', 'migratie'],
        groups: ['nieuwkomers', 'verzoekers-bescherming'],
        access: ['doorverwijzing'],
        languages: ['ar', 'prs', 'ps', 'ti', 'so', 'uk', 'ku'],
        interpretation: 'Gesprekken met een professionele tolk, ook via video.',
        hours: 'MO-FR 09:00-17:00',
        waitTime: 'Twee tot vier maanden.',
      },
      {
        key: 'ouderen',
        name: 'Psychische hulp voor 65-plussers',
        description:
          'Voor ouderen met depressie, angst, rouw of beginnende geheugenproblemen. Gesprekken kunnen ook bij je thuis of in het woonzorgcentrum.',
        application: 'Bel zelf, of vraag je huisarts om je door te verwijzen.',
        fees: 'Je betaalt een kleine bijdrage per gesprek, minder met verhoogde tegemoetkoming.',
        cost: perSessionCost,
        domains: ['geestelijke-gezondheid/psychische-hulp'],
        groups: ['ouderen', 'mantelzorgers'],
        access: ['op-afspraak', 'doorverwijzing'],
        hours: 'MO-FR 09:00-12:30 13:30-17:00',
        at: ['noord'],
        minimumAge: 65,
      },
    ],
  },
  {
    key: 'cgg-wegwijzer',
    name: 'CGG Wegwijzer Kinderen en Jongeren',
    description: 'Centrum voor geestelijke gezondheidszorg voor kinderen, jongeren en hun ouders.',
    domain: 'cgg-wegwijzer-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'centrum', name: 'CGG Wegwijzer', wijk: W.groenenhoek, street: 'Diksmuidelaan 50' }],
    services: [
      {
        key: 'kinderen',
        name: 'Psychische hulp voor kinderen',
        description:
          'Voor kinderen tot 12 jaar met ernstige angsten, gedragsproblemen, een trauma of een ontwikkelingsstoornis zoals autisme of ADHD. Ouders worden altijd betrokken.',
        application: 'Via de huisarts, het CLB of de kinderarts; ouders kunnen ook zelf bellen.',
        fees: 'Een kleine bijdrage per gesprek, minder met verhoogde tegemoetkoming.',
        cost: perSessionCost,
        domains: ['geestelijke-gezondheid/psychische-hulp', 'gezin/opvoeding'],
        groups: ['kinderen', 'gezinnen'],
        access: ['op-afspraak', 'doorverwijzing'],
        languages: ['fr', 'en'],
        hours: 'MO,TU,TH,FR 09:00-17:00; WE 09:00-19:00',
        maximumAge: 12,
        documents: ['kids-ID of ISI+-kaart van je kind'],
      },
      {
        key: 'jongeren',
        name: 'Psychische hulp voor jongeren',
        description:
          'Voor jongeren van 12 tot 18 met zware somberheid, zelfverwonding, eetproblemen of angsten. Je kunt ook zonder je ouders een eerste gesprek hebben.',
        application: 'Bel zelf, of vraag het aan het CLB of je huisarts.',
        fees: 'Een kleine bijdrage per gesprek, minder met verhoogde tegemoetkoming.',
        cost: perSessionCost,
        domains: ['geestelijke-gezondheid/psychische-hulp'],
        groups: ['jongeren'],
        access: ['op-afspraak', 'telefonisch'],
        languages: ['fr', 'en'],
        hours: 'MO,TU,TH,FR 09:00-17:00; WE 09:00-19:00',
        minimumAge: 12,
        maximumAge: 18,
      },
    ],
  },
  {
    key: 'verslavingscentrum-de-haven',
    name: 'Verslavingscentrum De Haven',
    description: 'Medisch-sociaal opvangcentrum voor mensen die drugs gebruiken: behandeling, preventie en hulp bij wonen en papieren.',
    domain: 'de-haven-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'centrum', name: 'De Haven', wijk: W.centraalStation, street: 'Pelikaanstraat 90' }],
    services: [
      {
        key: 'opiaten',
        name: 'Behandeling bij heroïne- en andere opiaatverslaving',
        description:
          'Medische begeleiding met vervangmiddelen zoals methadon, samen met hulp bij wonen, geld en papieren. Ook in het weekend en op feestdagen kun je je medicatie komen halen.',
        application: 'Kom langs op het inloopspreekuur voor een eerste gesprek.',
        fees: 'Gratis met een ziekteverzekering of dringende medische hulp.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/verslaving'],
        groups: ['verslaving', 'dak-en-thuislozen'],
        access: ['zonder-afspraak', 'op-afspraak', 'open-op-feestdagen'],
        languages: ['fr', 'en', 'pl', 'ar'],
        hours: 'MO-FR 08:30-12:00 13:00-16:00; SA,SU 09:00-11:00',
        documents: ['identiteitskaart of verblijfsdocument'],
      },
      {
        key: 'spuitenruil',
        name: 'Spuitenruil en veiliger gebruik',
        description:
          'Wissel gebruikte spuiten gratis om voor nieuwe en krijg materiaal en advies om veiliger te gebruiken. Je kunt je ook laten testen op hepatitis C en hiv.',
        application: 'Loop binnen; je blijft anoniem.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/verslaving', 'gezondheid'],
        groups: ['verslaving'],
        access: ['zonder-afspraak'],
        languages: ['fr', 'en'],
        hours: 'MO-FR 10:00-18:00',
      },
    ],
  },
  {
    key: 'de-overstap',
    name: 'Drughulp De Overstap',
    description: 'Ambulante hulp bij problemen met alcohol, drugs, medicatie en gokken, en steun voor wie ermee samenleeft.',
    domain: 'de-overstap-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'deurne', name: 'De Overstap Deurne', wijk: W.deurneDorp, street: 'Gallifortlei 60' }],
    services: [
      {
        key: 'begeleiding',
        name: 'Begeleiding bij alcohol-, drug- of gokproblemen',
        description:
          'Drink, gebruik of gok je meer dan je wilt? In gesprekken zoeken we samen hoe je kunt minderen of stoppen, op je eigen tempo.',
        application: 'Bel voor een intakegesprek; een doorverwijzing is niet nodig.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/verslaving'],
        groups: ['verslaving', 'jongeren'],
        access: ['op-afspraak', 'telefonisch'],
        languages: ['fr', 'en', 'tr'],
        hours: 'MO-TH 09:00-12:00 13:00-20:00; FR 09:00-12:00',
        translations: {
          fr: {
            name: "Accompagnement en cas de problèmes d'alcool, de drogues ou de jeu",
            description:
              "Vous buvez, consommez ou jouez plus que vous ne le voudriez ? Lors d'entretiens, nous cherchons ensemble comment réduire ou arrêter, à votre rythme.",
          },
          en: {
            name: 'Support with alcohol, drug or gambling problems',
            description:
              'Drinking, using or gambling more than you want to? Through conversations we work out together how to cut down or stop, at your own pace.',
          },
          pl: {
            name: 'Wsparcie przy problemach z alkoholem, narkotykami lub hazardem',
            description:
              'Pijesz, bierzesz lub grasz więcej, niż chcesz? Podczas rozmów razem szukamy sposobu, by ograniczyć lub przestać – w Twoim tempie.',
          },
        },
      },
      {
        key: 'familie',
        name: 'Steun voor familie van iemand met een verslaving',
        description:
          'Maak je je zorgen over het gebruik van je partner, kind of vriend? In gesprekken of in een oudergroep leer je ermee omgaan en goed voor jezelf zorgen.',
        application: 'Bel voor een afspraak of om je in te schrijven voor de oudergroep.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/verslaving', 'welzijn/relaties'],
        groups: ['gezinnen', 'mantelzorgers'],
        access: ['op-afspraak'],
        hours: 'WE 18:00-21:00',
      },
      {
        key: 'zelftest-gokken',
        name: 'Online zelftest gokken',
        description: 'Een korte online test om na te gaan of je gokgedrag een probleem wordt, met advies op maat.',
        application: 'Vul de test anoniem in op de website.',
        cost: 'free',
        domains: ['geestelijke-gezondheid/verslaving'],
        groups: ['verslaving'],
        access: ['online'],
        at: [],
        hasPhone: false,
        state: 'archived',
        alert: 'Stopgezet: de zelftest is vervangen door de gewone begeleiding.',
      },
    ],
  },
];
