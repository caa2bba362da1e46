/**
 * Whether golden-file tests rewrite their files (`UPDATE_GOLDEN=1`, `npm run golden`) instead of comparing.
 * Refused under CI: a CI run that rewrote the golden files would pass whatever the output, so it throws,
 * and the golden test files fail.
 */
export function goldenUpdateRequested(env: Record<string, string | undefined> = process.env): boolean {
  const requested = env.UPDATE_GOLDEN !== undefined && env.UPDATE_GOLDEN !== '' && env.UPDATE_GOLDEN !== '0';
  if (requested && env.CI === 'true')
    throw new Error(
      'UPDATE_GOLDEN is refused under CI=true: golden files are compared in CI, never rewritten.',
    );
  return requested;
}
