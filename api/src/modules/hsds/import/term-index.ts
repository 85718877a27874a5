// Matches imported taxonomy terms to ours by taxonomy and code, and creates the unknown ones.
import { stableId } from '../../../database/seeds/stable-id.js';
import type { Row } from '../hsds-graph.repository.js';
import type { HsdsObject } from '../hsds-serializer.js';

/** The taxonomy of terms that name none. */
const FALLBACK_TAXONOMY = 'hsds-import';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export class TermIndex {
  private readonly termByCode = new Map<string, string>();
  private readonly termIds = new Set<string>();
  private readonly taxonomyByCode = new Map<string, string>();
  private readonly taxonomyCodeById = new Map<string, string>();
  /** Terms and taxonomies created by this import, not yet written. */
  readonly newTaxonomies: Row[] = [];
  readonly newTerms: Row[] = [];

  constructor(taxonomies: { id: string; code: string }[], terms: { id: string; taxonomy: string; code: string }[]) {
    for (const t of taxonomies) {
      this.taxonomyByCode.set(t.code, t.id);
      this.taxonomyCodeById.set(t.id, t.code);
    }
    for (const t of terms) {
      this.termByCode.set(`${t.taxonomy}\u0000${t.code}`, t.id);
      this.termIds.add(t.id);
    }
  }

  /** Our term id for an HSDS attribute, creating the term (and its taxonomy) when it is new. */
  resolve(attribute: HsdsObject, _path: string): string | undefined {
    const term = attribute.taxonomy_term as HsdsObject | undefined;
    const givenId = text(term?.id) ?? text(attribute.taxonomy_term_id);
    if (!term) return givenId && this.termIds.has(givenId) ? givenId : undefined;
    const detail = term.taxonomy_detail as HsdsObject | undefined;
    const taxonomyId = text(term.taxonomy_id) ?? text(detail?.id);
    const taxonomyCode =
      text(term.taxonomy) ?? (taxonomyId ? this.taxonomyCodeById.get(taxonomyId) : undefined) ?? text(detail?.name) ?? FALLBACK_TAXONOMY;
    const code = text(term.code) ?? givenId!;
    const existing = this.termByCode.get(`${taxonomyCode}\u0000${code}`);
    if (existing) return existing;
    const ourTaxonomyId = this.taxonomy(taxonomyCode, taxonomyId, detail);
    const id = givenId && !this.termIds.has(givenId) ? givenId : stableId('hsds', 'taxonomy_term', taxonomyCode, code);
    const parentId = text(term.parent_id);
    this.newTerms.push({
      id,
      code,
      name: text(term.name) ?? code,
      labels: {},
      description: text(term.description) ?? text(term.name) ?? code,
      parent_id: parentId && this.termIds.has(parentId) ? parentId : null,
      taxonomy: taxonomyCode,
      taxonomy_id: ourTaxonomyId,
      language: text(term.language) ?? null,
      term_uri: text(term.term_uri) ?? null,
    });
    this.termByCode.set(`${taxonomyCode}\u0000${code}`, id);
    this.termIds.add(id);
    return id;
  }

  private taxonomy(code: string, givenId: string | undefined, detail: HsdsObject | undefined): string {
    const existing = this.taxonomyByCode.get(code);
    if (existing) return existing;
    const id = givenId && !this.taxonomyCodeById.has(givenId) ? givenId : stableId('hsds', 'taxonomy', code);
    this.newTaxonomies.push({
      id,
      code,
      name: text(detail?.name) ?? code,
      labels: {},
      description: text(detail?.description) ?? text(detail?.name) ?? code,
      uri: text(detail?.uri) ?? null,
      version: text(detail?.version) ?? null,
    });
    this.taxonomyByCode.set(code, id);
    this.taxonomyCodeById.set(id, code);
    return id;
  }

  /** How many new rows there are now: {@link rollback} forgets those created after. */
  mark(): { taxonomies: number; terms: number } {
    return { taxonomies: this.newTaxonomies.length, terms: this.newTerms.length };
  }

  /** Forgets the terms and taxonomies of a rejected record, so nothing of it is written. */
  rollback(mark: { taxonomies: number; terms: number }): void {
    for (const term of this.newTerms.splice(mark.terms)) {
      this.termByCode.delete(`${term.taxonomy as string}\u0000${term.code as string}`);
      this.termIds.delete(term.id);
    }
    for (const taxonomy of this.newTaxonomies.splice(mark.taxonomies)) {
      this.taxonomyByCode.delete(taxonomy.code as string);
      this.taxonomyCodeById.delete(taxonomy.id);
    }
  }

  /** Takes the new rows to write them; they are then known as existing. */
  takeNew(): { taxonomies: Row[]; terms: Row[] } {
    return { taxonomies: this.newTaxonomies.splice(0), terms: this.newTerms.splice(0) };
  }
}
