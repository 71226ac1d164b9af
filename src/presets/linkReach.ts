/**
 * Longest class link (UTF-8 bytes) shown as a QR code: a longer one needs a code past version 26 (121 modules a side), too
 * fine to scan from the back of a classroom; a class link carrying a shop made in the editor (thousands of characters) is one.
 * The shipped shops' links are a few hundred bytes.
 */
export const MAX_QR_BYTES = 1000;

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
