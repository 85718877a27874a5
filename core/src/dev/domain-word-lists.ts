// Vocabulary of the synthetic listings, per life domain of `reference/life-domains.json`. The words
// are the ones social workers type (and mistype): schuldbemiddeling, huiswerkbegeleiding, taalcafé,
// so full-text search benchmarks run against text that behaves like the real thing.

/** The same phrase in Dutch (the base text) and the two translations we generate. */
export interface Phrase {
  nl: string;
  fr: string;
  en: string;
}

export const phrase = (nl: string, fr: string, en: string): Phrase => ({ nl, fr, en });
const p = phrase;

export interface DomainWords {
  /** What the service does, lower-case unless it is a name: `schuldbemiddeling`, `Huis van het Kind`. */
  activities: Phrase[];
  /** Target group codes this help is most often for; a parent's serve its children too. */
  targetGroups?: string[];
}

export const DOMAIN_WORDS: Record<string, DomainWords> = {
  'sociale-hulpverlening': {
    activities: [
      p('sociale dienst', 'service social', 'social services'),
      p('sociale permanentie', 'permanence sociale', 'social drop-in hours'),
    ],
    targetGroups: ['iedereen', 'armoede'],
  },
  'sociale-hulpverlening/onthaal': {
    activities: [
      p('onthaal en doorverwijzing', 'accueil et orientation', 'reception and referral'),
      p('eerstelijnshulp', 'aide de première ligne', 'first-line support'),
      p('inloopcentrum', "centre d'accueil de jour", 'drop-in centre'),
      p('sociaal loket', 'guichet social', 'social desk'),
    ],
  },
  'sociale-hulpverlening/leefloon': {
    activities: [
      p('leefloonaanvraag', "demande de revenu d'intégration", 'applying for social integration income'),
      p('begeleiding naar maatschappelijke integratie', "accompagnement vers l'intégration sociale", 'guidance towards social integration'),
      p('maatschappelijk werk', 'travail social', 'social work'),
    ],
  },
  inkomen: {
    activities: [p('financiële hulpverlening', 'aide financière', 'financial support')],
    targetGroups: ['armoede', 'gezinnen', 'alleenstaande-ouders'],
  },
  'inkomen/schuldhulp': {
    activities: [
      p('schuldbemiddeling', 'médiation de dettes', 'debt mediation'),
      p('budgetbegeleiding', 'guidance budgétaire', 'budget coaching'),
      p('budgetbeheer', 'gestion budgétaire', 'budget management'),
      p('collectieve schuldenregeling', 'règlement collectif de dettes', 'collective debt settlement'),
      p('schuldhulpverlening', 'aide en cas de surendettement', 'debt counselling'),
    ],
  },
  'inkomen/toelagen': {
    activities: [
      p('hulp bij premies en toelagen', 'aide pour primes et allocations', 'help with grants and allowances'),
      p('rechtenverkenning', 'vérification de vos droits', 'benefits check'),
      p('studietoelage aanvragen', "demande d'allocation d'études", 'applying for a study grant'),
    ],
  },
  'inkomen/energie': {
    activities: [
      p('energieadvies', 'conseil énergie', 'energy advice'),
      p('hulp bij energiefacturen', "aide pour les factures d'énergie", 'help with energy bills'),
      p('sociaal tarief water en energie', 'tarif social eau et énergie', 'social tariff for water and energy'),
    ],
  },
  wonen: {
    activities: [p('woonwinkel', 'guichet logement', 'housing advice centre')],
    targetGroups: ['dak-en-thuislozen', 'armoede', 'gezinnen'],
  },
  'wonen/sociale-huur': {
    activities: [
      p('inschrijving sociale huurwoning', 'inscription pour un logement social', 'registering for social housing'),
      p('sociaal verhuurkantoor', 'agence immobilière sociale', 'social rental agency'),
      p('huurwaarborg en huurpremie', 'garantie locative et prime au loyer', 'rental deposit and rent allowance'),
    ],
  },
  'wonen/nachtopvang': {
    activities: [
      p('nachtopvang', 'accueil de nuit', 'night shelter'),
      p('crisisopvang', 'hébergement de crise', 'crisis shelter'),
      p('winteropvang', 'accueil hivernal', 'winter shelter'),
      p('dagcentrum voor daklozen', 'centre de jour pour sans-abri', 'day centre for homeless people'),
    ],
    targetGroups: ['dak-en-thuislozen', 'zonder-wettig-verblijf', 'verslaving'],
  },
  'wonen/woonbegeleiding': {
    activities: [
      p('woonbegeleiding', 'accompagnement au logement', 'housing support'),
      p('huurdersadvies', 'conseil aux locataires', 'tenant advice'),
      p('begeleid wonen', 'logement accompagné', 'supported living'),
    ],
  },
  werk: {
    activities: [p('werkwinkel', "maison de l'emploi", 'job centre')],
    targetGroups: ['jongeren', 'nieuwkomers', 'iedereen'],
  },
  'werk/werkzoeken': {
    activities: [
      p('sollicitatietraining', 'formation à la candidature', 'job application training'),
      p('jobcoaching', 'coaching emploi', 'job coaching'),
      p('loopbaanbegeleiding', 'accompagnement de carrière', 'career guidance'),
      p('digitale vaardigheden voor werkzoekenden', "compétences numériques pour demandeurs d'emploi", 'digital skills for jobseekers'),
    ],
  },
  'werk/vrijwilligerswerk': {
    activities: [
      p('vrijwilligerspunt', 'point bénévolat', 'volunteer centre'),
      p('vrijwilligerswerk zoeken', 'trouver du bénévolat', 'finding volunteer work'),
    ],
  },
  onderwijs: {
    activities: [
      p('onderwijsloket', 'guichet enseignement', 'education desk'),
      p('hulp bij schoolinschrijving', "aide à l'inscription scolaire", 'help with school enrolment'),
    ],
    targetGroups: ['kinderen', 'jongeren', 'studenten'],
  },
  'onderwijs/nederlands-leren': {
    activities: [
      p('taalcafé', 'café linguistique', 'language café'),
      p('Nederlandse les', 'cours de néerlandais', 'Dutch lessons'),
      p('oefenkansen Nederlands', 'pratiquer le néerlandais', 'Dutch practice sessions'),
      p('conversatietafel', 'table de conversation', 'conversation table'),
    ],
    targetGroups: ['nieuwkomers', 'iedereen'],
  },
  'onderwijs/schoolondersteuning': {
    activities: [
      p('huiswerkbegeleiding', 'aide aux devoirs', 'homework support'),
      p('huiswerkklas', 'école de devoirs', 'homework club'),
      p('bijles', 'cours particuliers', 'tutoring'),
      p('studiebegeleiding', 'accompagnement scolaire', 'study support'),
    ],
  },
  gezondheid: {
    activities: [
      p('gezondheidsconsult', 'consultation santé', 'health consultation'),
      p('gezondheidsvoorlichting', 'information santé', 'health information'),
    ],
    targetGroups: ['iedereen', 'armoede', 'zonder-wettig-verblijf'],
  },
  'gezondheid/huisarts': {
    activities: [
      p('wijkgezondheidscentrum', 'maison médicale', 'community health centre'),
      p('huisartsenpraktijk', 'cabinet de médecine générale', 'GP practice'),
      p('verpleegkundig spreekuur', 'consultation infirmière', 'nurse consultation'),
    ],
  },
  'gezondheid/medische-kosten': {
    activities: [
      p('hulp bij medische kosten', 'aide pour les frais médicaux', 'help with medical costs'),
      p('dringende medische hulp', 'aide médicale urgente', 'urgent medical aid'),
      p('ziekenfondsadvies', 'conseil mutualité', 'health insurance advice'),
    ],
  },
  'geestelijke-gezondheid': {
    activities: [p('centrum geestelijke gezondheidszorg', 'centre de santé mentale', 'mental health centre')],
    targetGroups: ['iedereen', 'jongeren', 'verslaving'],
  },
  'geestelijke-gezondheid/psychische-hulp': {
    activities: [
      p('psychologische hulp', 'aide psychologique', 'psychological support'),
      p('eerstelijnspsycholoog', 'psychologue de première ligne', 'first-line psychologist'),
      p('praatgroep', 'groupe de parole', 'support group'),
      p('rouwbegeleiding', 'accompagnement du deuil', 'grief counselling'),
    ],
  },
  'geestelijke-gezondheid/verslaving': {
    activities: [
      p('verslavingszorg', 'soins en addictologie', 'addiction care'),
      p('drughulpverlening', 'aide aux usagers de drogues', 'drug support'),
      p('alcoholhulpverlening', 'aide en alcoologie', 'alcohol support'),
      p('spuitenruil', 'échange de seringues', 'needle exchange'),
    ],
    targetGroups: ['verslaving', 'dak-en-thuislozen'],
  },
  welzijn: {
    activities: [p('welzijnsschakel', 'relais bien-être', 'wellbeing network'), p('ontmoetingsmoment', 'moment de rencontre', 'meet-up')],
    targetGroups: ['slachtoffers-geweld', 'gezinnen', 'iedereen'],
  },
  'welzijn/geweld': {
    activities: [
      p('hulp bij partnergeweld', 'aide en cas de violence conjugale', 'help with domestic violence'),
      p('vertrouwenscentrum', 'centre de confiance', 'confidential advice centre'),
      p('slachtofferhulp', 'aide aux victimes', 'victim support'),
    ],
    targetGroups: ['slachtoffers-geweld'],
  },
  'welzijn/relaties': {
    activities: [
      p('relatietherapie', 'thérapie de couple', 'relationship counselling'),
      p('scheidingsbemiddeling', 'médiation de divorce', 'divorce mediation'),
      p('bemiddeling bij conflicten', 'médiation de conflits', 'conflict mediation'),
    ],
  },
  gezin: {
    activities: [
      p('Huis van het Kind', "Maison de l'Enfant", 'family centre'),
      p('gezinsondersteuning', 'soutien familial', 'family support'),
    ],
    targetGroups: ['gezinnen', 'kinderen', 'alleenstaande-ouders'],
  },
  'gezin/kinderopvang': {
    activities: [
      p('kinderopvang', "garde d'enfants", 'childcare'),
      p('crèche', 'crèche', 'day nursery'),
      p('buitenschoolse opvang', 'accueil extrascolaire', 'after-school care'),
      p('occasionele opvang', 'accueil occasionnel', 'occasional childcare'),
    ],
  },
  'gezin/opvoeding': {
    activities: [
      p('opvoedingsondersteuning', 'soutien à la parentalité', 'parenting support'),
      p('opvoedingswinkel', 'boutique de la parentalité', 'parenting advice shop'),
      p('consultatiebureau', 'consultation pour nourrissons', 'baby clinic'),
      p('spelinloop', 'espace de jeu parents-enfants', 'parent-and-toddler play sessions'),
    ],
  },
  juridisch: {
    activities: [p('rechtshulp', 'aide juridique', 'legal aid')],
    targetGroups: ['iedereen', 'armoede', 'ouderen'],
  },
  'juridisch/juridisch-advies': {
    activities: [
      p('juridisch advies', 'conseil juridique', 'legal advice'),
      p('eerstelijns juridische bijstand', 'aide juridique de première ligne', 'first-line legal aid'),
      p('pro-Deoadvocaat aanvragen', 'demande d’avocat pro deo', 'applying for a legal aid lawyer'),
    ],
  },
  'juridisch/administratie': {
    activities: [
      p('hulp bij administratie', 'aide administrative', 'help with paperwork'),
      p('digitaal hulppunt', "point d'aide numérique", 'digital help desk'),
      p('belastingaangifte invullen', 'remplir la déclaration d’impôts', 'filling in tax returns'),
      p('papierenwinkel', 'boutique des papiers', 'paperwork shop'),
    ],
  },
  migratie: {
    activities: [p('onthaal nieuwkomers', 'accueil des primo-arrivants', 'newcomer welcome')],
    targetGroups: ['nieuwkomers', 'verzoekers-bescherming', 'zonder-wettig-verblijf'],
  },
  'migratie/inburgering': {
    activities: [
      p('inburgeringstraject', "parcours d'intégration civique", 'civic integration programme'),
      p('maatschappelijke oriëntatie', 'orientation sociale', 'social orientation course'),
      p('buddywerking voor nieuwkomers', 'parrainage pour primo-arrivants', 'buddy programme for newcomers'),
    ],
  },
  'migratie/verblijfsrecht': {
    activities: [
      p('advies verblijfsrecht', 'conseil en droit de séjour', 'residence rights advice'),
      p('gezinshereniging', 'regroupement familial', 'family reunification'),
      p('begeleiding asielprocedure', "accompagnement de la procédure d'asile", 'asylum procedure support'),
    ],
  },
  'voeding-materieel': {
    activities: [p('sociale kruidenier', 'épicerie sociale', 'social grocery'), p('materiële hulp', 'aide matérielle', 'material help')],
    targetGroups: ['armoede', 'gezinnen', 'dak-en-thuislozen'],
  },
  'voeding-materieel/voedselhulp': {
    activities: [
      p('voedselpakketten', 'colis alimentaires', 'food parcels'),
      p('voedselbank', 'banque alimentaire', 'food bank'),
      p('sociaal restaurant', 'restaurant social', 'social restaurant'),
      p('soepbar', 'bar à soupe', 'soup kitchen'),
    ],
  },
  'voeding-materieel/kleding-meubels': {
    activities: [
      p('kledingbank', 'vestiaire social', 'clothing bank'),
      p('tweedehandswinkel', 'magasin de seconde main', 'second-hand shop'),
      p('meubelhulp', 'aide au mobilier', 'furniture help'),
      p('Repair Café', 'Repair Café', 'repair café'),
    ],
  },
  mobiliteit: {
    activities: [
      p('aangepast vervoer', 'transport adapté', 'accessible transport'),
      p('Minder Mobielen Centrale', 'transport pour personnes à mobilité réduite', 'reduced-mobility transport service'),
      p('fietsherstelplaats', 'atelier vélo', 'bike repair workshop'),
      p('fietsles voor volwassenen', 'cours de vélo pour adultes', 'cycling lessons for adults'),
    ],
    targetGroups: ['ouderen', 'handicap', 'mantelzorgers'],
  },
  'vrije-tijd': {
    activities: [
      p('buurthuis', 'maison de quartier', 'community centre'),
      p('ontmoetingscentrum', 'centre de rencontre', 'meeting centre'),
      p('lokaal dienstencentrum', 'centre de services local', 'local service centre'),
      p('buurtsport', 'sport de quartier', 'neighbourhood sport'),
      p('seniorencafé', 'café des seniors', 'seniors café'),
    ],
    targetGroups: ['iedereen', 'ouderen', 'jongeren', 'lgbtqia'],
  },
  crisis: {
    activities: [
      p('crisishulp', 'aide de crise', 'crisis support'),
      p('nachtelijke noodopvang', "hébergement d'urgence de nuit", 'emergency night shelter'),
      p('zelfmoordpreventie', 'prévention du suicide', 'suicide prevention'),
      p('crisislijn', 'ligne de crise', 'crisis line'),
    ],
    targetGroups: ['iedereen', 'slachtoffers-geweld', 'dak-en-thuislozen'],
  },
};
