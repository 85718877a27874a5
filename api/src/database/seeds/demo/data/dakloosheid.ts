// Homelessness: night and winter shelters, a day centre and street work.
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

export const DAKLOOSHEID: OrganizationSeed[] = [
  {
    key: 'nachtopvang',
    name: 'Nachtopvang De Schuilhaven',
    description: 'Nachtopvang voor mensen zonder slaapplaats, elke nacht van het jaar.',
    domain: 'schuilhaven-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'opvang', name: 'De Schuilhaven', wijk: W.dam, street: 'Slachthuislaan 20' }],
    services: [
      {
        key: 'nachtopvang',
        name: 'Nachtopvang voor dak- en thuislozen',
        description:
          'Een bed, een douche, een avondsoep en ontbijt voor wie geen slaapplaats heeft. Elke nacht, ook op zon- en feestdagen.',
        application: 'Bel vanaf 17 uur om een bed te reserveren, of kom om 21 uur aan de deur. Wie eerst belt, krijgt eerst een plaats.',
        fees: 'Een kleine bijdrage per nacht; niemand wordt geweigerd omdat hij niet kan betalen.',
        cost: [{ amount: 3, option: 'Per nacht', description: 'Bed, douche, avondsoep en ontbijt' }],
        domains: ['wonen/nachtopvang'],
        groups: ['dak-en-thuislozen', 'zonder-wettig-verblijf'],
        access: ['zonder-afspraak', 'telefonisch', 'open-op-feestdagen'],
        languages: ['fr', 'en', 'ar', 'pl', 'ro'],
        hours: 'MO-SU 21:00-08:00',
        translations: {
          fr: {
            name: 'Accueil de nuit pour sans-abri',
            description:
              "Un lit, une douche, une soupe le soir et le petit-déjeuner pour qui n'a pas d'endroit où dormir. Toutes les nuits, y compris les dimanches et jours fériés.",
            applicationProcess:
              'Appelez à partir de 17 h pour réserver un lit, ou présentez-vous à la porte à 21 h. Les premiers à appeler sont les premiers servis.',
          },
          en: {
            name: 'Night shelter for homeless people',
            description:
              'A bed, a shower, soup in the evening and breakfast for anyone with nowhere to sleep. Every night, including Sundays and public holidays.',
            applicationProcess: 'Call from 5 pm to reserve a bed, or come to the door at 9 pm. First to call, first to get a place.',
          },
          ar: {
            name: 'مبيت ليلي للأشخاص بلا مأوى',
            description:
              'سرير ومكان للاستحمام وحساء في المساء وفطور لكل من ليس لديه مكان للنوم. كل ليلة، بما في ذلك أيام الأحد والعطل الرسمية.',
          },
          pl: {
            name: 'Noclegownia dla osób bezdomnych',
            description:
              'Łóżko, prysznic, wieczorna zupa i śniadanie dla każdego, kto nie ma gdzie spać. Każdej nocy, także w niedziele i święta.',
          },
          ro: {
            name: 'Adăpost de noapte pentru persoanele fără adăpost',
            description:
              'Un pat, un duș, o supă seara și micul dejun pentru oricine nu are unde să doarmă. În fiecare noapte, inclusiv duminica și în zilele de sărbătoare.',
          },
          tr: {
            name: 'Evsizler için gece barınağı',
            description:
              'Kalacak yeri olmayan herkes için bir yatak, duş, akşam çorbası ve kahvaltı. Pazar günleri ve resmî tatiller dahil her gece.',
          },
        },
      },
    ],
  },
  {
    key: 'winteropvang',
    name: 'Winteropvang Antwerpen',
    description: 'Extra slaapplaatsen tijdens de koude maanden, zodat niemand buiten hoeft te slapen.',
    domain: 'winteropvang-demo.example',
    legalStatus: 'Samenwerkingsverband (demo)',
    locations: [{ key: 'opvang', name: 'Winteropvang Eilandje', wijk: W.eilandje, street: 'Londenstraat 40' }],
    services: [
      {
        key: 'winteropvang',
        name: 'Winteropvang: extra slaapplaatsen bij koude',
        description:
          'Van half november tot eind maart zijn er extra bedden voor iedereen die geen slaapplaats heeft, met of zonder papieren. Je krijgt een warme maaltijd en ontbijt.',
        application: 'Kom vanaf 20 uur langs; reserveren is niet nodig.',
        cost: 'free',
        domains: ['wonen/nachtopvang', 'crisis'],
        groups: ['dak-en-thuislozen', 'zonder-wettig-verblijf'],
        access: ['zonder-afspraak', 'open-op-feestdagen'],
        languages: ['fr', 'en', 'ar', 'ro', 'bg', 'pl'],
        hours: 'MO-SU 20:00-09:00',
        season: { from: '2026-11-15', to: '2027-03-31' },
        hoursNote: 'Enkel van 15 november tot 31 maart',
        translations: {
          en: {
            name: 'Winter shelter: extra beds in the cold months',
            description:
              'From mid-November to the end of March there are extra beds for anyone with nowhere to sleep, with or without papers. You get a hot meal and breakfast.',
          },
          fr: {
            name: 'Accueil hivernal : des lits en plus pendant le froid',
            description:
              'De la mi-novembre à la fin mars, il y a des lits supplémentaires pour toute personne sans endroit où dormir, avec ou sans papiers. Vous recevez un repas chaud et le petit-déjeuner.',
          },
          ar: {
            name: 'المأوى الشتوي: أسرّة إضافية في الأشهر الباردة',
            description:
              'من منتصف نوفمبر إلى نهاية مارس تتوفر أسرّة إضافية لكل من ليس لديه مكان للنوم، بأوراق إقامة أو بدونها. تحصل على وجبة ساخنة وفطور.',
          },
          pl: {
            name: 'Schronisko zimowe: dodatkowe łóżka w chłodne miesiące',
            description:
              'Od połowy listopada do końca marca są dodatkowe łóżka dla każdego, kto nie ma gdzie spać, z dokumentami lub bez. Dostaniesz ciepły posiłek i śniadanie.',
          },
        },
      },
    ],
  },
  {
    key: 'inloopcentrum-de-vaart',
    name: 'Inloopcentrum De Vaart',
    description: 'Dagcentrum voor dak- en thuislozen en mensen in armoede: een warme plek, een douche, eten en hulp.',
    domain: 'de-vaart-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'centrum', name: 'De Vaart', wijk: W.stuivenberg, street: 'Van Kerckhovenstraat 50' }],
    services: [
      {
        key: 'dagopvang',
        name: 'Dagopvang: koffie, douche en een warme plek',
        description:
          'Overdag kun je hier binnen zitten, een douche nemen, je kleren wassen en iets eten. Als je dat wilt, helpt een hulpverlener je verder.',
        application: 'Loop binnen; je hoeft niets te vragen of te tonen.',
        fees: 'Koffie, soep, douche en wasmachine zijn gratis; een warme maaltijd kost 2 euro.',
        cost: [
          { amount: 0, option: 'Inloop', description: 'Koffie, soep, douche en wasmachine' },
          { amount: 2, option: 'Warme maaltijd', description: 'Middagmaal' },
        ],
        domains: ['wonen', 'voeding-materieel'],
        groups: ['dak-en-thuislozen', 'armoede', 'verslaving'],
        access: ['zonder-afspraak', 'open-op-feestdagen'],
        languages: ['fr', 'en', 'pl', 'ar'],
        hours: 'MO-FR 08:30-16:00; SA,SU 10:00-14:00',
        translations: {
          en: {
            name: 'Day centre: coffee, a shower and a warm place',
            description:
              'During the day you can sit inside, take a shower, wash your clothes and have something to eat. If you want, a support worker helps you further.',
          },
          fr: {
            name: 'Accueil de jour : café, douche et un endroit chaud',
            description:
              'En journée, vous pouvez vous installer au chaud, prendre une douche, laver vos vêtements et manger quelque chose. Si vous le souhaitez, un intervenant vous aide davantage.',
          },
          pl: {
            name: 'Centrum dzienne: kawa, prysznic i ciepłe miejsce',
            description:
              'W ciągu dnia możesz tu posiedzieć w cieple, wziąć prysznic, wyprać ubrania i coś zjeść. Jeśli chcesz, pracownik socjalny pomoże Ci w dalszych sprawach.',
          },
        },
      },
      {
        key: 'referentieadres',
        name: 'Postadres en hulp bij een referentieadres',
        description:
          'Geen vast adres? Je kunt hier je post laten toekomen en hulp krijgen om een referentieadres aan te vragen, zodat je je uitkering en ziekteverzekering behoudt.',
        application: 'Vraag het aan een hulpverlener tijdens de openingsuren.',
        cost: 'free',
        domains: ['juridisch/administratie', 'wonen'],
        groups: ['dak-en-thuislozen'],
        access: ['zonder-afspraak'],
        hours: 'MO-FR 09:00-12:00',
        documents: ['identiteitskaart of verblijfsdocument'],
      },
    ],
  },
  {
    key: 'straathoekwerk',
    name: 'Straathoekwerk Antwerpen',
    description: 'Straathoekwerkers die mensen opzoeken op straat en hen helpen de weg te vinden naar hulp.',
    domain: 'straathoekwerk-demo.example',
    legalStatus: 'vzw',
    locations: [],
    services: [
      {
        key: 'op-straat',
        name: 'Straathoekwerkers: hulp op straat',
        description:
          'Straathoekwerkers zoeken mensen op waar ze zijn: op straat, in parken en stations. Ze luisteren, helpen met dringende vragen en gaan mee naar diensten als je dat wilt.',
        application: 'Spreek een straathoekwerker aan, of bel: we komen naar je toe.',
        cost: 'free',
        domains: ['sociale-hulpverlening/onthaal', 'wonen'],
        groups: ['dak-en-thuislozen', 'verslaving', 'jongeren'],
        access: ['telefonisch'],
        languages: ['fr', 'en', 'ar', 'pl'],
        hours: 'MO-FR 10:00-18:00; TU,TH 18:00-22:00',
        at: [],
        areas: ['district:antwerpen', 'district:borgerhout', 'district:deurne'],
      },
    ],
  },
];
