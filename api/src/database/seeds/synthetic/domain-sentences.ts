// Description sentences of the synthetic listings, per life domain code, in Dutch with French and
// English translations. A child domain without sentences of its own borrows its parent's.
import { phrase as p, type Phrase } from '@sociale-kaart/core/dev';

export const DOMAIN_SENTENCES: Record<string, Phrase[]> = {
  'sociale-hulpverlening': [
    p(
      'Een maatschappelijk werker luistert naar je vraag en zoekt samen met jou naar een oplossing.',
      'Un travailleur social écoute votre demande et cherche une solution avec vous.',
      'A social worker listens to your question and looks for a solution with you.',
    ),
    p(
      'Je kan hier terecht met alle vragen over je rechten, je inkomen of je woonsituatie.',
      'Vous pouvez venir ici avec toutes vos questions sur vos droits, vos revenus ou votre logement.',
      'You can come here with any question about your rights, your income or your housing.',
    ),
  ],
  'sociale-hulpverlening/leefloon': [
    p(
      'We helpen je een leefloon aan te vragen bij het OCMW en volgen je dossier op.',
      "Nous vous aidons à demander le revenu d'intégration au CPAS et suivons votre dossier.",
      'We help you apply for social integration income at the public welfare centre and follow up your file.',
    ),
  ],
  inkomen: [
    p(
      'Heb je schulden of lukt het niet om rond te komen? We bekijken samen je inkomsten en uitgaven.',
      "Vous avez des dettes ou n'arrivez pas à joindre les deux bouts ? Nous examinons ensemble vos revenus et dépenses.",
      'In debt or struggling to make ends meet? Together we look at your income and expenses.',
    ),
    p(
      'We contacteren je schuldeisers en maken een haalbaar afbetalingsplan.',
      'Nous contactons vos créanciers et établissons un plan de remboursement réaliste.',
      'We contact your creditors and draw up a realistic repayment plan.',
    ),
  ],
  'inkomen/toelagen': [
    p(
      'We kijken na of je recht hebt op een verhoogde tegemoetkoming, een huurpremie of een studietoelage.',
      "Nous vérifions si vous avez droit à l'intervention majorée, à une prime au loyer ou à une allocation d'études.",
      'We check whether you are entitled to increased reimbursement, a rent allowance or a study grant.',
    ),
  ],
  wonen: [
    p(
      'Zoek je een betaalbare woning of dreig je je woning te verliezen? Wij helpen je verder.',
      'Vous cherchez un logement abordable ou risquez de perdre le vôtre ? Nous vous aidons.',
      'Looking for affordable housing or at risk of losing your home? We can help.',
    ),
    p(
      'We geven advies over huurcontracten, huurwaarborg, huurpremie en sociale huisvesting.',
      'Nous conseillons sur les baux, la garantie locative, la prime au loyer et le logement social.',
      'We advise on leases, rental deposits, rent allowance and social housing.',
    ),
  ],
  'wonen/nachtopvang': [
    p(
      'Wie geen dak boven het hoofd heeft, kan hier overnachten, douchen en iets eten.',
      'Les personnes sans abri peuvent dormir, se doucher et manger ici.',
      'People without a roof over their heads can sleep, shower and eat here.',
    ),
  ],
  werk: [
    p(
      'We helpen je een job te vinden die bij je past: van je cv tot het sollicitatiegesprek.',
      "Nous vous aidons à trouver un emploi qui vous convient : du CV à l'entretien d'embauche.",
      'We help you find a job that suits you: from your CV to the interview.',
    ),
    p(
      'Je leert solliciteren, werkt aan je computervaardigheden en krijgt begeleiding op de werkvloer.',
      'Vous apprenez à postuler, travaillez vos compétences numériques et êtes accompagné au travail.',
      'You learn to apply for jobs, work on your computer skills and get support at work.',
    ),
  ],
  onderwijs: [
    p(
      'Kinderen en jongeren krijgen hulp bij hun huiswerk, hun studiekeuze en hun taal.',
      "Les enfants et les jeunes reçoivent de l'aide pour leurs devoirs, leur choix d'études et la langue.",
      'Children and young people get help with homework, study choices and language.',
    ),
    p(
      'Vrijwilligers en leerkrachten begeleiden in kleine groepen, na school of op woensdagnamiddag.',
      'Des bénévoles et des enseignants encadrent de petits groupes, après l’école ou le mercredi après-midi.',
      'Volunteers and teachers work with small groups after school or on Wednesday afternoons.',
    ),
  ],
  'onderwijs/nederlands-leren': [
    p(
      'Oefen je Nederlands in een ontspannen sfeer, samen met andere anderstaligen en vrijwilligers.',
      "Pratiquez votre néerlandais dans une ambiance détendue, avec d'autres allophones et des bénévoles.",
      'Practise your Dutch in a relaxed setting with other learners and volunteers.',
    ),
  ],
  gezondheid: [
    p(
      'Artsen, verpleegkundigen en kinesitherapeuten werken samen onder één dak.',
      'Médecins, infirmiers et kinésithérapeutes travaillent ensemble sous un même toit.',
      'Doctors, nurses and physiotherapists work together under one roof.',
    ),
    p(
      'Ook zonder ziekenfonds of verblijfspapieren kijken we hoe je toch zorg krijgt.',
      'Même sans mutuelle ni titre de séjour, nous voyons comment vous pouvez être soigné.',
      'Even without health insurance or residence papers, we look at how you can still get care.',
    ),
  ],
  'geestelijke-gezondheid': [
    p(
      'Voel je je somber, angstig of overspannen? Praat erover met een psycholoog.',
      'Vous vous sentez déprimé, anxieux ou épuisé ? Parlez-en à un psychologue.',
      'Feeling low, anxious or burnt out? Talk to a psychologist.',
    ),
    p(
      'De eerste gesprekken zijn kort en laagdrempelig; daarna zoeken we samen de juiste hulp.',
      "Les premiers entretiens sont courts et accessibles ; ensuite nous cherchons ensemble l'aide adaptée.",
      'The first conversations are short and easy to access; then we look for the right help together.',
    ),
  ],
  welzijn: [
    p(
      'Je vertelt je verhaal in vertrouwen; we luisteren zonder te oordelen.',
      'Vous racontez votre histoire en toute confiance ; nous écoutons sans juger.',
      'You tell your story in confidence; we listen without judging.',
    ),
    p(
      'Samen werken we aan veiligheid, rust en goede relaties thuis.',
      'Ensemble, nous travaillons à la sécurité, au calme et à de bonnes relations à la maison.',
      'Together we work on safety, calm and good relationships at home.',
    ),
  ],
  gezin: [
    p(
      'Ouders met kleine kinderen vinden hier raad over opvoeding, voeding en slaap.',
      "Les parents de jeunes enfants trouvent ici des conseils sur l'éducation, l'alimentation et le sommeil.",
      'Parents of young children find advice on parenting, food and sleep here.',
    ),
    p(
      'Kom langs met je baby of peuter en ontmoet andere ouders uit de buurt.',
      "Venez avec votre bébé ou votre bambin et rencontrez d'autres parents du quartier.",
      'Drop by with your baby or toddler and meet other parents from the neighbourhood.',
    ),
  ],
  juridisch: [
    p(
      'Een jurist geeft gratis eerste advies over huur, arbeid, familie of schulden.',
      'Un juriste donne un premier conseil gratuit sur le logement, le travail, la famille ou les dettes.',
      'A lawyer gives free first advice on renting, work, family or debt.',
    ),
    p(
      'Brieven, formulieren en digitale aanvragen vullen we samen met jou in.',
      'Nous remplissons avec vous les lettres, formulaires et demandes en ligne.',
      'We fill in letters, forms and online applications together with you.',
    ),
  ],
  migratie: [
    p(
      'Ben je nieuw in Antwerpen? We wijzen je de weg naar school, werk, wonen en gezondheidszorg.',
      'Nouveau à Anvers ? Nous vous orientons vers l’école, le travail, le logement et les soins.',
      'New in Antwerp? We show you the way to school, work, housing and healthcare.',
    ),
    p(
      'We geven uitleg over je verblijfsdocumenten en begeleiden je bij de procedure.',
      'Nous expliquons vos documents de séjour et vous accompagnons dans la procédure.',
      'We explain your residence documents and guide you through the procedure.',
    ),
  ],
  'voeding-materieel': [
    p(
      'Met een doorverwijzing haal je wekelijks een voedselpakket of doe je goedkoop boodschappen.',
      'Avec une orientation, vous recevez un colis alimentaire chaque semaine ou faites vos courses à bas prix.',
      'With a referral you collect a food parcel every week or shop at low prices.',
    ),
    p(
      'Kleding, meubels en schoolgerief krijg je gratis of voor een kleine prijs.',
      'Vêtements, meubles et fournitures scolaires sont gratuits ou à petit prix.',
      'Clothes, furniture and school supplies are free or cheap.',
    ),
  ],
  mobiliteit: [
    p(
      'Vrijwillige chauffeurs brengen je naar de dokter, de winkel of familie, voor een kleine kilometervergoeding.',
      'Des chauffeurs bénévoles vous conduisent chez le médecin, au magasin ou en famille, contre une petite indemnité.',
      'Volunteer drivers take you to the doctor, the shops or family for a small mileage fee.',
    ),
  ],
  'vrije-tijd': [
    p(
      'Drink een koffie, neem deel aan een activiteit of doe mee als vrijwilliger: iedereen is welkom.',
      'Prenez un café, participez à une activité ou devenez bénévole : tout le monde est bienvenu.',
      'Have a coffee, join an activity or volunteer: everyone is welcome.',
    ),
    p(
      'Met de vrijetijdspas betaal je minder voor sport, cultuur en uitstappen.',
      'Avec le pass loisirs, vous payez moins pour le sport, la culture et les sorties.',
      'With the leisure pass you pay less for sport, culture and outings.',
    ),
  ],
  crisis: [
    p(
      'In een acute crisis kan je dag en nacht bij ons terecht; je hoeft niet alleen te blijven.',
      'En cas de crise aiguë, vous pouvez venir jour et nuit ; vous ne restez pas seul.',
      'In an acute crisis you can come to us day and night; you do not have to stay alone.',
    ),
  ],
};
