import { describe, expect, it } from 'vitest';
import { namePinyin } from './namePinyin';

describe('namePinyin', () => {
  it.each([
    ['张三丰', 'zhangsanfeng', 'zsf'],
    ['单丽娜', 'shanlina', 'sln'], // 单 as a surname is Shan, not Dan
    ['曾国藩', 'zengguofan', 'zgf'], // 曾 as a surname is Zeng, not Ceng
    ['解晓东', 'xiexiaodong', 'xxd'], // 解 as a surname is Xie
    ['欧阳娜娜', 'ouyangnana', 'oynn'],
    ['吕博超', 'lvbochao', 'lbc'], // ü typed as v
    ['女', 'nv', 'n'],
    ['Tom李', 'tomli', 'tl'],
    ['  王敏 ', 'wangmin', 'wm'],
  ])('%s → %s / %s', (name, full, initials) => {
    expect(namePinyin(name)).toMatchObject({ full, initials });
  });

  it('keeps one reading per character for mixed input', () => {
    expect(namePinyin('单丽娜').syllables).toEqual(['shan', 'li', 'na']);
  });

  it('never throws and keeps only letters and digits', () => {
    for (const odd of ['', '😀', '"; DROP TABLE clients; --', '\u202e反转', 'A·B']) {
      const result = namePinyin(odd);
      expect(result.full).toMatch(/^[a-z0-9]*$/);
      expect(result.initials).toMatch(/^[a-z0-9]*$/);
    }
  });
});
