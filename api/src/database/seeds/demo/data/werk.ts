// Work: job shops in three districts, volunteering and a social-economy company.
import type { OrganizationSeed, ServiceSeed } from '../demo-types.js';
import { ANCHOR, W } from '../demo-places.js';
import type { LatLng } from '../wijk-points.js';

interface JobShop {
  key: string;
  name: string;
  wijk: string;
  street: string;
  city?: string;
  near?: LatLng;
  languages: string[];
  /** A small satellite office: job search on two mornings only. */
  isSatellite?: boolean;
  extra?: 'werk-en-taal' | 'jongeren';
}

const SHOPS: JobShop[] = [
  {
    key: 'centrum',
    name: 'Werkwinkel Antwerpen-Centrum',
    wijk: W.stadspark,
    street: 'Lange Leemstraat 30',
    languages: ['fr', 'en', 'ar', 'tr', 'pl'],
    extra: 'werk-en-taal',
  },
  {
    key: 'merksem',
    name: 'Werkwinkel Merksem',
    wijk: W.oudMerksem,
    street: 'Bredabaan 350',
    languages: ['pl', 'ro', 'tr', 'ar'],
    extra: 'jongeren',
  },
  {
    key: 'zandvliet',
    name: 'Werkwinkel Zandvliet',
    wijk: W.polder,
    street: 'Kapelstraat 8',
    city: 'Zandvliet',
    near: ANCHOR.zandvliet,
    languages: ['fr', 'en'],
    isSatellite: true,
  },
];

function shopServices(shop: JobShop): ServiceSeed[] {
  const { name } = shop;
  const services: ServiceSeed[] = [
    {
      key: 'vacatures',
      name: `Vacatures zoeken en solliciteren – ${name}`,
      description: 'Zoek vacatures op onze computers, laat je cv nalezen en oefen een sollicitatiegesprek. Een consulent helpt je op weg.',
      application: 'Loop binnen. Voor een gesprek met een consulent maak je een afspraak.',
      cost: 'free',
      domains: ['werk/werkzoeken'],
      groups: ['iedereen', 'jongeren', 'nieuwkomers'],
      access: ['zonder-afspraak', 'online'],
      languages: shop.languages,
      hours: shop.isSatellite ? 'TU,TH 09:00-12:00' : 'MO-FR 09:00-12:00 13:00-16:00',
      translations: {
        fr: {
          name: `Chercher un emploi et postuler – ${name}`,
          description:
            "Cherchez des offres d'emploi sur nos ordinateurs, faites relire votre CV et entraînez-vous à l'entretien d'embauche. Un conseiller vous aide à démarrer.",
        },
        en: {
          name: `Job search and applications – ${name}`,
          description:
            'Search for vacancies on our computers, have your CV checked and practise a job interview. A job coach helps you get started.',
        },
        ar: {
          name: `البحث عن عمل والتقدم للوظائف – ${name}`,
          description: 'ابحث عن عروض العمل على حواسيبنا، واطلب مراجعة سيرتك الذاتية، وتدرّب على مقابلة العمل. يساعدك مستشار على الانطلاق.',
        },
        tr: {
          name: `İş arama ve başvuru – ${name}`,
          description:
            'Bilgisayarlarımızda iş ilanlarına bakın, özgeçmişinizi kontrol ettirin ve iş görüşmesi pratiği yapın. Bir danışman size yol gösterir.',
        },
        pl: {
          name: `Szukanie pracy i aplikowanie – ${name}`,
          description:
            'Szukaj ofert pracy na naszych komputerach, daj do sprawdzenia swoje CV i przećwicz rozmowę kwalifikacyjną. Doradca pomoże Ci zacząć.',
        },
      },
    },
  ];
  if (shop.isSatellite) return services;
  services.push({
    key: 'trajectbegeleiding',
    name: `Begeleiding naar werk – ${name}`,
    description:
      'Zoek je al lang werk of weet je niet welke job bij je past? Een trajectbegeleider maakt samen met jou een plan, met een opleiding of een stage als dat helpt.',
    application: 'Maak een afspraak. Ben je ingeschreven als werkzoekende, dan kan je consulent je ook doorverwijzen.',
    cost: 'free',
    domains: ['werk/werkzoeken', 'onderwijs'],
    groups: ['iedereen', 'handicap', 'nieuwkomers'],
    access: ['op-afspraak', 'doorverwijzing'],
    languages: shop.languages.slice(0, 2),
    hours: 'MO-TH 09:00-12:00 13:00-16:30',
    documents: ['identiteitskaart of verblijfsdocument', 'je cv, als je er een hebt'],
  });
  if (shop.extra === 'werk-en-taal') {
    services.push({
      key: 'werk-en-taal',
      name: 'Nederlands op de werkvloer',
      description: 'Leer het Nederlands dat je nodig hebt voor je job, tijdens een opleiding of een stage bij een werkgever.',
      application: 'Vraag het aan je trajectbegeleider of consulent.',
      cost: 'free',
      domains: ['onderwijs/nederlands-leren', 'werk'],
      groups: ['nieuwkomers'],
      access: ['op-afspraak', 'doorverwijzing'],
      hours: 'MO,WE 09:00-12:00',
    });
  } else if (shop.extra === 'jongeren') {
    services.push({
      key: 'jobcoaching-jongeren',
      name: 'Jobcoaching voor jongeren',
      description:
        'Ben je tussen 16 en 25 en zoek je je eerste job of een studentenjob? Een coach helpt je met je cv, sollicitaties en je rechten als jonge werknemer.',
      application: 'Kom langs op woensdagnamiddag of zaterdagvoormiddag, of stuur een bericht via de website.',
      cost: 'free',
      domains: ['werk/werkzoeken'],
      groups: ['jongeren', 'studenten'],
      access: ['zonder-afspraak', 'online'],
      languages: ['en', 'pl'],
      hours: 'WE 13:00-18:00; SA 10:00-13:00',
      minimumAge: 16,
      maximumAge: 25,
    });
  }
  return services;
}

