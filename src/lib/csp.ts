import { createHash } from 'node:crypto';

/** The CSP source for an inline script or style: `sha256-<base64>`. */
export function sha256Source(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
