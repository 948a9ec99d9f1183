import { styrdokEnvironment } from './environment.ts';

/** Site-wide settings that an administrator, not an editor, decides. */
export const siteConfig = {
  /** The organisation behind the site, for the footer and the accessibility statement. */
  organisation: 'Stockholms stad',
  /**
   * Whether officials' names and direct contact details from statements are shown. Publishing
   * them is processing of personal data, so it is off unless the city decides otherwise.
   */
  showHandlaggare: false,
  /**
   * What `npm run check` does with officials' direct phone numbers and personal e-mail addresses
   * in text that is published (bodies and frontmatter; the `handlaggare` field is governed by
   * `showHandlaggare` above): `allow` says nothing, `warn` prints a warning and lets the check
   * pass, `error` fails the check. Publishing them is processing of personal data, so the default
   * follows `showHandlaggare: false` and refuses them.
   */
  contactDetails: {
    level: 'error' as 'allow' | 'warn' | 'error',
    /**
     * Functional addresses and numbers that never identify one person. An entry ending in "@" is
     * a mailbox name allowed at every domain (`registrator@` allows registrator@jarva.stockholm.se);
     * phone numbers are compared by their digits, so "08-508 290 00" matches "08-50829000".
     */
    allowed: ['registrator@', 'info@', 'kontakt@', 'kontaktcenter@', 'press@', 'tillganglighet@', '08-508 290 00'],
  },
  /**
   * Where the content's source lives, for the edit link and the history link on every page.
   * `STYRDOK_REPOSITORY` (set by the GitHub workflow from the repository it runs in) wins.
   */
  repository: {
    url: styrdokEnvironment().repository,
    branch: styrdokEnvironment().branch,
  },
  /**
   * Where readers report accessibility problems or ask for content in another form, shown in the
   * accessibility statement: a real way to reach the city, not an editor's choice. At least one.
   */
  accessibilityContact: {
    telefon: { label: 'Stockholms stads växel', number: '08-508 290 00' },
  } as { epost?: string; telefon?: { label: string; number: string }; webbformular?: string },
  /** The page (under content/sidor/) the footer links to as the editors' guide. */
  editorsGuide: 'redaktorsguide',
} as const;
