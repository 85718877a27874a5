import { v5 as uuidv5 } from 'uuid';

// Namespace of our name-based ids (a random v4, fixed forever).
const NAMESPACE = '8f0d6f3e-3c59-4a0e-9d6b-5b7f0c2a9e41';

/**
 * A UUID derived from a name (UUID v5), so reference and demo data get the same ids on every
 * machine and seeding twice changes nothing. E.g. `stableId('taxonomy_term', 'levensdomein', 'inkomen')`.
 */
export function stableId(...parts: string[]): string {
  return uuidv5(parts.join(':'), NAMESPACE);
}
