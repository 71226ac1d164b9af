/** The module shippedBuild.ts's Vite plugin builds from scenarios/*.json. */
declare module 'virtual:fidelis/shipped-scenarios' {
  const scenarios: import('./shipped.ts').ShippedScenario[];
  export default scenarios;
}
