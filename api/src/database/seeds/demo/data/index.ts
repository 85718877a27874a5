// All demo organisations, in the order they are written (an umbrella before its members).
import type { OrganizationSeed } from '../demo-types.js';
import { BUURT } from './buurt.js';
import { CAW_JAC } from './caw-jac.js';
import { DAKLOOSHEID } from './dakloosheid.js';
import { GEESTELIJKE_GEZONDHEID } from './geestelijke-gezondheid.js';
import { GEWELD_RELATIES } from './geweld-relaties.js';
import { GEZIN } from './gezin.js';
import { GEZONDHEID } from './gezondheid.js';
import { INKOMEN_RECHT } from './inkomen-recht.js';
import { MIGRATIE } from './migratie.js';
import { MOBILITEIT_VRIJE_TIJD } from './mobiliteit-vrije-tijd.js';
import { ONDERWIJS } from './onderwijs.js';
import { SOCIALE_HUIZEN } from './sociale-huizen.js';
import { VOEDING } from './voeding.js';
import { WERK } from './werk.js';
import { WONEN } from './wonen.js';
import { ZIEKENFONDSEN } from './ziekenfondsen.js';

export const DEMO_ORGANIZATIONS: OrganizationSeed[] = [
  ...SOCIALE_HUIZEN,
  ...CAW_JAC,
  ...GEWELD_RELATIES,
  ...GEZONDHEID,
  ...ZIEKENFONDSEN,
  ...GEESTELIJKE_GEZONDHEID,
  ...GEZIN,
  ...ONDERWIJS,
  ...MIGRATIE,
  ...WONEN,
  ...DAKLOOSHEID,
  ...INKOMEN_RECHT,
  ...WERK,
  ...VOEDING,
  ...BUURT,
  ...MOBILITEIT_VRIJE_TIJD,
];
