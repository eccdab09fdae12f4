/**
 * The knowledge contests' texts, joined into `t` by strings.ts. `{n}`, `{total}` and `{percent}`
 * are filled in by the caller. The `cert…` texts are drawn on the certificate in both languages.
 */
export const CONTEST_STRINGS = {
  contest: { zh: '知识竞赛', en: 'Knowledge contest' },
  contestHowMany: { zh: '每次随机抽取 {n} 道题', en: '{n} questions, drawn at random each time' },
  contestHow: {
    zh: '一屏一题，单选或多选；每题作答后显示解析和依据。',
    en: 'One question a screen, one answer or several; after each answer, its explanation and source.',
  },
  contestPrivacy: {
    zh: '无需填写任何个人信息，成绩只保存在本设备上。',
    en: 'No personal details asked; your score stays on this device.',
  },
  contestBest: { zh: '最好成绩', en: 'Best score' },
  contestNoBest: { zh: '还没有成绩', en: 'No score yet' },
  contestColon: { zh: '：', en: ': ' },
  contestStart: { zh: '开始答题', en: 'Start' },
  contestQuestionOf: { zh: '第 {n} 题 / 共 {total} 题', en: 'Question {n} of {total}' },
  contestSingle: { zh: '单选题：选出一个答案', en: 'Choose one answer' },
  contestMultiple: { zh: '多选题：选出全部正确答案', en: 'Choose every correct answer' },
  contestCheck: { zh: '提交答案', en: 'Check answer' },
  contestChooseFirst: { zh: '请先选择答案。', en: 'Choose an answer first.' },
  contestRight: { zh: '回答正确！', en: 'Right!' },
  contestWrong: { zh: '回答错误', en: 'Not quite' },
  contestRightChosen: { zh: '您选对了', en: 'Your choice: right' },
  contestWrongChosen: { zh: '您的选择：错误', en: 'Your choice: wrong' },
  contestRightMissed: { zh: '正确答案', en: 'Right answer' },
  contestExplanation: { zh: '解析', en: 'Why' },
  contestSource: { zh: '依据', en: 'Source' },
  contestNext: { zh: '下一题', en: 'Next question' },
  contestFinish: { zh: '查看成绩', en: 'See my score' },
  contestScore: { zh: '您的成绩', en: 'Your score' },
  contestPercent: { zh: '正确率 {percent}%', en: '{percent}% right' },
  contestNewBest: { zh: '新的最好成绩！', en: 'A new best!' },
  contestTryAgain: { zh: '再答一次', en: 'Try again' },
  contestCertificate: { zh: '证书', en: 'Certificate' },
  contestCertificateAlt: {
    zh: '{contest}证书：答对 {n} / {total} 题（{percent}%），{date}',
    en: 'Certificate for {contest}: {n} / {total} right ({percent}%), {date}',
  },
  contestCertificateDrawing: { zh: '正在生成证书…', en: 'Drawing your certificate…' },
  contestCertificateFailed: { zh: '证书暂时无法生成。', en: 'The certificate could not be drawn.' },
  contestDownload: { zh: '下载证书', en: 'Download certificate' },
  contestKioskNoDownload: {
    zh: '展台设备无法下载，可在手机或电脑上参加竞赛获取证书。',
    en: 'This screen cannot download; take the contest on your phone or computer to keep a certificate.',
  },
  certHeading: { zh: '知识竞赛证书', en: 'Certificate of Achievement' },
  certIntro: { zh: '本证书证明持有者完成了', en: 'This certifies that its holder completed' },
  certScore: { zh: '答对 {n} 题，共 {total} 题，正确率 {percent}%', en: '{n} of {total} right · {percent}%' },
  certNoName: {
    zh: '本证书不含个人信息 · 由云展馆在本设备上生成',
    en: 'No personal data · made on this device by the cloud pavilion',
  },
} as const;
