// Synonyms both engines apply to queries. Keywords per life domain (data/reference) are indexed
// as text already; these are the words that should also pull up services by their names.

/** Abbreviations and everyday words social workers type, both ways. Keywords per life domain are indexed as text. */
export const SYNONYMS: Record<string, string[]> = {
  ocmw: ['sociaal huis', 'sociaal centrum'],
  'sociaal huis': ['ocmw', 'sociaal centrum'],
  'sociaal centrum': ['ocmw', 'sociaal huis'],
  dokter: ['huisarts', 'wijkgezondheidscentrum'],
  huisarts: ['dokter'],
  wgc: ['wijkgezondheidscentrum'],
  wijkgezondheidscentrum: ['wgc'],
  caw: ['centrum algemeen welzijnswerk'],
  cgg: ['centrum geestelijke gezondheidszorg'],
  schulden: ['schuldbemiddeling', 'schuldhulp'],
  jac: ['jongerenadviescentrum'],
};
