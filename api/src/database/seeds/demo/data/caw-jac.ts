// General welfare work: a CAW-like centre with three walk-in desks, and its youth centre (JAC).
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

const caw: OrganizationSeed = {
  key: 'caw',
  name: 'CAW Scheldeland',
  alternateName: 'Centrum Algemeen Welzijnswerk Scheldeland',
  description: 'Centrum algemeen welzijnswerk: gratis en vertrouwelijke hulp bij vragen over relaties, geweld, wonen, geld en papieren.',
  domain: 'caw-demo.example',
  legalStatus: 'vzw',
  yearIncorporated: 2014,
  translations: {
    fr: {
      name: 'CAW Scheldeland',
      description:
        "Centre d'aide sociale générale : aide gratuite et confidentielle pour les questions de relations, de violence, de logement, d'argent et de papiers.",
    },
    en: {
      name: 'CAW Scheldeland',
      description: 'General welfare centre: free, confidential help with relationships, violence, housing, money and paperwork.',
    },
    ar: {
      name: 'CAW Scheldeland',
      description: 'مركز الرعاية الاجتماعية العامة: مساعدة مجانية وسرية في مسائل العلاقات والعنف والسكن والمال والأوراق الإدارية.',
    },
  },
  locations: [
    { key: 'centrum', name: 'CAW-onthaal Centrum', wijk: W.universiteitsbuurt, street: 'Rodestraat 28' },
    { key: 'noord', name: 'CAW-onthaal Noord', wijk: W.amandusAtheneum, street: 'Handelstraat 67' },
    {
      key: 'zuid',
      name: 'CAW-onthaal Zuid',
      wijk: W.hobokenNoord,
      street: 'Sint-Bernardsesteenweg 412',
      transportation: 'Tram 4 en bus 21, halte Sint-Bernardsesteenweg',
    },
  ],
  services: [
    {
      key: 'onthaal',
      name: 'CAW-onthaal: met elke vraag terecht',
      description:
        'Zit je met een vraag of probleem en weet je niet waar naartoe? Bij het CAW-onthaal praat je gratis en anoniem over relaties, geld, wonen, geweld of papieren.',
      application: 'Loop binnen zonder afspraak, bel of chat. Een onthaalmedewerker bekijkt samen met jou welke hulp past.',
      cost: 'free',
      domains: ['sociale-hulpverlening/onthaal', 'welzijn'],
      groups: ['iedereen'],
      access: ['zonder-afspraak', 'telefonisch', 'online', 'rolstoeltoegankelijk'],
      languages: ['fr', 'en', 'ar', 'tr'],
      hours: 'MO,TU,TH,FR 09:00-12:30 13:30-16:30; WE 13:30-20:00',
      at: ['centrum', 'noord', 'zuid'],
      areas: ['stad'],
      email: 'onthaal',
      translations: {
        fr: {
          name: 'Accueil du CAW : pour toutes vos questions',
          description:
            "Vous avez une question ou un problème et ne savez pas à qui vous adresser ? À l'accueil du CAW, vous parlez gratuitement et anonymement de relations, d'argent, de logement, de violence ou de papiers.",
        },
        en: {
          name: 'CAW welcome desk: any question welcome',
          description:
            "Have a question or problem and don't know where to go? At the CAW welcome desk you can talk, free and anonymously, about relationships, money, housing, violence or paperwork.",
        },
        ar: {
          name: 'استقبال CAW: لكل أسئلتك',
          description:
            'هل لديك سؤال أو مشكلة ولا تعرف إلى أين تتوجه؟ في استقبال CAW يمكنك التحدث مجانًا ودون الكشف عن هويتك عن العلاقات أو المال أو السكن أو العنف أو الأوراق الإدارية.',
        },
        tr: {
          name: 'CAW danışma: her sorunuz için',
          description:
            'Bir sorunuz ya da derdiniz var ve nereye başvuracağınızı bilmiyor musunuz? CAW danışma biriminde ilişkiler, para, konut, şiddet veya resmi evraklar hakkında ücretsiz ve isminizi vermeden konuşabilirsiniz.',
        },
        pl: {
          name: 'Punkt przyjęć CAW: z każdym pytaniem',
          description:
            'Masz pytanie lub problem i nie wiesz, gdzie się zwrócić? W punkcie przyjęć CAW możesz bezpłatnie i anonimowo porozmawiać o związkach, pieniądzach, mieszkaniu, przemocy lub dokumentach.',
        },
      },
    },
    {
      key: 'relaties',
      name: 'Hulp bij relatieproblemen en scheiding',
      description:
        'Lopen de spanningen thuis hoog op of gaan jullie uit elkaar? Een hulpverlener helpt jou, of jullie samen, om te praten, afspraken te maken en goed voor de kinderen te blijven zorgen.',
      application: 'Vraag een gesprek aan via het onthaal of telefonisch.',
      cost: 'free',
      domains: ['welzijn/relaties'],
      groups: ['gezinnen', 'alleenstaande-ouders'],
      access: ['op-afspraak'],
      languages: ['fr', 'en'],
      hours: 'MO-FR 09:00-17:00',
      at: ['centrum', 'zuid'],
    },
    {
      key: 'slachtofferhulp',
      name: 'Slachtofferhulp',
      description:
        'Ben je slachtoffer of getuige van een misdrijf, een verkeersongeval of een ramp? We luisteren, leggen uit hoe politie en rechtbank werken en helpen met praktische zaken zoals een schadevergoeding.',
      application: 'Bel of mail voor een afspraak. Ook de politie kan je met jouw toestemming doorverwijzen.',
      cost: 'free',
      domains: ['welzijn/geweld', 'juridisch'],
      groups: ['slachtoffers-geweld'],
      access: ['op-afspraak', 'telefonisch'],
      languages: ['fr', 'en', 'ar'],
      hours: 'MO-FR 09:00-17:00',
      email: 'slachtofferhulp',
      translations: {
        fr: {
          name: 'Aide aux victimes',
          description:
            "Vous êtes victime ou témoin d'un délit, d'un accident de la route ou d'une catastrophe ? Nous vous écoutons, vous expliquons le fonctionnement de la police et de la justice et vous aidons pour les démarches pratiques, comme une indemnisation.",
        },
        en: {
          name: 'Victim support',
          description:
            'Victim of or witness to a crime, a road accident or a disaster? We listen, explain how the police and courts work and help with practical matters such as compensation.',
        },
      },
    },
    {
      key: 'housing-first',
      name: 'Housing First: eerst een woning',
      description:
        'Voor mensen die lang op straat leefden en ook met verslaving of psychische problemen kampen. Je krijgt eerst een eigen woning en daarna intensieve begeleiding aan huis.',
      application: 'Enkel na doorverwijzing door een hulpverlener, bijvoorbeeld van het straathoekwerk of het sociaal huis.',
      eligibility: 'Langdurig dak- of thuisloos, met bijkomende problemen rond gezondheid of verslaving.',
      cost: 'free',
      domains: ['wonen/woonbegeleiding'],
      groups: ['dak-en-thuislozen', 'verslaving'],
      access: ['doorverwijzing'],
      hours: 'MO-FR 09:00-17:00',
      at: ['noord'],
      waitTime: 'Er is een wachtlijst; de doorverwijzer hoort hoe lang.',
    },
    {
      key: 'justitieel-welzijnswerk',
      name: 'Begeleiding voor (ex-)gedetineerden en hun familie',
      description:
        'Hulp voor gedetineerden en hun familie: contact houden met thuis, de vrijlating voorbereiden en na de gevangenis een woning en werk zoeken.',
      application: 'Vraag het aan de dienst in de gevangenis, of maak als familielid een afspraak via het onthaal.',
      cost: 'free',
      domains: ['welzijn', 'juridisch'],
      groups: ['gedetineerden', 'gezinnen'],
      access: ['op-afspraak', 'doorverwijzing'],
      languages: ['fr', 'ar', 'en'],
      hours: 'MO,TU,TH 09:00-16:00',
    },
    {
      key: 'chat',
      name: 'Chat met het CAW',
      description:
        'Chat anoniem met een hulpverlener als je liever schrijft dan praat. Je kunt over alles chatten, van ruzie thuis tot geldzorgen.',
      application: "Ga naar de website en klik op 'Chat'. Je hoeft je naam niet te geven.",
      cost: 'free',
      domains: ['welzijn', 'sociale-hulpverlening/onthaal'],
      groups: ['iedereen'],
      access: ['online'],
      languages: ['en'],
      hours: 'MO-FR 11:00-21:00',
      at: [],
      hasPhone: false,
      translations: {
        en: {
          name: 'Chat with CAW',
          description:
            "Chat anonymously with a counsellor if you'd rather write than talk. You can chat about anything, from rows at home to money worries.",
        },
        fr: {
          name: 'Chat avec le CAW',
          description:
            "Chattez anonymement avec un intervenant si vous préférez écrire plutôt que parler. Vous pouvez parler de tout, des disputes à la maison aux soucis d'argent.",
        },
      },
    },
    {
      key: 'budgetbeheer',
      name: 'Budgetbeheer: je geld samen beheren',
      description:
        'Lukt het echt niet om je geld zelf te beheren? Dan ontvangt het CAW je inkomen, betaalt het je vaste kosten en stort het elke week je leefgeld, tot je het weer zelf kunt.',
      application: 'Na een gesprek bij het onthaal of na doorverwijzing door een hulpverlener.',
      cost: 'free',
      domains: ['inkomen/schuldhulp'],
      groups: ['armoede'],
      access: ['op-afspraak', 'doorverwijzing'],
      hours: 'TU,TH 09:00-12:00 13:30-16:00',
      at: ['noord', 'zuid'],
      documents: ['identiteitskaart of verblijfsdocument', 'overzicht van je inkomsten en vaste kosten'],
    },
    {
      key: 'samengestelde-gezinnen',
      name: 'Gespreksgroep voor nieuw samengestelde gezinnen',
      description:
        'Een groep voor ouders die met een nieuwe partner en kinderen uit vorige relaties samenwonen. Je deelt ervaringen en krijgt tips van een begeleider.',
      application: 'Inschrijven via het onthaal; de groep start bij minstens zes deelnemers.',
      cost: 'free',
      domains: ['welzijn/relaties', 'gezin/opvoeding'],
      groups: ['gezinnen'],
      access: ['op-afspraak'],
      hours: 'TU 19:00-21:30',
      state: 'draft',
    },
  ],
};

