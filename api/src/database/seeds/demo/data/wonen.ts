// Housing: social housing, tenants' advice, and renovation and energy advice.
import type { OrganizationSeed } from '../demo-types.js';
import { ANCHOR, W } from '../demo-places.js';

export const WONEN: OrganizationSeed[] = [
  {
    key: 'woonmaatschappij',
    name: 'Woonmaatschappij Scheldestad',
    description: 'Verhuurt sociale woningen in heel Antwerpen en begeleidt de huurders.',
    domain: 'woonmaatschappij-demo.example',
    legalStatus: 'cv (demo)',
    locations: [
      { key: 'hoofdkantoor', name: 'Klantenkantoor Centrum', wijk: W.haringrode, street: 'Lange Lozanastraat 200' },
      { key: 'luchtbal', name: 'Klantenkantoor Luchtbal', wijk: W.luchtbal, street: 'Columbiastraat 150' },
      {
        key: 'linkeroever',
        name: 'Klantenkantoor Linkeroever',
        wijk: W.linkeroever,
        street: 'Blancefloerlaan 150',
        near: ANCHOR.linkeroever,
      },
    ],
    services: [
      {
        key: 'inschrijving',
        name: 'Inschrijven voor een sociale huurwoning',
        description:
          'Zoek je een betaalbare huurwoning? Schrijf je in op de wachtlijst voor een sociale woning. We helpen je met het formulier en leggen uit hoe de toewijzing werkt.',
        application: 'Maak een afspraak in een van onze kantoren, of schrijf je online in.',
        eligibility: 'Je inkomen is niet hoger dan de grens voor sociale huur en je hebt geen eigen woning.',
        fees: 'Inschrijven is gratis. De huurprijs hangt later af van je inkomen.',
        cost: 'free',
        domains: ['wonen/sociale-huur'],
        groups: ['armoede', 'gezinnen', 'ouderen'],
        access: ['op-afspraak', 'online'],
        languages: ['fr', 'en', 'ar', 'tr', 'pl'],
        hours: 'MO,TU,TH,FR 09:00-12:00 13:00-16:00; WE 09:00-12:00',
        at: ['hoofdkantoor', 'luchtbal', 'linkeroever'],
        areas: ['stad'],
        documents: [
          'identiteitskaart of verblijfsdocument',
          'aanslagbiljet van de personenbelasting van drie jaar geleden',
          'bewijs van gezinssamenstelling',
        ],
        waitTime: 'De wachttijd is lang, vaak meerdere jaren.',
        translations: {
          fr: {
            name: "S'inscrire pour un logement social",
            description:
              "Vous cherchez un logement à louer abordable ? Inscrivez-vous sur la liste d'attente pour un logement social. Nous vous aidons à remplir le formulaire et vous expliquons comment les logements sont attribués.",
          },
          en: {
            name: 'Apply for social housing',
            description:
              'Looking for an affordable rental home? Put your name on the waiting list for social housing. We help you with the form and explain how homes are allocated.',
          },
          ar: {
            name: 'التسجيل للحصول على سكن اجتماعي',
            description:
              'هل تبحث عن مسكن للإيجار بسعر معقول؟ سجّل اسمك في قائمة الانتظار للحصول على سكن اجتماعي. نساعدك في ملء الاستمارة ونشرح لك كيف يتم توزيع المساكن.',
          },
          tr: {
            name: 'Sosyal konut için başvuru',
            description:
              'Uygun fiyatlı bir kiralık ev mi arıyorsunuz? Sosyal konut bekleme listesine kaydolun. Formu doldurmanıza yardım eder ve konutların nasıl tahsis edildiğini açıklarız.',
          },
          pl: {
            name: 'Zapisy na mieszkanie socjalne',
            description:
              'Szukasz mieszkania na wynajem w przystępnej cenie? Zapisz się na listę oczekujących na mieszkanie socjalne. Pomożemy Ci wypełnić formularz i wyjaśnimy, jak przydziela się mieszkania.',
          },
        },
      },
      {
        key: 'huurdersbegeleiding',
        name: 'Begeleiding voor sociale huurders',
        description:
          'Huur je een sociale woning en heb je problemen met de huur, de buren of het onderhoud? Een huurdersbegeleider zoekt samen met jou een oplossing, zodat je je woning kunt houden.',
        application: 'Bel of mail je huurdersbegeleider, of kom langs op het spreekuur.',
        cost: 'free',
        domains: ['wonen/woonbegeleiding', 'wonen/sociale-huur'],
        groups: ['armoede', 'gezinnen'],
        access: ['op-afspraak', 'telefonisch'],
        languages: ['fr', 'ar'],
        hours: 'MO-FR 09:00-12:00',
        at: ['luchtbal', 'linkeroever'],
      },
      {
        key: 'sociaal-verhuurkantoor',
        name: 'Sociaal verhuurkantoor: betaalbaar huren bij een private eigenaar',
        description:
          'Het sociaal verhuurkantoor huurt woningen van private eigenaars en verhuurt ze door aan mensen met een laag inkomen, voor een redelijke prijs.',
        application: 'Schrijf je in op het kantoor in het centrum.',
        cost: 'free',
        domains: ['wonen/sociale-huur'],
        groups: ['armoede', 'alleenstaande-ouders'],
        access: ['op-afspraak'],
        hours: 'TU,TH 09:00-12:00 13:00-16:00',
        documents: ['identiteitskaart of verblijfsdocument', 'recente loonfiches of uitkeringsattesten'],
        waitTime: 'Gemiddeld twee jaar wachten.',
      },
    ],
  },
  {
    key: 'huurdersvereniging',
    name: 'Huurdersvereniging Antwerpen',
    description: 'Vereniging die huurders op de private markt informeert, adviseert en verdedigt.',
    domain: 'huurders-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'kantoor', name: 'Huurdersvereniging', wijk: W.borgerhoutZuid, street: 'Kroonstraat 80' }],
    services: [
      {
        key: 'advies',
        name: 'Juridisch advies voor huurders',
        description:
          'Problemen met je huisbaas over de huurwaarborg, herstellingen, een opzeg of de huurprijs? We geven advies en helpen met brieven.',
        application: 'Bel tijdens de telefoonpermanentie of kom langs op het spreekuur. Voor uitgebreide hulp word je lid.',
        fees: 'Het eerste telefonische advies is gratis; voor verdere hulp betaal je lidgeld.',
        cost: [
          { amount: 0, option: 'Eerste advies', description: 'Telefonisch, gratis' },
          { amount: 25, option: 'Lidgeld', description: 'Per jaar; 12 euro met verhoogde tegemoetkoming' },
        ],
        domains: ['wonen/woonbegeleiding', 'juridisch/juridisch-advies'],
        groups: ['iedereen', 'armoede'],
        access: ['telefonisch', 'zonder-afspraak'],
        languages: ['fr', 'en', 'ar'],
        hours: 'MO,WE 09:00-12:00; TH 17:00-20:00',
        documents: ['huurcontract', 'plaatsbeschrijving', 'briefwisseling met de verhuurder'],
        translations: {
          fr: {
            name: 'Conseils juridiques pour locataires',
            description:
              'Des problèmes avec votre propriétaire concernant la garantie locative, les réparations, un préavis ou le loyer ? Nous vous conseillons et vous aidons à écrire vos lettres.',
          },
          en: {
            name: 'Legal advice for tenants',
            description:
              'Problems with your landlord about the deposit, repairs, a notice to quit or the rent? We give advice and help you write letters.',
          },
          ar: {
            name: 'استشارات قانونية للمستأجرين',
            description:
              'هل لديك مشاكل مع مالك السكن بخصوص الضمانة أو الإصلاحات أو إنهاء العقد أو مبلغ الإيجار؟ نقدم لك النصيحة ونساعدك في كتابة الرسائل.',
          },
          tr: {
            name: 'Kiracılar için hukuki danışmanlık',
            description:
              'Ev sahibinizle depozito, onarımlar, fesih ihbarı veya kira bedeli konusunda sorun mu yaşıyorsunuz? Size tavsiye verir ve mektuplarınızı yazmanıza yardım ederiz.',
          },
          pl: {
            name: 'Porady prawne dla najemców',
            description:
              'Masz problem z właścicielem mieszkania dotyczący kaucji, napraw, wypowiedzenia umowy lub czynszu? Doradzimy Ci i pomożemy napisać pisma.',
          },
        },
      },
    ],
  },
  {
    key: 'energiehuis',
    name: 'Energiehuis Antwerpen',
    description: 'Advies over energiezuinig wonen, renovatie, premies en leningen, met extra hulp voor wie het financieel moeilijk heeft.',
    domain: 'energiehuis-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'loket', name: 'Energiehuis', wijk: W.historischCentrum, street: 'Wijngaardstraat 10' }],
    services: [
      {
        key: 'renovatie-premies',
        name: 'Advies over renovatie en premies',
        description:
          'Wil je je woning isoleren, een nieuw dak leggen of een warmtepomp plaatsen? We zoeken uit op welke premies en leningen je recht hebt en helpen met de aanvraag.',
        application: 'Maak een afspraak in het Energiehuis of vraag telefonisch advies.',
        cost: 'free',
        domains: ['wonen', 'inkomen/toelagen'],
        groups: ['iedereen', 'gezinnen'],
        access: ['op-afspraak', 'telefonisch'],
        languages: ['fr', 'en'],
        hours: 'MO-FR 09:00-12:30; WE 13:30-16:30; SA 10:00-13:00',
        documents: ['aanslagbiljet van de personenbelasting', 'offertes van aannemers'],
      },
      {
        key: 'energiescan',
        name: 'Gratis energiescan aan huis',
        description:
          'Een energiesnoeier komt bij je thuis, kijkt waar je energie verliest en plaatst gratis kleine besparende materialen zoals ledlampen en radiatorfolie.',
        application: 'Vraag een energiescan aan via de sociale lijn, het sociaal huis of de website.',
        eligibility: 'Voor huurders en eigenaars met een laag inkomen of met verhoogde tegemoetkoming.',
        cost: 'free',
        domains: ['inkomen/energie'],
        groups: ['armoede', 'ouderen'],
        access: ['op-afspraak', 'online'],
        languages: ['fr', 'tr', 'ar'],
        hours: 'MO-FR 09:00-16:00',
        at: [],
      },
      {
        key: 'renteloze-lening',
        name: 'Renteloze lening voor energiebesparende werken',
        description:
          'Leen zonder rente om je dak te isoleren, ramen te vervangen of een zuinige verwarming te plaatsen. Je betaalt terug in maandelijkse schijven.',
        application: 'Vraag eerst advies in het Energiehuis; daarna dien je samen de aanvraag in.',
        fees: 'Geen rente; je betaalt enkel het geleende bedrag terug.',
        domains: ['wonen', 'inkomen/energie'],
        groups: ['armoede', 'gezinnen'],
        access: ['op-afspraak'],
        hours: 'TU,TH 09:00-12:00',
        state: 'draft',
      },
    ],
  },
];
