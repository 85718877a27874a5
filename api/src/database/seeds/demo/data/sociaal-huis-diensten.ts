// The services every social house offers, and the extras some have; the text is the same
// everywhere, with the district's name, languages and hours filled in.
import type { ServiceSeed } from '../demo-types.js';
import type { LatLng } from '../wijk-points.js';

const ID_DOCUMENT = 'identiteitskaart of verblijfsdocument';

export interface SociaalHuis {
  key: string;
  place: string;
  wijk: string;
  street: string;
  city?: string;
  near?: LatLng;
  areas: string[];
  languages: string[];
  extras: ('rechten' | 'digitaal')[];
  /** Open until 19:00 on Thursdays, for people who work during the day. */
  isLateOnThursday?: boolean;
  isDigitalPointClosed?: boolean;
}

export function coreServices(house: SociaalHuis): ServiceSeed[] {
  const { place, areas, languages } = house;
  return [
    {
      key: 'onthaal',
      name: `Onthaal Sociaal Huis ${place}`,
      description:
        'Loop binnen met al je vragen over geld, wonen, werk, gezondheid of papieren. Een maatschappelijk werker luistert, zoekt samen met jou een oplossing of verwijst je door naar de juiste dienst.',
      application: 'Kom langs tijdens de openingsuren, een afspraak is niet nodig. Neem aan de balie een volgnummer.',
      eligibility: `Voor iedereen die in ${place} woont of verblijft.`,
      cost: 'free',
      domains: ['sociale-hulpverlening/onthaal'],
      groups: ['iedereen', 'armoede'],
      access: ['zonder-afspraak', 'telefonisch', 'rolstoeltoegankelijk'],
      languages,
      hours: house.isLateOnThursday ? 'MO-FR 09:00-12:00; MO,TU,WE,FR 13:30-16:30; TH 13:30-19:00' : 'MO-FR 09:00-12:00 13:30-16:30',
      areas,
      documents: [ID_DOCUMENT],
      interpretation: 'Een tolk via telefoon of video is mogelijk; vraag het aan de balie.',
      translations: {
        fr: {
          name: `Accueil de la Maison sociale ${place}`,
          description:
            "Passez sans rendez-vous avec toutes vos questions sur l'argent, le logement, le travail, la santé ou les papiers. Un assistant social vous écoute, cherche une solution avec vous ou vous oriente vers le bon service.",
          applicationProcess: "Venez pendant les heures d'ouverture, sans rendez-vous. Prenez un numéro au guichet.",
        },
        en: {
          name: `Reception desk, Social House ${place}`,
          description:
            'Walk in with any question about money, housing, work, health or paperwork. A social worker listens, looks for a solution with you or refers you to the right service.',
          applicationProcess: 'Come during opening hours; no appointment needed. Take a queue number at the desk.',
        },
        ar: {
          name: `استقبال البيت الاجتماعي ${place}`,
          description:
            'تعال دون موعد بكل أسئلتك حول المال أو السكن أو العمل أو الصحة أو الأوراق الإدارية. يستمع إليك مرشد اجتماعي ويبحث معك عن حل أو يوجهك إلى الجهة المناسبة.',
          applicationProcess: 'تعال خلال ساعات العمل، لا حاجة إلى موعد. خذ رقمًا عند الشباك.',
        },
        tr: {
          name: `Sosyal Ev ${place} – Danışma`,
          description:
            'Para, konut, iş, sağlık veya resmi evraklarla ilgili tüm sorularınızla randevusuz gelebilirsiniz. Bir sosyal çalışmacı sizi dinler, sizinle birlikte bir çözüm arar veya sizi doğru hizmete yönlendirir.',
          applicationProcess: 'Çalışma saatleri içinde gelin, randevu gerekmez. Gişeden sıra numarası alın.',
        },
        pl: {
          name: `Recepcja Domu Socjalnego ${place}`,
          description:
            'Przyjdź bez umawiania się z każdym pytaniem dotyczącym pieniędzy, mieszkania, pracy, zdrowia lub dokumentów. Pracownik socjalny wysłucha Cię, razem z Tobą poszuka rozwiązania albo skieruje Cię do właściwej instytucji.',
          applicationProcess: 'Przyjdź w godzinach otwarcia, bez umawiania się. Przy okienku weź numerek.',
        },
      },
    },
    {
      key: 'leefloon',
      name: `Leefloon en financiële hulp ${place}`,
      description:
        'Heb je geen of te weinig inkomen om rond te komen? Dan kun je hier een leefloon of andere financiële hulp aanvragen. Een maatschappelijk werker bekijkt samen met jou je situatie.',
      application: 'Maak een afspraak aan het onthaal of via de sociale lijn. Je krijgt een beslissing binnen 30 dagen.',
      eligibility: `Je woont in ${place} en hebt te weinig inkomen. Er gelden voorwaarden over leeftijd, verblijf en werkbereidheid; de maatschappelijk werker legt ze uit.`,
      cost: 'free',
      domains: ['sociale-hulpverlening/leefloon', 'inkomen'],
      groups: ['armoede', 'studenten'],
      access: ['op-afspraak'],
      languages,
      hours: 'MO-FR 09:00-12:00',
      hoursNote: 'Gesprekken op afspraak',
      areas,
      documents: [
        ID_DOCUMENT,
        'recente loonfiches of uitkeringsattesten',
        'huurcontract',
        'rekeninguittreksels van de laatste drie maanden',
      ],
      waitTime: 'Een beslissing binnen 30 dagen na je aanvraag.',
      translations: {
        fr: {
          name: `Revenu d'intégration et aide financière ${place}`,
          description:
            "Vous n'avez pas de revenus ou pas assez pour vivre ? Vous pouvez demander ici un revenu d'intégration ou une autre aide financière. Un assistant social examine votre situation avec vous.",
        },
        en: {
          name: `Social integration income and financial help ${place}`,
          description:
            'No income, or not enough to get by? You can apply here for a social integration income (leefloon) or other financial help. A social worker looks at your situation with you.',
        },
        ar: {
          name: `دخل الإدماج الاجتماعي والمساعدة المالية ${place}`,
          description:
            'ألا تملك دخلًا، أو أن دخلك لا يكفي للعيش؟ يمكنك هنا طلب دخل الإدماج الاجتماعي (leefloon) أو مساعدة مالية أخرى. يدرس معك مرشد اجتماعي وضعك.',
        },
        tr: {
          name: `Geçim yardımı ve maddi destek ${place}`,
          description:
            'Hiç geliriniz yok mu ya da geçinmeye yetmiyor mu? Burada geçim yardımı (leefloon) veya başka bir maddi yardım için başvurabilirsiniz. Bir sosyal çalışmacı durumunuzu sizinle birlikte inceler.',
        },
        pl: {
          name: `Dochód integracyjny i pomoc finansowa ${place}`,
          description:
            'Nie masz dochodu albo nie wystarcza Ci na życie? Tutaj możesz złożyć wniosek o dochód integracyjny (leefloon) lub inną pomoc finansową. Pracownik socjalny przeanalizuje z Tobą Twoją sytuację.',
        },
      },
    },
    {
      key: 'budget',
      name: `Budgetbegeleiding en schuldhulp ${place}`,
      description:
        'Heb je schulden of lukt het niet om rond te komen? We maken samen een overzicht van je inkomsten en uitgaven, praten met je schuldeisers en zoeken een afbetalingsplan dat haalbaar is.',
      application: 'Maak een afspraak via het onthaal. Breng al je rekeningen en brieven van schuldeisers mee.',
      eligibility: `Voor inwoners van ${place} met geldzorgen of schulden.`,
      cost: 'free',
      domains: ['inkomen/schuldhulp'],
      groups: ['armoede', 'gezinnen'],
      access: ['op-afspraak'],
      languages: languages.slice(0, 3),
      hours: 'TU,TH 09:00-12:00 13:30-16:00',
      areas,
      documents: [ID_DOCUMENT, 'recente loonfiches of uitkeringsattesten', 'brieven van schuldeisers en deurwaarders'],
      waitTime: 'Een eerste gesprek binnen twee weken.',
      translations: {
        fr: {
          name: `Accompagnement budgétaire et aide en cas de dettes ${place}`,
          description:
            "Vous avez des dettes ou vous n'arrivez pas à boucler vos fins de mois ? Ensemble, nous faisons le point sur vos revenus et vos dépenses, contactons vos créanciers et cherchons un plan de remboursement réaliste.",
        },
        en: {
          name: `Budget coaching and debt help ${place}`,
          description:
            'In debt, or struggling to make ends meet? Together we list your income and expenses, talk to your creditors and work out a repayment plan you can manage.',
        },
        ar: {
          name: `المرافقة في تدبير الميزانية والمساعدة في الديون ${place}`,
          description:
            'هل عليك ديون أو لا تستطيع تغطية مصاريفك؟ نعدّ معًا نظرة عامة على مداخيلك ومصاريفك، ونتواصل مع الدائنين، ونبحث عن خطة سداد ممكنة.',
        },
        tr: {
          name: `Bütçe danışmanlığı ve borç yardımı ${place}`,
          description:
            'Borçlarınız mı var ya da ay sonunu getiremiyor musunuz? Gelir ve giderlerinizin birlikte bir dökümünü çıkarır, alacaklılarınızla görüşür ve ödeyebileceğiniz bir taksit planı ararız.',
        },
        pl: {
          name: `Pomoc w planowaniu budżetu i przy długach ${place}`,
          description:
            'Masz długi albo brakuje Ci pieniędzy do końca miesiąca? Razem sporządzimy zestawienie Twoich dochodów i wydatków, porozmawiamy z wierzycielami i poszukamy realnego planu spłaty.',
        },
      },
    },
    {
      key: 'energie',
      name: `Hulp bij energie- en waterfacturen ${place}`,
      description:
        'Kun je je factuur voor elektriciteit, gas of water niet betalen, of dreigt een afsluiting? We helpen met een afbetalingsplan, kijken of je recht hebt op het sociaal tarief en geven tips om minder te verbruiken.',
      application: 'Kom langs op het onthaal met je laatste facturen, of bel voor een afspraak.',
      cost: 'free',
      domains: ['inkomen/energie'],
      groups: ['armoede', 'gezinnen'],
      access: ['zonder-afspraak', 'op-afspraak'],
      languages: languages.slice(0, 2),
      hours: 'MO,WE 13:30-16:30',
      areas,
      documents: ['laatste facturen van energie en water', ID_DOCUMENT],
      translations: {
        fr: {
          name: `Aide pour les factures d'énergie et d'eau ${place}`,
          description:
            "Vous ne pouvez pas payer votre facture d'électricité, de gaz ou d'eau, ou une coupure vous menace ? Nous vous aidons à obtenir un plan de paiement, vérifions si vous avez droit au tarif social et vous donnons des conseils pour consommer moins.",
        },
        en: {
          name: `Help with energy and water bills ${place}`,
          description:
            "Can't pay your electricity, gas or water bill, or facing a disconnection? We help you get a payment plan, check whether you qualify for the social tariff and give tips to use less.",
        },
        ar: {
          name: `المساعدة في فواتير الطاقة والماء ${place}`,
          description:
            'ألا تستطيع دفع فاتورة الكهرباء أو الغاز أو الماء، أو تخشى قطعها؟ نساعدك في الحصول على خطة تقسيط، ونتحقق مما إذا كان يحق لك الاستفادة من التعريفة الاجتماعية، ونقدم لك نصائح لتقليل الاستهلاك.',
        },
        tr: {
          name: `Enerji ve su faturalarında yardım ${place}`,
          description:
            'Elektrik, doğalgaz veya su faturanızı ödeyemiyor musunuz ya da kesinti tehlikesi mi var? Taksit planı yapmanıza yardım eder, sosyal tarifeden yararlanıp yararlanamayacağınıza bakar ve daha az tüketmeniz için öneriler veririz.',
        },
        pl: {
          name: `Pomoc przy rachunkach za energię i wodę ${place}`,
          description:
            'Nie możesz zapłacić rachunku za prąd, gaz lub wodę albo grozi Ci odcięcie? Pomożemy ustalić plan spłaty, sprawdzimy, czy przysługuje Ci taryfa socjalna, i doradzimy, jak zużywać mniej.',
        },
      },
    },
  ];
}

