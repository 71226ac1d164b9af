/**
 * Bit access to one double, shared by the deterministic math (detMath.ts, detSqrt.ts): write F64[0], then
 * read or change its high and low 32-bit words U32[HI] and U32[LO]. The word order is detected once, so
 * this works on any endianness. A scratch value: each function sets it before reading it.
 */
export const F64 = new Float64Array(1);
export const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
export const HI = U32[1] === 0x3ff00000 ? 1 : 0;
export const LO = 1 - HI;
