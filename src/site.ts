/** Site-wide settings that are not data and not interface strings. */
export const SITE = {
  /** Where corrections go. Set CORRECTIONS_EMAIL when deploying. */
  correctionsEmail: import.meta.env.CORRECTIONS_EMAIL ?? 'sua-loi@example.org',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  licenceUrlEn: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
