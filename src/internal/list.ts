/** The entries of a comma list attribute (`countries="kz, UZ"`), trimmed, empty ones left out. */
export const listOf = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
