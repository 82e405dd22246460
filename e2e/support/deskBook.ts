import path from 'node:path';
import { openBook } from '../../main/core/db/open';
import { fileKeyProvider } from '../../main/core/keys/fileKeyProvider';
import { bookFile } from '../../main/core/session/bookFile';

/**
 * Reads the desk's own encrypted book beside the running web host (WAL lets a second reader in),
 * with the key file the host uses: for checks a test cannot make through the UI, such as the
 * audit log.
 */
export function readDeskBook<T>(dataDir: string, read: (db: ReturnType<typeof openBook>['db']) => T, username = 'demo'): T {
  const book = openBook({ file: bookFile(dataDir, username), key: fileKeyProvider({ file: path.join(dataDir, 'db.key') }).getKey() });
  try {
    return read(book.db);
  } finally {
    book.db.close(); // not book.close(): the host owns the file and its open-marker
  }
}
