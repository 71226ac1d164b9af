/**
 * Whether a class link can be opened from the students' devices: an address on the teacher's own
 * computer (the single-file app opened from disk, a local server) works only there, whatever the
 * QR code says.
 */
export function onlyOnThisComputer(link: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  if (url.protocol === "file:") return true;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "::1" ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}
