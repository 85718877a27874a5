import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { fieldLabel, formatValue, type ValueFormatContext } from './format-value';

const strings = (language: string, namespace: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'));

let nl: ValueFormatContext;
let en: ValueFormatContext;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: {
      nl: { moderation: strings('nl', 'moderation'), taxonomy: strings('nl', 'taxonomy') },
      en: { moderation: strings('en', 'moderation'), taxonomy: strings('en', 'taxonomy') },
    },
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  nl = { t: i18n.getFixedT('nl', 'moderation'), taxonomy: i18n.getFixedT('nl', 'taxonomy'), language: 'nl' };
  en = { t: i18n.getFixedT('en', 'moderation'), taxonomy: i18n.getFixedT('en', 'taxonomy'), language: 'en' };
});

const hours = {
  weekly: [
    { day: 'TU', opens: '09:00', closes: '12:00', validFrom: null, validTo: null },
    { day: 'MO', opens: '13:00', closes: '17:00', validFrom: null, validTo: null },
    { day: 'MO', opens: '09:00', closes: '12:00', validFrom: null, validTo: null },
    { day: 'FR', opens: '22:00', closes: '06:00', validFrom: '2026-07-01', validTo: '2026-08-31' },
  ],
  closures: [{ from: '2026-12-24', to: '2026-12-26', reason: 'Kerstverlof' }],
  temporaryClosure: { from: '2026-03-02', to: '2026-03-06', message: 'Verbouwing' },
  opensOnHolidays: false,
};

describe('formatValue', () => {
  it('gives text as it is and says so when a value is empty', () => {
    expect(formatValue('description', 'Hulp bij schulden.', nl)).toBe('Hulp bij schulden.');
    expect(formatValue('alternateName', null, nl)).toBe('(leeg)');
    expect(formatValue('alternateName', '', nl)).toBe('(leeg)');
    expect(formatValue('languages', [], nl)).toBe('(geen)');
  });

  it('writes weekly hours per weekday, Monday first, split hours on one line', () => {
    const lines = formatValue('openingHours', hours, nl).split('\n');
    expect(lines[0]).toBe('ma 09:00–12:00, 13:00–17:00');
    expect(lines[1]).toBe('di 09:00–12:00');
    expect(lines[2]).toMatch(/^vr 22:00–06:00 \(van 1 jul\.? 2026 tot 31 aug\.? 2026\)$/);
    expect(lines[3]).toMatch(/^gesloten van 24 dec\.? 2026 tot 26 dec\.? 2026 \(Kerstverlof\)$/);
    expect(lines[4]).toMatch(/^tijdelijk gesloten van 2 mrt\.? 2026 tot 6 mrt\.? 2026: Verbouwing$/);
    expect(lines[5]).toBe('gesloten op feestdagen');
    expect(lines).toHaveLength(6);
  });

  it('says there are no weekly hours, and writes a one-day closure as one date', () => {
    const value = {
      weekly: [],
      closures: [{ from: '2026-11-11', to: '2026-11-11', reason: null }],
      temporaryClosure: null,
      opensOnHolidays: true,
    };
    expect(formatValue('openingHours', value, nl).split('\n')).toEqual([
      'geen vaste openingsuren',
      expect.stringMatching(/^gesloten 11 nov\.? 2026$/),
      'open op feestdagen',
    ]);
  });

  it('follows the UI language', () => {
    expect(formatValue('openingHours', hours, en).split('\n')[0]).toBe('Mon 09:00–12:00, 13:00–17:00');
    expect(formatValue('languages', ['nl', 'ar'], en)).toBe('Dutch, Arabic');
  });

  it('names languages, life domains and target groups instead of their codes', () => {
    expect(formatValue('languages', ['nl', 'fr', 'xx-unknown'], nl)).toBe('Nederlands, Frans, xx-unknown');
    expect(formatValue('lifeDomains', ['inkomen', 'inkomen/schuldhulp'], nl)).toBe(
      'Inkomen en schulden, Schuldbemiddeling en budgetbegeleiding',
    );
    expect(formatValue('targetGroups', ['kinderen'], nl)).toBe('Kinderen (0-12)');
  });

  it('writes translations per language and field', () => {
    expect(formatValue('translations', { fr: { name: 'Médiation de dettes', description: 'Aide' } }, nl)).toBe(
      'Frans – Naam: Médiation de dettes\nFrans – Beschrijving: Aide',
    );
    expect(formatValue('translations', {}, nl)).toBe('(geen)');
  });

  it('writes costs, the service area and locations one per line', () => {
    expect(
      formatValue(
        'costs',
        [
          { option: null, amount: 0 },
          { option: 'Per gesprek', amount: 5 },
        ],
        nl,
      ),
    ).toMatch(/^gratis\nPer gesprek: €\s5,00$/);
    expect(
      formatValue(
        'serviceArea',
        [
          { scope: 'city', code: null },
          { scope: 'district', code: 'borgerhout' },
        ],
        nl,
      ),
    ).toBe('Heel Antwerpen\nDistrict: borgerhout');
    const locations = [
      { id: 'a', name: 'Onthaal', address1: 'Turnhoutsebaan 1', postalCode: '2140', city: 'Antwerpen', latitude: 51.2, longitude: 4.4 },
      { id: null, name: null, address1: 'Kerkstraat 2', postalCode: '2060', city: 'Antwerpen', latitude: null, longitude: null },
    ];
    expect(formatValue('locations', locations, nl)).toBe(
      'Onthaal, Turnhoutsebaan 1, 2140 Antwerpen\nKerkstraat 2, 2060 Antwerpen (nieuwe locatie)',
    );
  });

  it('labels status and publication codes, and keeps an unknown code as it is', () => {
    expect(formatValue('status', 'temporarily closed', nl)).toBe('tijdelijk gesloten');
    expect(formatValue('publicationState', 'draft', nl)).toBe('ontwerp (niet publiek)');
    expect(formatValue('status', 'something-new', nl)).toBe('something-new');
  });

  it('shows unforeseen values as compact JSON and plain lists joined', () => {
    expect(formatValue('somethingElse', { a: 1, b: [true] }, nl)).toBe('{"a":1,"b":[true]}');
    expect(formatValue('somethingElse', ['x', 'y'], nl)).toBe('x, y');
    expect(formatValue('somethingElse', [{ a: 1 }, { b: 2 }], nl)).toBe('{"a":1}\n{"b":2}');
    expect(formatValue('somethingElse', true, nl)).toBe('ja');
    expect(formatValue('openingHours', 'not an object', nl)).toBe('not an object');
  });

  it('formats a verification moment in Brussels time', () => {
    expect(formatValue('last_verified_at', '2026-05-12T12:03:00.000Z', nl)).toMatch(/12 mei 2026.*14:03/);
  });
});

describe('fieldLabel', () => {
  it('labels properties and history column names alike, and falls back to the name', () => {
    expect(fieldLabel('openingHours', nl)).toBe('Openingsuren');
    expect(fieldLabel('last_verified_at', nl)).toBe('Laatst nagekeken');
    expect(fieldLabel('alternate_name', nl)).toBe('Andere naam');
    expect(fieldLabel('mystery_field', nl)).toBe('mystery_field');
  });
});
