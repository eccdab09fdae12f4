import type { SubmittedFile } from '../../api/types';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { formatBytes } from './formatBytes';

/** The submission's files as stored: path, size and the type sniffed from their content. */
export function FileList({ files }: { files: SubmittedFile[] }) {
  const lang = useLang();
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return (
    <div className="table-wrap">
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">{t('reviewPath', lang)}</th>
            <th scope="col" className="num">
              {t('reviewSize', lang)}
            </th>
            <th scope="col">{t('reviewType', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.path}>
              <td>
                <code>{f.path}</code>
              </td>
              <td className="num">{formatBytes(f.size)}</td>
              <td>{f.type}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>
              {files.length} {t('reviewFileCount', lang)}
            </td>
            <td className="num">{formatBytes(total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
