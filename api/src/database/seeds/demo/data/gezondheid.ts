// Physical health: community health centres (wijkgezondheidscentra), the out-of-hours GP post and
// care for people without papers.
import type { OrganizationSeed, ServiceSeed } from '../demo-types.js';
import { ANCHOR, W } from '../demo-places.js';
import type { LatLng } from '../wijk-points.js';

interface HealthCentre {
  key: string;
  name: string;
  wijk: string;
  street: string;
  near?: LatLng;
  wijken: string[];
  languages: string[];
  hasPsychologist: boolean;
  /** Open until 20:00 on Mondays and Thursdays. */
  isOpenLate?: boolean;
}

const CENTRES: HealthCentre[] = [
  {
    key: 'de-brug',
    name: 'Wijkgezondheidscentrum De Brug',
    wijk: W.borgerhoutNoord,
    street: 'Bleekhofstraat 40',
    wijken: [W.borgerhoutNoord, W.borgerhoutZuid],
    languages: ['ar', 'rif', 'tr', 'fr'],
    hasPsychologist: true,
    isOpenLate: true,
  },
  {
    key: 'seefhoek',
    name: 'Wijkgezondheidscentrum Seefhoek',
    wijk: W.amandusAtheneum,
    street: 'Diepestraat 80',
    wijken: [W.amandusAtheneum, W.stuivenberg],
    languages: ['ar', 'rif', 'bg', 'en'],
    hasPsychologist: true,
  },
  {
    key: 'de-kiem',
    name: 'Wijkgezondheidscentrum De Kiem',
    wijk: W.kiel,
    street: 'Sint-Bernardsesteenweg 62',
    wijken: [W.kiel, W.tentoonstellingswijk],
    languages: ['ar', 'tr', 'so', 'en'],
    hasPsychologist: false,
    isOpenLate: true,
  },
  {
    key: 'luchtbal',
    name: 'Wijkgezondheidscentrum Luchtbal',
    wijk: W.luchtbal,
    street: 'Columbiastraat 100',
    wijken: [W.luchtbal],
    languages: ['ar', 'fr', 'en', 'ti'],
    hasPsychologist: false,
  },
  {
    key: 'het-park',
    name: 'Wijkgezondheidscentrum Het Park',
    wijk: W.deurneNoord,
    street: 'Stenenbrug 55',
    wijken: [W.deurneNoord, W.deurneDorp],
    languages: ['tr', 'ar', 'ru'],
    hasPsychologist: true,
  },
  {
    key: 'polderstad',
    name: 'Wijkgezondheidscentrum Polderstad',
    wijk: W.hobokenWest,
    street: 'Lageweg 300',
    wijken: [W.hobokenWest, W.hobokenCentrum],
    languages: ['tr', 'pl', 'ar'],
    hasPsychologist: false,
  },
  {
    key: 'sint-anna',
    name: 'Wijkgezondheidscentrum Sint-Anna',
    wijk: W.linkeroever,
    street: 'Halewijnlaan 30',
    near: ANCHOR.linkeroever,
    wijken: [W.linkeroever],
    languages: ['fr', 'en', 'ar', 'uk'],
    hasPsychologist: false,
  },
];

const psychologistCost = [
  { amount: 11, option: 'Per sessie', description: 'Per sessie; de eerste sessie is gratis' },
  { amount: 4, option: 'Verhoogde tegemoetkoming', description: 'Per sessie, met verhoogde tegemoetkoming' },
];

