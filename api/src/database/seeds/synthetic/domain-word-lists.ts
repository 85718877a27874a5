// Vocabulary of the synthetic listings, per life domain of `reference/life-domains.json`. The words
// are the ones social workers type (and mistype): schuldbemiddeling, huiswerkbegeleiding, taalcafé,
// so full-text search benchmarks run against text that behaves like the real thing.

/** The same phrase in Dutch (the base text) and the two translations we generate. */
export interface Phrase {
  nl: string;
  fr: string;
  en: string;
}

export interface DomainWords {
  /** What the service does, lower-case unless it is a name: `schuldbemiddeling`, `Huis van het Kind`. */
  activities: Phrase[];
  /** Description sentences; a parent's sentences also describe its children. */
  sentences?: Phrase[];
  /** Target group codes this help is most often for; a parent's serve its children too. */
  targetGroups?: string[];
}

const p = (nl: string, fr: string, en: string): Phrase => ({ nl, fr, en });

export const DOMAIN_WORDS: Record<string, DomainWords> = {
  'sociale-hulpverlening': {
    activities: [p('sociale dienst', 'service social', 'social services'), p('sociale permanentie', 'permanence sociale', 'social drop-in hours')],
    sentences: [
      p('Een maatschappelijk werker luistert naar je vraag en zoekt samen met jou naar een oplossing.', 'Un travailleur social écoute votre demande et cherche une solution avec vous.', 'A social worker listens to your question and looks for a solution with you.'),
      p('Je kan hier terecht met alle vragen over je rechten, je inkomen of je woonsituatie.', 'Vous pouvez venir ici avec toutes vos questions sur vos droits, vos revenus ou votre logement.', 'You can come here with any question about your rights, your income or your housing.'),
    ],
    targetGroups: ['iedereen', 'armoede'],
  },
  'sociale-hulpverlening/onthaal': {
    activities: [p('onthaal en doorverwijzing', 'accueil et orientation', 'reception and referral'), p('eerstelijnshulp', 'aide de première ligne', 'first-line support'), p('inloopcentrum', "centre d'accueil de jour", 'drop-in centre'), p('sociaal loket', 'guichet social', 'social desk')],
  },
  'sociale-hulpverlening/leefloon': {
    activities: [p('leefloonaanvraag', "demande de revenu d'intégration", 'applying for social integration income'), p('begeleiding naar maatschappelijke integratie', "accompagnement vers l'intégration sociale", 'guidance towards social integration'), p('maatschappelijk werk', 'travail social', 'social work')],
    sentences: [p('We helpen je een leefloon aan te vragen bij het OCMW en volgen je dossier op.', "Nous vous aidons à demander le revenu d'intégration au CPAS et suivons votre dossier.", 'We help you apply for social integration income at the public welfare centre and follow up your file.')],
  },
  inkomen: {
    activities: [p('financiële hulpverlening', 'aide financière', 'financial support')],
    sentences: [
      p('Heb je schulden of lukt het niet om rond te komen? We bekijken samen je inkomsten en uitgaven.', "Vous avez des dettes ou n'arrivez pas à joindre les deux bouts ? Nous examinons ensemble vos revenus et dépenses.", 'In debt or struggling to make ends meet? Together we look at your income and expenses.'),
      p('We contacteren je schuldeisers en maken een haalbaar afbetalingsplan.', 'Nous contactons vos créanciers et établissons un plan de remboursement réaliste.', 'We contact your creditors and draw up a realistic repayment plan.'),
    ],
    targetGroups: ['armoede', 'gezinnen', 'alleenstaande-ouders'],
  },
  'inkomen/schuldhulp': {
    activities: [p('schuldbemiddeling', 'médiation de dettes', 'debt mediation'), p('budgetbegeleiding', 'guidance budgétaire', 'budget coaching'), p('budgetbeheer', 'gestion budgétaire', 'budget management'), p('collectieve schuldenregeling', 'règlement collectif de dettes', 'collective debt settlement'), p('schuldhulpverlening', 'aide en cas de surendettement', 'debt counselling')],
  },
  'inkomen/toelagen': {
    activities: [p('hulp bij premies en toelagen', 'aide pour primes et allocations', 'help with grants and allowances'), p('rechtenverkenning', 'vérification de vos droits', 'benefits check'), p('studietoelage aanvragen', "demande d'allocation d'études", 'applying for a study grant')],
    sentences: [p('We kijken na of je recht hebt op een verhoogde tegemoetkoming, een huurpremie of een studietoelage.', "Nous vérifions si vous avez droit à l'intervention majorée, à une prime au loyer ou à une allocation d'études.", 'We check whether you are entitled to increased reimbursement, a rent allowance or a study grant.')],
  },
  'inkomen/energie': {
    activities: [p('energieadvies', 'conseil énergie', 'energy advice'), p('hulp bij energiefacturen', "aide pour les factures d'énergie", 'help with energy bills'), p('sociaal tarief water en energie', 'tarif social eau et énergie', 'social tariff for water and energy')],
  },
  wonen: {
    activities: [p('woonwinkel', 'guichet logement', 'housing advice centre')],
    sentences: [
      p('Zoek je een betaalbare woning of dreig je je woning te verliezen? Wij helpen je verder.', 'Vous cherchez un logement abordable ou risquez de perdre le vôtre ? Nous vous aidons.', 'Looking for affordable housing or at risk of losing your home? We can help.'),
      p('We geven advies over huurcontracten, huurwaarborg, huurpremie en sociale huisvesting.', 'Nous conseillons sur les baux, la garantie locative, la prime au loyer et le logement social.', 'We advise on leases, rental deposits, rent allowance and social housing.'),
    ],
    targetGroups: ['dak-en-thuislozen', 'armoede', 'gezinnen'],
  },
  'wonen/sociale-huur': {
    activities: [p('inschrijving sociale huurwoning', 'inscription pour un logement social', 'registering for social housing'), p('sociaal verhuurkantoor', 'agence immobilière sociale', 'social rental agency'), p('huurwaarborg en huurpremie', 'garantie locative et prime au loyer', 'rental deposit and rent allowance')],
  },
  'wonen/nachtopvang': {
    activities: [p('nachtopvang', 'accueil de nuit', 'night shelter'), p('crisisopvang', 'hébergement de crise', 'crisis shelter'), p('winteropvang', 'accueil hivernal', 'winter shelter'), p('dagcentrum voor daklozen', 'centre de jour pour sans-abri', 'day centre for homeless people')],
    sentences: [p('Wie geen dak boven het hoofd heeft, kan hier overnachten, douchen en iets eten.', 'Les personnes sans abri peuvent dormir, se doucher et manger ici.', 'People without a roof over their heads can sleep, shower and eat here.')],
    targetGroups: ['dak-en-thuislozen', 'zonder-wettig-verblijf', 'verslaving'],
  },
  'wonen/woonbegeleiding': {
    activities: [p('woonbegeleiding', 'accompagnement au logement', 'housing support'), p('huurdersadvies', 'conseil aux locataires', 'tenant advice'), p('begeleid wonen', 'logement accompagné', 'supported living')],
  },
  werk: {
    activities: [p('werkwinkel', "maison de l'emploi", 'job centre')],
    sentences: [
      p('We helpen je een job te vinden die bij je past: van je cv tot het sollicitatiegesprek.', "Nous vous aidons à trouver un emploi qui vous convient : du CV à l'entretien d'embauche.", 'We help you find a job that suits you: from your CV to the interview.'),
      p('Je leert solliciteren, werkt aan je computervaardigheden en krijgt begeleiding op de werkvloer.', 'Vous apprenez à postuler, travaillez vos compétences numériques et êtes accompagné au travail.', 'You learn to apply for jobs, work on your computer skills and get support at work.'),
    ],
    targetGroups: ['jongeren', 'nieuwkomers', 'iedereen'],
  },
  'werk/werkzoeken': {
    activities: [p('sollicitatietraining', 'formation à la candidature', 'job application training'), p('jobcoaching', 'coaching emploi', 'job coaching'), p('loopbaanbegeleiding', 'accompagnement de carrière', 'career guidance'), p('digitale vaardigheden voor werkzoekenden', "compétences numériques pour demandeurs d'emploi", 'digital skills for jobseekers')],
  },
  'werk/vrijwilligerswerk': {
    activities: [p('vrijwilligerspunt', 'point bénévolat', 'volunteer centre'), p('vrijwilligerswerk zoeken', 'trouver du bénévolat', 'finding volunteer work')],
  },
  onderwijs: {
    activities: [p('onderwijsloket', 'guichet enseignement', 'education desk'), p('hulp bij schoolinschrijving', "aide à l'inscription scolaire", 'help with school enrolment')],
    sentences: [
      p('Kinderen en jongeren krijgen hulp bij hun huiswerk, hun studiekeuze en hun taal.', "Les enfants et les jeunes reçoivent de l'aide pour leurs devoirs, leur choix d'études et la langue.", 'Children and young people get help with homework, study choices and language.'),
      p('Vrijwilligers en leerkrachten begeleiden in kleine groepen, na school of op woensdagnamiddag.', 'Des bénévoles et des enseignants encadrent de petits groupes, après l’école ou le mercredi après-midi.', 'Volunteers and teachers work with small groups after school or on Wednesday afternoons.'),
    ],
    targetGroups: ['kinderen', 'jongeren', 'studenten'],
  },
  'onderwijs/nederlands-leren': {
    activities: [p('taalcafé', 'café linguistique', 'language café'), p('Nederlandse les', 'cours de néerlandais', 'Dutch lessons'), p('oefenkansen Nederlands', 'pratiquer le néerlandais', 'Dutch practice sessions'), p('conversatietafel', 'table de conversation', 'conversation table')],
    sentences: [p('Oefen je Nederlands in een ontspannen sfeer, samen met andere anderstaligen en vrijwilligers.', "Pratiquez votre néerlandais dans une ambiance détendue, avec d'autres allophones et des bénévoles.", 'Practise your Dutch in a relaxed setting with other learners and volunteers.')],
    targetGroups: ['nieuwkomers', 'iedereen'],
  },
  'onderwijs/schoolondersteuning': {
    activities: [p('huiswerkbegeleiding', 'aide aux devoirs', 'homework support'), p('huiswerkklas', 'école de devoirs', 'homework club'), p('bijles', 'cours particuliers', 'tutoring'), p('studiebegeleiding', 'accompagnement scolaire', 'study support')],
  },
  gezondheid: {
    activities: [p('gezondheidsconsult', 'consultation santé', 'health consultation'), p('gezondheidsvoorlichting', 'information santé', 'health information')],
    sentences: [
      p('Artsen, verpleegkundigen en kinesitherapeuten werken samen onder één dak.', 'Médecins, infirmiers et kinésithérapeutes travaillent ensemble sous un même toit.', 'Doctors, nurses and physiotherapists work together under one roof.'),
      p('Ook zonder ziekenfonds of verblijfspapieren kijken we hoe je toch zorg krijgt.', 'Même sans mutuelle ni titre de séjour, nous voyons comment vous pouvez être soigné.', 'Even without health insurance or residence papers, we look at how you can still get care.'),
    ],
    targetGroups: ['iedereen', 'armoede', 'zonder-wettig-verblijf'],
  },
  'gezondheid/huisarts': {
    activities: [p('wijkgezondheidscentrum', 'maison médicale', 'community health centre'), p('huisartsenpraktijk', 'cabinet de médecine générale', 'GP practice'), p('verpleegkundig spreekuur', 'consultation infirmière', 'nurse consultation')],
  },
  'gezondheid/medische-kosten': {
    activities: [p('hulp bij medische kosten', 'aide pour les frais médicaux', 'help with medical costs'), p('dringende medische hulp', 'aide médicale urgente', 'urgent medical aid'), p('ziekenfondsadvies', 'conseil mutualité', 'health insurance advice')],
  },
  'geestelijke-gezondheid': {
    activities: [p('centrum geestelijke gezondheidszorg', 'centre de santé mentale', 'mental health centre')],
    sentences: [
      p('Voel je je somber, angstig of overspannen? Praat erover met een psycholoog.', 'Vous vous sentez déprimé, anxieux ou épuisé ? Parlez-en à un psychologue.', 'Feeling low, anxious or burnt out? Talk to a psychologist.'),
      p('De eerste gesprekken zijn kort en laagdrempelig; daarna zoeken we samen de juiste hulp.', "Les premiers entretiens sont courts et accessibles ; ensuite nous cherchons ensemble l'aide adaptée.", 'The first conversations are short and easy to access; then we look for the right help together.'),
    ],
    targetGroups: ['iedereen', 'jongeren', 'verslaving'],
  },
  'geestelijke-gezondheid/psychische-hulp': {
    activities: [p('psychologische hulp', 'aide psychologique', 'psychological support'), p('eerstelijnspsycholoog', 'psychologue de première ligne', 'first-line psychologist'), p('praatgroep', 'groupe de parole', 'support group'), p('rouwbegeleiding', 'accompagnement du deuil', 'grief counselling')],
  },
  'geestelijke-gezondheid/verslaving': {
    activities: [p('verslavingszorg', 'soins en addictologie', 'addiction care'), p('drughulpverlening', 'aide aux usagers de drogues', 'drug support'), p('alcoholhulpverlening', 'aide en alcoologie', 'alcohol support'), p('spuitenruil', 'échange de seringues', 'needle exchange')],
    targetGroups: ['verslaving', 'dak-en-thuislozen'],
  },
  welzijn: {
    activities: [p('welzijnsschakel', 'relais bien-être', 'wellbeing network'), p('ontmoetingsmoment', 'moment de rencontre', 'meet-up')],
    sentences: [
      p('Je vertelt je verhaal in vertrouwen; we luisteren zonder te oordelen.', 'Vous racontez votre histoire en toute confiance ; nous écoutons sans juger.', 'You tell your story in confidence; we listen without judging.'),
      p('Samen werken we aan veiligheid, rust en goede relaties thuis.', 'Ensemble, nous travaillons à la sécurité, au calme et à de bonnes relations à la maison.', 'Together we work on safety, calm and good relationships at home.'),
    ],
    targetGroups: ['slachtoffers-geweld', 'gezinnen', 'iedereen'],
  },
  'welzijn/geweld': {
    activities: [p('hulp bij partnergeweld', 'aide en cas de violence conjugale', 'help with domestic violence'), p('vertrouwenscentrum', 'centre de confiance', 'confidential advice centre'), p('slachtofferhulp', 'aide aux victimes', 'victim support')],
    targetGroups: ['slachtoffers-geweld'],
  },
  'welzijn/relaties': {
    activities: [p('relatietherapie', 'thérapie de couple', 'relationship counselling'), p('scheidingsbemiddeling', 'médiation de divorce', 'divorce mediation'), p('bemiddeling bij conflicten', 'médiation de conflits', 'conflict mediation')],
  },
  gezin: {
    activities: [p('Huis van het Kind', "Maison de l'Enfant", 'family centre'), p('gezinsondersteuning', 'soutien familial', 'family support')],
    sentences: [
      p('Ouders met kleine kinderen vinden hier raad over opvoeding, voeding en slaap.', "Les parents de jeunes enfants trouvent ici des conseils sur l'éducation, l'alimentation et le sommeil.", 'Parents of young children find advice on parenting, food and sleep here.'),
      p('Kom langs met je baby of peuter en ontmoet andere ouders uit de buurt.', "Venez avec votre bébé ou votre bambin et rencontrez d'autres parents du quartier.", 'Drop by with your baby or toddler and meet other parents from the neighbourhood.'),
    ],
    targetGroups: ['gezinnen', 'kinderen', 'alleenstaande-ouders'],
  },
  'gezin/kinderopvang': {
    activities: [p('kinderopvang', "garde d'enfants", 'childcare'), p('crèche', 'crèche', 'day nursery'), p('buitenschoolse opvang', 'accueil extrascolaire', 'after-school care'), p('occasionele opvang', 'accueil occasionnel', 'occasional childcare')],
  },
  'gezin/opvoeding': {
    activities: [p('opvoedingsondersteuning', 'soutien à la parentalité', 'parenting support'), p('opvoedingswinkel', 'boutique de la parentalité', 'parenting advice shop'), p('consultatiebureau', 'consultation pour nourrissons', 'baby clinic'), p('spelinloop', 'espace de jeu parents-enfants', 'parent-and-toddler play sessions')],
  },
  juridisch: {
    activities: [p('rechtshulp', 'aide juridique', 'legal aid')],
    sentences: [
      p('Een jurist geeft gratis eerste advies over huur, arbeid, familie of schulden.', 'Un juriste donne un premier conseil gratuit sur le logement, le travail, la famille ou les dettes.', 'A lawyer gives free first advice on renting, work, family or debt.'),
      p('Brieven, formulieren en digitale aanvragen vullen we samen met jou in.', 'Nous remplissons avec vous les lettres, formulaires et demandes en ligne.', 'We fill in letters, forms and online applications together with you.'),
    ],
    targetGroups: ['iedereen', 'armoede', 'ouderen'],
  },
  'juridisch/juridisch-advies': {
    activities: [p('juridisch advies', 'conseil juridique', 'legal advice'), p('eerstelijns juridische bijstand', 'aide juridique de première ligne', 'first-line legal aid'), p('pro-Deoadvocaat aanvragen', 'demande d’avocat pro deo', 'applying for a legal aid lawyer')],
  },
  'juridisch/administratie': {
    activities: [p('hulp bij administratie', 'aide administrative', 'help with paperwork'), p('digitaal hulppunt', "point d'aide numérique", 'digital help desk'), p('belastingaangifte invullen', 'remplir la déclaration d’impôts', 'filling in tax returns'), p('papierenwinkel', 'boutique des papiers', 'paperwork shop')],
  },
  migratie: {
    activities: [p('onthaal nieuwkomers', 'accueil des primo-arrivants', 'newcomer welcome')],
    sentences: [
      p('Ben je nieuw in Antwerpen? We wijzen je de weg naar school, werk, wonen en gezondheidszorg.', 'Nouveau à Anvers ? Nous vous orientons vers l’école, le travail, le logement et les soins.', 'New in Antwerp? We show you the way to school, work, housing and healthcare.'),
      p('We geven uitleg over je verblijfsdocumenten en begeleiden je bij de procedure.', 'Nous expliquons vos documents de séjour et vous accompagnons dans la procédure.', 'We explain your residence documents and guide you through the procedure.'),
    ],
    targetGroups: ['nieuwkomers', 'verzoekers-bescherming', 'zonder-wettig-verblijf'],
  },
  'migratie/inburgering': {
    activities: [p('inburgeringstraject', "parcours d'intégration civique", 'civic integration programme'), p('maatschappelijke oriëntatie', 'orientation sociale', 'social orientation course'), p('buddywerking voor nieuwkomers', 'parrainage pour primo-arrivants', 'buddy programme for newcomers')],
  },
  'migratie/verblijfsrecht': {
    activities: [p('advies verblijfsrecht', 'conseil en droit de séjour', 'residence rights advice'), p('gezinshereniging', 'regroupement familial', 'family reunification'), p('begeleiding asielprocedure', "accompagnement de la procédure d'asile", 'asylum procedure support')],
  },
  'voeding-materieel': {
    activities: [p('sociale kruidenier', 'épicerie sociale', 'social grocery'), p('materiële hulp', 'aide matérielle', 'material help')],
    sentences: [
      p('Met een doorverwijzing haal je wekelijks een voedselpakket of doe je goedkoop boodschappen.', 'Avec une orientation, vous recevez un colis alimentaire chaque semaine ou faites vos courses à bas prix.', 'With a referral you collect a food parcel every week or shop at low prices.'),
      p('Kleding, meubels en schoolgerief krijg je gratis of voor een kleine prijs.', 'Vêtements, meubles et fournitures scolaires sont gratuits ou à petit prix.', 'Clothes, furniture and school supplies are free or cheap.'),
    ],
    targetGroups: ['armoede', 'gezinnen', 'dak-en-thuislozen'],
  },
  'voeding-materieel/voedselhulp': {
    activities: [p('voedselpakketten', 'colis alimentaires', 'food parcels'), p('voedselbank', 'banque alimentaire', 'food bank'), p('sociaal restaurant', 'restaurant social', 'social restaurant'), p('soepbar', 'bar à soupe', 'soup kitchen')],
  },
  'voeding-materieel/kleding-meubels': {
    activities: [p('kledingbank', 'vestiaire social', 'clothing bank'), p('tweedehandswinkel', 'magasin de seconde main', 'second-hand shop'), p('meubelhulp', 'aide au mobilier', 'furniture help'), p('Repair Café', 'Repair Café', 'repair café')],
  },
  mobiliteit: {
    activities: [p('aangepast vervoer', 'transport adapté', 'accessible transport'), p('Minder Mobielen Centrale', 'transport pour personnes à mobilité réduite', 'reduced-mobility transport service'), p('fietsherstelplaats', 'atelier vélo', 'bike repair workshop'), p('fietsles voor volwassenen', 'cours de vélo pour adultes', 'cycling lessons for adults')],
    sentences: [p('Vrijwillige chauffeurs brengen je naar de dokter, de winkel of familie, voor een kleine kilometervergoeding.', 'Des chauffeurs bénévoles vous conduisent chez le médecin, au magasin ou en famille, contre une petite indemnité.', 'Volunteer drivers take you to the doctor, the shops or family for a small mileage fee.')],
    targetGroups: ['ouderen', 'handicap', 'mantelzorgers'],
  },
  'vrije-tijd': {
    activities: [p('buurthuis', 'maison de quartier', 'community centre'), p('ontmoetingscentrum', 'centre de rencontre', 'meeting centre'), p('lokaal dienstencentrum', 'centre de services local', 'local service centre'), p('buurtsport', 'sport de quartier', 'neighbourhood sport'), p('seniorencafé', 'café des seniors', 'seniors café')],
    sentences: [
      p('Drink een koffie, neem deel aan een activiteit of doe mee als vrijwilliger: iedereen is welkom.', 'Prenez un café, participez à une activité ou devenez bénévole : tout le monde est bienvenu.', 'Have a coffee, join an activity or volunteer: everyone is welcome.'),
      p('Met de vrijetijdspas betaal je minder voor sport, cultuur en uitstappen.', 'Avec le pass loisirs, vous payez moins pour le sport, la culture et les sorties.', 'With the leisure pass you pay less for sport, culture and outings.'),
    ],
    targetGroups: ['iedereen', 'ouderen', 'jongeren', 'lgbtqia'],
  },
  crisis: {
    activities: [p('crisishulp', 'aide de crise', 'crisis support'), p('nachtelijke noodopvang', "hébergement d'urgence de nuit", 'emergency night shelter'), p('zelfmoordpreventie', 'prévention du suicide', 'suicide prevention'), p('crisislijn', 'ligne de crise', 'crisis line')],
    sentences: [p('In een acute crisis kan je dag en nacht bij ons terecht; je hoeft niet alleen te blijven.', 'En cas de crise aiguë, vous pouvez venir jour et nuit ; vous ne restez pas seul.', 'In an acute crisis you can come to us day and night; you do not have to stay alone.')],
    targetGroups: ['iedereen', 'slachtoffers-geweld', 'dak-en-thuislozen'],
  },
};
