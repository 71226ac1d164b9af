/**
 * Build plugins for offline use (imported by vite.config.ts):
 * - serviceWorkerPlugin: builds src/app/offline/serviceWorker.ts as sw.js beside index.html and
 *   writes into it the list of every built file and a version derived from their content, so the
 *   precache list always comes from the build itself. Own code rather than vite-plugin-pwa: about
 *   forty lines instead of workbox-build and its dependency tree.
 * - singleFilePlugins (`vite build --mode singlefile`): everything inlined into one HTML file,
 *   dist-single/fidelis.html, that opens from a USB stick (file://) with no server. The inline
 *   scripts get their sha256 hashes added to the page's Content-Security-Policy (which allows
 *   only 'self' scripts), and files that could not be inlined (worker chunks the single file
 *   does not use) are dropped.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const SINGLE_FILE_MODE = 'singlefile';
export const SINGLE_FILE_DIR = 'dist-single';
export const SINGLE_FILE_NAME = 'fidelis.html';
const SW_SOURCE = 'src/app/offline/serviceWorker.ts';
const SW_FILE = 'sw.js';
const PLACEHOLDER = /([`"'])__FIDELIS_PRECACHE__\1/;

export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'fidelis:service-worker',
    apply: (_config, env) => env.command === 'build' && env.mode !== SINGLE_FILE_MODE && !env.isSsrBuild,
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: SW_SOURCE, fileName: SW_FILE });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const sw = bundle[SW_FILE];
        if (!sw || sw.type !== 'chunk') return this.error(`${SW_FILE} missing from the build`);
        const files = Object.keys(bundle)
          .filter((name) => name !== SW_FILE && !name.endsWith('.map'))
          .sort();
        const digest = createHash('sha256');
        for (const name of files) {
          const item = bundle[name];
          digest.update(name).update(item.type === 'chunk' ? item.code : item.source);
        }
        const precache = { version: digest.digest('hex').slice(0, 16), files };
        if (!PLACEHOLDER.test(sw.code)) return this.error(`precache placeholder not found in ${SW_FILE}`);
        sw.code = sw.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(precache)));
      },
    },
  };
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Adds the hashes of the page's inline scripts to script-src of its CSP meta tag. */
export function allowInlineScripts(html: string): string {
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((code) => code.trim() !== '').map(sha256);
  if (hashes.length === 0) return html;
  return html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i, (_all, start: string, policy: string, end: string) => {
    const directives = policy.split(';').map((d) => d.trim());
    const i = directives.findIndex((d) => d.startsWith('script-src '));
    if (i >= 0) directives[i] = `${directives[i]} ${hashes.join(' ')}`;
    else directives.push(`script-src 'self' ${hashes.join(' ')}`);
    return `${start}${directives.filter((d) => d !== '').join('; ')}${end}`;
  });
}

export function singleFilePlugins(): Plugin[] {
  const onlyInSingleFile = (_config: unknown, env: { command: string; mode: string }) => env.command === 'build' && env.mode === SINGLE_FILE_MODE;
  return [
    {
      name: 'fidelis:single-file-output',
      apply: onlyInSingleFile,
      config: () => ({ build: { outDir: SINGLE_FILE_DIR, emptyOutDir: true } }),
    },
    { ...(viteSingleFile({ outputFileName: SINGLE_FILE_NAME }) as Plugin), apply: onlyInSingleFile },
    {
      name: 'fidelis:single-file-csp',
      apply: onlyInSingleFile,
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const [name, item] of Object.entries(bundle)) {
            if (name === SINGLE_FILE_NAME && item.type === 'asset') item.source = allowInlineScripts(String(item.source));
            else if (name !== SINGLE_FILE_NAME) delete bundle[name];
          }
        },
      },
    },
  ];
}
