/** `window.localStorage`, or undefined where it is blocked (privacy settings, sandboxing). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
