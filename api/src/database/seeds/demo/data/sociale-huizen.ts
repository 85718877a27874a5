// The umbrella of the local social services and one social house per district (two in the large
// district Antwerpen): the same core services everywhere, with local languages, hours and extras.
import type { OrganizationSeed } from '../demo-types.js';
import { ANCHOR, W } from '../demo-places.js';
import { coreServices, extraService, type SociaalHuis } from './sociaal-huis-diensten.js';

const umbrella: OrganizationSeed = {
  key: 'sociale-dienst',
  name: 'Sociale Dienst Antwerpen',
  description:
    'Koepel van de sociale huizen in de districten. De sociale huizen helpen inwoners met vragen over inkomen, wonen, gezondheid en papieren.',
  domain: 'sociale-dienst-demo.example',
  legalStatus: 'Publiekrechtelijke vereniging (demo)',
  isPublicSector: true,
  translations: {
    fr: {
      name: 'Service social Anvers',
      description:
        'Coordination des maisons sociales des districts, qui aident les habitants pour leurs revenus, leur logement, leur santé et leurs papiers.',
    },
    en: {
      name: 'Antwerp Social Service',
      description: 'Umbrella of the district social houses, which help residents with income, housing, health and paperwork.',
    },
    ar: {
      name: 'الخدمة الاجتماعية أنتويرب',
      description: 'الهيئة التي تجمع البيوت الاجتماعية في الأحياء، وهي تساعد السكان في أمور الدخل والسكن والصحة والأوراق الإدارية.',
    },
  },
  locations: [{ key: 'hoofdzetel', name: 'Administratief centrum', wijk: W.centraalStation, street: 'Lange Kievitstraat 120' }],
  services: [
    {
      key: 'sociale-lijn',
      name: 'Sociale lijn: telefonisch onthaal',
      description:
        'Weet je niet waar je met je vraag terechtkunt? Bel de sociale lijn. We beantwoorden je vraag meteen of zeggen bij welk sociaal huis of welke dienst je terechtkunt.',
      application: 'Bel tijdens de kantooruren. Je kunt ook een e-mail sturen; we antwoorden binnen twee werkdagen.',
      cost: 'free',
      domains: ['sociale-hulpverlening/onthaal'],
      groups: ['iedereen'],
      access: ['telefonisch', 'online'],
      languages: ['fr', 'en', 'ar', 'tr'],
      hours: 'MO-FR 08:30-17:00',
      at: [],
      areas: ['stad'],
      email: 'socialelijn',
      translations: {
        fr: {
          name: 'Ligne sociale : accueil par téléphone',
          description:
            'Vous ne savez pas à qui vous adresser ? Appelez la ligne sociale. Nous répondons tout de suite à votre question ou vous disons quelle maison sociale ou quel service peut vous aider.',
        },
        en: {
          name: 'Social helpline',
          description:
            'Not sure where to go with your question? Call the social helpline. We answer straight away or tell you which social house or service can help.',
        },
        ar: {
          name: 'الخط الاجتماعي: الاستقبال عبر الهاتف',
          description:
            'لا تعرف إلى أين تتوجه بسؤالك؟ اتصل بالخط الاجتماعي. نجيب عن سؤالك فورًا أو نخبرك بالبيت الاجتماعي أو الخدمة التي يمكنها مساعدتك.',
        },
      },
    },
    {
      key: 'dringende-hulp',
      name: 'Dringende sociale hulp buiten de kantooruren',
      description:
        "Voor dringende sociale noden 's avonds, 's nachts, in het weekend en op feestdagen, bijvoorbeeld als je plots geen slaapplaats hebt. Een permanentie zoekt samen met jou of met de politie een oplossing voor die nacht.",
      application: 'Bel het nummer. Politie, spoeddiensten en hulpverleners kunnen ook voor jou bellen.',
      eligibility: 'Enkel voor noodsituaties die niet kunnen wachten tot het sociaal huis weer open is.',
      cost: 'free',
      domains: ['crisis', 'sociale-hulpverlening'],
      groups: ['iedereen', 'dak-en-thuislozen'],
      access: ['telefonisch', 'open-op-feestdagen'],
      languages: ['fr', 'en'],
      hours: 'MO-SU 17:00-08:30; SA,SU 08:30-17:00',
      hoursNote: 'Buiten de kantooruren, ook op feestdagen',
      at: [],
      areas: ['stad'],
    },
  ],
};

