import type { ThemeConfig } from 'antd';
import { BRAND_PRIMARY } from '../../../shared/theme/palette';

/** System fonts with the CJK faces branch PCs (Windows) and Linux desks have. */
const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

export const theme: ThemeConfig = {
  token: {
    fontFamily: FONT_FAMILY,
    colorPrimary: BRAND_PRIMARY,
  },
};
