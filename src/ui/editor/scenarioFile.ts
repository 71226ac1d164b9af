/** The JSON file of a scenario: pretty-printed, named after its id. */
export function scenarioFile(scenario: { id?: unknown }, json: unknown): { fileName: string; text: string } {
  const id = typeof scenario.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(scenario.id) ? scenario.id : 'scenario';
  return { fileName: `${id}.json`, text: `${JSON.stringify(json, null, 2)}\n` };
}
