import { describe, expect, it } from '@jest/globals';
import { normaliseSearchText } from './search-text.js';

describe('normaliseSearchText', () => {
  it('gives one key for the same words in any order, case or accents, without stopwords', () => {
    expect(normaliseSearchText('Schuldhulp in Borgerhout')).toBe('borgerhout schuldhulp');
    expect(normaliseSearchText('  borgerhout   SCHULDHULP ')).toBe('borgerhout schuldhulp');
    expect(normaliseSearchText('Crèche  Élan')).toBe('creche elan');
  });

  it('drops every word with a digit from a text with five or more digits, and keeps a postcode alone', () => {
    expect(normaliseSearchText('huur 85071512345')).toBe('huur');
    expect(normaliseSearchText('bel 0475 12 34 56')).toBe('bel');
    expect(normaliseSearchText('+32475123456')).toBeNull();
    expect(normaliseSearchText('huur 2140')).toBe('2140 huur');
  });

  it('keeps nothing from empty or stopword-only text', () => {
    expect(normaliseSearchText('')).toBeNull();
    expect(normaliseSearchText(undefined)).toBeNull();
    expect(normaliseSearchText('de en van')).toBeNull();
    expect(normaliseSearchText('!!! ??')).toBeNull();
  });

  it('keeps Arabic words as the search index reads them', () => {
    expect(normaliseSearchText('مساعدة الديون')).toBe(['مساعدة', 'الديون'].sort().join(' '));
  });
});
