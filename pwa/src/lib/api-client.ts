// The typed HTTP client of the API, from the types generated from its OpenAPI document. Same
// origin: the API serves the PWA (and the Vite dev server proxies /api).
import createClient from 'openapi-fetch';
import type { paths } from '../generated/api';

export const api = createClient<paths>({ baseUrl: '' });

/** A failed API call, with the problem+json title when the API sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  const title = typeof body === 'object' && body && 'title' in body ? String(body.title) : `HTTP ${status}`;
  return new ApiError(status, title);
}
