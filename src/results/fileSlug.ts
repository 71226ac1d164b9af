/** Letters, digits and dashes only, for a file name that works on every system (the result file's, the customers' CSV files). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** A download's name from its parts (« fidelis », the shop's id, « semaine 3 »…): each slugged, the empty ones left out, joined by dashes. */
export function fileNameOf(parts: readonly string[], extension: string): string {
  return `${parts.map(slug).filter((p) => p !== '').join('-')}.${extension}`;
}
