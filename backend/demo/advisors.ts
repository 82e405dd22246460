import type { Advisor } from '../../shared/domain/entities';
import { DEMO2_CREDENTIALS, DEMO_CREDENTIALS } from './credentials';

/** The two demo advisors. Fixed rather than random, so demos and docs can name them. */
export const DEMO_ADVISOR: Advisor = {
  id: 'ADV0101023',
  username: DEMO_CREDENTIALS.username,
  name: '林晓岚',
  nameEn: 'Lin Xiaolan',
  employeeNo: '011020345',
  branch: '北京分行营业部',
  title: '财富顾问',
  phone: '13911082736',
  email: 'lin.xiaolan@pb.example.cn',
};

export const DEMO2_ADVISOR: Advisor = {
  id: 'ADV0209117',
  username: DEMO2_CREDENTIALS.username,
  name: '周振宇',
  nameEn: 'Zhou Zhenyu',
  employeeNo: '021090117',
  branch: '上海分行陆家嘴支行',
  title: '财富顾问',
  phone: '13817265049',
  email: 'zhou.zhenyu@pb.example.cn',
};
