// The neighbourhood: local service centres for older residents and community houses.
import type { OrganizationSeed, ServiceSeed } from '../demo-types.js';
import { ANCHOR, W } from '../demo-places.js';
import type { LatLng } from '../wijk-points.js';

interface ServiceCentre {
  key: string;
  name: string;
  wijk: string;
  street: string;
  city?: string;
  near?: LatLng;
  languages: string[];
  hasOddJobs: boolean;
}

const CENTRES: ServiceCentre[] = [
  {
    key: 'het-pleintje',
    name: 'Lokaal Dienstencentrum Het Pleintje',
    wijk: W.borsbeekWest,
    street: 'Frans Beirenslaan 30',
    languages: ['fr'],
    hasOddJobs: true,
  },
  {
    key: 'zonnewende',
    name: 'Lokaal Dienstencentrum Zonnewende',
    wijk: W.oudMerksem,
    street: 'Terlindenhofstraat 40',
    languages: ['pl', 'tr'],
    hasOddJobs: false,
  },
  {
    key: 'de-pieter',
    name: 'Lokaal Dienstencentrum De Pieter',
    wijk: W.deurneOost,
    street: 'Ruggeveldlaan 150',
    languages: ['tr', 'ru'],
    hasOddJobs: true,
  },
  {
    key: 'de-kaai',
    name: 'Lokaal Dienstencentrum De Kaai',
    wijk: W.linkeroever,
    street: 'Esmoreitlaan 5',
    near: ANCHOR.linkeroever,
    languages: ['fr', 'en'],
    hasOddJobs: false,
  },
  {
    key: 'polderhuis',
    name: 'Lokaal Dienstencentrum Polderhuis',
    wijk: W.polder,
    street: 'Solftstraat 20',
    city: 'Berendrecht',
    near: ANCHOR.berendrecht,
    languages: ['fr'],
    hasOddJobs: true,
  },
  {
    key: 'neerland',
    name: 'Lokaal Dienstencentrum Neerland',
    wijk: W.neerland,
    street: 'Neerlandstraat 30',
    languages: ['fr', 'ar'],
    hasOddJobs: false,
  },
];

function centreServices(centre: ServiceCentre): ServiceSeed[] {
  const { name } = centre;
  const services: ServiceSeed[] = [
    {
      key: 'ontmoeting',
      name: `Ontmoeting en activiteiten – ${name}`,
      description:
        'Kom een koffie drinken, de krant lezen of meedoen aan activiteiten zoals petanque, seniorengym, kaarten of een computerles. Iedereen is welkom, vooral 65-plussers.',
      application: 'Loop gewoon binnen; voor sommige activiteiten schrijf je vooraf in.',
      fees: 'Binnenlopen is gratis; voor sommige activiteiten betaal je een kleine bijdrage.',
      cost: 'free',
      domains: ['vrije-tijd'],
      groups: ['ouderen', 'iedereen'],
      access: ['zonder-afspraak', 'rolstoeltoegankelijk'],
      languages: centre.languages,
      hours: 'MO-FR 09:00-17:00',
      translations: {
        en: {
          name: `Meeting place and activities – ${name}`,
          description:
            'Drop in for a coffee, read the paper or join activities such as pétanque, gym for seniors, cards or a computer class. Everyone is welcome, especially people over 65.',
        },
        fr: {
          name: `Rencontres et activités – ${name}`,
          description:
            "Venez boire un café, lire le journal ou participer à des activités comme la pétanque, la gym pour seniors, les cartes ou un cours d'informatique. Tout le monde est bienvenu, surtout les plus de 65 ans.",
        },
      },
    },
    {
      key: 'middagmaal',
      name: `Warm middagmaal – ${name}`,
      description:
        'Elke werkdag een warme maaltijd in het restaurant van het dienstencentrum, samen met andere buurtbewoners. Maaltijden aan huis zijn ook mogelijk.',
      application: 'Reserveer de dag voordien voor 11 uur, ter plaatse of telefonisch.',
      fees: 'Een vaste prijs per maaltijd; minder met verhoogde tegemoetkoming.',
      cost: [
        { amount: 8.5, option: 'Standaardprijs', description: 'Soep, hoofdgerecht en dessert' },
        { amount: 5, option: 'Kansentarief', description: 'Met verhoogde tegemoetkoming' },
      ],
      domains: ['voeding-materieel/voedselhulp', 'vrije-tijd'],
      groups: ['ouderen', 'armoede'],
      access: ['op-afspraak', 'rolstoeltoegankelijk'],
      hours: 'MO-FR 11:45-13:30',
    },
  ];
  if (centre.hasOddJobs) {
    services.push({
      key: 'hulp-aan-huis',
      name: `Hulp aan huis: boodschappen en klusjes – ${name}`,
      description:
        'Vrijwilligers doen boodschappen, kleine klusjes of gaan mee naar de dokter, zodat je langer zelfstandig thuis kunt wonen.',
      application: 'Bel het dienstencentrum; we komen eerst kennismaken bij je thuis.',
      fees: 'Een kleine bijdrage per uur, plus de vervoerskosten.',
      cost: [{ amount: 7, option: 'Per uur', description: 'Bijdrage per uur, plus vervoerskosten' }],
      domains: ['welzijn', 'mobiliteit'],
      groups: ['ouderen', 'handicap'],
      access: ['telefonisch', 'op-afspraak'],
      hours: 'MO-FR 09:00-12:00',
      hoursNote: 'Telefonisch aanvragen; de hulp zelf ook op andere momenten',
    });
  }
  return services;
}

