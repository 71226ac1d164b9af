/**
 * French strings: the reference language. Every other language file must have the
 * same keys (the type `Messages` enforces it). Placeholders use {{name}}.
 * Components never hard-code text: they call t('section.key', { name }).
 */
export const fr = {
  app: {
    title: 'Fidélis',
    tagline: 'Simulateur de fidélisation client',
    loading: 'Chargement…',
    language: 'Langue',
    skipToContent: 'Aller au contenu',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