const HOUSES: SociaalHuis[] = [
  {
    key: 'antwerpen-noord',
    place: 'Antwerpen-Noord',
    wijk: W.stuivenberg,
    street: 'Lange Beeldekensstraat 148',
    areas: [`wijk:${W.stuivenberg}`, `wijk:${W.amandusAtheneum}`, `wijk:${W.dam}`],
    languages: ['ar', 'rif', 'bg', 'ro', 'fr', 'en'],
    extras: ['rechten', 'digitaal'],
    isLateOnThursday: true,
  },
  {
    key: 'kiel',
    place: 'Kiel',
    wijk: W.kiel,
    street: 'Abdijstraat 27',
    areas: [`wijk:${W.kiel}`, `wijk:${W.tentoonstellingswijk}`, `wijk:${W.brederode}`],
    languages: ['ar', 'rif', 'tr', 'fr', 'en'],
    extras: ['digitaal'],
  },
  {
    key: 'antwerpen-centrum',
    place: 'Antwerpen-Centrum',
    wijk: W.sintAndries,
    street: 'Kloosterstraat 122',
    areas: [`wijk:${W.historischCentrum}`, `wijk:${W.sintAndries}`, `wijk:${W.theaterbuurtMeir}`, `wijk:${W.zuid}`],
    languages: ['fr', 'en', 'es', 'pl'],
    extras: ['rechten'],
  },
  {
    key: 'berchem',
    place: 'Berchem',
    wijk: W.oudBerchem,
    street: 'Driekoningenstraat 102',
    areas: ['district:berchem'],
    languages: ['fr', 'en', 'ar', 'pl'],
    extras: ['digitaal'],
  },
  {
    key: 'bzl',
    place: 'Berendrecht-Zandvliet-Lillo',
    wijk: W.polder,
    street: 'Monnikenhofstraat 12',
    city: 'Berendrecht',
    near: ANCHOR.berendrecht,
    areas: ['district:berendrecht-zandvliet-lillo'],
    languages: ['fr', 'en'],
    extras: [],
  },
  {
    key: 'borgerhout',
    place: 'Borgerhout',
    wijk: W.borgerhoutZuid,
    street: 'Turnhoutsebaan 110',
    areas: ['district:borgerhout'],
    languages: ['ar', 'rif', 'zgh', 'tr', 'fr'],
    extras: ['rechten', 'digitaal'],
    isLateOnThursday: true,
  },
  {
    key: 'borsbeek',
    place: 'Borsbeek',
    wijk: W.borsbeekWest,
    street: 'Jozef Reusenslei 16',
    areas: ['district:borsbeek'],
    languages: ['fr', 'en'],
    extras: ['digitaal'],
    isDigitalPointClosed: true,
  },
  {
    key: 'deurne',
    place: 'Deurne',
    wijk: W.deurneDorp,
    street: 'Lakborslei 22',
    areas: ['district:deurne'],
    languages: ['tr', 'ar', 'ru', 'uk', 'fr'],
    extras: ['rechten'],
    isLateOnThursday: true,
  },
  {
    key: 'ekeren',
    place: 'Ekeren',
    wijk: W.ekerenCentrum,
    street: 'Veltwijcklaan 25',
    areas: ['district:ekeren'],
    languages: ['fr', 'en', 'pl'],
    extras: [],
  },
  {
    key: 'hoboken',
    place: 'Hoboken',
    wijk: W.hobokenCentrum,
    street: 'Kioskplaats 15',
    areas: ['district:hoboken'],
    languages: ['tr', 'ar', 'pl', 'fr'],
    extras: ['digitaal'],
  },
  {
    key: 'merksem',
    place: 'Merksem',
    wijk: W.oudMerksem,
    street: 'Bredabaan 210',
    areas: ['district:merksem'],
    languages: ['pl', 'tr', 'ar', 'ro', 'bg'],
    extras: ['rechten'],
    isLateOnThursday: true,
  },
  {
    key: 'wilrijk',
    place: 'Wilrijk',
    wijk: W.wilrijkCentrum,
    street: 'Bist 10',
    areas: ['district:wilrijk'],
    languages: ['fr', 'en', 'ar', 'es'],
    extras: ['digitaal'],
  },
];

const houses: OrganizationSeed[] = HOUSES.map((house) => ({
  key: `sociaal-huis-${house.key}`,
  name: `Sociaal Huis ${house.place}`,
  description: `Het sociaal huis van ${house.place}: één adres voor onthaal, financiële hulp, budgetbegeleiding en hulp bij energiefacturen.`,
  domain: `sociaalhuis-${house.key}-demo.example`,
  parent: umbrella.key,
  isPublicSector: true,
  locations: [
    {
      key: 'sociaal-huis',
      name: `Sociaal Huis ${house.place}`,
      wijk: house.wijk,
      street: house.street,
      city: house.city,
      near: house.near,
    },
  ],
  services: [...coreServices(house), ...house.extras.map((extra) => extraService(house, extra))],
}));

export const SOCIALE_HUIZEN: OrganizationSeed[] = [umbrella, ...houses];