function centreServices(centre: HealthCentre): ServiceSeed[] {
  const { name } = centre;
  const areas = centre.wijken.map((wijk) => `wijk:${wijk}`);
  const services: ServiceSeed[] = [
    {
      key: 'huisarts',
      name: `Huisarts – ${name}`,
      description:
        'Een team van huisartsen, verpleegkundigen en een sociaal werker zorgt voor jou en je gezin. Je betaalt niets bij een bezoek: het centrum krijgt een vast bedrag per patiënt van je ziekenfonds.',
      application:
        'Schrijf je in aan de balie met je identiteitskaart. Daarna maak je een afspraak, telefonisch of aan de balie; voor dringende zaken is er elke ochtend een open spreekuur.',
      eligibility: 'Voor wie in de werkingswijken woont en aangesloten is bij een ziekenfonds.',
      fees: 'Gratis: het centrum werkt met een abonnement via je ziekenfonds.',
      cost: 'free',
      domains: ['gezondheid/huisarts'],
      groups: ['iedereen', 'gezinnen', 'armoede'],
      access: ['op-afspraak', 'zonder-afspraak', 'rolstoeltoegankelijk'],
      languages: centre.languages,
      hours: centre.isOpenLate ? 'MO,TH 08:30-12:00 13:30-20:00; TU,WE,FR 08:30-12:00 13:30-18:30' : 'MO-FR 08:30-12:00 13:30-18:30',
      areas,
      documents: ['identiteitskaart of verblijfsdocument', 'kaart of attest van je ziekenfonds'],
      waitTime: centre.key === 'seefhoek' ? 'Wachtlijst voor nieuwe patiënten: ongeveer drie maanden.' : undefined,
      translations: {
        fr: {
          name: `Médecin généraliste – ${name}`,
          description:
            "Une équipe de médecins généralistes, d'infirmiers et un assistant social prend soin de vous et de votre famille. Vous ne payez rien lors de la visite : le centre reçoit un montant fixe par patient de votre mutualité.",
        },
        en: {
          name: `GP practice – ${name}`,
          description:
            'A team of GPs, nurses and a social worker looks after you and your family. You pay nothing when you visit: the centre receives a fixed amount per patient from your health insurance fund.',
        },
        ar: {
          name: `طبيب عام – ${name}`,
          description:
            'يعتني بك وبعائلتك فريق من الأطباء العامين والممرضين ومرشد اجتماعي. لا تدفع شيئًا عند الزيارة: يحصل المركز على مبلغ ثابت عن كل مريض من صندوق التأمين الصحي الخاص بك.',
        },
        tr: {
          name: `Aile hekimi – ${name}`,
          description:
            'Pratisyen hekimler, hemşireler ve bir sosyal çalışmacıdan oluşan bir ekip size ve ailenize bakar. Ziyarette hiçbir şey ödemezsiniz: merkez, sağlık sigortası kurumunuzdan hasta başına sabit bir ücret alır.',
        },
      },
    },
    {
      key: 'kinesitherapie',
      name: `Kinesitherapie – ${name}`,
      description: 'Oefeningen en behandeling bij rugpijn, na een operatie of bij ademhalingsproblemen, in het centrum of bij je thuis.',
      application: 'Je huisarts van het centrum verwijst je door en maakt de eerste afspraak.',
      fees: 'Gratis voor patiënten van het centrum.',
      cost: 'free',
      domains: ['gezondheid'],
      groups: ['iedereen', 'ouderen'],
      access: ['doorverwijzing', 'op-afspraak'],
      languages: centre.languages.slice(0, 2),
      hours: 'MO-FR 08:00-12:00 13:00-19:00',
      areas,
    },
  ];
  if (centre.hasPsychologist) {
    services.push({
      key: 'psycholoog',
      name: `Eerstelijnspsycholoog – ${name}`,
      description: 'Voel je je somber, angstig of gestrest? Een psycholoog in het centrum helpt je met enkele korte gesprekken.',
      application: 'Vraag het aan je huisarts; die verwijst je door.',
      fees: 'De eerste sessie is gratis. Daarna betaal je 11 euro per sessie, of 4 euro met verhoogde tegemoetkoming.',
      cost: psychologistCost,
      domains: ['geestelijke-gezondheid/psychische-hulp'],
      groups: ['iedereen', 'jongeren'],
      access: ['doorverwijzing', 'op-afspraak'],
      languages: centre.languages.slice(0, 1),
      hours: 'TU,TH 09:00-12:00 13:00-19:00',
      areas,
    });
  }
  return services;
}

