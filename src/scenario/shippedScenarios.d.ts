/** The module shippedBuild.ts's Vite plugin builds from scenarios/*.json. */
declare module 'virtual:fidelis/shipped-scenarios' {
  const scenarios: import('./shipped.ts').ShippedScenario[];
  export default scenarios;
}
/** The home cards of the shipped shops (shippedBuild.ts). */
declare module 'virtual:fidelis/shipped-shops' {
  const shops: import('./shopCard.ts').ShippedShop[];
  export default shops;
}
/** One shipped scenario, loaded by its card (shippedBuild.ts). */
declare module 'virtual:fidelis/shipped-scenario/*' {
  const scenario: import('./schema.ts').Scenario;
  export default scenario;
}
