/** Site-wide settings that an administrator, not an editor, decides. */
export const siteConfig = {
  /** The organisation behind the site, for the footer and the accessibility statement. */
  organisation: 'Stockholms stad',
  /**
   * Whether officials' names and direct contact details from statements are shown. Publishing
   * them is processing of personal data, so it is off unless the city decides otherwise.
   */
  showHandlaggare: false,
} as const;