const shops: OrganizationSeed[] = SHOPS.map((shop) => ({
  key: `werkwinkel-${shop.key}`,
  name: shop.name,
  description: 'Hulp bij werk zoeken: vacatures, sollicitatietraining en begeleiding naar werk of opleiding.',
  domain: `werkwinkel-${shop.key}-demo.example`,
  isPublicSector: true,
  locations: [{ key: 'werkwinkel', name: shop.name, wijk: shop.wijk, street: shop.street, city: shop.city, near: shop.near }],
  services: shopServices(shop),
}));

export const WERK: OrganizationSeed[] = [
  ...shops,
  {
    key: 'vrijwilligerscentrale',
    name: 'Vrijwilligerscentrale Antwerpen',
    description: 'Brengt mensen die vrijwilligerswerk willen doen in contact met organisaties die vrijwilligers zoeken.',
    domain: 'vrijwilligers-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'kantoor', name: 'Vrijwilligerscentrale', wijk: W.harmonie, street: 'Sint-Jozefsstraat 20' }],
    services: [
      {
        key: 'vrijwilligerswerk-vinden',
        name: 'Vrijwilligerswerk vinden dat bij je past',
        description:
          'Wil je je inzetten voor anderen, iets bijleren of mensen leren kennen? We zoeken samen vrijwilligerswerk dat past bij je talenten en je uren. Ook met een uitkering kun je vaak vrijwilligerswerk doen.',
        application: 'Kijk in de online vacaturebank of kom langs voor een gesprek.',
        cost: 'free',
        domains: ['werk/vrijwilligerswerk'],
        groups: ['iedereen', 'nieuwkomers', 'ouderen'],
        access: ['online', 'zonder-afspraak'],
        languages: ['en', 'fr'],
        hours: 'TU,TH 10:00-16:00',
        translations: {
          en: {
            name: 'Find volunteer work that suits you',
            description:
              'Want to help others, learn new things or meet people? Together we find volunteer work that fits your talents and your hours. Even on benefits you can often volunteer.',
          },
          fr: {
            name: 'Trouver un bénévolat qui vous convient',
            description:
              'Vous voulez vous engager pour les autres, apprendre de nouvelles choses ou rencontrer des gens ? Ensemble, nous cherchons un bénévolat adapté à vos talents et à vos disponibilités. Même avec une allocation, vous pouvez souvent faire du bénévolat.',
          },
          ar: {
            name: 'ابحث عن عمل تطوعي يناسبك',
            description:
              'هل تريد مساعدة الآخرين أو تعلّم أشياء جديدة أو التعرف على أشخاص؟ نبحث معًا عن عمل تطوعي يناسب مواهبك وأوقاتك. حتى إذا كنت تحصل على إعانة، يمكنك في الغالب القيام بعمل تطوعي.',
          },
          tr: {
            name: 'Size uygun gönüllü çalışmayı bulun',
            description:
              'Başkalarına yardım etmek, yeni şeyler öğrenmek ya da insanlarla tanışmak mı istiyorsunuz? Yeteneklerinize ve zamanınıza uygun gönüllü bir işi birlikte ararız. Sosyal yardım alıyor olsanız bile çoğu zaman gönüllü çalışabilirsiniz.',
          },
          pl: {
            name: 'Znajdź wolontariat dla siebie',
            description:
              'Chcesz pomagać innym, czegoś się nauczyć albo poznać ludzi? Razem znajdziemy wolontariat dopasowany do Twoich umiejętności i czasu. Nawet pobierając zasiłek, często możesz zostać wolontariuszem.',
          },
          uk: {
            name: 'Знайдіть волонтерську роботу, яка вам підходить',
            description:
              'Хочете допомагати іншим, дізнаватися нове чи знайомитися з людьми? Разом ми підберемо волонтерську роботу відповідно до ваших талантів і вільного часу. Навіть отримуючи допомогу, ви часто можете бути волонтером.',
          },
        },
      },
    ],
  },
  {
    key: 'maatwerkbedrijf-de-ploeg',
    name: 'Maatwerkbedrijf De Ploeg',
    description: 'Sociaal-economisch bedrijf met werk op maat in groenonderhoud, fietsherstel en een atelier.',
    domain: 'de-ploeg-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'atelier', name: 'Atelier De Ploeg', wijk: W.hoogte, street: 'Heistraat 150' }],
    services: [
      {
        key: 'werken-op-maat',
        name: 'Werken in een begeleide omgeving',
        description:
          'Werk op maat in groenonderhoud, fietsherstel of een atelier, met begeleiding en een echt contract. Voor wie moeilijk aan de slag raakt op de gewone arbeidsmarkt.',
        application: 'Na doorverwijzing door je consulent van de werkwinkel, het sociaal huis of een andere dienst.',
        eligibility: 'Voor mensen met een arbeidsbeperking of een grote afstand tot de arbeidsmarkt.',
        fees: 'Je betaalt niets; je krijgt een loon.',
        cost: 'free',
        domains: ['werk'],
        groups: ['handicap', 'armoede'],
        access: ['doorverwijzing'],
        hours: 'MO-FR 07:30-12:00 12:30-15:30',
      },
      {
        key: 'fietsherstel',
        name: 'Fietsherstelling aan een zachte prijs',
        description: 'Laat je fiets herstellen in ons atelier; je betaalt enkel de onderdelen en een klein werkloon.',
        application: 'Kom langs met je fiets; kleine herstellingen gebeuren terwijl je wacht.',
        fees: 'Onderdelen aan kostprijs en een vast werkloon per herstelling.',
        cost: [{ amount: 8, option: 'Werkloon', description: 'Per herstelling, zonder onderdelen' }],
        domains: ['mobiliteit'],
        groups: ['iedereen', 'armoede'],
        access: ['zonder-afspraak'],
        hours: 'TU-FR 09:00-12:00 13:00-17:00; SA 10:00-14:00',
      },
    ],
  },
];
