import type { Lang } from '../../manifest';

/** Names of the scenarios and audiences a playlist may be tagged with; an unknown tag shows as written. */
const LABELS: Record<string, { zh: string; en: string }> = {
  office: { zh: '办公场景', en: 'At work' },
  'daily-life': { zh: '生活场景', en: 'Daily life' },
  epidemic: { zh: '防疫场景', en: 'Public health' },
  campus: { zh: '校园场景', en: 'Campus' },
  family: { zh: '家庭场景', en: 'Family' },
  finance: { zh: '金融场景', en: 'Money' },
  public: { zh: '社会公众', en: 'Everyone' },
  students: { zh: '学生', en: 'Students' },
  parents: { zh: '家长', en: 'Parents' },
  seniors: { zh: '老年人', en: 'Seniors' },
  staff: { zh: '职场人士', en: 'Working people' },
  teachers: { zh: '教师', en: 'Teachers' },
};

export function tagLabel(tag: string, lang: Lang): string {
  return LABELS[tag]?.[lang] ?? tag;
}
