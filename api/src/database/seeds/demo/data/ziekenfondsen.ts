// The desks and social services of three health insurance funds (ziekenfondsen), in several districts.
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

interface InsuranceFund {
  key: string;
  name: string;
  locations: { key: string; name: string; wijk: string; street: string }[];
  languages: string[];
  isOpenOnSaturday?: boolean;
}

const FUNDS: InsuranceFund[] = [
  {
    key: 'eendracht',
    name: 'Ziekenfonds De Eendracht',
    languages: ['fr', 'tr', 'pl'],
    isOpenOnSaturday: true,
    locations: [
      { key: 'merksem', name: 'Kantoor Merksem', wijk: W.oudMerksem, street: 'Bredabaan 400' },
      { key: 'deurne', name: 'Kantoor Deurne', wijk: W.deurneDorp, street: 'Turnhoutsebaan 300' },
    ],
  },
  {
    key: 'solidair',
    name: 'Ziekenfonds Solidair',
    languages: ['fr', 'ar', 'en'],
    locations: [
      { key: 'centrum', name: 'Kantoor Centrum', wijk: W.sintAndries, street: 'Kloosterstraat 60' },
      { key: 'hoboken', name: 'Kantoor Hoboken', wijk: W.hobokenCentrum, street: 'Kapelstraat 40' },
    ],
  },
  {
    key: 'horizon',
    name: 'Ziekenfonds Horizon',
    languages: ['fr', 'en'],
    locations: [
      { key: 'wilrijk', name: 'Kantoor Wilrijk', wijk: W.valaar, street: 'Boomsesteenweg 500' },
      { key: 'ekeren', name: 'Kantoor Ekeren', wijk: W.ekerenCentrum, street: 'Kapelsestraat 12' },
      { key: 'berchem', name: 'Kantoor Berchem', wijk: W.oudBerchem, street: 'Statiestraat 30' },
    ],
  },
];

export const ZIEKENFONDSEN: OrganizationSeed[] = FUNDS.map((fund) => ({
  key: `ziekenfonds-${fund.key}`,
  name: fund.name,
  description: 'Ziekenfonds (mutualiteit): terugbetaling van medische kosten, uitkeringen bij ziekte en advies bij langdurige zorg.',
  domain: `ziekenfonds-${fund.key}-demo.example`,
  legalStatus: 'Landsbond van ziekenfondsen (demo)',
  locations: fund.locations,
  services: [
    {
      key: 'loket',
      name: `Loket ${fund.name}: terugbetalingen en aansluiting`,
      description:
        'Aansluiten bij het ziekenfonds, doktersbriefjes binnenbrengen, een terugbetaling of uitkering bij ziekte aanvragen: dat doe je aan het loket. Je kunt er ook vragen of je recht hebt op de verhoogde tegemoetkoming.',
      application: 'Loop binnen tijdens de openingsuren, of regel het online via je account.',
      fees: 'Het loket is gratis. Leden betalen een jaarlijkse bijdrage voor de aanvullende verzekering.',
      cost: 'free',
      domains: ['gezondheid/medische-kosten'],
      groups: ['iedereen'],
      access: ['zonder-afspraak', 'online', 'rolstoeltoegankelijk'],
      languages: fund.languages,
      hours: fund.isOpenOnSaturday ? 'MO-FR 09:00-12:30 13:30-17:00; SA 09:00-12:00' : 'MO-FR 09:00-12:30; TU,TH 13:30-18:00',
      at: fund.locations.map((location) => location.key),
      documents: ['identiteitskaart of verblijfsdocument', 'getuigschriften voor verstrekte hulp (doktersbriefjes)'],
      translations: {
        fr: {
          name: `Guichet ${fund.name} : remboursements et affiliation`,
          description:
            "S'affilier à la mutualité, déposer les attestations de soins, demander un remboursement ou une indemnité en cas de maladie : tout cela se fait au guichet. Vous pouvez aussi y demander si vous avez droit à l'intervention majorée.",
        },
        en: {
          name: `${fund.name} desk: refunds and membership`,
          description:
            "Join the health insurance fund, hand in doctors' certificates, claim a refund or sickness benefit: you do all this at the desk. You can also ask whether you qualify for increased reimbursement.",
        },
        tr: {
          name: `${fund.name} gişesi: geri ödemeler ve üyelik`,
          description:
            'Sağlık sigortası kurumuna üye olmak, doktor belgelerini teslim etmek, geri ödeme veya hastalık ödeneği talep etmek için gişeye gelin. Artırılmış geri ödeme (verhoogde tegemoetkoming) hakkınız olup olmadığını da sorabilirsiniz.',
        },
        pl: {
          name: `Okienko ${fund.name}: zwroty kosztów i zapisy`,
          description:
            'Zapisanie się do kasy chorych, złożenie zaświadczeń od lekarza, wniosek o zwrot kosztów lub zasiłek chorobowy – wszystko to załatwisz w okienku. Możesz tam też zapytać, czy przysługuje Ci podwyższony zwrot kosztów (verhoogde tegemoetkoming).',
        },
      },
    },
    {
      key: 'maatschappelijk-werk',
      name: `Dienst maatschappelijk werk ${fund.name}`,
      description:
        'Een maatschappelijk werker helpt bij langdurige ziekte, een handicap of zware zorg thuis: met premies, thuiszorg, hulpmiddelen en je rechten als zieke werknemer.',
      application: 'Maak een afspraak aan het loket of telefonisch; een huisbezoek is mogelijk.',
      cost: 'free',
      domains: ['gezondheid/medische-kosten', 'welzijn'],
      groups: ['handicap', 'ouderen', 'mantelzorgers'],
      access: ['op-afspraak', 'telefonisch'],
      languages: fund.languages.slice(0, 1),
      hours: 'MO-FR 09:00-12:00',
    },
  ],
}));
