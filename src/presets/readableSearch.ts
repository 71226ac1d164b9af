/** `params` as a query string (without `?`) whose commas stay commas: lock=enquete,financier reads as the teacher wrote it. */
export function readableSearch(params: URLSearchParams): string {
  return params.toString().replace(/%2C/g, ',');
}
