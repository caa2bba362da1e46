// Property tests explore new random inputs on every local run; CI replays one fixed seed so that its
// verdict is reproducible (override with FC_SEED to replay a local failure, which fast-check prints).
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI === 'true' ? '20261126' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
