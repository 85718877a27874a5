// Wijk ids by name and the postcode and locality of an address in each wijk, so the demo content
// reads `wijk: W.stuivenberg` instead of a bare code.

/** Wijk ids of `geo/antwerp-wijken.geojson`. */
export const W = {
  amandusAtheneum: '11002Z01',
  brederode: '11002Z02',
  centraalStation: '11002Z03',
  dam: '11002Z04',
  eilandje: '11002Z05',
  haringrode: '11002Z06',
  harmonie: '11002Z07',
  historischCentrum: '11002Z09',
  kiel: '11002Z10',
  linkeroever: '11002Z11',
  luchtbal: '11002Z12',
  markgrave: '11002Z13',
  middelheim: '11002Z14',
  sintAndries: '11002Z18',
  stadspark: '11002Z19',
  stuivenberg: '11002Z20',
  tentoonstellingswijk: '11002Z21',
  theaterbuurtMeir: '11002Z22',
  universiteitsbuurt: '11002Z23',
  zuid: '11002Z24',
  zurenborg: '11002Z25',
  lillo: '11002Y02',
  polder: '11002Y03',
  borgerhoutExtraMuros: '11002S01',
  borgerhoutNoord: '11002S02',
  borgerhoutZuid: '11002S03',
  groenenhoek: '11002T01',
  nieuwKwartierOost: '11002T02',
  oudBerchem: '11002T04',
  borsbeekGroen: '11007A01',
  borsbeekWest: '11007A03',
  deurneNoord: '11002R01',
  kruiningeBremweide: '11002R02',
  deurneDorp: '11002R03',
  deurneOost: '11002R04',
  deurneZuidwest: '11002R05',
  deurneZuidoost: '11002R06',
  rivierenhof: '11002R08',
  donk: '11002P01',
  ekerenCentrum: '11002P02',
  mariaburg: '11002P04',
  hobokenCentrum: '11002V01',
  hobokenNoord: '11002V02',
  hobokenWest: '11002V03',
  hoogte: '11002U01',
  valaar: '11002U03',
  wilrijkCentrum: '11002U04',
  neerland: '11002U06',
  oudMerksem: '11002Q04',
  nieuwdreef: '11002Q03',
  lambrechtshoeken: '11002Q01',
  merksemHeide: '11002Q02',
} as const;

/** Where people live in wijken that are mostly port, polder or park: the villages of district 2040, Sint-Anna. */
export const ANCHOR = {
  berendrecht: { latitude: 51.343, longitude: 4.313 },
  zandvliet: { latitude: 51.36, longitude: 4.311 },
  linkeroever: { latitude: 51.2225, longitude: 4.387 },
} as const;

interface PostalPlace {
  postalCode: string;
  city: string;
}

/** The postcode of each district outside the former city; locality as bpost writes it. */
const DISTRICT_PLACES: Record<string, PostalPlace> = {
  'berendrecht-zandvliet-lillo': { postalCode: '2040', city: 'Berendrecht' },
  berchem: { postalCode: '2600', city: 'Berchem' },
  borgerhout: { postalCode: '2140', city: 'Borgerhout' },
  borsbeek: { postalCode: '2150', city: 'Borsbeek' },
  deurne: { postalCode: '2100', city: 'Deurne' },
  ekeren: { postalCode: '2180', city: 'Ekeren' },
  hoboken: { postalCode: '2660', city: 'Hoboken' },
  merksem: { postalCode: '2170', city: 'Merksem' },
  wilrijk: { postalCode: '2610', city: 'Wilrijk' },
};

/** District Antwerpen has six postcodes; which one depends on the wijk. */
const ANTWERPEN_POSTCODES: Record<string, string> = {
  [W.historischCentrum]: '2000',
  [W.sintAndries]: '2000',
  [W.theaterbuurtMeir]: '2000',
  [W.universiteitsbuurt]: '2000',
  [W.eilandje]: '2000',
  [W.zuid]: '2000',
  [W.centraalStation]: '2018',
  [W.stadspark]: '2018',
  [W.zurenborg]: '2018',
  [W.haringrode]: '2018',
  [W.harmonie]: '2018',
  [W.brederode]: '2018',
  [W.markgrave]: '2018',
  [W.kiel]: '2020',
  [W.tentoonstellingswijk]: '2020',
  [W.middelheim]: '2020',
  [W.luchtbal]: '2030',
  [W.linkeroever]: '2050',
  [W.amandusAtheneum]: '2060',
  [W.stuivenberg]: '2060',
  [W.dam]: '2060',
};

export function postalPlace(wijkId: string, districtId: string): PostalPlace {
  if (districtId === 'antwerpen') {
    const postalCode = ANTWERPEN_POSTCODES[wijkId];
    if (!postalCode) throw new Error(`No postcode known for wijk ${wijkId} of district Antwerpen`);
    return { postalCode, city: 'Antwerpen' };
  }
  const place = DISTRICT_PLACES[districtId];
  if (!place) throw new Error(`No postcode known for district ${districtId}`);
  return place;
}
