import type { Persona } from '../model/persona';

/**
 * Which version of a persona a score is against: a digest (FNV-1a, 32 bits) of what scoring
 * reads, so that a persona edited since, or restored from another backup, is told apart from the
 * one that gave the score. Her name for it and whom she asks for do not change a score.
 */
export function personaVersion(persona: Persona): string {
  const text = JSON.stringify({ ...persona, name: undefined, targetRoles: undefined });
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
