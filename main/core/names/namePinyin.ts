import { pinyin } from 'pinyin-pro';

export interface NamePinyin {
  /** `zhangsanfeng`: for sorting by name the way Chinese rosters sort, and for search. */
  full: string;
  /** `zsf`: what RMs type to find a client fast. */
  initials: string;
  /** `['zhang', 'san', 'feng']`: one reading per character, for mixed input such as 张sf. */
  syllables: string[];
}

/**
 * Pinyin of a personal name, read as a name: polyphonic surnames take their surname reading
 * (单 → shan, 曾 → zeng, 解 → xie). ü is written v (吕 → lv), as on Chinese keyboards.
 * Non-Chinese runs (a Latin given name) are kept as one word.
 */
export function namePinyin(name: string): NamePinyin {
  const syllables = pinyin(name.trim(), { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join(''), syllables };
}
