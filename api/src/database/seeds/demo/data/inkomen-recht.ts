// Debts, legal help and paperwork: debt mediation, a justice house, legal aid, a law shop and
// digital help points (with seasonal help for the tax return).
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

const ID_OR_RESIDENCE = 'identiteitskaart of verblijfsdocument';
const INCOME_PROOF = 'recente loonfiches of uitkeringsattesten';

export const INKOMEN_RECHT: OrganizationSeed[] = [
  {
    key: 'budgetcentrum',
    name: 'Budgetcentrum Antwerpen',
    description: 'Erkende dienst voor schuldbemiddeling met ook preventie: infoavonden en een online budgetcoach.',
    domain: 'budgetcentrum-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'kantoor', name: 'Budgetcentrum', wijk: W.markgrave, street: 'Markgravelei 80' }],
    services: [
      {
        key: 'schuldbemiddeling',
        name: 'Schuldbemiddeling',
        description:
          'Zijn je schulden zo hoog dat je ze niet meer kunt afbetalen? Een schuldbemiddelaar onderhandelt met je schuldeisers en stelt een afbetalingsplan op. Als het nodig is, helpen we je met een collectieve schuldenregeling bij de rechtbank.',
        application: 'Maak een afspraak en breng alle brieven van schuldeisers en je inkomensbewijzen mee.',
        cost: 'free',
        domains: ['inkomen/schuldhulp', 'juridisch'],
        groups: ['armoede', 'gezinnen'],
        access: ['op-afspraak'],
        languages: ['fr', 'en', 'ar'],
        hours: 'MO-TH 09:00-12:00 13:00-16:30',
        documents: [ID_OR_RESIDENCE, INCOME_PROOF, 'brieven van schuldeisers en deurwaarders', 'huurcontract'],
        waitTime: 'Een eerste gesprek binnen drie weken.',
        translations: {
          fr: {
            name: 'Médiation de dettes',
            description:
              'Vos dettes sont si élevées que vous ne pouvez plus les rembourser ? Un médiateur de dettes négocie avec vos créanciers et établit un plan de remboursement. Si nécessaire, nous vous aidons à demander un règlement collectif de dettes au tribunal.',
          },
          en: {
            name: 'Debt mediation',
            description:
              'Are your debts so high that you can no longer pay them off? A debt mediator negotiates with your creditors and draws up a repayment plan. If needed, we help you apply for a collective debt settlement in court.',
          },
          ar: {
            name: 'الوساطة في الديون',
            description:
              'هل ديونك كبيرة لدرجة أنك لم تعد قادرًا على سدادها؟ يتفاوض وسيط الديون مع الدائنين ويضع خطة سداد. وعند الحاجة نساعدك في طلب تسوية جماعية للديون لدى المحكمة.',
          },
          tr: {
            name: 'Borç arabuluculuğu',
            description:
              'Borçlarınız artık ödeyemeyeceğiniz kadar yüksek mi? Bir borç arabulucusu alacaklılarınızla görüşür ve bir ödeme planı hazırlar. Gerekirse mahkemede toplu borç düzenlemesi için başvurmanıza yardım ederiz.',
          },
          pl: {
            name: 'Mediacja w sprawie długów',
            description:
              'Twoje długi są tak wysokie, że nie możesz ich już spłacać? Mediator negocjuje z wierzycielami i przygotowuje plan spłaty. W razie potrzeby pomożemy Ci złożyć w sądzie wniosek o zbiorowe uregulowanie długów.',
          },
        },
      },
      {
        key: 'online-budgetcoach',
        name: 'Online budgetcoach',
        description:
          'Met een gratis online programma en een coach via chat maak je zelf een budgetplan en leer je je uitgaven beter plannen.',
        application: 'Registreer je op de website; een coach neemt binnen twee werkdagen contact op.',
        cost: 'free',
        domains: ['inkomen/schuldhulp'],
        groups: ['jongeren', 'studenten', 'iedereen'],
        access: ['online'],
        hours: 'MO-FR 09:00-17:00',
        at: [],
        hasPhone: false,
        translations: {
          en: {
            name: 'Online budget coach',
            description:
              'With a free online programme and a coach on chat, you make your own budget plan and learn to plan your spending better.',
          },
        },
      },
      {
        key: 'infoavond',
        name: 'Infoavond: rondkomen met je budget',
        description:
          'Een gratis infoavond met tips over vaste kosten, energiecontracten, afbetalingen en kopen op krediet. Je kunt vragen stellen aan een budgetconsulent.',
        application: 'Schrijf je in via de website of telefonisch.',
        cost: 'free',
        domains: ['inkomen/schuldhulp', 'inkomen/energie'],
        groups: ['iedereen', 'gezinnen'],
        access: ['op-afspraak', 'online'],
        hours: 'TU 19:00-21:30',
      },
    ],
  },
  {
    key: 'justitiehuis',
    name: 'Justitiehuis Scheldeland',
    description: 'Onthaal en begeleiding voor slachtoffers en partijen in een rechtszaak, en gratis eerste juridisch advies.',
    domain: 'justitiehuis-demo.example',
    isPublicSector: true,
    locations: [{ key: 'justitiehuis', name: 'Justitiehuis', wijk: W.zuid, street: 'Verschansingstraat 30' }],
    services: [
      {
        key: 'slachtofferonthaal',
        name: 'Slachtofferonthaal bij een rechtszaak',
        description:
          'Ben je slachtoffer en loopt er een strafzaak? Een justitieassistent legt uit hoe het proces verloopt, helpt je je dossier in te kijken en gaat mee naar de rechtbank als je dat wilt.',
        application: 'Vraag het aan de politie of het parket, of bel zelf.',
        cost: 'free',
        domains: ['juridisch', 'welzijn/geweld'],
        groups: ['slachtoffers-geweld'],
        access: ['op-afspraak', 'telefonisch'],
        languages: ['fr', 'en'],
        hours: 'MO-FR 08:30-12:00 13:00-16:30',
      },
      {
        key: 'eerste-juridisch-advies',
        name: 'Gratis eerste juridisch advies',
        description:
          'Een advocaat geeft je gratis een eerste advies over je juridische vraag, bijvoorbeeld over huur, werk, scheiding of schulden, en zegt waar je verder terechtkunt.',
        application: 'Kom langs tijdens de zitdagen, zonder afspraak.',
        cost: 'free',
        domains: ['juridisch/juridisch-advies'],
        groups: ['iedereen'],
        access: ['zonder-afspraak'],
        languages: ['fr', 'en'],
        hours: 'TU 16:00-19:00; TH 09:00-12:00',
        translations: {
          fr: {
            name: 'Premier avis juridique gratuit',
            description:
              'Un avocat vous donne gratuitement un premier avis sur votre question juridique, par exemple sur le logement, le travail, un divorce ou des dettes, et vous dit où vous adresser ensuite.',
          },
          en: {
            name: 'Free first legal advice',
            description:
              'A lawyer gives you free initial advice on your legal question, for example about renting, work, divorce or debt, and tells you where to go next.',
          },
          ar: {
            name: 'استشارة قانونية أولى مجانية',
            description:
              'يقدم لك محامٍ استشارة أولى مجانية حول مسألتك القانونية، مثل الإيجار أو العمل أو الطلاق أو الديون، ويخبرك بالجهة التي يمكنك التوجه إليها بعد ذلك.',
          },
          tr: {
            name: 'Ücretsiz ilk hukuki danışmanlık',
            description:
              'Bir avukat kira, iş, boşanma veya borç gibi hukuki sorunuz hakkında size ücretsiz ilk tavsiyeyi verir ve daha sonra nereye başvurabileceğinizi söyler.',
          },
          pl: {
            name: 'Bezpłatna pierwsza porada prawna',
            description:
              'Adwokat bezpłatnie udzieli Ci pierwszej porady w Twojej sprawie prawnej, np. dotyczącej najmu, pracy, rozwodu lub długów, i powie, gdzie zwrócić się dalej.',
          },
        },
      },
    ],
  },
  {
    key: 'pro-deo-bureau',
    name: 'Pro-Deo Bureau Scheldeland',
    alternateName: 'Bureau voor juridische bijstand',
    description: 'Wijst advocaten toe aan mensen met een laag inkomen, volledig of gedeeltelijk gratis.',
    domain: 'pro-deo-demo.example',
    locations: [{ key: 'bureau', name: 'Pro-Deo Bureau', wijk: W.zuid, street: 'Graaf van Egmontstraat 40' }],
    services: [
      {
        key: 'advocaat',
        name: 'Gratis of goedkope advocaat (pro deo)',
        description:
          'Heb je een laag inkomen en een advocaat nodig? Dan kun je een pro-deoadvocaat krijgen die je bijstaat en voor je pleit, volledig of gedeeltelijk gratis.',
        application: 'Kom langs met de bewijzen van je inkomen; meestal beslissen we meteen.',
        eligibility:
          'Afhankelijk van je inkomen en gezinssituatie. Met leefloon of een vervangingsinkomen, en als minderjarige, heb je er meestal recht op.',
        fees: 'Volledig gratis of met een kleine bijdrage, afhankelijk van je inkomen.',
        cost: [
          { amount: 0, option: 'Volledig kosteloos', description: 'Bij een laag inkomen' },
          { amount: 50, option: 'Gedeeltelijk kosteloos', description: 'Bijdrage bij een iets hoger inkomen' },
        ],
        domains: ['juridisch/juridisch-advies'],
        groups: ['armoede', 'gedetineerden', 'zonder-wettig-verblijf'],
        access: ['zonder-afspraak'],
        languages: ['fr', 'en'],
        hours: 'MO-FR 09:00-11:30',
        documents: [ID_OR_RESIDENCE, INCOME_PROOF, 'aanslagbiljet van de personenbelasting', 'bewijs van gezinssamenstelling'],
        translations: {
          fr: {
            name: 'Avocat gratuit ou à prix réduit (pro deo)',
            description:
              "Vous avez de faibles revenus et besoin d'un avocat ? Vous pouvez obtenir un avocat pro deo qui vous assiste et plaide pour vous, gratuitement ou en partie.",
          },
          en: {
            name: 'Free or low-cost lawyer (legal aid)',
            description:
              'On a low income and need a lawyer? You can get a legal aid lawyer to assist and represent you, fully or partly free of charge.',
          },
          ar: {
            name: 'محامٍ مجاني أو بتكلفة منخفضة (المساعدة القضائية)',
            description:
              'هل دخلك منخفض وتحتاج إلى محامٍ؟ يمكنك الحصول على محامٍ في إطار المساعدة القضائية (pro deo) يساعدك ويترافع عنك مجانًا كليًا أو جزئيًا.',
          },
        },
      },
    ],
  },
  {
    key: 'rechtswinkel',
    name: 'Rechtswinkel Antwerpen',
    description: 'Vrijwillige juristen en rechtenstudenten die gratis juridische vragen beantwoorden.',
    domain: 'rechtswinkel-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'winkel', name: 'Rechtswinkel', wijk: W.universiteitsbuurt, street: 'Venusstraat 20' }],
    services: [
      {
        key: 'avondspreekuur',
        name: "Gratis juridisch spreekuur 's avonds",
        description:
          'Vrijwillige juristen beantwoorden je juridische vragen en helpen je een brief te schrijven of een formulier in te vullen.',
        application: 'Loop binnen tijdens het avondspreekuur; wie eerst komt, wordt eerst geholpen.',
        cost: 'free',
        domains: ['juridisch/juridisch-advies', 'juridisch/administratie'],
        groups: ['iedereen', 'studenten'],
        access: ['zonder-afspraak'],
        languages: ['fr', 'en'],
        hours: 'TU,TH 18:30-20:30',
        hasPhone: false,
      },
    ],
  },
  {
    key: 'digipunt',
    name: 'Digipunt Antwerpen',
    description: 'Gratis computers, wifi en vrijwilligers die helpen om mee te kunnen in de digitale wereld.',
    domain: 'digipunt-demo.example',
    legalStatus: 'vzw',
    locations: [
      { key: 'donk', name: 'Digipunt Ekeren-Donk', wijk: W.donk, street: 'Hoogboomsteenweg 50' },
      { key: 'borsbeek', name: 'Digipunt Borsbeek', wijk: W.borsbeekGroen, street: 'Frans Beirenslaan 120' },
    ],
    services: [
      {
        key: 'computerhulp',
        name: 'Computerhulp en gratis internet',
        description: 'Gebruik gratis een computer, printer en wifi. Een vrijwilliger helpt je met mails, online afspraken of je cv.',
        application: 'Loop binnen tijdens de openingsuren.',
        cost: 'free',
        domains: ['juridisch/administratie', 'vrije-tijd'],
        groups: ['iedereen', 'ouderen', 'armoede'],
        access: ['zonder-afspraak', 'rolstoeltoegankelijk'],
        languages: ['en', 'fr'],
        hours: 'TU,TH 13:00-17:00; SA 10:00-13:00',
        at: ['donk', 'borsbeek'],
      },
      {
        key: 'laptop-lenen',
        name: 'Laptop of tablet lenen',
        description:
          'Heb je thuis geen computer? Je kunt een laptop of tablet enkele maanden lenen, bijvoorbeeld voor school of een opleiding.',
        application: 'Vraag een doorverwijzing aan je school, het CLB of het sociaal huis en kom daarmee langs.',
        fees: 'Een kleine waarborg, die je terugkrijgt.',
        cost: [{ amount: 20, option: 'Waarborg', description: 'Terugbetaald als je het toestel terugbrengt' }],
        domains: ['onderwijs/schoolondersteuning', 'juridisch/administratie'],
        groups: ['armoede', 'studenten', 'gezinnen'],
        access: ['doorverwijzing'],
        hours: 'TU,TH 13:00-17:00',
        at: ['donk'],
        documents: [ID_OR_RESIDENCE, 'doorverwijzing van school of sociaal huis'],
      },
      {
        key: 'belastingaangifte',
        name: 'Hulp bij je belastingaangifte',
        description: 'Tijdens de aangifteperiode helpen vrijwilligers je gratis om je belastingaangifte online in te vullen.',
        application: 'Maak een afspraak vanaf 1 mei en breng je itsme of je identiteitskaart met pincode mee.',
        cost: 'free',
        domains: ['juridisch/administratie', 'inkomen'],
        groups: ['iedereen', 'ouderen'],
        access: ['op-afspraak'],
        hours: 'MO,WE,FR 09:00-12:00 13:00-16:00',
        season: { from: '2027-05-03', to: '2027-06-30' },
        hoursNote: 'Enkel in mei en juni',
        at: ['borsbeek', 'donk'],
        documents: ['identiteitskaart met pincode of itsme', 'fiscale fiches van je werkgever of uitkering'],
      },
    ],
  },
];
