// Food and material help: social grocery shops, food parcels, a social restaurant, a second-hand
// shop, a clothes bank and a baby bank.
import type { OrganizationSeed, ServiceSeed } from '../demo-types.js';
import { ANCHOR, W } from '../demo-places.js';
import type { LatLng } from '../wijk-points.js';

const REFERRAL = 'doorverwijzing van een hulpverlener';
const ID_OR_RESIDENCE = 'identiteitskaart of verblijfsdocument';

interface Grocery {
  key: string;
  name: string;
  wijk: string;
  street: string;
  city?: string;
  near?: LatLng;
  isOpenOnSaturday: boolean;
  /** Weekday and hours of the food parcel, when the shop hands them out. */
  parcelHours?: string;
}

const GROCERIES: Grocery[] = [
  {
    key: 'de-korf',
    name: 'Sociale Kruidenier De Korf',
    wijk: W.borgerhoutZuid,
    street: 'Kroonstraat 140',
    isOpenOnSaturday: true,
    parcelHours: 'WE 09:00-12:00',
  },
  {
    key: 'het-mandje',
    name: 'Sociale Kruidenier Het Mandje',
    wijk: W.hobokenNoord,
    street: 'Sint-Bernardsesteenweg 600',
    isOpenOnSaturday: false,
    parcelHours: 'FR 13:00-16:00',
  },
  { key: 'merksem', name: 'Sociale Kruidenier Merksem', wijk: W.merksemHeide, street: 'Bredabaan 640', isOpenOnSaturday: true },
  {
    key: 'de-bron',
    name: 'Sociale Kruidenier De Bron',
    wijk: W.valaar,
    street: 'Boomsesteenweg 300',
    isOpenOnSaturday: false,
    parcelHours: 'TU 09:00-12:00',
  },
  {
    key: 'de-polder',
    name: 'Sociale Kruidenier De Polder',
    wijk: W.polder,
    street: 'Kapelstraat 20',
    city: 'Zandvliet',
    near: ANCHOR.zandvliet,
    isOpenOnSaturday: true,
  },
  {
    key: 'deurne',
    name: 'Sociale Kruidenier Deurne',
    wijk: W.kruiningeBremweide,
    street: 'Bisschoppenhoflaan 500',
    isOpenOnSaturday: false,
  },
];

function groceryServices(grocery: Grocery): ServiceSeed[] {
  const { name } = grocery;
  const services: ServiceSeed[] = [
    {
      key: 'winkelen',
      name: `Winkelen met korting – ${name}`,
      description:
        'Koop voeding en verzorgingsproducten aan ongeveer de helft van de gewone prijs. Je krijgt een klantenkaart voor een jaar, na een gesprek met een maatschappelijk werker.',
      application:
        'Vraag een doorverwijzing aan het sociaal huis, het CAW of een andere hulpverlener en kom met je klantenkaart naar de winkel.',
      eligibility: 'Voor gezinnen met een laag inkomen, na doorverwijzing.',
      fees: 'Je betaalt zelf je boodschappen, aan sterk verlaagde prijzen.',
      domains: ['voeding-materieel/voedselhulp'],
      groups: ['armoede', 'gezinnen'],
      access: ['doorverwijzing', 'rolstoeltoegankelijk'],
      hours: grocery.isOpenOnSaturday ? 'TU,TH 13:00-17:00; SA 09:30-12:30' : 'TU,WE,FR 13:00-17:00',
      documents: [REFERRAL, ID_OR_RESIDENCE],
      translations: {
        fr: {
          name: `Faire ses courses à prix réduit – ${name}`,
          description:
            "Achetez de la nourriture et des produits d'hygiène à environ la moitié du prix habituel. Vous recevez une carte client valable un an, après un entretien avec un assistant social.",
        },
        en: {
          name: `Discount shopping – ${name}`,
          description:
            'Buy food and toiletries at about half the usual price. You get a customer card for one year after a talk with a social worker.',
        },
        ar: {
          name: `التسوق بأسعار مخفضة – ${name}`,
          description:
            'اشترِ المواد الغذائية ومنتجات النظافة بنحو نصف السعر المعتاد. تحصل على بطاقة زبون صالحة لمدة سنة بعد محادثة مع مرشد اجتماعي.',
        },
        tr: {
          name: `İndirimli alışveriş – ${name}`,
          description:
            'Gıda ve temizlik ürünlerini normal fiyatın yaklaşık yarısına satın alın. Bir sosyal çalışmacıyla görüştükten sonra bir yıl geçerli bir müşteri kartı alırsınız.',
        },
        pl: {
          name: `Zakupy ze zniżką – ${name}`,
          description:
            'Kupuj żywność i środki higieniczne za mniej więcej połowę zwykłej ceny. Po rozmowie z pracownikiem socjalnym otrzymasz kartę klienta ważną przez rok.',
        },
      },
    },
  ];
  if (grocery.parcelHours) {
    services.push({
      key: 'voedselpakket',
      name: `Gratis voedselpakket – ${name}`,
      description: 'Elke week een gratis pakket met houdbare voeding, groenten en fruit.',
      application: 'Na doorverwijzing door het sociaal huis of het CAW. Haal je pakket af op de vaste dag.',
      cost: 'free',
      domains: ['voeding-materieel/voedselhulp'],
      groups: ['armoede', 'dak-en-thuislozen', 'zonder-wettig-verblijf'],
      access: ['doorverwijzing'],
      hours: grocery.parcelHours,
      documents: [REFERRAL],
      hasPhone: false,
    });
  }
  return services;
}

