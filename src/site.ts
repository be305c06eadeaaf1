/** Site-wide settings that are not data and not interface strings. */
export const SITE = {
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  licenceUrlEn: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