export function extraService(house: SociaalHuis, extra: SociaalHuis['extras'][number]): ServiceSeed {
  const { place, areas } = house;
  if (extra === 'rechten') {
    return {
      key: 'rechten',
      name: `Rechtenverkenning: toelagen en kortingen ${place}`,
      description:
        'We kijken samen op welke toelagen, kortingen en premies je recht hebt, zoals de verhoogde tegemoetkoming, het sociaal tarief of een schooltoelage. We helpen je ook met de aanvraag.',
      application: 'Maak een afspraak aan het onthaal of telefonisch.',
      cost: 'free',
      domains: ['inkomen/toelagen'],
      groups: ['armoede', 'gezinnen', 'ouderen'],
      access: ['op-afspraak', 'telefonisch'],
      languages: house.languages.slice(0, 2),
      hours: 'TU 09:00-12:00; TH 13:30-18:00',
      areas,
      documents: [ID_DOCUMENT, 'aanslagbiljet van de personenbelasting'],
      translations: {
        fr: {
          name: `Vérification de vos droits : allocations et réductions ${place}`,
          description:
            "Nous vérifions ensemble à quelles allocations, réductions et primes vous avez droit, comme l'intervention majorée, le tarif social ou une allocation scolaire. Nous vous aidons aussi à les demander.",
        },
        en: {
          name: `Check your rights: benefits and discounts ${place}`,
          description:
            'Together we check which benefits, discounts and grants you are entitled to, such as increased reimbursement of medical costs, the social tariff or a school allowance. We also help you apply.',
        },
      },
    };
  }
  return {
    key: 'digitaal',
    name: `Digitaal hulppunt ${place}: hulp met papieren en apps`,
    description:
      'Hulp bij brieven, formulieren en online diensten zoals itsme, Mijn Burgerprofiel of je bankapp. Een vrijwilliger helpt je stap voor stap.',
    application: 'Loop binnen tijdens de openingsuren. Breng je identiteitskaart, je pincode en je smartphone mee.',
    cost: 'free',
    domains: ['juridisch/administratie'],
    groups: ['ouderen', 'nieuwkomers', 'iedereen'],
    access: ['zonder-afspraak'],
    languages: house.languages.slice(0, 1),
    hours: 'WE 13:30-16:30; SA 10:00-12:30',
    areas,
    documents: [ID_DOCUMENT],
    ...(house.isDigitalPointClosed
      ? {
          status: 'temporarily closed' as const,
          alert: 'Tijdelijk gesloten: het digitaal hulppunt verhuist. Kom intussen naar het onthaal van het sociaal huis.',
        }
      : {}),
    translations: {
      fr: {
        name: `Point d'aide numérique ${place} : papiers et applications`,
        description:
          "De l'aide pour les lettres, les formulaires et les services en ligne comme itsme, Mon Profil citoyen ou votre application bancaire. Un bénévole vous aide pas à pas.",
      },
      en: {
        name: `Digital help point ${place}: paperwork and apps`,
        description:
          'Help with letters, forms and online services such as itsme, My Citizen Profile or your banking app. A volunteer helps you step by step.',
      },
      ar: {
        name: `نقطة المساعدة الرقمية ${place}: الأوراق والتطبيقات`,
        description:
          'مساعدة في الرسائل والاستمارات والخدمات الإلكترونية مثل itsme وMijn Burgerprofiel أو تطبيق البنك. يساعدك متطوع خطوة بخطوة.',
      },
    },
  };
}
