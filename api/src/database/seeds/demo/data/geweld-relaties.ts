// Violence, relationships and specific groups: shelter and care after violence, relationship
// therapy (paid), an LGBTQIA+ house, support for sex workers and for carers.
import type { OrganizationSeed } from '../demo-types.js';
import { W } from '../demo-places.js';

// Real emergency numbers, so that someone in danger who lands on a demo listing still finds help.
const EMERGENCY_ALERT = 'Demogegevens. In nood: bel 112. Hulp bij geweld: bel 1712.';

export const GEWELD_RELATIES: OrganizationSeed[] = [
  {
    key: 'vluchthuis',
    name: 'Vluchthuis Scheldeland',
    description: 'Opvang op een geheim adres voor vrouwen en hun kinderen die thuis niet veilig zijn door partnergeweld.',
    domain: 'vluchthuis-demo.example',
    legalStatus: 'vzw',
    locations: [],
    services: [
      {
        key: 'opvang',
        name: 'Opvang bij partnergeweld',
        description:
          'Ben je thuis niet veilig door geweld van je partner of ex-partner? Samen met je kinderen kun je terecht in het vluchthuis, op een geheim adres. We helpen je om weer veilig en zelfstandig te wonen.',
        application: 'Bel dag en nacht. We bekijken samen of opvang nodig is; ook een hulpverlener of de politie kan bellen.',
        eligibility: 'Voor vrouwen, met of zonder kinderen, die te maken hebben met partnergeweld.',
        cost: 'free',
        domains: ['welzijn/geweld', 'crisis'],
        groups: ['slachtoffers-geweld', 'gezinnen'],
        access: ['telefonisch', 'open-op-feestdagen'],
        languages: ['fr', 'en', 'ar', 'tr', 'ru'],
        hours: '24/7',
        at: [],
        alert: EMERGENCY_ALERT,
        translations: {
          fr: {
            name: 'Accueil en cas de violence conjugale',
            description:
              "Vous n'êtes pas en sécurité chez vous à cause de la violence de votre partenaire ou ex-partenaire ? Vous pouvez venir avec vos enfants au refuge, à une adresse secrète. Nous vous aidons à retrouver un logement sûr et votre autonomie.",
          },
          en: {
            name: 'Shelter from domestic violence',
            description:
              'Not safe at home because of violence from your partner or ex-partner? You and your children can stay at the shelter, at a secret address. We help you find safe, independent housing again.',
          },
          ar: {
            name: 'الإيواء في حالات العنف الزوجي',
            description:
              'هل أنتِ غير آمنة في البيت بسبب عنف شريكك أو شريكك السابق؟ يمكنك اللجوء مع أطفالك إلى دار الإيواء في عنوان سري. نساعدك على العودة إلى سكن آمن ومستقل.',
          },
          tr: {
            name: 'Partner şiddetine karşı barınma',
            description:
              'Partnerinizin ya da eski partnerinizin şiddeti nedeniyle evde güvende değil misiniz? Çocuklarınızla birlikte gizli bir adresteki sığınma evine gelebilirsiniz. Yeniden güvenli ve bağımsız yaşamanız için size yardım ederiz.',
          },
          pl: {
            name: 'Schronienie przed przemocą w związku',
            description:
              'Nie czujesz się bezpiecznie w domu z powodu przemocy ze strony partnera lub byłego partnera? Razem z dziećmi możesz zamieszkać w schronisku pod tajnym adresem. Pomożemy Ci znów żyć bezpiecznie i samodzielnie.',
          },
        },
      },
      {
        key: 'gesprekken',
        name: 'Gesprekken over geweld thuis',
        description:
          'Wil je praten over geweld thuis, zonder meteen weg te gaan? Een hulpverlener denkt met je mee over je veiligheid en die van je kinderen. Ook pleger of getuige kunnen bellen.',
        application: 'Bel voor een gesprek; we spreken af op een veilige plek. Je mag anoniem blijven.',
        cost: 'free',
        domains: ['welzijn/geweld'],
        groups: ['slachtoffers-geweld', 'gezinnen'],
        access: ['telefonisch', 'op-afspraak'],
        languages: ['fr', 'en', 'ar'],
        hours: 'MO-FR 09:00-17:00',
        at: [],
        alert: EMERGENCY_ALERT,
      },
    ],
  },
  {
    key: 'zorgpunt-seksueel-geweld',
    name: 'Zorgpunt na Seksueel Geweld',
    description:
      'Plek in het ziekenhuis waar slachtoffers van seksueel geweld dag en nacht terechtkunnen voor zorg, een gesprek en aangifte.',
    domain: 'zorgpunt-sg-demo.example',
    locations: [
      {
        key: 'ziekenhuis',
        name: 'Zorgpunt in het ziekenhuis',
        wijk: W.middelheim,
        street: 'Lindendreef 1',
        transportation: 'Bus 17 en 32, halte Middelheim',
      },
    ],
    services: [
      {
        key: 'zorg',
        name: 'Zorg na seksueel geweld, dag en nacht',
        description:
          'Ben je slachtoffer van verkrachting of ander seksueel geweld? Je kunt hier dag en nacht terecht voor medische zorg, een gesprek en, als je dat wilt, aangifte bij de politie. Kom liefst zo snel mogelijk, binnen de week.',
        application:
          'Kom meteen langs of bel eerst; een afspraak is niet nodig. Was je liever niet en bewaar je kleren: dat helpt bij het onderzoek.',
        cost: 'free',
        domains: ['welzijn/geweld', 'crisis'],
        groups: ['slachtoffers-geweld', 'iedereen'],
        access: ['zonder-afspraak', 'telefonisch', 'open-op-feestdagen', 'rolstoeltoegankelijk'],
        languages: ['fr', 'en', 'ar', 'es'],
        hours: '24/7',
        alert: 'Demogegevens. In nood: bel 112.',
        translations: {
          fr: {
            name: 'Soins après des violences sexuelles, jour et nuit',
            description:
              "Vous avez été victime d'un viol ou d'une autre forme de violence sexuelle ? Vous pouvez venir ici jour et nuit pour des soins médicaux, un entretien et, si vous le souhaitez, porter plainte auprès de la police. Venez le plus vite possible, de préférence dans la semaine.",
          },
          en: {
            name: 'Care after sexual violence, day and night',
            description:
              'Have you been raped or experienced other sexual violence? You can come here day and night for medical care, someone to talk to and, if you want, to report it to the police. Come as soon as possible, preferably within a week.',
          },
          ar: {
            name: 'الرعاية بعد العنف الجنسي، ليلًا ونهارًا',
            description:
              'هل تعرضت للاغتصاب أو لشكل آخر من العنف الجنسي؟ يمكنك المجيء إلى هنا ليلًا ونهارًا لتلقي الرعاية الطبية والتحدث مع مختص، وتقديم شكوى لدى الشرطة إن أردت. تعال في أسرع وقت ممكن، ويفضل خلال أسبوع.',
          },
          tr: {
            name: 'Cinsel şiddet sonrası bakım, gece gündüz',
            description:
              'Tecavüze ya da başka bir cinsel şiddete mi uğradınız? Tıbbi bakım, bir görüşme ve isterseniz polise şikâyette bulunmak için gece gündüz buraya gelebilirsiniz. Mümkün olan en kısa sürede, tercihen bir hafta içinde gelin.',
          },
          pl: {
            name: 'Pomoc po przemocy seksualnej, całą dobę',
            description:
              'Doświadczyłeś/-aś gwałtu lub innej przemocy seksualnej? Możesz tu przyjść o każdej porze dnia i nocy po pomoc medyczną, rozmowę i – jeśli chcesz – aby zgłosić sprawę na policję. Przyjdź jak najszybciej, najlepiej w ciągu tygodnia.',
          },
        },
      },
    ],
  },
  {
    key: 'relatiepunt',
    name: 'Relatiepunt Antwerpen',
    description:
      'Praktijk voor relatie- en gezinstherapie en scheidingsbemiddeling, met een verminderd tarief voor wie het moeilijk heeft.',
    domain: 'relatiepunt-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'praktijk', name: 'Relatiepunt Berchem', wijk: W.groenenhoek, street: 'Fruithoflaan 38' }],
    services: [
      {
        key: 'therapie',
        name: 'Relatie- en gezinstherapie',
        description:
          'Loopt het moeilijk in je relatie of in je gezin? Een therapeut helpt jullie om beter met elkaar te praten en samen oplossingen te zoeken.',
        application: 'Vraag een eerste gesprek aan via telefoon of de website.',
        fees: 'Je betaalt per gesprek. Met verhoogde tegemoetkoming of een laag inkomen betaal je minder.',
        cost: [
          { amount: 45, option: 'Standaardtarief', description: 'Per gesprek van een uur' },
          { amount: 12, option: 'Verminderd tarief', description: 'Per gesprek, met verhoogde tegemoetkoming of een laag inkomen' },
        ],
        domains: ['welzijn/relaties'],
        groups: ['gezinnen', 'lgbtqia'],
        access: ['op-afspraak'],
        languages: ['fr', 'en'],
        hours: 'MO-TH 09:00-12:00 13:00-20:00',
        waitTime: 'Een eerste gesprek binnen vier weken.',
      },
      {
        key: 'scheidingsbemiddeling',
        name: 'Scheidingsbemiddeling',
        description:
          'Een erkende bemiddelaar helpt jullie om bij een scheiding zelf afspraken te maken over de kinderen, de woning en het geld, zonder lange rechtszaak.',
        application: 'Beide partners nemen samen contact op voor een kennismakingsgesprek.',
        fees: 'Per sessie, te delen door beide partners. Het kennismakingsgesprek is gratis.',
        cost: [{ amount: 90, option: 'Per sessie', description: 'Sessie van anderhalf uur, te delen door beide partners' }],
        domains: ['welzijn/relaties', 'juridisch'],
        groups: ['gezinnen', 'alleenstaande-ouders'],
        access: ['op-afspraak'],
        languages: ['fr'],
        hours: 'MO-TH 13:00-20:00',
      },
    ],
  },
  {
    key: 'regenbooghuis',
    name: 'Regenbooghuis Antwerpen',
    description: "Ontmoetingshuis en infopunt voor holebi's, transgender personen en iedereen die LGBTQIA+ is.",
    domain: 'regenbooghuis-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'huis', name: 'Regenbooghuis', wijk: W.historischCentrum, street: 'Oude Koornmarkt 24' }],
    services: [
      {
        key: 'onthaal',
        name: 'Onthaal en infopunt LGBTQIA+',
        description:
          'Met vragen over coming-out, gender of discriminatie kun je hier terecht voor een gesprek of informatie. We verwijzen ook door naar hulpverleners die LGBTQIA+-vriendelijk zijn.',
        application: 'Loop binnen tijdens de openingsuren of maak een afspraak via mail.',
        cost: 'free',
        domains: ['welzijn', 'vrije-tijd'],
        groups: ['lgbtqia', 'jongeren'],
        access: ['zonder-afspraak', 'online'],
        languages: ['en', 'fr'],
        hours: 'WE,FR 14:00-18:00',
        email: 'info',
        translations: {
          en: {
            name: 'LGBTQIA+ welcome desk and information point',
            description:
              'Come here with questions about coming out, gender or discrimination, for a talk or information. We also refer you to LGBTQIA+-friendly counsellors.',
          },
          fr: {
            name: "Accueil et point d'information LGBTQIA+",
            description:
              'Pour vos questions sur le coming out, le genre ou la discrimination, vous pouvez venir ici pour parler ou vous informer. Nous vous orientons aussi vers des intervenants ouverts aux personnes LGBTQIA+.',
          },
        },
      },
      {
        key: 'cafe',
        name: 'Ontmoetingscafé',
        description:
          'Elke week een gezellige avond om andere LGBTQIA+-mensen te leren kennen, met thema-avonden en een aparte jongerenavond.',
        application: 'Kom gewoon binnen; je hoeft niet in te schrijven.',
        fees: 'Gratis toegang; drankjes betaal je zelf.',
        cost: 'free',
        domains: ['vrije-tijd'],
        groups: ['lgbtqia'],
        access: ['zonder-afspraak'],
        languages: ['en'],
        hours: 'FR,SA 20:00-01:00',
        hasPhone: false,
      },
    ],
  },
  {
    key: 'steunpunt-sekswerk',
    name: 'Steunpunt Sekswerk Antwerpen',
    description: 'Medische en sociale ondersteuning voor sekswerkers, in het Schipperskwartier en daarbuiten.',
    domain: 'steunpunt-sekswerk-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'spreekuur', name: 'Steunpunt Schipperskwartier', wijk: W.eilandje, street: 'Verversrui 9' }],
    services: [
      {
        key: 'medisch',
        name: 'Medisch spreekuur voor sekswerkers',
        description:
          'Gratis en anoniem medisch onderzoek, soa-testen, vaccinaties en anticonceptie voor sekswerkers, ook zonder papieren of ziekteverzekering.',
        application: 'Loop binnen tijdens het spreekuur; je hoeft je naam niet te geven.',
        cost: 'free',
        domains: ['gezondheid/huisarts'],
        groups: ['sekswerkers', 'zonder-wettig-verblijf'],
        access: ['zonder-afspraak'],
        languages: ['ro', 'bg', 'es', 'en', 'fr'],
        hours: 'TU 13:00-17:00; TH 18:00-21:00',
      },
      {
        key: 'begeleiding',
        name: 'Sociale begeleiding voor sekswerkers',
        description: 'Hulp bij papieren, wonen, schulden of stoppen met sekswerk. Ook voor wie uitgebuit wordt.',
        application: 'Maak een afspraak, of spreek ons aan tijdens het spreekuur of op straat.',
        cost: 'free',
        domains: ['welzijn', 'juridisch/administratie'],
        groups: ['sekswerkers', 'slachtoffers-geweld'],
        access: ['op-afspraak'],
        languages: ['ro', 'bg', 'es', 'en'],
        hours: 'MO-FR 10:00-16:00',
      },
    ],
  },
  {
    key: 'mantelzorgpunt',
    name: 'Mantelzorgpunt Antwerpen',
    description: 'Steun, advies en oppas voor wie zorgt voor een partner, ouder, kind of vriend met een ziekte of beperking.',
    domain: 'mantelzorgpunt-demo.example',
    legalStatus: 'vzw',
    locations: [{ key: 'kantoor', name: 'Mantelzorgpunt', wijk: W.deurneZuidwest, street: 'Herentalsebaan 250' }],
    services: [
      {
        key: 'advies',
        name: 'Advies en steun voor mantelzorgers',
        description:
          'Zorg je voor een partner, ouder of kind met een ziekte of beperking? We geven advies over premies en zorgverlof en zoeken samen hoe je de zorg kunt volhouden.',
        application: 'Bel of mail voor een gesprek, bij ons of bij jou thuis.',
        cost: 'free',
        domains: ['welzijn', 'inkomen/toelagen'],
        groups: ['mantelzorgers', 'ouderen', 'handicap'],
        access: ['op-afspraak', 'telefonisch'],
        languages: ['fr', 'tr'],
        hours: 'MO-FR 09:00-12:00 13:00-16:00',
      },
      {
        key: 'oppas',
        name: 'Oppas aan huis: even op adem komen',
        description: 'Een vrijwilliger blijft enkele uren bij je partner of familielid, zodat jij even tijd hebt voor jezelf.',
        application: 'Vraag oppas minstens een week op voorhand aan, telefonisch of via de website.',
        fees: 'Een kleine bijdrage per uur en een jaarlijks lidgeld.',
        cost: [
          { amount: 4, option: 'Per uur', description: 'Bijdrage per uur oppas' },
          { amount: 15, option: 'Lidgeld', description: 'Per jaar, per gezin' },
        ],
        domains: ['welzijn'],
        groups: ['mantelzorgers', 'ouderen', 'handicap'],
        access: ['op-afspraak', 'telefonisch'],
        hours: 'MO-FR 09:00-12:00',
        hoursNote: 'Telefonisch aanvragen; de oppas zelf kan ook op andere momenten',
        at: [],
      },
    ],
  },
];
