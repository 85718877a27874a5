// Education and language: pupil guidance, homework help, adult education and Dutch courses.
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

export const ONDERWIJS: OrganizationSeed[] = [
  {
    key: 'clb',
    name: 'CLB Scheldeland',
    alternateName: 'Centrum voor Leerlingenbegeleiding Scheldeland',
    description:
      'Centrum voor leerlingenbegeleiding: gratis hulp voor leerlingen, ouders en scholen bij leren, studiekeuze, gezondheid en welbevinden.',
    domain: 'clb-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'centrum', name: 'CLB Scheldeland', wijk: W.haringrode, street: 'Haringrodestraat 20' }],
    services: [
      {
        key: 'begeleiding',
        name: 'Hulp bij leren, studiekeuze en welbevinden op school',
        description:
          'Loopt het niet goed op school, twijfel je over je studiekeuze of voel je je niet goed in je vel? Het CLB helpt leerlingen en ouders, gratis en vertrouwelijk.',
        application: 'Spreek de CLB-medewerker op school aan, bel, of chat via de website.',
        cost: 'free',
        domains: ['onderwijs/schoolondersteuning'],
        groups: ['kinderen', 'jongeren', 'gezinnen'],
        access: ['op-afspraak', 'telefonisch', 'online'],
        languages: ['fr', 'en', 'ar', 'tr'],
        hours: 'MO-FR 08:30-12:00 13:00-16:30',
        translations: {
          fr: {
            name: "Aide pour l'apprentissage, le choix d'études et le bien-être à l'école",
            description:
              "Ça ne va pas bien à l'école, tu hésites sur ton choix d'études ou tu ne te sens pas bien ? Le CLB aide les élèves et les parents, gratuitement et en toute confidentialité.",
          },
          en: {
            name: 'Help with learning, choosing a course and well-being at school',
            description:
              'Struggling at school, unsure what to study next, or not feeling good? The pupil guidance centre (CLB) helps pupils and parents, free and in confidence.',
          },
          ar: {
            name: 'المساعدة في التعلم واختيار الدراسة والراحة النفسية في المدرسة',
            description:
              'ألا تسير الأمور على ما يرام في المدرسة، أو تتردد في اختيار دراستك، أو لا تشعر بالراحة؟ يساعد مركز إرشاد التلاميذ (CLB) التلاميذ وأولياء الأمور مجانًا وبسرية تامة.',
          },
        },
      },
      {
        key: 'school-zoeken',
        name: 'Hulp bij een school zoeken en inschrijven',
        description:
          'Nieuw in Antwerpen of op zoek naar een school voor je kind? We leggen uit hoe aanmelden en inschrijven werkt en helpen je met de online aanmelding.',
        application: 'Kom langs tijdens de zitdagen in januari en februari, of maak een afspraak.',
        cost: 'free',
        domains: ['onderwijs', 'gezin'],
        groups: ['gezinnen', 'nieuwkomers'],
        access: ['zonder-afspraak', 'op-afspraak'],
        languages: ['fr', 'en', 'ar', 'tr', 'uk'],
        hours: 'MO,WE 13:30-17:00',
        documents: ['kids-ID of ISI+-kaart van je kind', 'identiteitskaart of verblijfsdocument'],
      },
    ],
  },
  {
    key: 'studiehuis-de-boekentas',
    name: 'Studiehuis De Boekentas',
    description: 'Vrijwilligers die kinderen en jongeren na school helpen met huiswerk en studeren.',
    domain: 'boekentas-demo.example',
    legalStatus: 'vzw',
    locations: [
      { key: 'stuivenberg', name: 'Studiehuis Stuivenberg', wijk: W.stuivenberg, street: 'Van Kerckhovenstraat 80' },
      { key: 'borgerhout', name: 'Studiehuis Borgerhout', wijk: W.borgerhoutExtraMuros, street: 'Gitschotellei 150' },
    ],
    services: [
      {
        key: 'huiswerk',
        name: 'Huiswerkbegeleiding voor lagere en middelbare school',
        description: 'Elke schooldag na school helpen vrijwilligers je kind met huiswerk, lezen en plannen, in een rustige ruimte.',
        application: 'Schrijf je kind in bij de start van het schooljaar.',
        cost: 'free',
        domains: ['onderwijs/schoolondersteuning'],
        groups: ['kinderen', 'jongeren'],
        access: ['op-afspraak'],
        languages: ['ar', 'tr', 'en'],
        hours: 'MO,TU,TH 16:00-18:00; WE 13:30-16:00',
        at: ['stuivenberg', 'borgerhout'],
        minimumAge: 6,
        maximumAge: 18,
        waitTime: 'In september is er een wachtlijst; schrijf tijdig in.',
        translations: {
          fr: {
            name: 'Aide aux devoirs pour le primaire et le secondaire',
            description:
              "Chaque jour d'école, après les cours, des bénévoles aident votre enfant pour les devoirs, la lecture et l'organisation, dans un local calme.",
          },
          en: {
            name: 'Homework help for primary and secondary school',
            description: 'Every school day after class, volunteers help your child with homework, reading and planning, in a quiet room.',
          },
          ar: {
            name: 'المساعدة في الواجبات المدرسية للابتدائي والثانوي',
            description: 'في كل يوم دراسي بعد المدرسة، يساعد متطوعون طفلك في الواجبات والقراءة وتنظيم الوقت، في مكان هادئ.',
          },
          tr: {
            name: 'İlk ve ortaöğretim için ödev desteği',
            description:
              'Her okul günü dersten sonra gönüllüler, sakin bir ortamda çocuğunuza ödev, okuma ve planlama konusunda yardım eder.',
          },
        },
      },
      {
        key: 'blokbegeleiding',
        name: 'Blokbegeleiding tijdens de examens',
        description: 'Tijdens de examens in december kun je hier in stilte studeren, met begeleiding en tips om je studie te plannen.',
        application: 'Kom gewoon binnen met je cursussen; een plaats is niet gegarandeerd.',
        cost: 'free',
        domains: ['onderwijs/schoolondersteuning'],
        groups: ['jongeren', 'studenten'],
        access: ['zonder-afspraak'],
        hours: 'MO-SA 09:00-17:00',
        season: { from: '2026-12-01', to: '2026-12-23' },
        hoursNote: 'Enkel tijdens de examenperiode in december',
        at: ['stuivenberg'],
        hasPhone: false,
      },
    ],
  },
  {
    key: 'leerwinkel',
    name: 'Leerwinkel Scheldeland',
    description: "Gratis advies over opleidingen, cursussen en diploma's voor volwassenen.",
    domain: 'leerwinkel-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'winkel', name: 'Leerwinkel', wijk: W.zuid, street: 'Volkstraat 40' }],
    services: [
      {
        key: 'advies',
        name: 'Advies over opleidingen voor volwassenen',
        description:
          'Wil je een diploma halen, Nederlands leren of je bijscholen? We zoeken samen welke opleiding bij je past en of je korting of opleidingscheques kunt krijgen.',
        application: 'Loop binnen of maak een afspraak; telefonisch advies kan ook.',
        cost: 'free',
        domains: ['onderwijs', 'werk'],
        groups: ['iedereen', 'nieuwkomers'],
        access: ['zonder-afspraak', 'op-afspraak', 'telefonisch'],
        languages: ['fr', 'en', 'ar', 'es'],
        hours: 'TU,TH 09:30-12:30 13:30-16:30; WE 13:30-19:00',
      },
      {
        key: 'diploma-secundair',
        name: 'Je diploma secundair onderwijs halen als volwassene',
        description:
          'Heb je geen diploma secundair onderwijs? Je kunt het als volwassene alsnog halen, in dagles, avondles of online. We helpen je kiezen en inschrijven.',
        application: 'Maak een afspraak voor een intakegesprek.',
        fees: 'Inschrijvingsgeld per lesuur; met een uitkering of leefloon betaal je niets.',
        cost: [
          { amount: 1.5, option: 'Per lesuur', description: 'Inschrijvingsgeld per lesuur' },
          { amount: 0, option: 'Vrijstelling', description: 'Met een uitkering of leefloon' },
        ],
        domains: ['onderwijs', 'werk/werkzoeken'],
        groups: ['jongeren', 'iedereen'],
        access: ['op-afspraak'],
        hours: 'TU,TH 09:30-12:30',
        documents: ['identiteitskaart of verblijfsdocument', 'eerder behaalde attesten of rapporten'],
      },
    ],
  },
  {
    key: 'basiseducatie',
    name: 'Centrum voor Basiseducatie Scheldeland',
    description:
      'Gratis lessen voor volwassenen die beter willen leren lezen, schrijven, rekenen, Nederlands spreken of met de computer werken.',
    domain: 'basiseducatie-demo.example',
    legalStatus: 'vzw',
    locations: [
      { key: 'kiel', name: 'Leslocatie Kiel', wijk: W.kiel, street: 'Emiel Vloorsstraat 10' },
      { key: 'deurne', name: 'Leslocatie Deurne', wijk: W.deurneOost, street: 'Hooftvunderlei 60' },
    ],
    services: [
      {
        key: 'nt2-alfa',
        name: 'Nederlands leren als je weinig naar school ging',
        description:
          'Leer Nederlands spreken, lezen en schrijven in kleine groepen en op een rustig tempo. Ook als je in je eigen taal niet of weinig kunt lezen.',
        application: 'Maak een afspraak voor een korte test, bij ons of bij het Huis van het Nederlands.',
        fees: 'Gratis, ook het lesmateriaal.',
        cost: 'free',
        domains: ['onderwijs/nederlands-leren'],
        groups: ['nieuwkomers', 'iedereen'],
        access: ['op-afspraak'],
        languages: ['ar', 'ti', 'so', 'prs'],
        hours: 'MO,TU,TH 09:00-12:00; MO,WE 18:30-21:00',
        at: ['kiel', 'deurne'],
        translations: {
          en: {
            name: 'Learn Dutch if you had little schooling',
            description:
              "Learn to speak, read and write Dutch in small groups, at a calm pace. Also if you can't read, or can read only a little, in your own language.",
          },
          fr: {
            name: "Apprendre le néerlandais si vous êtes peu allé à l'école",
            description:
              'Apprenez à parler, lire et écrire le néerlandais en petits groupes et à un rythme tranquille. Même si vous ne savez pas ou peu lire dans votre propre langue.',
          },
          ar: {
            name: 'تعلّم اللغة الهولندية إذا لم تدرس كثيرًا',
            description:
              'تعلّم التحدث والقراءة والكتابة باللغة الهولندية في مجموعات صغيرة وبإيقاع هادئ، حتى لو كنت لا تعرف القراءة أو تعرفها قليلًا بلغتك الأم.',
          },
        },
      },
      {
        key: 'digitaal',
        name: 'Computer en smartphone leren gebruiken',
        description:
          'Leer stap voor stap werken met een computer, tablet of smartphone: mailen, online formulieren invullen en veilig internetten.',
        application: 'Schrijf je in aan het onthaal of telefonisch.',
        cost: 'free',
        domains: ['onderwijs', 'juridisch/administratie'],
        groups: ['ouderen', 'armoede', 'nieuwkomers'],
        access: ['op-afspraak'],
        hours: 'TU,TH 13:00-16:00',
        at: ['deurne'],
      },
      {
        key: 'lezen-rekenen',
        name: 'Beter leren lezen, schrijven en rekenen',
        description:
          'Voor wie Nederlands spreekt maar moeite heeft met lezen, schrijven of rekenen, bijvoorbeeld om brieven te begrijpen of met geld om te gaan.',
        application: 'Bel of kom langs voor een kennismakingsgesprek.',
        cost: 'free',
        domains: ['onderwijs'],
        groups: ['iedereen', 'armoede'],
        access: ['op-afspraak'],
        hours: 'WE 09:00-12:00 18:30-21:00',
        at: ['kiel'],
      },
    ],
  },
  {
    key: 'cvo-taalhuis',
    name: 'CVO Taalhuis Antwerpen',
    description: "Centrum voor volwassenenonderwijs met cursussen Nederlands en andere talen, overdag, 's avonds en op zaterdag.",
    domain: 'cvo-taalhuis-demo.example',
    legalStatus: 'Centrum voor volwassenenonderwijs (demo)',
    locations: [{ key: 'campus', name: 'Campus Centrum', wijk: W.theaterbuurtMeir, street: 'Arenbergstraat 20' }],
    services: [
      {
        key: 'nt2',
        name: 'Nederlands als tweede taal (NT2)',
        description:
          "Cursussen Nederlands voor anderstaligen, van beginner tot gevorderd, overdag, 's avonds of op zaterdag. Met het attest kun je later verder studeren of werken.",
        application: 'Na een test en advies van het Huis van het Nederlands schrijf je je in op het secretariaat.',
        fees: 'Inschrijvingsgeld per module. Met leefloon, een werkloosheidsuitkering of als inburgeraar betaal je niets.',
        cost: [
          { amount: 150, option: 'Module', description: 'Inschrijvingsgeld per module van 120 lesuren' },
          { amount: 0, option: 'Vrijstelling', description: 'Met leefloon, werkloosheidsuitkering of als inburgeraar' },
        ],
        domains: ['onderwijs/nederlands-leren'],
        groups: ['nieuwkomers', 'iedereen'],
        access: ['op-afspraak', 'rolstoeltoegankelijk'],
        languages: ['en', 'fr'],
        hours: 'MO-TH 09:00-12:00 18:30-21:30; SA 09:00-12:00',
        documents: ['identiteitskaart of verblijfsdocument', 'attest van het Huis van het Nederlands'],
        translations: {
          en: {
            name: 'Dutch as a second language (NT2)',
            description:
              'Dutch courses for speakers of other languages, from beginner to advanced, in the daytime, the evening or on Saturdays. With the certificate you can go on to further study or work.',
          },
          fr: {
            name: 'Néerlandais langue seconde (NT2)',
            description:
              "Des cours de néerlandais pour allophones, du niveau débutant à avancé, en journée, en soirée ou le samedi. Avec l'attestation, vous pouvez ensuite poursuivre des études ou travailler.",
          },
          ar: {
            name: 'اللغة الهولندية كلغة ثانية (NT2)',
            description:
              'دورات في اللغة الهولندية لغير الناطقين بها، من المستوى المبتدئ إلى المتقدم، نهارًا أو مساءً أو يوم السبت. بالشهادة يمكنك لاحقًا مواصلة الدراسة أو العمل.',
          },
          pl: {
            name: 'Niderlandzki jako drugi język (NT2)',
            description:
              'Kursy niderlandzkiego dla obcokrajowców, od poziomu początkującego do zaawansowanego, w dzień, wieczorem lub w soboty. Z zaświadczeniem możesz potem dalej się uczyć albo pracować.',
          },
          uk: {
            name: 'Нідерландська як друга мова (NT2)',
            description:
              'Курси нідерландської мови для іншомовних, від початкового до просунутого рівня, удень, увечері або в суботу. Із сертифікатом ви зможете згодом продовжити навчання або працювати.',
          },
        },
      },
    ],
  },
];
