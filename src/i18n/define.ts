/** A section of the UI dictionary: Vietnamese first, and English must carry exactly the same keys. */
export function defineStrings<const Vi extends Record<string, string>>(vi: Vi, en: { [K in keyof Vi]: string }) {
  return { vi, en } as const;
}
