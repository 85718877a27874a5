// Words for the parts of a synthetic listing that do not depend on the life domain: organisation
// names, streets, and the sentences that follow from access terms and costs. Fictional throughout:
// the organisations do not exist and their web addresses use the reserved `.example` domain.
import { phrase as p, type Phrase } from '@sociale-kaart/core/dev';

export const ORGANIZATION_KINDS = [
  'vzw',
  'Buurtwerk',
  'Welzijnshuis',
  'Dienstencentrum',
  'Wijkcentrum',
  'Ontmoetingshuis',
  'Steunpunt',
  'Vereniging',
  'Collectief',
  'Centrum',
] as const;

export const ORGANIZATION_NAMES = [
  'De Brug',
  'Het Anker',
  'De Vaart',
  'De Schakel',
  'Den Overzet',
  'De Wissel',
  'Het Kompas',
  'Den Teirling',
  'Het Open Huis',
  'De Klaproos',
  'De Kade',
  'Het Veer',
  'De Loods',
  'De Stroom',
  "'t Pleintje",
  'De Ploeg',
  'De Oever',
  'Het Lichtpunt',
  'De Toekomst',
  'Ons Huis',
  'Den Dries',
  'De Linde',
  'Het Baken',
  'De Horizon',
  'De Vlonder',
  'De Wegwijzer',
  'De Zonnebloem',
  'Het Kruispunt',
  'De Hoeksteen',
  'Het Nest',
  'De Boomgaard',
  'De Overkant',
  'Den Hoek',
  'De Passant',
  'De Ketting',
  'Het Atelier',
  'De Kiem',
  'Het Trefpunt',
  'De Poort',
  'Den Eik',
  'De Lantaarn',
  'Het Warm Nest',
  'De Kapstok',
  'Het Zeil',
  'De Vuurtoren',
  'De Steiger',
  'Het Dok',
];

/** `{name}`, `{district}` and `{year}` are filled in; the three languages say the same. */
export const ORGANIZATION_SENTENCES: Phrase[] = [
  p(
    '{name} is een organisatie uit {district} die sinds {year} mensen ondersteunt in moeilijke situaties.',
    '{name} est une organisation de {district} qui soutient depuis {year} les personnes en difficulté.',
    '{name} is an organisation from {district} that has supported people in difficult situations since {year}.',
  ),
  p(
    'Beroepskrachten en vrijwilligers van {name} werken samen aan een warme en solidaire buurt.',
    'Les professionnels et bénévoles de {name} œuvrent ensemble pour un quartier chaleureux et solidaire.',
    'Staff and volunteers of {name} work together for a warm and caring neighbourhood.',
  ),
  p(
    'We werken nauw samen met het OCMW, het CAW, de scholen en de huisartsen in {district}.',
    'Nous travaillons étroitement avec le CPAS, le CAW, les écoles et les médecins de {district}.',
    'We work closely with the public welfare centre, the CAW, schools and GPs in {district}.',
  ),
  p(
    'Bij ons staat de vraag van de bewoner centraal, niet het aanbod.',
    "Chez nous, la demande de l'habitant passe avant l'offre.",
    "With us, the resident's question comes first, not what we happen to offer.",
  ),
];

/** A sentence per access term code (`reference/access.json`), so descriptions agree with the filters. */
export const ACCESS_SENTENCES: Record<string, Phrase> = {
  'zonder-afspraak': p(
    'Je kan zonder afspraak binnenlopen tijdens de openingsuren.',
    "Vous pouvez passer sans rendez-vous pendant les heures d'ouverture.",
    'You can walk in without an appointment during opening hours.',
  ),
  'op-afspraak': p(
    'Maak vooraf een afspraak via telefoon of e-mail.',
    'Prenez rendez-vous à l’avance par téléphone ou par e-mail.',
    'Make an appointment in advance by phone or e-mail.',
  ),
  doorverwijzing: p(
    'Je hebt een doorverwijzing nodig van een hulpverlener of het OCMW.',
    'Une orientation par un travailleur social ou le CPAS est nécessaire.',
    'You need a referral from a social worker or the public welfare centre.',
  ),
  telefonisch: p(
    'Je kan ons ook telefonisch bereiken.',
    'Vous pouvez aussi nous joindre par téléphone.',
    'You can also reach us by phone.',
  ),
  online: p(
    'Je kan ook online of via chat met ons praten.',
    'Vous pouvez aussi nous parler en ligne ou par chat.',
    'You can also talk to us online or by chat.',
  ),
  'open-op-feestdagen': p(
    'We zijn ook op feestdagen open.',
    'Nous sommes aussi ouverts les jours fériés.',
    'We are also open on public holidays.',
  ),
  rolstoeltoegankelijk: p(
    'Het gebouw is rolstoeltoegankelijk.',
    'Le bâtiment est accessible en fauteuil roulant.',
    'The building is wheelchair accessible.',
  ),
};