const centres: OrganizationSeed[] = CENTRES.map((centre) => ({
  key: `dienstencentrum-${centre.key}`,
  name: centre.name,
  description: 'Ontmoetingsplek in de buurt met activiteiten, maaltijden en hulp voor wie langer thuis wil blijven wonen.',
  domain: `ldc-${centre.key}-demo.example`,
  legalStatus: 'vzw',
  locations: [{ key: 'centrum', name: centre.name, wijk: centre.wijk, street: centre.street, city: centre.city, near: centre.near }],
  services: centreServices(centre),
}));

const communityCafe = (name: string, wijk: string): ServiceSeed => ({
  key: 'buurtcafe',
  name: `Buurtcafé en ontmoeting – ${name}`,
  description: 'Een open huiskamer voor de buurt: koffie, een babbel, spelletjes en een buurtwerker die je verder helpt met je vragen.',
  application: 'Kom gewoon binnen.',
  cost: 'free',
  domains: ['vrije-tijd', 'sociale-hulpverlening/onthaal'],
  groups: ['iedereen'],
  access: ['zonder-afspraak'],
  hours: 'MO-TH 13:00-17:00',
  areas: [`wijk:${wijk}`],
});

const communityHouses: OrganizationSeed[] = [
  {
    key: 'buurthuis-de-dam',
    name: 'Buurthuis De Dam',
    description: 'Buurthuis voor iedereen uit de Damwijk en het Lobroek.',
    domain: 'buurthuis-dam-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'huis', name: 'Buurthuis De Dam', wijk: W.dam, street: 'Dambruggestraat 100' }],
    services: [
      communityCafe('Buurthuis De Dam', W.dam),
      {
        key: 'repair-cafe',
        name: 'Repair Café De Dam',
        description: 'Breng je kapotte lamp, broek of fiets mee; vrijwilligers helpen je om hem samen te herstellen.',
        application: 'Kom langs met je kapotte spullen; je hoeft niet in te schrijven.',
        fees: 'Gratis; een vrijwillige bijdrage mag.',
        cost: 'free',
        domains: ['vrije-tijd', 'voeding-materieel/kleding-meubels'],
        groups: ['iedereen'],
        access: ['zonder-afspraak'],
        hours: 'SA 10:00-13:00',
        hasPhone: false,
      },
    ],
  },
  {
    key: 'buurthuis-sint-andries',
    name: 'Buurthuis Sint-Andries',
    description: 'Buurthuis in de parochie Sint-Andries, met een buurtrestaurant en activiteiten voor jong en oud.',
    domain: 'buurthuis-sintandries-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'huis', name: 'Buurthuis Sint-Andries', wijk: W.sintAndries, street: 'Sint-Andriesstraat 12' }],
    services: [
      communityCafe('Buurthuis Sint-Andries', W.sintAndries),
      {
        key: 'samen-koken',
        name: 'Samen koken en eten',
        description: 'Elke dinsdagavond koken buurtbewoners samen een maaltijd en eten ze die samen op.',
        application: 'Schrijf je in tot maandagavond, ter plaatse of telefonisch.',
        fees: 'Een kleine bijdrage voor de ingrediënten.',
        cost: [{ amount: 3, option: 'Per maaltijd', description: 'Bijdrage voor de ingrediënten' }],
        domains: ['vrije-tijd', 'voeding-materieel/voedselhulp'],
        groups: ['iedereen', 'ouderen', 'nieuwkomers'],
        access: ['op-afspraak'],
        hours: 'TU 17:30-21:00',
      },
    ],
  },
  {
    key: 'buurthuis-brederode',
    name: 'Buurthuis Brederode',
    description: 'Buurthuis met ontmoeting, een vrouwengroep en hulp bij vragen van buurtbewoners.',
    domain: 'buurthuis-brederode-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'huis', name: 'Buurthuis Brederode', wijk: W.brederode, street: 'Brederodestraat 90' }],
    services: [
      communityCafe('Buurthuis Brederode', W.brederode),
      {
        key: 'vrouwengroep',
        name: 'Vrouwengroep: praten, leren en ontspannen',
        description:
          'Een wekelijkse groep voor vrouwen uit de buurt: samen praten, Nederlands oefenen en uitstappen maken. Er is opvang voor de kinderen.',
        application: 'Kom gewoon een keer kennismaken.',
        cost: 'free',
        domains: ['vrije-tijd', 'onderwijs/nederlands-leren'],
        groups: ['nieuwkomers', 'gezinnen'],
        access: ['zonder-afspraak'],
        languages: ['ar', 'tr', 'rif'],
        hours: 'MO 09:30-11:30',
        hasPhone: false,
        translations: {
          ar: {
            name: 'مجموعة النساء: الحديث والتعلم والاسترخاء',
            description: 'مجموعة أسبوعية لنساء الحي: نتحدث معًا ونتمرن على اللغة الهولندية ونقوم بنزهات. تتوفر رعاية للأطفال.',
          },
          tr: {
            name: 'Kadın grubu: sohbet, öğrenme ve dinlenme',
            description:
              'Mahalledeki kadınlar için haftalık bir grup: birlikte sohbet eder, Felemenkçe pratik yapar ve geziler düzenleriz. Çocuklar için bakım vardır.',
          },
          en: {
            name: "Women's group: talk, learn and relax",
            description:
              'A weekly group for women from the neighbourhood: talking together, practising Dutch and going on outings. Childcare is provided.',
          },
        },
      },
    ],
  },
];

export const BUURT: OrganizationSeed[] = [...centres, ...communityHouses];