const centres: OrganizationSeed[] = CENTRES.map((centre) => ({
  key: `wgc-${centre.key}`,
  name: centre.name,
  description: 'Huisartsen, verpleging, kinesitherapie en sociaal werk onder één dak, voor de mensen uit de buurt.',
  domain: `wgc-${centre.key}-demo.example`,
  legalStatus: 'vzw',
  locations: [{ key: 'centrum', name: centre.name, wijk: centre.wijk, street: centre.street, near: centre.near }],
  services: centreServices(centre),
}));

const outOfHours: OrganizationSeed = {
  key: 'huisartsenwachtpost',
  name: 'Huisartsenwachtpost Scheldestad',
  description: 'Huisartsen van de stad die samen de wachtdienst verzorgen buiten de gewone openingsuren.',
  domain: 'wachtpost-demo.example',
  legalStatus: 'vzw',
  locations: [{ key: 'wachtpost', name: 'Huisartsenwachtpost', wijk: W.harmonie, street: 'Mechelsesteenweg 180' }],
  services: [
    {
      key: 'wachtdienst',
      name: 'Huisarts van wacht in het weekend en op feestdagen',
      description:
        'Is je eigen huisarts gesloten en kan je klacht niet wachten? In de wachtpost zie je een huisarts van wacht, van vrijdagavond tot maandagochtend en op feestdagen.',
      application: 'Bel eerst 1733: je krijgt een afspraak in de wachtpost, of de huisarts komt bij je thuis. Bij levensgevaar bel je 112.',
      fees: 'Je betaalt enkel je eigen deel (remgeld); de wachtpost rekent de rest af met je ziekenfonds.',
      cost: [{ amount: 4, option: 'Raadpleging', description: 'Remgeld per raadpleging; 1 euro met verhoogde tegemoetkoming' }],
      domains: ['gezondheid/huisarts', 'crisis'],
      groups: ['iedereen'],
      access: ['telefonisch', 'open-op-feestdagen', 'rolstoeltoegankelijk'],
      languages: ['fr', 'en'],
      hours: 'FR 19:00-23:59:59; SA,SU 00:00-23:59:59; MO 00:00-08:00',
      hoursNote: 'Ook op feestdagen, van 19:00 de avond ervoor tot 08:00 de dag erna',
      areas: ['stad'],
      documents: ['identiteitskaart of kaart van je ziekenfonds'],
      alert: 'Demogegevens. Huisarts van wacht: bel 1733. Bij levensgevaar: bel 112.',
      translations: {
        fr: {
          name: 'Médecin de garde le week-end et les jours fériés',
          description:
            'Votre médecin est fermé et votre problème ne peut pas attendre ? Au poste de garde, un médecin généraliste vous reçoit du vendredi soir au lundi matin et les jours fériés.',
        },
        en: {
          name: 'GP on call at weekends and on public holidays',
          description:
            "Your own GP is closed and it can't wait? At the out-of-hours post a GP on call sees you from Friday evening to Monday morning and on public holidays.",
        },
        ar: {
          name: 'طبيب المناوبة في عطلة نهاية الأسبوع وأيام العطل الرسمية',
          description:
            'هل عيادة طبيبك مغلقة ولا تحتمل حالتك الانتظار؟ في مركز المناوبة يستقبلك طبيب عام مناوب من مساء الجمعة إلى صباح الاثنين وفي أيام العطل الرسمية.',
        },
        tr: {
          name: 'Hafta sonu ve resmî tatillerde nöbetçi aile hekimi',
          description:
            'Kendi doktorunuz kapalı ve şikâyetiniz bekleyemez mi? Nöbet merkezinde cuma akşamından pazartesi sabahına kadar ve resmî tatillerde nöbetçi bir pratisyen hekim sizi muayene eder.',
        },
        pl: {
          name: 'Dyżurny lekarz rodzinny w weekendy i święta',
          description:
            'Twój lekarz rodzinny ma zamknięte, a dolegliwość nie może czekać? W punkcie dyżurnym przyjmie Cię lekarz dyżurny od piątku wieczorem do poniedziałku rano oraz w dni świąteczne.',
        },
      },
    },
  ],
};

