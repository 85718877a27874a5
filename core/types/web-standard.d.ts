// The web-standard globals the core uses, which browsers and Node both provide. The core's build
// sees neither the DOM nor Node's types (so neither creeps in); this declares only these.
declare class URLSearchParams {
  constructor(init?: string | Record<string, string> | [string, string][]);
  get(name: string): string | null;
  getAll(name: string): string[];
  set(name: string, value: string): void;
  has(name: string): boolean;
  toString(): string;
}

/** The Encoding Standard's UTF-8 codec (the stored index's header). */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