const groceries: OrganizationSeed[] = GROCERIES.map((grocery) => ({
  key: `sociale-kruidenier-${grocery.key}`,
  name: grocery.name,
  description: 'Buurtwinkel waar mensen met een laag inkomen voeding en verzorgingsproducten kopen aan verlaagde prijzen.',
  domain: `kruidenier-${grocery.key}-demo.example`,
  legalStatus: 'vzw',
  locations: [{ key: 'winkel', name: grocery.name, wijk: grocery.wijk, street: grocery.street, city: grocery.city, near: grocery.near }],
  services: groceryServices(grocery),
}));

export const VOEDING: OrganizationSeed[] = [
  ...groceries,
  {
    key: 'voedselhulp-luchtbal',
    name: 'Voedselhulp Luchtbal',
    description: 'Vrijwilligers die voedselpakketten uitdelen en een soepbar openhouden op de Luchtbal.',
    domain: 'voedselhulp-luchtbal-demo.example',
    legalStatus: 'Feitelijke vereniging',
    locations: [{ key: 'lokaal', name: 'Buurtlokaal Luchtbal', wijk: W.luchtbal, street: 'Santiagostraat 20' }],
    services: [
      {
        key: 'voedselpakket',
        name: 'Voedselpakket Luchtbal',
        description: 'Om de twee weken een gratis voedselpakket voor gezinnen uit Luchtbal en Merksem met een laag inkomen.',
        application: 'De eerste keer kom je langs met bewijzen van je inkomen en vaste kosten; daarna krijg je een kaart.',
        eligibility: 'Voor gezinnen uit de buurt met een laag inkomen.',
        cost: 'free',
        domains: ['voeding-materieel/voedselhulp'],
        groups: ['armoede', 'gezinnen'],
        access: ['zonder-afspraak'],
        languages: ['ar', 'fr', 'en'],
        hours: 'TH 13:30-16:00',
        areas: [`wijk:${W.luchtbal}`, 'district:merksem'],
        documents: [ID_OR_RESIDENCE, 'recente loonfiches of uitkeringsattesten', 'huurcontract'],
      },
      {
        key: 'soepbar',
        name: 'Soepbar: gratis soep en een babbel',
        description: 'Drie middagen per week gratis soep met brood, voor iedereen die langskomt.',
        application: 'Kom gewoon binnen.',
        cost: 'free',
        domains: ['voeding-materieel/voedselhulp', 'vrije-tijd'],
        groups: ['iedereen', 'armoede', 'ouderen'],
        access: ['zonder-afspraak'],
        hours: 'MO,WE,FR 11:30-13:30',
        hasPhone: false,
      },
    ],
  },
  {
    key: 'sociaal-restaurant-de-tafel',
    name: 'Sociaal Restaurant De Tafel',
    description: 'Restaurant waar iedereen welkom is voor een verse maaltijd, met een kansentarief voor wie het minder breed heeft.',
    domain: 'de-tafel-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'restaurant', name: 'De Tafel', wijk: W.rivierenhof, street: 'Turnhoutsebaan 420' }],
    services: [
      {
        key: 'middagmaal',
        name: 'Warme maaltijd aan een zachte prijs',
        description:
          'Elke werkdag een verse maaltijd met soep, hoofdgerecht en dessert, in een gezellig restaurant waar iedereen welkom is.',
        application: 'Kom gewoon binnen. Voor het kansentarief toon je je vrijetijdspas of een attest.',
        fees: 'Een vaste prijs voor iedereen; met kansentarief betaal je minder.',
        cost: [
          { amount: 9, option: 'Standaardprijs', description: 'Soep, hoofdgerecht en dessert' },
          { amount: 4, option: 'Kansentarief', description: 'Met vrijetijdspas, verhoogde tegemoetkoming of leefloon' },
        ],
        domains: ['voeding-materieel/voedselhulp', 'vrije-tijd'],
        groups: ['iedereen', 'armoede', 'ouderen'],
        access: ['zonder-afspraak', 'rolstoeltoegankelijk'],
        hours: 'MO-FR 11:30-14:00',
        translations: {
          fr: {
            name: 'Repas chaud à petit prix',
            description:
              'Chaque jour ouvrable, un repas frais avec soupe, plat et dessert, dans un restaurant convivial où tout le monde est bienvenu.',
          },
          en: {
            name: 'Hot meal at a low price',
            description:
              'Every weekday a fresh meal with soup, main course and dessert, in a friendly restaurant where everyone is welcome.',
          },
        },
      },
    ],
  },
  {
    key: 'kringwinkel-scheldekant',
    name: 'Kringwinkel Scheldekant',
    description: 'Tweedehandswinkel en ophaaldienst die spullen een tweede leven geeft en mensen werk op maat biedt.',
    domain: 'kringwinkel-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'winkel', name: 'Kringwinkel Berchem', wijk: W.nieuwKwartierOost, street: 'Koninklijkelaan 90' }],
    services: [
      {
        key: 'winkel',
        name: 'Tweedehandswinkel: kleding, meubels en huisraad',
        description: 'Koop betaalbare tweedehandskleding, meubels, boeken en huisraad. Met de vrijetijdspas krijg je korting.',
        application: 'Kom gewoon langs tijdens de openingsuren.',
        fees: 'Lage prijzen; 25 procent korting met de vrijetijdspas.',
        domains: ['voeding-materieel/kleding-meubels'],
        groups: ['iedereen', 'armoede'],
        access: ['zonder-afspraak', 'rolstoeltoegankelijk'],
        hours: 'TU-SA 10:00-17:30',
        translations: {
          en: {
            name: 'Second-hand shop: clothes, furniture and household goods',
            description:
              'Buy affordable second-hand clothes, furniture, books and household goods. You get a discount with the leisure pass.',
          },
          fr: {
            name: 'Magasin de seconde main : vêtements, meubles et articles ménagers',
            description:
              "Achetez des vêtements, des meubles, des livres et des articles ménagers d'occasion à petit prix. Avec le pass loisirs, vous avez une réduction.",
          },
        },
      },
      {
        key: 'ophaling',
        name: 'Gratis ophaling van herbruikbare spullen',
        description: 'Heb je meubels of toestellen die nog goed zijn? We halen ze gratis bij je thuis op en geven ze een tweede leven.',
        application: 'Maak online of telefonisch een afspraak.',
        cost: 'free',
        domains: ['voeding-materieel/kleding-meubels'],
        groups: ['iedereen'],
        access: ['op-afspraak', 'online'],
        hours: 'MO-FR 09:00-16:00',
        at: [],
      },
      {
        key: 'startpakket',
        name: 'Startpakket voor je nieuwe woning',
        description:
          'Ga je voor het eerst alleen wonen na dakloosheid, een vlucht of een crisis? Je krijgt gratis basismeubels en huisraad.',
        application: 'Enkel met een doorverwijzing van het sociaal huis of het CAW.',
        cost: 'free',
        domains: ['voeding-materieel/kleding-meubels', 'wonen'],
        groups: ['dak-en-thuislozen', 'nieuwkomers', 'armoede'],
        access: ['doorverwijzing'],
        hours: 'WE 09:00-12:00',
        documents: [REFERRAL],
      },
    ],
  },
  {
    key: 'kledingbank-ekeren',
    name: 'Kledingbank Ekeren',
    description: 'Vrijwilligers die gratis kleding en schoenen geven aan gezinnen met een laag inkomen.',
    domain: 'kledingbank-ekeren-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'kledingbank', name: 'Kledingbank Ekeren', wijk: W.ekerenCentrum, street: 'Geestenspoor 30' }],
    services: [
      {
        key: 'kleding',
        name: 'Gratis kleding voor het hele gezin',
        description: 'Kies gratis kleding en schoenen voor jezelf en je kinderen, tot vier keer per jaar.',
        application: 'Kom langs met een doorverwijzing van een hulpverlener.',
        cost: 'free',
        domains: ['voeding-materieel/kleding-meubels'],
        groups: ['armoede', 'gezinnen', 'kinderen'],
        access: ['doorverwijzing'],
        hours: 'WE 14:00-17:00; SA 09:30-12:30',
        documents: [REFERRAL],
        hasPhone: false,
      },
    ],
  },
  {
    key: 'babybank',
    name: 'Babybank Boentje',
    description: 'Gratis babyspullen voor gezinnen met een laag inkomen, van zwangerschap tot de derde verjaardag.',
    domain: 'babybank-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'babybank', name: 'Babybank Boentje', wijk: W.deurneZuidoost, street: 'Boekenberglei 80' }],
    services: [
      {
        key: 'babypakket',
        name: 'Babykleding, luiers en babyspullen',
        description:
          'Gratis babykleding, luiers, flesvoeding en materiaal zoals een buggy of een bedje, voor gezinnen met een laag inkomen.',
        application: 'Met een doorverwijzing van het Huis van het Kind, het sociaal huis of het CAW; ook al tijdens de zwangerschap.',
        cost: 'free',
        domains: ['voeding-materieel/kleding-meubels', 'gezin'],
        groups: ['gezinnen', 'kinderen', 'armoede'],
        access: ['doorverwijzing'],
        languages: ['fr', 'ar'],
        hours: 'TU 13:30-16:30; SA 10:00-12:00',
        maximumAge: 3,
        documents: [REFERRAL, 'kids-ID of ISI+-kaart van je kind, of een zwangerschapsattest'],
        translations: {
          fr: {
            name: 'Vêtements, couches et matériel pour bébé',
            description:
              'Des vêtements pour bébé, des couches, du lait infantile et du matériel comme une poussette ou un lit, gratuits pour les familles à faibles revenus.',
          },
          en: {
            name: 'Baby clothes, nappies and equipment',
            description: 'Free baby clothes, nappies, formula and equipment such as a pushchair or cot for families on a low income.',
          },
          ar: {
            name: 'ملابس وحفاضات ولوازم الرضّع',
            description: 'ملابس أطفال وحفاضات وحليب رضّع ولوازم مثل عربة أطفال أو سرير، مجانًا للعائلات ذات الدخل المنخفض.',
          },
        },
      },
    ],
  },
];