const withoutPapers: OrganizationSeed = {
  key: 'medisch-steunpunt',
  name: 'Medisch Steunpunt Antwerpen',
  description:
    'Vrijwillige artsen en verpleegkundigen geven gratis medische zorg aan mensen zonder verblijfspapieren of ziekteverzekering.',
  domain: 'medisch-steunpunt-demo.example',
  legalStatus: 'vzw',
  locations: [{ key: 'praktijk', name: 'Medisch Steunpunt', wijk: W.stuivenberg, street: 'Pothoekstraat 20' }],
  services: [
    {
      key: 'raadpleging',
      name: 'Gratis medische raadpleging zonder papieren',
      description:
        'Ben je ziek en heb je geen papieren of geen ziekteverzekering? Je kunt hier gratis bij een arts terecht. We helpen je ook om dringende medische hulp aan te vragen bij het sociaal huis.',
      application: 'Loop binnen tijdens het spreekuur. Je hoeft geen papieren te tonen; wat je vertelt, blijft geheim.',
      cost: 'free',
      domains: ['gezondheid/huisarts', 'gezondheid/medische-kosten'],
      groups: ['zonder-wettig-verblijf', 'verzoekers-bescherming', 'dak-en-thuislozen'],
      access: ['zonder-afspraak'],
      languages: ['ar', 'fr', 'en', 'es', 'ti', 'so', 'prs'],
      hours: 'MO,WE 17:00-20:00; SA 10:00-13:00',
      interpretation: 'Tolken via telefoon voor andere talen.',
      translations: {
        fr: {
          name: 'Consultation médicale gratuite sans papiers',
          description:
            "Vous êtes malade et vous n'avez pas de papiers ou pas d'assurance maladie ? Vous pouvez voir un médecin gratuitement ici. Nous vous aidons aussi à demander l'aide médicale urgente à la maison sociale.",
        },
        en: {
          name: 'Free medical consultation without papers',
          description:
            'Ill, with no residence papers or health insurance? You can see a doctor here for free. We also help you apply for urgent medical aid at the social house.',
        },
        ar: {
          name: 'استشارة طبية مجانية دون أوراق إقامة',
          description:
            'هل أنت مريض وليس لديك أوراق إقامة أو تأمين صحي؟ يمكنك هنا رؤية طبيب مجانًا. نساعدك أيضًا في طلب المساعدة الطبية العاجلة لدى البيت الاجتماعي.',
        },
        es: {
          name: 'Consulta médica gratuita sin papeles',
          description:
            '¿Está enfermo y no tiene papeles ni seguro médico? Aquí puede ver a un médico gratis. También le ayudamos a solicitar la asistencia médica urgente en la casa social.',
        },
      },
    },
    {
      key: 'dringende-medische-hulp',
      name: 'Hulp bij het aanvragen van dringende medische hulp',
      description:
        'Mensen zonder wettig verblijf hebben recht op dringende medische hulp. We leggen uit hoe dat werkt en helpen je met de aanvraag bij het sociaal huis.',
      application: 'Maak een afspraak of vraag het tijdens het spreekuur.',
      cost: 'free',
      domains: ['gezondheid/medische-kosten', 'migratie/verblijfsrecht'],
      groups: ['zonder-wettig-verblijf'],
      access: ['op-afspraak'],
      languages: ['ar', 'fr', 'en', 'es'],
      hours: 'WE 13:00-16:00',
    },
  ],
};

export const GEZONDHEID: OrganizationSeed[] = [...centres, outOfHours, withoutPapers];