export const APPLICATION_PROCESSES: Record<'walkIn' | 'appointment' | 'referral', string> = {
  walkIn: 'Kom langs tijdens de openingsuren; je hoeft niets mee te brengen.',
  appointment: 'Bel of mail om een afspraak te maken. Breng je identiteitskaart mee.',
  referral: 'Vraag je maatschappelijk werker of huisarts om je door te verwijzen.',
};

/** Paid cost options: amounts in euro, as small social services charge them. */
export const PAID_OPTIONS: readonly { option: string; amount: number; description: string }[] = [
  { option: 'Per gesprek', amount: 5, description: 'Verminderd tarief met verhoogde tegemoetkoming.' },
  { option: 'Per maaltijd', amount: 3.5, description: 'Soep, hoofdgerecht en dessert.' },
  { option: 'Lidgeld per jaar', amount: 10, description: 'Gratis met de vrijetijdspas.' },
  { option: 'Per les', amount: 2, description: 'Cursusmateriaal inbegrepen.' },
  { option: 'Per rit', amount: 4, description: 'Plus een kilometervergoeding van € 0,40.' },
  { option: 'Per dag opvang', amount: 12.5, description: 'Inkomensgerelateerd tarief.' },
];

/** Real street names per district, for addresses that look right in a list; numbers are random. */
export const STREETS_BY_DISTRICT: Record<string, readonly string[]> = {
  antwerpen: [
    'Lange Kievitstraat',
    'Carnotstraat',
    'Lange Beeldekensstraat',
    'De Bosschaertstraat',
    'Brederodestraat',
    'Nationalestraat',
    'Kammenstraat',
    'Lange Nieuwstraat',
    'Van Kerckhovenstraat',
    'Dambruggestraat',
    'Lange Leemstraat',
    'Sint-Jansplein',
    'Kronenburgstraat',
    'Lamorinièrestraat',
    'Pelikaanstraat',
    'Oudevaartplaats',
    'Kolonel Silvertopstraat',
    'Ankerrui',
    'Blancefloerlaan',
    'Columbiastraat',
  ],
  berchem: ['Statiestraat', 'Driekoningenstraat', 'Grote Steenweg', 'Uitbreidingstraat', 'Diksmuidelaan', 'Kardinaal Mercierlei'],
  'berendrecht-zandvliet-lillo': ['Dorpsstraat', 'Kerkdreef', 'Smoutakker', 'Monnikenhofstraat'],
  borgerhout: ['Turnhoutsebaan', 'Kroonstraat', 'Collegelaan', 'Plantin en Moretuslei', 'Stenenbrug', 'Te Boelaerlei'],
  borsbeek: ['Dasstraat', 'Jozef Reusenslei', 'Frans Van Hombeeckplein', 'Van de Wervestraat'],
  deurne: ['Herentalsebaan', 'Bisschoppenhoflaan', 'Ter Heydelaan', 'Lakborslei', 'Eksterlaar', 'Sint-Rochusstraat'],
  ekeren: ['Kapelsestraat', 'Veltwijcklaan', 'Hoogboomsteenweg', 'Kloosterstraat', 'Geestenspoor'],
  hoboken: ['Kioskplaats', 'Kapelstraat', 'Antwerpsesteenweg', 'Zeelandstraat', 'Hendriklei'],
  merksem: ['Bredabaan', 'Lambrechtshoekenlaan', 'Maantjessteenweg', 'Terlindenhofstraat', 'Ternesselei'],
  wilrijk: ['Boomsesteenweg', 'Kleine Doornstraat', 'Oosterveldlaan', 'Heistraat', 'Bist', 'Groenenborgerlaan'],
};

/** What people take to get there; `{n}` is a line number. */
export const TRANSPORTATION = [
  'Tram {n}, halte op 200 m.',
  'Bus {n} stopt voor de deur.',
  'Tram {n} en bus {m}, halte om de hoek.',
  'Fietsenstalling en Velo-station in de straat.',
];
