// Families: a Huis van het Kind in eight districts (the same core, local languages and extras),
// and childcare with income-related prices.
import type { OrganizationSeed, ServiceSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

interface HuisVanHetKind {
  key: string;
  place: string;
  wijk: string;
  street: string;
  areas: string[];
  languages: string[];
  hasToyLibrary: boolean;
  isOpenOnSaturday?: boolean;
}

const HUIZEN: HuisVanHetKind[] = [
  {
    key: 'antwerpen-noord',
    place: 'Antwerpen-Noord',
    wijk: W.amandusAtheneum,
    street: 'Handelstraat 120',
    areas: [`wijk:${W.amandusAtheneum}`, `wijk:${W.stuivenberg}`, `wijk:${W.dam}`],
    languages: ['ar', 'rif', 'bg', 'en'],
    hasToyLibrary: true,
    isOpenOnSaturday: true,
  },
  {
    key: 'kiel',
    place: 'Kiel',
    wijk: W.kiel,
    street: 'De Bosschaertstraat 20',
    areas: [`wijk:${W.kiel}`],
    languages: ['ar', 'tr', 'so'],
    hasToyLibrary: true,
  },
  {
    key: 'borgerhout',
    place: 'Borgerhout',
    wijk: W.borgerhoutNoord,
    street: 'Drink 22',
    areas: ['district:borgerhout'],
    languages: ['ar', 'rif', 'zgh', 'tr'],
    hasToyLibrary: false,
  },
  {
    key: 'deurne',
    place: 'Deurne',
    wijk: W.deurneZuidwest,
    street: 'Boterlaarbaan 100',
    areas: ['district:deurne'],
    languages: ['tr', 'ar', 'ru'],
    hasToyLibrary: true,
  },
  {
    key: 'hoboken',
    place: 'Hoboken',
    wijk: W.hobokenCentrum,
    street: 'Hendriklei 50',
    areas: ['district:hoboken'],
    languages: ['tr', 'pl', 'ar'],
    hasToyLibrary: false,
  },
  {
    key: 'merksem',
    place: 'Merksem',
    wijk: W.lambrechtshoeken,
    street: 'Lambrechtshoekenlaan 120',
    areas: ['district:merksem'],
    languages: ['pl', 'tr', 'ar'],
    hasToyLibrary: true,
    isOpenOnSaturday: true,
  },
  {
    key: 'ekeren',
    place: 'Ekeren',
    wijk: W.mariaburg,
    street: 'Kapelsestraat 210',
    areas: ['district:ekeren'],
    languages: ['fr', 'en'],
    hasToyLibrary: false,
  },
  {
    key: 'wilrijk',
    place: 'Wilrijk',
    wijk: W.wilrijkCentrum,
    street: 'Doornstraat 80',
    areas: ['district:wilrijk'],
    languages: ['fr', 'en', 'ar'],
    hasToyLibrary: true,
  },
];

function huisServices(huis: HuisVanHetKind): ServiceSeed[] {
  const { place, areas, languages } = huis;
  const services: ServiceSeed[] = [
    {
      key: 'consultatiebureau',
      name: `Consultatiebureau voor baby's en peuters ${place}`,
      description:
        'Gratis onderzoek van je baby of peuter door een arts en een verpleegkundige: groei, voeding, slapen en vaccinaties. Je kunt er ook terecht met al je vragen over opvoeden.',
      application: 'Maak een afspraak via telefoon of website. Na de geboorte neemt een verpleegkundige zelf contact met je op.',
      cost: 'free',
      domains: ['gezin/opvoeding', 'gezondheid'],
      groups: ['kinderen', 'gezinnen'],
      access: ['op-afspraak', 'rolstoeltoegankelijk'],
      languages,
      hours: 'TU,TH 09:00-12:00 13:30-16:30',
      areas,
      maximumAge: 3,
      documents: ['kids-ID of ISI+-kaart van je kind', 'het gezondheidsboekje van je kind'],
      translations: {
        fr: {
          name: `Consultation pour bébés et jeunes enfants ${place}`,
          description:
            "Examen gratuit de votre bébé ou de votre jeune enfant par un médecin et une infirmière : croissance, alimentation, sommeil et vaccinations. Vous pouvez aussi y poser toutes vos questions sur l'éducation.",
        },
        en: {
          name: `Baby and toddler clinic ${place}`,
          description:
            'Free check-ups for your baby or toddler by a doctor and a nurse: growth, feeding, sleep and vaccinations. You can also ask any question about parenting.',
        },
        ar: {
          name: `استشارات الرضّع والأطفال الصغار ${place}`,
          description:
            'فحص مجاني لرضيعك أو طفلك الصغير من قبل طبيب وممرضة: النمو والتغذية والنوم والتطعيمات. يمكنك أيضًا طرح كل أسئلتك حول التربية.',
        },
        tr: {
          name: `Bebek ve küçük çocuk danışma merkezi ${place}`,
          description:
            'Bebeğiniz veya küçük çocuğunuz bir doktor ve bir hemşire tarafından ücretsiz muayene edilir: büyüme, beslenme, uyku ve aşılar. Çocuk yetiştirmeyle ilgili tüm sorularınızı da sorabilirsiniz.',
        },
        pl: {
          name: `Poradnia dla niemowląt i małych dzieci ${place}`,
          description:
            'Bezpłatne badania Twojego niemowlęcia lub małego dziecka przez lekarza i pielęgniarkę: wzrost, karmienie, sen i szczepienia. Możesz tu też zadać wszystkie pytania dotyczące wychowania.',
        },
      },
    },
    {
      key: 'opvoedingswinkel',
      name: `Opvoedingswinkel ${place}`,
      description:
        'Vragen over slapen, driftbuien, schermtijd of puberteit? Kom langs of bel voor een gesprek met een opvoedingsondersteuner. We organiseren ook praatgroepen voor ouders.',
      application: 'Loop binnen tijdens de openingsuren of bel voor een afspraak.',
      cost: 'free',
      domains: ['gezin/opvoeding'],
      groups: ['gezinnen', 'alleenstaande-ouders'],
      access: ['zonder-afspraak', 'telefonisch'],
      languages: languages.slice(0, 2),
      hours: 'MO,WE 13:30-17:00; FR 09:00-12:00',
      areas,
      translations: {
        fr: {
          name: `Point conseil parents ${place}`,
          description:
            "Des questions sur le sommeil, les colères, le temps d'écran ou l'adolescence ? Passez ou appelez pour parler avec un conseiller en éducation. Nous organisons aussi des groupes de parole pour parents.",
        },
        en: {
          name: `Parenting advice point ${place}`,
          description:
            'Questions about sleep, tantrums, screen time or puberty? Drop in or call to talk to a parenting adviser. We also run discussion groups for parents.',
        },
        ar: {
          name: `نقطة الإرشاد التربوي ${place}`,
          description:
            'هل لديك أسئلة حول النوم أو نوبات الغضب أو وقت الشاشات أو المراهقة؟ تعال أو اتصل للتحدث مع مستشار تربوي. ننظم أيضًا مجموعات حوار للآباء والأمهات.',
        },
        tr: {
          name: `Ebeveyn danışma noktası ${place}`,
          description:
            'Uyku, öfke nöbetleri, ekran süresi veya ergenlik hakkında sorularınız mı var? Bir ebeveynlik danışmanıyla konuşmak için uğrayın ya da arayın. Ebeveynler için sohbet grupları da düzenliyoruz.',
        },
        pl: {
          name: `Punkt porad wychowawczych ${place}`,
          description:
            'Masz pytania o sen, napady złości, czas przed ekranem albo okres dojrzewania? Przyjdź lub zadzwoń, aby porozmawiać z doradcą ds. wychowania. Organizujemy też grupy wsparcia dla rodziców.',
        },
      },
    },
  ];
  if (huis.hasToyLibrary) {
    services.push({
      key: 'speelotheek',
      name: `Speel-o-theek ${place}: speelgoed lenen`,
      description:
        'Leen speelgoed en gezelschapsspellen voor je kinderen, zoals in een bibliotheek. Zo heb je elke maand iets nieuws om mee te spelen.',
      application: 'Kom langs en word lid; je kunt meteen speelgoed meenemen.',
      fees: 'Een klein lidgeld per jaar; met kansentarief betaal je minder.',
      cost: [
        { amount: 5, option: 'Lidgeld', description: 'Per gezin, per jaar' },
        { amount: 1, option: 'Kansentarief', description: 'Per gezin, per jaar, met de vrijetijdspas' },
      ],
      domains: ['vrije-tijd', 'gezin'],
      groups: ['kinderen', 'gezinnen'],
      access: ['zonder-afspraak'],
      hours: huis.isOpenOnSaturday ? 'WE 14:00-17:00; SA 10:00-12:30' : 'WE 14:00-17:00',
      areas,
      hasPhone: false,
    });
  } else {
    services.push({
      key: 'loket-kinderopvang',
      name: `Loket kinderopvang ${place}`,
      description:
        'We helpen je een plaats te vinden in de kinderopvang, ook met een prijs volgens je inkomen of dringend, bijvoorbeeld als je een job of opleiding start.',
      application: 'Registreer je vraag online, of kom langs met het rijksregisternummer van je kind.',
      cost: 'free',
      domains: ['gezin/kinderopvang'],
      groups: ['gezinnen', 'alleenstaande-ouders'],
      access: ['online', 'zonder-afspraak'],
      languages: languages.slice(0, 1),
      hours: 'MO-FR 09:00-12:00',
      areas,
    });
  }
  return services;
}

const huizen: OrganizationSeed[] = HUIZEN.map((huis) => ({
  key: `huis-van-het-kind-${huis.key}`,
  name: `Huis van het Kind ${huis.place}`,
  description: `Alles voor (aanstaande) ouders en kinderen in ${huis.place}: consultatiebureau, opvoedingsondersteuning, speelgoed en hulp bij kinderopvang.`,
  domain: `huisvanhetkind-${huis.key}-demo.example`,
  legalStatus: 'Samenwerkingsverband (demo)',
  isPublicSector: true,
  locations: [{ key: 'huis', name: `Huis van het Kind ${huis.place}`, wijk: huis.wijk, street: huis.street }],
  services: huisServices(huis),
}));

const childcare: OrganizationSeed[] = [
  {
    key: 'kinderdagverblijf-de-zonnebloem',
    name: 'Kinderdagverblijf De Zonnebloem',
    description: "Kinderdagverblijf voor baby's en peuters, met een prijs volgens het inkomen van het gezin.",
    domain: 'kdv-zonnebloem-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'kdv', name: 'De Zonnebloem', wijk: W.zurenborg, street: 'Draakplaats 5' }],
    services: [
      {
        key: 'opvang',
        name: "Kinderopvang voor baby's en peuters met inkomenstarief",
        description: 'Opvang voor kinderen van 0 tot 3 jaar, op weekdagen van 7 tot 18 uur. Je betaalt een dagprijs volgens je inkomen.',
        application: 'Registreer je vraag via het loket kinderopvang; daarna volgt een kennismakingsgesprek.',
        fees: 'Dagprijs volgens je gezinsinkomen, met korting voor elk kind ten laste.',
        cost: [
          { amount: 5.6, option: 'Laagste dagprijs', description: 'Per volle dag, bij een laag gezinsinkomen' },
          { amount: 33.5, option: 'Hoogste dagprijs', description: 'Per volle dag, bij een hoog gezinsinkomen' },
        ],
        domains: ['gezin/kinderopvang'],
        groups: ['kinderen', 'gezinnen'],
        access: ['op-afspraak', 'rolstoeltoegankelijk'],
        languages: ['fr', 'en'],
        hours: 'MO-FR 07:00-18:00',
        maximumAge: 3,
        documents: ['kids-ID of ISI+-kaart van je kind', 'aanslagbiljet van de personenbelasting'],
        waitTime: 'Registreer zo vroeg mogelijk, liefst tijdens de zwangerschap.',
      },
      {
        key: 'occasioneel',
        name: 'Occasionele opvang: af en toe een dag',
        description:
          'Heb je af en toe opvang nodig, bijvoorbeeld voor een sollicitatie, een cursus of een doktersbezoek? Breng je kind een halve of hele dag, zonder vast contract.',
        application: 'Bel minstens een dag op voorhand.',
        cost: [
          { amount: 3, option: 'Kansentarief', description: 'Per halve dag' },
          { amount: 12, option: 'Standaardtarief', description: 'Per halve dag' },
        ],
        domains: ['gezin/kinderopvang'],
        groups: ['alleenstaande-ouders', 'nieuwkomers', 'gezinnen'],
        access: ['telefonisch'],
        hours: 'MO-FR 08:00-17:00',
        maximumAge: 3,
        state: 'draft',
      },
    ],
  },
  {
    key: 'ibo-de-speelvogel',
    name: 'Buitenschoolse Kinderopvang De Speelvogel',
    description: 'Opvang voor schoolkinderen voor en na school, op woensdagnamiddag en in de vakanties.',
    domain: 'speelvogel-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'ibo', name: 'De Speelvogel', wijk: W.hobokenNoord, street: 'Krugerstraat 150' }],
    services: [
      {
        key: 'voor-en-naschools',
        name: 'Opvang voor en na school en op woensdagmiddag',
        description: 'Opvang voor kleuters en lagere schoolkinderen voor en na school, op woensdagnamiddag en in de schoolvakanties.',
        application: 'Schrijf je kind in via de website; daarna kun je elke dag reserveren.',
        fees: 'Per begonnen half uur; met kansentarief betaal je de helft.',
        cost: [
          { amount: 1.2, option: 'Standaardtarief', description: 'Per begonnen half uur' },
          { amount: 0.6, option: 'Kansentarief', description: 'Per begonnen half uur' },
        ],
        domains: ['gezin/kinderopvang'],
        groups: ['kinderen', 'gezinnen'],
        access: ['op-afspraak', 'online'],
        hours: 'MO,TU,TH,FR 07:00-08:30 15:30-18:00; WE 07:00-08:30 12:00-18:00',
        minimumAge: 2,
        maximumAge: 12,
        documents: ['kids-ID of ISI+-kaart van je kind'],
      },
    ],
  },
];

export const GEZIN: OrganizationSeed[] = [...huizen, ...childcare];
