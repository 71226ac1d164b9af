/** The module shippedBuild.ts's Vite plugin builds from scenarios/*.json. */
declare module 'virtual:fidelis/shipped-scenarios' {
  const scenarios: import('./shipped.ts').ShippedScenario[];
  export default scenarios;
}
/** The home cards of the shipped shops without their words (shippedBuild.ts): shippedShops.ts puts them in. */
declare module 'virtual:fidelis/shipped-shops' {
  const shops: (import('./shopCard.ts').ShopCard & { load(): Promise<typeof import('virtual:fidelis/shipped-scenario/*')> })[];
  export default shops;
}
/** Every card's texts in one language (`…/fr`, `…/en`), in the order of a walk through the card (shippedBuild.ts cardTextPaths). */
declare module 'virtual:fidelis/shipped-shop-texts/*' {
  const texts: import('./shopCard.ts').ShopText[][];
  export default texts;
}
/** One shipped scenario, loaded by its card (shippedBuild.ts), with the loaders of its card's texts in each language. */
declare module 'virtual:fidelis/shipped-scenario/*' {
  const scenario: import('./schema.ts').Scenario;
  export default scenario;
  export const texts: Record<import('../i18n/translate.ts').Locale, () => Promise<import('./shopCard.ts').ShopText[]>>;
}
