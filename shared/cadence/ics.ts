import type { PlannedEntry, PlanKind } from './plan';

const LABELS: Record<PlanKind, string> = {
  contact: '主题联系',
  review: '资产配置检视',
  face_to_face_review: '资产配置检视（面谈）',
  annual_report: '交付年度财富管理报告',
};

/**
 * A year plan as an iCalendar (RFC 5545) file: one all-day event per entry, with stable UIDs so
 * importing the plan again updates the events instead of doubling them.
 */
export function planToIcs(entries: readonly PlannedEntry[], options: { year: number; stamp: Date }): string {
  const stamp = options.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Advisor Desk//12-4-2-1 plan//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`12-4-2-1 ${options.year} 年度服务计划`)}`,
  ];
  for (const entry of entries) {
    const day = entry.date.replace(/-/g, '');
    const next = nextDay(entry.date).replace(/-/g, '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.clientId}-${entry.kind}-${day}@advisor-desk`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next}`,
      `SUMMARY:${escapeText(`【12-4-2-1】${LABELS[entry.kind]}：${entry.name}`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