const jac: OrganizationSeed = {
  key: 'jac',
  name: 'JAC Scheldeland',
  alternateName: 'Jongerenaanspreekpunt',
  description:
    'De jongerenwerking van het CAW voor jongeren van 12 tot 25 jaar, met vragen over thuis, school, relaties, geld, wonen of gewoon alles.',
  domain: 'jac-demo.example',
  parent: 'caw',
  legalStatus: 'vzw',
  locations: [
    {
      key: 'jac',
      name: 'JAC Antwerpen',
      wijk: W.theaterbuurtMeir,
      street: 'Lange Gasthuisstraat 33',
      transportation: 'Tram 4 en 7, halte Meirbrug',
    },
  ],
  services: [
    {
      key: 'vragen',
      name: 'JAC: met al je vragen terecht',
      description:
        'Ben je tussen 12 en 25 en zit je ergens mee, over thuis, school, liefde, seks, geld of wonen? Kom langs, bel of chat. Het is gratis en we vertellen niets door zonder jouw toestemming.',
      application: 'Kom langs zonder afspraak, bel of chat via de website.',
      cost: 'free',
      domains: ['welzijn', 'sociale-hulpverlening/onthaal'],
      groups: ['jongeren'],
      access: ['zonder-afspraak', 'telefonisch', 'online'],
      languages: ['en', 'fr', 'ar'],
      hours: 'MO,TU,TH,FR 13:00-18:00; WE 13:00-20:00',
      minimumAge: 12,
      maximumAge: 25,
      translations: {
        fr: {
          name: 'JAC : pour toutes les questions des jeunes',
          description:
            "Tu as entre 12 et 25 ans et quelque chose te tracasse : la maison, l'école, l'amour, la sexualité, l'argent ou le logement ? Passe, appelle ou chatte. C'est gratuit et nous ne disons rien à personne sans ton accord.",
        },
        en: {
          name: 'JAC: youth advice centre',
          description:
            "Aged 12 to 25 and something on your mind, about home, school, love, sex, money or housing? Drop in, call or chat. It's free, and we don't tell anyone without your permission.",
        },
        ar: {
          name: 'JAC: لكل أسئلة الشباب',
          description:
            'هل عمرك بين 12 و25 سنة وهناك ما يشغل بالك في البيت أو المدرسة أو الحب أو الجنس أو المال أو السكن؟ تعال أو اتصل أو راسلنا عبر الدردشة. الخدمة مجانية ولا نخبر أحدًا بشيء دون موافقتك.',
        },
        tr: {
          name: 'JAC: gençlerin tüm soruları için',
          description:
            '12 ile 25 yaş arasındasın ve ev, okul, aşk, cinsellik, para ya da konut konusunda seni düşündüren bir şey mi var? Uğra, ara ya da sohbet et. Ücretsizdir ve iznin olmadan kimseye bir şey söylemeyiz.',
        },
        pl: {
          name: 'JAC: ze wszystkimi pytaniami młodzieży',
          description:
            'Masz od 12 do 25 lat i coś Cię gryzie: dom, szkoła, miłość, seks, pieniądze albo mieszkanie? Przyjdź, zadzwoń lub napisz na czacie. To nic nie kosztuje i bez Twojej zgody nikomu nic nie powiemy.',
        },
      },
    },
    {
      key: 'crisisopvang',
      name: 'Crisisopvang voor jongeren',
      description:
        'Kun je vannacht niet thuis blijven omdat het er niet veilig is of omdat je buiten bent gezet? Je kunt enkele nachten in de crisisopvang slapen, terwijl we samen een oplossing zoeken.',
      application: 'Bel het nummer, dag en nacht. Ook de politie of een hulpverlener kan voor jou bellen.',
      eligibility: 'Jongeren van 12 tot 18 jaar; tot 25 jaar na overleg.',
      cost: 'free',
      domains: ['crisis', 'wonen/nachtopvang'],
      groups: ['jongeren'],
      access: ['telefonisch', 'open-op-feestdagen'],
      languages: ['en', 'fr'],
      hours: '24/7',
      at: [],
      minimumAge: 12,
      maximumAge: 25,
      alert: 'Demogegevens. In levensgevaar: bel 112.',
    },
    {
      key: 'zelfstandig-wonen',
      name: 'Begeleid zelfstandig wonen voor jongeren',
      description:
        'Ga je als jongere alleen wonen zonder steun van thuis? Een begeleider helpt je met huur, budget, papieren en je eerste eigen huishouden.',
      application: 'Maak een afspraak via het JAC of vraag je hulpverlener om je door te verwijzen.',
      cost: 'free',
      domains: ['wonen/woonbegeleiding'],
      groups: ['jongeren'],
      access: ['op-afspraak', 'doorverwijzing'],
      hours: 'MO-FR 09:00-17:00',
      minimumAge: 17,
      maximumAge: 25,
      documents: ['identiteitskaart of verblijfsdocument'],
    },
  ],
};

export const CAW_JAC: OrganizationSeed[] = [caw, jac];
