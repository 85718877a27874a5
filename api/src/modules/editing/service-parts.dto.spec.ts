import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CostDto } from './service-parts.dto.js';

describe('CostDto', () => {
  const errorsFor = async (amount: unknown) =>
    (await validate(plainToInstance(CostDto, { option: 'x', amount, currency: 'EUR' }))).map((e) => e.property);

  // Found by the fuzzer: `maxDecimalPlaces` threw on 1e-7 and the edit answered 500.
  it('refuses an amount in exponent notation by name instead of throwing', async () => {
    await expect(errorsFor(1e-7)).resolves.toContain('amount');
    await expect(errorsFor(2.555)).resolves.toContain('amount');
  });

  it('takes whole cents', async () => {
    await expect(errorsFor(12.5)).resolves.not.toContain('amount');
    await expect(errorsFor(0.1 + 0.2)).resolves.not.toContain('amount');
  });
});
