// Stems as PostgreSQL's `dutch` configuration gives them (checked with to_tsvector('dutch', …)).
import { expect, it } from '@jest/globals';
import { dutchStem } from './dutch-stemmer.js';

it.each([
  ['huisartsen', 'huisarts'],
  ['huisarts', 'huisart'],
  ['schulden', 'schuld'],
  ['schuldbemiddeling', 'schuldbemiddel'],
  ['kinderen', 'kinder'],
  ['wonen', 'won'],
  ['gezondheid', 'gezond'],
  ['vluchtelingen', 'vluchtel'],
  ['werkzoekenden', 'werkzoek'],
  ['budgetbeheer', 'budgetbeher'],
  ['nederlands', 'nederland'],
  ['sociaal', 'sociaal'],
])('%s → %s', (word, stem) => {
  expect(dutchStem(word)).toBe(stem);
});
