/** Offer a text as a file download (Blob + temporary link); browser only. */
export function downloadText(fileName: string, text: string, mimeType = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The JSON file of a scenario: pretty-printed, named after its id. */
export function scenarioFile(scenario: { id?: unknown }, json: unknown): { fileName: string; text: string } {
  const id = typeof scenario.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(scenario.id) ? scenario.id : 'scenario';
  return { fileName: `${id}.json`, text: `${JSON.stringify(json, null, 2)}\n` };
}
