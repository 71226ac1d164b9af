/** The module modelFingerprintBuild.ts's Vite plugin builds: the engine's model fingerprint. */
declare module 'virtual:fidelis/model-fingerprint' {
  export function modelFingerprint(): string;
}
