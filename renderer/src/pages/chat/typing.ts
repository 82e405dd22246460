/** How long "正在输入…" stays after the client's last typing signal (their app sends one every few seconds while typing). */
export const TYPING_SHOWN_MS = 5_000;

/** Whether a typing signal at `at` (ms) is recent enough to show at `now`. */
export function isTypingNow(at: number | null, now: number): boolean {
  return at !== null && now - at >= 0 && now - at < TYPING_SHOWN_MS;
}
