/**
 * Erased organisations are remembered only as salted SHA-256 hashes of their identity keys: enough
 * to warn "you erased this organisation on <date>" at a later capture, useless to anyone reading
 * the database to learn who was erased. The salt is random per installation.
 */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function hashIdentityKey(salt: string, key: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${salt}\u0000${key}`),
  );
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
