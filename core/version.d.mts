/** `<package version>+<12 hex digits of the core sources' SHA-256>` (version.mjs). */
export function coreVersion(coreDir?: string): string;
