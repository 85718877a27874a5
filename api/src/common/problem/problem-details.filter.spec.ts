import { describe, expect, it, jest } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemDetailsFilter } from './problem-details.filter.js';

function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent: { status: number; body: Record<string, unknown> } = { status: 0, body: {} };
  const reply = {
    status: (status: number) => ((sent.status = status), reply),
    header: () => reply,
    send: (body: Record<string, unknown>) => ((sent.body = body), reply),
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ url: '/api/v1/x' }), getResponse: () => reply }) } as unknown as ArgumentsHost;
  const filter = new ProblemDetailsFilter();
  jest.spyOn((filter as unknown as { logger: { warn: () => void; error: () => void } }).logger, 'warn').mockImplementation(() => undefined);
  jest
    .spyOn((filter as unknown as { logger: { warn: () => void; error: () => void } }).logger, 'error')
    .mockImplementation(() => undefined);
  filter.catch(exception, host);
  return sent;
}

describe('ProblemDetailsFilter', () => {
  it("maps PostgreSQL's data exceptions (class 22) to a 400 naming the body, other database errors to a 500", () => {
    for (const code of ['22007', '22008', '22021', '22P02', '22003']) {
      const error = new QueryFailedError('UPDATE x', [], Object.assign(new Error('invalid input'), { code }));
      expect(answer(error)).toMatchObject({
        status: 400,
        body: { type: '/api/problems/validation-failed', errors: [{ name: 'body', in: 'body' }] },
      });
    }
    const deadlock = new QueryFailedError('UPDATE x', [], Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    expect(answer(deadlock).status).toBe(500);
  });
});
