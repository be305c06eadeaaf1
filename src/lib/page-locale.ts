import { isLocale, type Locale } from '../i18n/index.ts';

/**
 * The locale a component renders in: its own `locale` prop if given, else the page's locale from Astro i18n.
 * MDX components rely on the fallback, so prose never passes a locale by hand.
 */
export function pageLocale(astro: { props: object; currentLocale?: string | undefined }): Locale {
  const fromProps = (astro.props as Record<string, unknown>)['locale'];
  if (isLocale(fromProps)) return fromProps;
  return isLocale(astro.currentLocale) ? astro.currentLocale : 'vi';
}
