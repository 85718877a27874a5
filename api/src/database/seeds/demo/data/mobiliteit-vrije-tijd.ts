// Getting around and leisure: volunteer transport, a children's bike library, public-transport
// discounts, the leisure pass, a summer playground and free sport in the neighbourhood.
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

export const MOBILITEIT_VRIJE_TIJD: OrganizationSeed[] = [
  {
    key: 'minder-mobielen-centrale',
    name: 'Minder Mobielen Centrale Antwerpen',
    description: 'Vrijwillige chauffeurs die mensen vervoeren die moeilijk met het openbaar vervoer reizen.',
    domain: 'mmc-demo.example',
    legalStatus: 'vzw',
    locations: [],
    services: [
      {
        key: 'ritten',
        name: 'Vervoer door vrijwilligers voor wie minder mobiel is',
        description:
          'Kun je moeilijk met bus of tram reizen? Een vrijwillige chauffeur brengt je met de auto naar de dokter, de winkel of je familie.',
        application: 'Word lid en bel minstens twee werkdagen op voorhand om een rit aan te vragen.',
        eligibility: 'Voor wie moeilijk te voet of met het openbaar vervoer reist en een beperkt inkomen heeft.',
        fees: 'Een jaarlijks lidgeld en een vergoeding per kilometer voor de chauffeur.',
        cost: [
          { amount: 12, option: 'Lidgeld', description: 'Per jaar' },
          { amount: 0.4, option: 'Per kilometer', description: 'Vergoeding voor de chauffeur' },
        ],
        domains: ['mobiliteit'],
        groups: ['ouderen', 'handicap'],
        access: ['telefonisch'],
        hours: 'MO-FR 09:00-12:00',
        hoursNote: 'Telefonisch ritten aanvragen; de ritten zelf ook op andere momenten',
        at: [],
        translations: {
          fr: {
            name: 'Transport par des bénévoles pour les personnes moins mobiles',
            description:
              'Vous avez du mal à prendre le bus ou le tram ? Un chauffeur bénévole vous conduit en voiture chez le médecin, au magasin ou dans votre famille.',
          },
          en: {
            name: 'Volunteer transport for people with reduced mobility',
            description:
              'Find it hard to travel by bus or tram? A volunteer driver takes you by car to the doctor, the shops or your family.',
          },
          tr: {
            name: 'Hareket kabiliyeti kısıtlı kişiler için gönüllü ulaşım',
            description:
              'Otobüs veya tramvayla yolculuk etmek sizin için zor mu? Gönüllü bir şoför sizi arabayla doktora, markete veya ailenize götürür.',
          },
        },
      },
    ],
  },
  {
    key: 'fietsbieb',
    name: 'Fietsbieb Zurenborg',
    description: 'Fietsbibliotheek waar gezinnen kinderfietsen lenen, en fietslessen voor volwassenen.',
    domain: 'fietsbieb-demo.example',
    legalStatus: 'Feitelijke vereniging',
    locations: [{ key: 'bieb', name: 'Fietsbieb Zurenborg', wijk: W.zurenborg, street: 'Dolfijnstraat 12' }],
    services: [
      {
        key: 'kinderfiets',
        name: 'Kinderfiets lenen',
        description: 'Leen een fiets voor je kind en ruil hem om voor een grotere als je kind groeit. Met helm en fietsslot.',
        application: 'Kom langs met je kind tijdens de openingsuren.',
        fees: 'Een abonnement per kind en per jaar; met de vrijetijdspas betaal je minder.',
        cost: [
          { amount: 20, option: 'Per jaar', description: 'Abonnement per kind' },
          { amount: 5, option: 'Kansentarief', description: 'Per kind, per jaar, met de vrijetijdspas' },
        ],
        domains: ['mobiliteit', 'vrije-tijd'],
        groups: ['kinderen', 'gezinnen'],
        access: ['zonder-afspraak'],
        hours: 'WE 14:00-17:00; SA 10:00-13:00',
        minimumAge: 2,
        maximumAge: 12,
        documents: ['kids-ID of ISI+-kaart van je kind'],
        hasPhone: false,
      },
      {
        key: 'fietsles',
        name: 'Fietsles voor volwassenen',
        description: 'Nooit leren fietsen? In een kleine groep leer je veilig fietsen, eerst op een plein en daarna in het verkeer.',
        application: 'Schrijf je in via de website of telefonisch; een fiets krijg je te leen.',
        cost: 'free',
        domains: ['mobiliteit'],
        groups: ['nieuwkomers', 'iedereen'],
        access: ['op-afspraak'],
        languages: ['ar', 'en', 'fr'],
        hours: 'SA 13:00-15:00',
        translations: {
          en: {
            name: 'Cycling lessons for adults',
            description: 'Never learned to ride a bike? In a small group you learn to cycle safely, first in a square and then in traffic.',
          },
          ar: {
            name: 'دروس ركوب الدراجة للبالغين',
            description: 'لم تتعلم ركوب الدراجة من قبل؟ في مجموعة صغيرة تتعلم قيادة الدراجة بأمان، أولًا في ساحة ثم في حركة المرور.',
          },
          tr: {
            name: 'Yetişkinler için bisiklet dersi',
            description:
              'Hiç bisiklete binmeyi öğrenmediniz mi? Küçük bir grupta önce bir meydanda, sonra trafikte güvenle bisiklet sürmeyi öğrenirsiniz.',
          },
        },
      },
    ],
  },
  {
    key: 'mobipunt',
    name: 'Mobipunt Antwerpen',
    description: 'Infopunt over bus, tram, trein, fiets en deelmobiliteit, met hulp bij kortingen.',
    domain: 'mobipunt-demo.example',
    locations: [{ key: 'infopunt', name: 'Mobipunt Centraal', wijk: W.centraalStation, street: 'Koningin Astridplein 20' }],
    services: [
      {
        key: 'kortingen',
        name: 'Korting op bus, tram en deelfiets',
        description:
          'We zoeken uit op welke kortingen je recht hebt voor bus, tram, trein en deelfiets, bijvoorbeeld met verhoogde tegemoetkoming, als 65-plusser of als werkzoekende, en helpen je met de aanvraag.',
        application: 'Loop binnen of regel het online; breng je identiteitskaart mee.',
        cost: 'free',
        domains: ['mobiliteit', 'inkomen/toelagen'],
        groups: ['armoede', 'ouderen', 'jongeren'],
        access: ['zonder-afspraak', 'online'],
        languages: ['fr', 'en', 'ar', 'tr'],
        hours: 'MO-FR 09:00-17:00; SA 10:00-16:00',
        documents: ['identiteitskaart of verblijfsdocument'],
        translations: {
          fr: {
            name: 'Réductions pour le bus, le tram et les vélos partagés',
            description:
              "Nous vérifions à quelles réductions vous avez droit pour le bus, le tram, le train et les vélos partagés, par exemple avec l'intervention majorée, après 65 ans ou comme demandeur d'emploi, et nous vous aidons à les demander.",
          },
          en: {
            name: 'Discounts on buses, trams and shared bikes',
            description:
              "We find out which discounts you can get on buses, trams, trains and shared bikes, for example with increased reimbursement, if you're over 65 or looking for work, and help you apply.",
          },
          ar: {
            name: 'تخفيضات على الحافلات والترام والدراجات المشتركة',
            description:
              'نتحقق من التخفيضات التي يحق لك الحصول عليها في الحافلات والترام والقطارات والدراجات المشتركة، مثلًا إذا كنت تستفيد من التعويض المرتفع أو تجاوزت 65 سنة أو كنت تبحث عن عمل، ونساعدك في تقديم الطلب.',
          },
          tr: {
            name: 'Otobüs, tramvay ve paylaşımlı bisiklette indirim',
            description:
              'Artırılmış geri ödeme hakkınız varsa, 65 yaşın üzerindeyseniz veya iş arıyorsanız otobüs, tramvay, tren ve paylaşımlı bisikletlerde hangi indirimlerden yararlanabileceğinizi araştırır ve başvurmanıza yardım ederiz.',
          },
          pl: {
            name: 'Zniżki na autobus, tramwaj i rowery miejskie',
            description:
              'Sprawdzimy, jakie zniżki przysługują Ci na autobus, tramwaj, pociąg i rowery miejskie, np. z podwyższonym zwrotem kosztów, po 65. roku życia lub jako osobie poszukującej pracy, i pomożemy złożyć wniosek.',
          },
        },
      },
    ],
  },
  {
    key: 'vrijetijdspas',
    name: 'Vrijetijdspas Antwerpen',
    description: 'Pas met kortingen op sport, cultuur en jeugdwerk, en een kansentarief voor wie een laag inkomen heeft.',
    domain: 'vrijetijdspas-demo.example',
    isPublicSector: true,
    locations: [],
    services: [
      {
        key: 'pas',
        name: 'Vrijetijdspas met kansentarief',
        description:
          'Met de vrijetijdspas krijg je tot 80 procent korting op sport, cultuur, jeugdbewegingen en uitstappen. Met kansentarief betaal je bijna niets.',
        application: 'Vraag de pas aan in een bibliotheek, een districtshuis of online. Voor het kansentarief breng je een attest mee.',
        eligibility: 'Iedereen kan een pas krijgen; kansentarief met verhoogde tegemoetkoming, leefloon of schuldbemiddeling.',
        fees: 'De pas kost 5 euro per jaar; met kansentarief is hij gratis.',
        cost: [
          { amount: 5, option: 'Pas', description: 'Per jaar' },
          { amount: 0, option: 'Kansentarief', description: 'Gratis pas met kansentarief' },
        ],
        domains: ['vrije-tijd', 'inkomen/toelagen'],
        groups: ['armoede', 'gezinnen', 'kinderen'],
        access: ['online', 'telefonisch'],
        languages: ['fr', 'en', 'ar', 'tr', 'pl'],
        hours: 'MO-FR 09:00-16:00',
        at: [],
        areas: ['stad'],
        documents: ['identiteitskaart of verblijfsdocument', 'attest van verhoogde tegemoetkoming of leefloon (voor het kansentarief)'],
        translations: {
          fr: {
            name: 'Pass loisirs avec tarif réduit',
            description:
              "Avec le pass loisirs, vous bénéficiez de jusqu'à 80 % de réduction sur le sport, la culture, les mouvements de jeunesse et les sorties. Avec le tarif réduit, vous ne payez presque rien.",
          },
          en: {
            name: 'Leisure pass with reduced rate',
            description:
              'With the leisure pass you get up to 80 percent off sport, culture, youth movements and day trips. With the reduced rate you pay almost nothing.',
          },
          ar: {
            name: 'بطاقة الترفيه بالتعريفة المخفضة',
            description:
              'مع بطاقة الترفيه تحصل على تخفيض يصل إلى 80 بالمئة على الرياضة والثقافة وحركات الشباب والرحلات. مع التعريفة المخفضة لا تدفع شيئًا تقريبًا.',
          },
          tr: {
            name: 'İndirimli tarifeli serbest zaman kartı',
            description:
              "Serbest zaman kartıyla spor, kültür, gençlik hareketleri ve gezilerde yüzde 80'e varan indirim alırsınız. İndirimli tarifeyle neredeyse hiçbir şey ödemezsiniz.",
          },
          pl: {
            name: 'Karta czasu wolnego ze zniżką',
            description:
              'Z kartą czasu wolnego otrzymujesz do 80 procent zniżki na sport, kulturę, organizacje młodzieżowe i wycieczki. Z taryfą ulgową nie płacisz prawie nic.',
          },
        },
      },
      {
        key: 'vakantiekampen',
        name: 'Sport- en speelkampen in de vakanties met korting',
        description:
          'Sport- en speelkampen voor kinderen en jongeren in alle schoolvakanties, met een flinke korting via de vrijetijdspas.',
        application: 'Schrijf online in vanaf de inschrijvingsdatum; met kansentarief kan het ook telefonisch.',
        cost: [
          { amount: 60, option: 'Standaardprijs', description: 'Per kamp van vijf dagen' },
          { amount: 12, option: 'Kansentarief', description: 'Per kamp van vijf dagen, met de vrijetijdspas' },
        ],
        domains: ['vrije-tijd'],
        groups: ['kinderen', 'jongeren', 'gezinnen'],
        access: ['online'],
        hours: 'MO-FR 09:00-16:00',
        hoursNote: 'Uren van de inschrijvingslijn',
        at: [],
        minimumAge: 6,
        maximumAge: 15,
      },
    ],
  },
  {
    key: 'speelpleinwerking-de-zandbak',
    name: 'Speelpleinwerking De Zandbak',
    description: 'Speelplein met animatoren tijdens de zomervakantie.',
    domain: 'zandbak-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'speelplein', name: 'Speelplein De Zandbak', wijk: W.hobokenWest, street: 'Lageweg 100' }],
    services: [
      {
        key: 'zomer',
        name: 'Speelplein in de zomervakantie',
        description:
          'Elke weekdag in juli en augustus spelen, knutselen en uitstappen met animatoren. Kom wanneer je wilt, een dag of de hele zomer.',
        application: "Kom 's ochtends langs met je kind; de eerste keer vul je een inschrijvingsfiche in.",
        fees: 'Per dag; met kansentarief betaal je 1 euro.',
        cost: [
          { amount: 3, option: 'Per dag', description: 'Standaardprijs' },
          { amount: 1, option: 'Kansentarief', description: 'Per dag, met de vrijetijdspas' },
        ],
        domains: ['vrije-tijd', 'gezin/kinderopvang'],
        groups: ['kinderen'],
        access: ['zonder-afspraak'],
        hours: 'MO-FR 09:00-17:00',
        season: { from: '2027-07-01', to: '2027-08-31' },
        hoursNote: 'Enkel in juli en augustus',
        minimumAge: 4,
        maximumAge: 14,
      },
    ],
  },
  {
    key: 'buurtsport',
    name: 'Buurtsport Antwerpen',
    description: 'Sportbegeleiders die gratis sport organiseren op pleinen en in parken.',
    domain: 'buurtsport-demo.example',
    legalStatus: 'vzw',
    locations: [],
    services: [
      {
        key: 'pleinsport',
        name: 'Gratis sporten op het pleintje',
        description:
          'Sportbegeleiders organiseren gratis voetbal, basket, dans en andere sporten op pleinen en in parken in je buurt. Inschrijven hoeft niet.',
        application: 'Kom gewoon naar het plein; het programma staat op de website.',
        cost: 'free',
        domains: ['vrije-tijd'],
        groups: ['jongeren', 'kinderen'],
        access: ['zonder-afspraak'],
        hours: 'WE 14:00-17:00; SA 13:00-16:00',
        at: [],
        areas: [`wijk:${W.borgerhoutNoord}`, `wijk:${W.borgerhoutZuid}`, `wijk:${W.stuivenberg}`, `wijk:${W.kiel}`, `wijk:${W.oudMerksem}`],
        minimumAge: 6,
        maximumAge: 18,
        hasPhone: false,
      },
    ],
  },
];
