import { vi } from './vi.ts';
import { en } from './en.ts';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type UiStrings = Widen<typeof vi>;

const strings: Record<Locale, UiStrings> = { vi, en };

/** Interface strings for a locale. */
export function ui(locale: Locale): UiStrings {
  return strings[locale];
}

/** BCP 47 tag for Intl APIs. */
export function intlLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'vi' ? 'en' : 'vi';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
