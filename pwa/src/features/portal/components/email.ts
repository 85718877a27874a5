// A first check of an address before it goes to the API, which has the last word (IsEmail):
// enough to catch a typed name or a missing @, not a validator.
export function isEmailLike(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
