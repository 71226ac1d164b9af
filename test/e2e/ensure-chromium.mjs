// Makes sure Debian's Chromium is there for the browser tests (no browser download is possible here).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() === 0) {
    console.log('[tests] Chromium absent : installation du paquet Debian « chromium »…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  throw new Error(
    `Chromium introuvable (${CHROMIUM}). Installez-le : sudo apt-get install -y chromium (ou définissez CHROMIUM_PATH).`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
